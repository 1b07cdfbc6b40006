"""Issue 11 item 10 and issue 12 item 5: keys from the config are checked, conflicts are
warned about, the palette never reads a key as markup, and the screens' keys are remappable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.library.store import Library
from reader.settings.keymap import DEFAULTS
from reader.tui.app import ReaderApp
from reader.tui.bindings import unknown_key
from reader.tui.screens import BriefingScreen, HelpScreen, RelatedScreen, SearchScreen
from reader.tui.story_list import StoryList
from tests.reader.tui.helpers import make_app, notices, settings_from, settle


def test_textual_key_names() -> None:
    for key in ("j", "G", "?", "ctrl+n", "shift+tab", "f5", "question_mark", "slash", "comma"):
        assert not unknown_key(key), key
    for key in ("flurb", "ctrl+", "hyperdrive+x", "nope_nope"):
        assert unknown_key(key), key


def test_every_binding_of_every_screen_is_in_the_key_table() -> None:
    ids = {b.id for b in DEFAULTS}
    owners: list[Any] = [ReaderApp, StoryList, HelpScreen, SearchScreen, BriefingScreen]
    for owner in [*owners, RelatedScreen]:
        for binding in owner.BINDINGS:
            assert binding.id in ids, (owner.__name__, binding)


async def test_a_stolen_key_warns_and_moves(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    settings = settings_from('[keys]\nstar = "j"\n', tmp_path)
    app = make_app(articles, library, settings=settings)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert any("star = j takes it from down" in w for w in notices(app, "warning"))
        await pilot.press("j")
        assert app.story_list.cursor == 0 and app.story_list.rows[0].starred
        await pilot.press("down")  # down keeps its arrow key
        assert app.story_list.cursor == 1


async def test_an_unknown_key_name_is_a_warning_and_the_default_stays(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    settings = settings_from('[keys]\nstar = "flurb"\n', tmp_path)
    app = make_app(articles, library, settings=settings)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert any("unknown key flurb" in w for w in notices(app, "warning"))
        await pilot.press("s")
        assert app.story_list.rows[0].starred


async def test_palette_shows_bracket_keys_as_text(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    settings = settings_from('[keys]\nstar = "[,]"\n', tmp_path)
    app = make_app(articles, library, settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        from textual.content import Content

        helps = [
            Content.from_markup(str(c.help)).plain for c in app.get_system_commands(app.screen)
        ]
        assert "keys: [, ]" in helps
        await pilot.press("ctrl+p")
        await pilot.press(*"star")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
        await pilot.press("[")
        assert app.story_list.rows[0].starred


async def test_screen_keys_are_remappable(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    config = '[keys]\n"briefing.close" = "x"\n"search.back" = "ctrl+g"\n'
    app = make_app(articles, library, settings=settings_from(config, tmp_path))
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("b")
        assert isinstance(app.screen, BriefingScreen)
        await settle(pilot)
        await pilot.press("q")  # no longer closes it
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("x")
        assert not isinstance(app.screen, BriefingScreen)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("ctrl+g")
        assert not isinstance(app.screen, SearchScreen)


def test_screens_never_call_the_app() -> None:
    source = (Path(__file__).parents[3] / "reader" / "tui" / "screens.py").read_text("utf-8")
    assert "self.app." not in source
    assert issubclass(SearchScreen, RelatedScreen.__mro__[1])  # one picker base
