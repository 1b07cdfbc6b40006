"""Issue 11 items 9 and 15: bad user themes never crash the reader, a theme is checked before
it can be chosen or saved, and a theme switch recolours the story list at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.theme import Theme

from reader.library.store import Library
from reader.settings.user import Settings, load_settings
from reader.tui.theming import build_themes, check_theme
from tests.reader.tui.helpers import make_app, notices, settle

BAD_THEMES = {
    "bad-colour": 'name = "bad-colour"\nprimary = "notacolour"\n',
    "bad-accent": 'name = "bad-accent"\nprimary = "#112233"\naccent = 5\n',
    "bad-variable": 'name = "bad-variable"\nprimary = "#112233"\n'
    '[variables]\nfooter-background = "zz"\n',
    "bad-style": 'name = "bad-style"\nprimary = "#112233"\n'
    '[variables]\nblock-cursor-text-style = "#ff0000"\n',
}


def config_with_themes(tmp_path: Path, themes: dict[str, str]) -> Settings:
    folder = tmp_path / "cfg" / "themes"
    folder.mkdir(parents=True)
    for name, text in themes.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    (folder / "good.toml").write_text('name = "good"\nprimary = "#ff8800"\n', encoding="utf-8")
    return load_settings(tmp_path / "cfg" / "config.toml")


def test_check_theme_names_each_problem() -> None:
    assert check_theme(Theme(name="ok", primary="#123456")) is None
    assert "notacolour" in str(check_theme(Theme(name="x", primary="notacolour")))
    assert check_theme(Theme(name="x", primary="#123", accent=5)) is not None  # type: ignore[arg-type]
    bad = Theme(name="x", primary="#123", variables={"footer-background": "zz"})
    assert "footer-background" in str(check_theme(bad))
    fine = Theme(name="x", primary="#123", variables={"figure-up": "#00ff00", "text": "auto 80%"})
    assert check_theme(fine) is None


def test_build_themes_skips_bad_ones(tmp_path: Path) -> None:
    settings = config_with_themes(tmp_path, BAD_THEMES)
    themes, problems = build_themes(settings.config_path)
    names = {t.name for t in themes}
    assert "good" in names and not names & set(BAD_THEMES)
    assert len(problems) == len(BAD_THEMES)
    assert all(p.endswith("; skipped") and "\n" not in p for p in problems)


@pytest.mark.parametrize("bad", list(BAD_THEMES))
async def test_bad_user_theme_is_a_notice_not_a_crash(
    articles: list[str], library: Library, tmp_path: Path, bad: str
) -> None:
    settings = config_with_themes(tmp_path, {bad: BAD_THEMES[bad]})
    app = make_app(articles, library, settings=settings, theme_name=bad)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.is_running and app.theme == "newsdesk-dark"
        assert bad not in app.theme_names
        warnings = notices(app, "warning")
        assert any(bad in w and "skipped" in w for w in warnings)
        assert any("--theme" in w and "not available" in w for w in warnings)
        for _ in app.theme_names:  # t never reaches it, so it is never saved
            await pilot.press("t")
            assert app.theme != bad
        await settle(pilot)
    saved = json.loads(settings.settings_path.read_text(encoding="utf-8"))["theme"]
    assert saved in app.theme_names and saved != bad
    assert app.return_code in (None, 0)


async def test_saved_theme_that_no_longer_loads_falls_back(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    settings = config_with_themes(tmp_path, {"bad-colour": BAD_THEMES["bad-colour"]})
    settings.settings_path.write_text('{"theme": "bad-colour"}', encoding="utf-8")
    settings = load_settings(settings.config_path)
    assert settings.theme == "bad-colour"
    app = make_app(articles, library, settings=settings)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.is_running and app.theme == "newsdesk-dark"
        assert any("the saved theme 'bad-colour'" in w for w in notices(app, "warning"))


async def test_theme_option_is_saved_in_settings_not_the_library(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library, theme_name="newsdesk-light")
    async with app.run_test() as pilot:
        await settle(pilot)
    assert load_settings().theme == "newsdesk-light"
    assert library.get_setting("theme") is None


async def test_a_theme_in_the_library_moves_to_settings_once(
    articles: list[str], library: Library
) -> None:
    library.set_setting("theme", "newsdesk-contrast")  # saved by an older newsdesk
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "newsdesk-contrast"
    assert load_settings().theme == "newsdesk-contrast"
    library.set_setting("theme", "newsdesk-light")  # not read again
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        assert app.theme == "newsdesk-contrast"


async def test_theme_switch_recolours_the_list_at_once(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library, theme_name="newsdesk-dark")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)

        def colours() -> set[object]:
            strips = [app.story_list.render_line(y) for y in range(4)]
            return {seg.style.bgcolor for strip in strips for seg in strip if seg.style}

        before = colours()
        await pilot.press("t")  # the cursor does not move
        await pilot.pause()
        after = colours()
        assert app.theme != "newsdesk-dark"
        assert before and after and not before & after  # no cell keeps the old background


def test_bundled_themes_pass_the_check() -> None:
    from reader.settings.themes import load_theme_files
    from reader.tui.theming import BUNDLED_CHECKED

    bundled = load_theme_files()[0]
    assert set(bundled) == BUNDLED_CHECKED
    for fields in bundled.values():
        assert check_theme(Theme(**fields)) is None  # type: ignore[arg-type]


def test_a_user_file_replacing_a_bundled_theme_is_checked(tmp_path: Path) -> None:
    bad = 'name = "newsdesk-dark"\nprimary = "notacolour"\n'
    settings = config_with_themes(tmp_path, {"override": bad})
    themes, problems = build_themes(settings.config_path)
    assert "newsdesk-dark" not in {t.name for t in themes}
    assert any("newsdesk-dark" in p for p in problems)
