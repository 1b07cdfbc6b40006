"""Pilot tests: every binding, persistence across restarts, safety of story text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.library.store import Library
from reader.settings.keymap import DEFAULTS, keymap
from reader.settings.user import Settings, load_settings
from reader.tui.app import ReaderApp
from reader.tui.screens import BriefingScreen, HelpScreen, RelatedScreen, SearchScreen
from tests.reader.tui.helpers import settle


def make_app(paths: list[str], library: Library, **kw: object) -> ReaderApp:
    return ReaderApp(paths, library=library, include_seeds=False, **kw)  # type: ignore[arg-type]


async def test_loads_stories_and_shows_the_first(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        titles = [r.title for r in app.story_list.rows]
        assert titles[0] == "Harbour Freight Posts Record Quarter" and len(titles) == 3
        view = app.story_view
        assert view.story is not None and view.story.title == titles[0]
        assert view.story.summary  # enriched in a worker
        assert app.story_list.rows[0].lead_figure is not None


async def test_every_rows_lead_figure_shows_without_opening_it(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        leads = {r.title: r.lead_figure for r in app.story_list.rows}
        assert leads["Northgate Terminal Expansion Approved"] is not None  # never highlighted
        assert leads["City Orchestra Commissions New Symphonies"] is None  # it has no figure
    rows = {r.title: r.lead_figure for r in library.rows(None)}
    assert rows["Northgate Terminal Expansion Approved"] is not None  # kept for the next start


async def test_star_persists_across_restarts(articles: list[str], tmp_path: Path) -> None:
    db = tmp_path / "persist.sqlite3"
    with Library.open(db) as lib:
        app = make_app(articles, lib)
        async with app.run_test() as pilot:
            await settle(pilot)
            await pilot.press("j", "s", "enter")
            starred_id = app.story_list.rows[1].id
    with Library.open(db) as lib:
        app = make_app(articles, lib)
        async with app.run_test() as pilot:
            await settle(pilot)
            row = app.story_list.rows[1]
            assert row.id == starred_id and row.starred and row.read
            assert not app.story_list.rows[0].starred


async def test_search_as_you_type_and_jump(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"symphon")
        await settle(pilot)
        results = app.screen.query_one("#search-results").rows  # type: ignore[attr-defined]
        assert [r.title for r in results] == ["City Orchestra Commissions New Symphonies"]
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SearchScreen)
        assert app.story_list.current.title.startswith("City Orchestra")


async def test_search_says_when_only_the_first_matches_are_shown(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.tui.screens as screens

    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash", *"the")  # in every story
        await settle(pilot)
        status = str(app.screen.query_one("#search-status").render())
        assert status == "3 stories"
        monkeypatch.setattr(screens, "SEARCH_LIMIT", 3)
        await pilot.press("backspace")
        await settle(pilot)
        status = str(app.screen.query_one("#search-status").render())
        assert status.startswith("the first 3 stories")


async def test_search_escape_and_no_results(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzzqqq")
        await settle(pilot)
        assert app.screen.query_one("#search-results").rows == []  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_copy_summary_and_figures(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.output.clipboard

    monkeypatch.setattr(reader.output.clipboard, "copy_native", lambda text, timeout=2.0: None)
    app = make_app(articles, library)
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
    summary, figures = copied
    assert summary.startswith("## Harbour Freight Posts Record Quarter")
    assert "- Harbour Freight Lines said on Tuesday" in summary and "$2.4B" in summary
    assert "harbour\\.txt" in summary  # the dot escaped: no autolinker makes it a link
    assert "$2.4B" in figures and "revenue" in figures


async def test_help_briefing_related_theme_zen(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("b")
        assert isinstance(app.screen, BriefingScreen)
        await settle(pilot)
        assert "Morning briefing" in app.screen.markdown
        await pilot.press("escape")
        await pilot.press("R")
        assert isinstance(app.screen, RelatedScreen)
        related = app.screen.query_one("#related-results").rows  # type: ignore[attr-defined]
        assert [r.title for r in related] == ["Northgate Terminal Expansion Approved"]
        await pilot.press("enter")
        await settle(pilot)
        assert app.story_list.current.title == "Northgate Terminal Expansion Approved"  # type: ignore[union-attr]
        first = app.theme
        await pilot.press("t")
        assert app.theme != first
        await settle(pilot)
        assert load_settings().theme == app.theme  # saved with the settings, not the library
        assert library.get_setting("theme") is None
        await pilot.press("z")
        assert app.screen.has_class("-zen") and app.story_view.has_focus
        await pilot.press("z")
        assert not app.screen.has_class("-zen")
        await pilot.press("q")
    assert app.return_code == 0


async def test_theme_option_and_persistence(articles: list[str], library: Library) -> None:
    app = make_app(articles, library, theme_name="newsdesk-contrast")
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "newsdesk-contrast"
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        assert app.theme == "newsdesk-contrast"
        assert {"newsdesk-dark", "newsdesk-light", "newsdesk-contrast"} <= set(app.theme_names)


async def test_keys_remapped_from_config(articles: list[str], library: Library) -> None:
    keys = keymap({"keys": {"star": "f", "down": "ctrl+n"}})
    app = make_app(articles, library, settings=Settings(keys=keys))
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n", "f")
        assert app.story_list.cursor == 1 and app.story_list.rows[1].starred
        await pilot.press("s")  # the old key no longer stars
        assert app.story_list.rows[1].starred


async def test_every_binding_is_in_the_palette(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in DEFAULTS:
            if binding.id != "quit" and binding.scope == "main":
                assert binding.description in titles


async def test_story_text_is_never_markup(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "evil.txt"
    path.write_text(
        "[bold red]Breaking[/] \x1b]0;pwned\x07News Of The Day\n\n"
        "The council said [link=http://x]click[/link] costs rose 5% to $3 million this year, "
        "and \x1b[2J residents were told to expect more roadworks before the spring.\n\n"
        "Officials said the works would finish by the summer if the weather held.",
        encoding="utf-8",
    )
    app = make_app([str(path)], library)
    async with app.run_test() as pilot:
        await settle(pilot)
        row = app.story_list.current
        assert row is not None and "[bold red]" in row.title and "\x1b" not in row.title
        body = str(app.story_view.query_one("#body").render())
        assert "[link=http://x]click[/link]" in body and "\x1b" not in body


def test_first_paint_needs_no_nltk_or_sumy() -> None:
    code = (
        "import sys\n"
        "import reader.tui.app, reader.library.store, reader.tui.launch\n"
        "bad = [m for m in ('nltk', 'sumy', 'numpy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_first_paint_waits_for_workers_messages_and_footer() -> None:
    """What the first frame does without is imported after it: the workers, their messages,
    Textual's footer, the ingest machinery (reader.desk hands its names on lazily) and the line
    rules' patterns (the story view reads a table's cells with them only when a story opens)."""
    code = (
        "import sys\n"
        "import reader.cli, reader.cli.read, reader.settings.user, reader.tui.launch\n"
        "import reader.tui.app\n"
        "late = ('reader.tui.workers', 'reader.tui.messages', 'reader.tui.footer',\n"
        "        'textual.widgets._footer', 'reader.ingest', 'reader.story.lines.patterns')\n"
        "bad = [m for m in late if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


async def test_search_results_move_with_arrows(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash", *"harbour")
        await settle(pilot)
        results = app.screen.query_one("#search-results").rows  # type: ignore[attr-defined]
        assert len(results) == 2
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.story_list.current.id == results[1].id  # type: ignore[union-attr]


async def test_worker_failure_is_one_notification_not_a_crash(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.tui import workers

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workers, "enrich_story", broken)
    app = make_app(articles, library)
    async with app.run_test(size=(100, 30)) as pilot:
        # the failing workers are the point: waiting on one still registered raises
        # WorkerFailed in the test (depending on timing), after the app has handled it
        await settle(pilot, failures_ok=True)
        await pilot.press("j")
        await settle(pilot, failures_ok=True)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and all(
            m.startswith("enrich failed: RuntimeError: disk on fire") for m in errors
        )
        assert app.is_running and app.story_list.current is not None
        await pilot.press("j")  # still answers keys
        await settle(pilot, failures_ok=True)
        assert app.story_list.current.id == app.story_list.rows[2].id


def test_every_binding_has_an_id() -> None:
    from textual.binding import Binding
    from textual.dom import DOMNode

    from reader.tui.story_list import StoryList

    owners: list[type[DOMNode]] = [
        *(ReaderApp, StoryList, HelpScreen, SearchScreen, BriefingScreen, RelatedScreen)
    ]
    for owner in owners:
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (owner.__name__, binding)


async def test_mouse_click_selects_double_click_opens_footer_key_acts(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        second = app.story_list.rows[1]
        await pilot.click("#list", offset=(6, 2))  # two lines a story: y=2 is the second
        await settle(pilot)
        assert app.story_list.current == app.story_list.rows[1]
        assert app.story_view.story is not None and app.story_view.story.id == second.id
        assert not app.story_list.rows[1].read
        await pilot.double_click("#list", offset=(6, 2))
        await settle(pilot)
        assert app.story_list.rows[1].read
        await pilot.click("FooterKey.-command-palette")  # the footer is clickable too
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)


async def test_the_collector_paused_for_the_start_is_on_after_the_first_frame(
    library: Library,
) -> None:
    """The command line pauses the cyclic collector for the start; the app resumes it once
    its first frame is drawn, with what the start allocated frozen (never walked again)."""
    import gc

    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        app = make_app([], library)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert gc.isenabled()
            assert gc.get_freeze_count() > frozen
    finally:
        gc.enable()
        gc.unfreeze()


async def test_related_is_looked_for_again_when_stories_arrive(
    articles: list[str], library: Library
) -> None:
    """Related stories found while part of the library was loaded (a batch, a feed refresh)
    are not the last word: the next ``R`` looks again over every story there is."""
    from reader import desk
    from tests.reader.tui.helpers import make_app as recording_app
    from tests.reader.tui.helpers import notices

    harbour, orchestra, northgate = articles
    app = recording_app([harbour, orchestra], library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("R")
        assert isinstance(app.screen, RelatedScreen)
        assert app.screen.query_one("#related-results").rows == []  # type: ignore[attr-defined]
        await pilot.press("escape")
        arrived = desk.ingest(library, [northgate])
        app.refresh_ended(arrived.ids)
        await settle(pilot)
        await pilot.press("R")
        assert not isinstance(app.screen, RelatedScreen)
        assert "Still looking for related stories" in notices(app)
        await settle(pilot)
        await pilot.press("R")
        assert isinstance(app.screen, RelatedScreen)
        related = app.screen.query_one("#related-results").rows
        assert [r.title for r in related] == ["Northgate Terminal Expansion Approved"]
