"""The reader: a story list and a story view over the SQLite library.

The domain (library, pipeline, summaries, figures, briefing) never imports Textual; this
package is the only UI. Slow work and every write (read/star state, settings) run in thread
workers (``exit_on_error=False``) that post small messages back; their failures are handled in
one place (``on_worker_state_changed``): a busy library is a notice and a retry, never a crash
and never a frozen screen (writes use their own connection, so the screen's reads do not wait
behind them). The first screen paints before sumy or nltk are imported: they load inside
workers. Moving between stories and panes (``navigation``), the copy actions (``copying``), the
look-up screens (``lookups``) and the writes (``writes``) are mixed in.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.markup import escape
from textual.screen import ModalScreen, Screen
from textual.widgets import Header
from textual.worker import Worker, WorkerState

from reader import desk
from reader.library.queries import StoryRow
from reader.library.store import Library, LibraryError
from reader.listing import ListFilter
from reader.settings.user import Settings, SettingsError, load_settings, migrate_legacy_theme
from reader.text.safe import clean_line
from reader.tui.bindings import ACTIONS, app_bindings, key_display, keymap_changes
from reader.tui.chrome import load_status
from reader.tui.copying import CopyActions
from reader.tui.hangup import watch_terminal
from reader.tui.list_actions import ListActions
from reader.tui.lookups import LookupActions
from reader.tui.navigation import NavigationActions
from reader.tui.story_list import StoryList
from reader.tui.story_view import StoryView
from reader.tui.theming import setup_themes
from reader.tui.writes import WriteActions

if TYPE_CHECKING:  # the workers and their messages are imported after the first paint
    from reader.tui.messages import (
        LeadsFilled,
        LoadProgress,
        StoriesBatch,
        StoriesLoaded,
        StoryEnriched,
        WriteJob,
    )

# actions that still work while a modal screen (help, search…) is open
MODAL_OK = {"quit", "help", "cycle_theme"}
FIRST_SCREEN_ROWS = 100  # rows read before the first paint; the rest come from a worker
LEADS_MAX = 200  # rows whose missing lead figure is computed in the background after a load
RETRY_SECONDS = 2.0  # a write the library refused (busy) is tried again after this
WRITE_ATTEMPTS = 10  # then the change is undone on screen, with one error


def resume_collector() -> None:
    """The command line pauses the cyclic garbage collector for the start (see reader.cli):
    on again after the first frame. What the start allocated (modules, classes, styles) lives
    as long as the app, so it is frozen first: later collections need not walk it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class MainScreen(Screen[None]):
    """The reader's own screen: it tells the app its width (the app lays out one pane or two;
    the app's own resize handler does not reach subclasses reliably)."""

    def on_resize(self, event: events.Resize) -> None:
        layout = getattr(self.app, "layout_for", None)
        if layout is not None:
            layout(event.size.width)


class ReaderApp(
    NavigationActions, CopyActions, LookupActions, WriteActions, ListActions, App[None]
):
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "newsdesk"
    BINDINGS: ClassVar[list[BindingType]] = app_bindings()
    _themes_ready = False  # set in __init__, just before the themes are registered

    def __init__(
        self,
        paths: list[str],
        *,
        whole: bool = False,
        theme_name: str | None = None,
        library: Library | None = None,
        include_seeds: bool | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self._paths = list(paths)
        self._whole = whole
        self._own_library = library is None
        self.library = library if library is not None else desk.open_library()
        self._writer_library: Library | None = None
        self._writer_lock = threading.Lock()
        self._include_seeds = not paths if include_seeds is None else include_seeds
        self.settings = settings if settings is not None else load_settings()
        # story id -> (the library's generation when they were found, related ids): an answer
        # found while the files were still loading is not the last word
        self._related: dict[str, tuple[int, list[str]]] = {}
        self.generation = 0  # bumped whenever stories arrive in the library
        self._pending: dict[Worker[Any], WriteJob] = {}
        self._ids: list[str] | None = None
        self.list_filter = ListFilter()  # by date and source (d, f)
        self.new_ids: set[str] = set()  # stories a refresh brought while the reader is open
        self.loaded = False
        self.progress: LoadProgress | None = None
        self._notes = list(self.settings.warnings)
        if not self.settings.saved:
            self._migrate_theme()
        # before the first stylesheet pass: a theme set after mount re-parses all the CSS
        self._themes_ready = True
        self.theme_names, chosen, problems = setup_themes(
            self, theme_name, self.settings.theme, self.settings.config_path
        )
        self._notes += problems
        self._save_theme = bool(theme_name) and chosen == theme_name

    def get_css_variables(self) -> dict[str, str]:
        # App.__init__ asks for Textual's default theme's colours, which setup_themes replaces
        # at once with the chosen theme's before any CSS is parsed: not computed twice
        if not self._themes_ready:
            return {}
        return super().get_css_variables()

    def _migrate_theme(self) -> None:
        """A theme an older newsdesk saved in the library moves to settings.json, once."""
        try:
            legacy = self.library.get_setting("theme")
            self.settings = migrate_legacy_theme(self.settings, legacy)
        except (LibraryError, sqlite3.Error, SettingsError) as exc:
            self._notes.append(f"could not move the saved theme: {exc}")

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # kept as attributes: self.query_one would search whatever screen is on top
        self.story_list = StoryList(id="list")
        self.story_view = StoryView(id="view")
        yield Header(show_clock=False, icon="≡")
        yield self.story_list
        yield self.story_view
        # the footer (one widget per key) is mounted right after the first paint: see on_mount

    def on_mount(self) -> None:
        changed, warnings = keymap_changes(self.settings.keys)
        for note in self._notes + warnings:
            self.notify(clean_line(note)[:300], severity="warning", markup=False)
        if changed:
            self.set_keymap(changed)
        self.layout_for(self.size.width)
        self.story_list.focus()
        if self._paths:
            self.story_list.loading = True
        else:
            # the first screenful at once; the whole library follows from a worker
            rows = self.library.rows(limit=FIRST_SCREEN_ROWS)
            self.story_list.set_rows(rows)
            if not rows and self._include_seeds:  # a first start: the seeds are on their way
                self.sub_title = load_status(None)
                self.story_view.show_loading(load_status(None))
        # after the first paint: the footer (its key widgets cost a frame's styling) and the
        # heavy work (its imports would compete for the GIL)
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        resume_collector()
        # what the first frame did without: the workers and their messages (imported here, on
        # this thread, before any worker needs them) and the footer
        from reader.tui import workers  # noqa: F401
        from reader.tui.footer import LateFooter

        self.screen_stack[0].mount(LateFooter())  # the main screen, even if a modal is up
        watch_terminal(self)  # (ends the reader when its terminal goes away: hangup.py)
        self._ingest()
        if self._save_theme:
            self._save_settings(self.settings.with_theme(self.theme))

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen(id="_default")

    # -- workers (what they do is in reader.tui.workers; failures end up in one handler) ----

    @work(thread=True, exit_on_error=False, group="ingest")
    def _ingest(self) -> None:
        from reader.tui import workers

        self.post_message(
            workers.load_stories(
                self.writer(),
                self._paths,
                include_seeds=self._include_seeds,
                whole=self._whole,
                post=self.post_message,
            )
        )

    @work(thread=True, exit_on_error=False, group="leads", exclusive=True)
    def _fill_leads(self, ids: list[str]) -> None:
        from reader.tui import workers

        workers.fill_leads(self.writer(), ids, self.post_message)

    @work(thread=True, exit_on_error=False, group="enrich", exclusive=True)
    def _enrich(self, story_id: str) -> None:
        from reader.tui import workers

        generation = self.generation  # read before the library is: never newer than it
        done = workers.enrich_story(self.writer(), story_id)
        if done is not None:
            message, related = done
            seen = self._related.get(story_id)
            if seen is None or seen[0] <= generation:
                self._related[story_id] = (generation, related)
            self.post_message(message)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures end up: a one-line notification, never a crash."""
        if event.state == WorkerState.SUCCESS:
            self._pending.pop(event.worker, None)
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        job = self._pending.pop(event.worker, None)
        if job is not None:
            self._write_failed(job, error)
            return
        name = event.worker.group or "work"
        if isinstance(error, (LibraryError, sqlite3.Error)):
            message = f"{name}: the library is not available ({error}); try again in a moment"
        elif name == "ingest":
            message = (
                f"Reading the files stopped ({type(error).__name__}: {error});"
                " the stories read so far are kept"
            )
        else:
            message = f"{name} failed: {type(error).__name__}: {error}"
        self.notify(clean_line(message)[:200], severity="error", markup=False)
        if event.worker.group == "ingest" and self.story_list.is_mounted:
            self._load_failed()
        if event.worker.group == "refresh" and self.story_list.is_mounted:
            self.refresh_ended([])

    def _load_failed(self) -> None:
        """The load stopped: the list keeps the batches it has; nothing says "loading" now."""
        self.loaded = True
        self.progress = None
        self.story_list.loading = False
        self.sub_title = self.list_title(len(self.story_list.rows))
        if self.story_list.current is None:
            self.story_view.show(None)

    def _write_failed(self, job: WriteJob, error: BaseException | None) -> None:
        busy = isinstance(error, (LibraryError, sqlite3.Error))
        if busy and job.attempt + 1 < WRITE_ATTEMPTS:
            if job.attempt == 0:  # one notice, however many tries
                self.notify(
                    f"The library is busy (another newsdesk writing?): {job.what} is not"
                    f" saved yet; retrying every {RETRY_SECONDS:g} s",
                    severity="warning",
                    markup=False,
                )
            from reader.tui.messages import WriteJob

            again = WriteJob(job.what, job.run, job.undo, job.attempt + 1)
            self.set_timer(RETRY_SECONDS, lambda: self.write(again))
            return
        if job.undo is not None:
            job.undo()
        reason = clean_line(f"{type(error).__name__}: {error}")[:160]
        self.notify(f"Could not save {job.what}: {reason}", severity="error", markup=False)

    # -- worker results ----------------------------------------------------------------------

    def on_load_progress(self, message: LoadProgress) -> None:
        if not self.loaded and self.story_view.is_mounted:
            self.progress = message
            self.sub_title = load_status(message)
            if self.story_list.current is None:
                self.story_view.show_loading(load_status(message))

    def on_stories_batch(self, message: StoriesBatch) -> None:
        if not self.story_view.is_mounted or not message.rows:
            return
        self.story_list.loading = False
        self.generation += 1
        keep = self.story_list.current.id if self.story_list.current else None
        self._ids = message.ids
        self.story_list.set_rows(self.filtered(message.rows), keep_id=keep)

    def on_stories_loaded(self, message: StoriesLoaded) -> None:
        if not self.story_view.is_mounted:
            return  # the app is closing
        self.loaded = True
        self.progress = None
        self.story_list.loading = False
        self.generation += 1
        keep = self.story_list.current.id if self.story_list.current else None
        self._show_ids(message.ids, keep_id=keep, rows=message.rows)
        if keep is not None:  # its related stories were looked for in part of the library
            self.call_after_refresh(self._enrich, keep)
        missing = [r.id for r in self.story_list.rows[:LEADS_MAX] if r.lead_figure is None]
        if missing:
            self._fill_leads(missing)
        if message.problems:
            more = len(message.problems) - 3
            text = "\n".join(clean_line(p) for p in message.problems[:3])
            if more > 0:
                text += f"\n… and {more} more"
            self.notify(text, title="Some inputs were skipped", severity="warning", markup=False)

    def _show_ids(
        self, ids: list[str] | None, keep_id: str | None = None, rows: list[StoryRow] | None = None
    ) -> None:
        self._ids = ids
        if rows is None:
            rows = self.library.rows(ids)
        rows = self.filtered(rows)
        self.story_list.set_rows(rows, keep_id=keep_id)
        self.sub_title = self.list_title(len(rows))
        if not rows:
            self.story_view.show(None)

    def on_story_list_highlighted(self, message: StoryList.Highlighted) -> None:
        if not self.story_view.is_mounted:
            return
        story = self.library.story(message.row.id)
        self.story_view.show(story, starred=message.row.starred)
        if story is not None:
            # after the refresh: the worker's imports must not hold the GIL during a paint
            self.call_after_refresh(self._enrich, story.id)

    def on_story_list_selected(self, message: StoryList.Selected) -> None:
        self.action_open()

    def on_leads_filled(self, message: LeadsFilled) -> None:
        if not self.story_list.is_mounted:
            return
        for story_id, lead in message.leads.items():
            if lead:
                self.story_list.patch(story_id, lead_figure=lead)

    def on_story_enriched(self, message: StoryEnriched) -> None:
        if not self.story_view.is_mounted:
            return
        story = message.story
        self.story_list.patch(story.id, lead_figure=message.lead_figure)
        current = getattr(self.story_view, "story", None)
        if current is not None and current.id == story.id:
            self.story_view.story = story
            self.story_view.show_enrichment(story, message.related)

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (isinstance(self.screen, ModalScreen) and action not in MODAL_OK)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in self.settings.keys.values():
            if binding.id == "quit" or binding.scope != "main":
                continue
            # the palette reads its help as markup: key names are text ("[" is a key)
            yield SystemCommand(
                binding.description,
                escape(f"keys: {key_display(binding.keys)}"),
                self._runner(ACTIONS[binding.id]),
            )

    def _runner(self, action: str) -> Callable[[], None]:
        def run() -> None:
            self.call_later(self.run_action, action)

        return run

    def on_unmount(self) -> None:
        if self._writer_library is not None and self._writer_library is not self.library:
            self._writer_library.close()
        if self._own_library:
            self.library.close()
