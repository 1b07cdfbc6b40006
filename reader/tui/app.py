"""The reader: a story list and a story view over the SQLite library.

The domain (library, pipeline, summaries, figures, briefing) never imports Textual; this
package is the only UI. Slow work runs in thread workers (``exit_on_error=False``) that post
small messages back; their failures are handled in one place (``on_worker_state_changed``).
The first screen paints before sumy or nltk are imported: they load inside workers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header
from textual.worker import Worker, WorkerState

from reader import desk
from reader.library.queries import StoryRow
from reader.library.store import Library
from reader.settings.keymap import DEFAULTS
from reader.settings.keymap import Binding as KeyBinding
from reader.text.safe import clean_line, stories_count
from reader.tui import workers
from reader.tui.messages import BriefingReady, Copied, SearchResults, StoriesLoaded, StoryEnriched
from reader.tui.story_list import StoryList
from reader.tui.story_view import StoryView
from reader.tui.theming import setup_themes

# binding id -> action; keys and descriptions come from reader.settings.keymap (remappable by id)
ACTIONS: dict[str, str] = {
    "down": "cursor(1)",
    "up": "cursor(-1)",
    "open": "open",
    "switch_pane": "switch_pane",
    "top": "top",
    "bottom": "bottom",
    "search": "search",
    "next_unread": "unread(1)",
    "prev_unread": "unread(-1)",
    "toggle_read": "toggle_read",
    "star": "star",
    "copy_summary": "copy_summary",
    "copy_figures": "copy_figures",
    "briefing": "briefing",
    "cycle_theme": "cycle_theme",
    "zen": "zen",
    "related": "related",
    "help": "help",
    "quit": "quit",
}
FOOTER_IDS = {"open", "search", "star", "copy_summary", "briefing", "help", "quit"}
# actions that still work while a modal screen (help, search…) is open
MODAL_OK = {"quit", "help", "cycle_theme"}
FIRST_SCREEN_ROWS = 100  # rows read before the first paint; the rest come from a worker


def make_bindings() -> list[BindingType]:
    return [
        Binding(
            b.keys,
            ACTIONS[b.id],
            b.description,
            show=b.id in FOOTER_IDS,
            id=b.id,
            priority=b.id == "switch_pane",
        )
        for b in DEFAULTS
    ]


class LateFooter(Footer):
    """A footer mounted after the first paint: it reads the bindings as it mounts, since the
    screen announced them before it existed (Textual also runs Footer.on_mount)."""

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)


class ReaderApp(App[None]):
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "newsdesk"
    BINDINGS: ClassVar[list[BindingType]] = make_bindings()

    def __init__(
        self,
        paths: list[str],
        *,
        whole: bool = False,
        theme_name: str | None = None,
        library: Library | None = None,
        include_seeds: bool | None = None,
        keys: dict[str, KeyBinding] | None = None,
        config_path: str = "",
    ) -> None:
        super().__init__()
        self._paths = list(paths)
        self._whole = whole
        self._theme_arg = theme_name
        self._own_library = library is None
        self.library = library if library is not None else desk.open_library()
        self._include_seeds = not paths if include_seeds is None else include_seeds
        self._keys = keys or {b.id: b for b in DEFAULTS}
        self._config_path = config_path
        self._related: dict[str, list[str]] = {}
        self.theme_names: list[str] = []
        self.loaded = False
        # before the first stylesheet pass: a theme set after mount re-parses all the CSS
        self.theme_names, self._theme_problems = setup_themes(self, theme_name, self.library)

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
        for problem in self._theme_problems:
            self.notify(clean_line(problem), severity="warning", markup=False)
        changed = {i: b.keys for i, b in self._keys.items() if b.keys != _default_keys(i)}
        if changed:
            self.set_keymap(changed)
        self.story_list.focus()
        if self._paths:
            self.story_list.loading = True
        else:
            # the first screenful at once; the whole library follows from a worker
            self.story_list.set_rows(self.library.rows(limit=FIRST_SCREEN_ROWS))
        # after the first paint: the footer (its key widgets cost a frame's styling) and the
        # heavy work (its imports would compete for the GIL)
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.screen_stack[0].mount(LateFooter())  # the main screen, even if a modal is up
        self._ingest()

    # -- workers (what they do is in reader.tui.workers; failures end up in one handler) ----

    @work(thread=True, exit_on_error=False, group="ingest")
    def _ingest(self) -> None:
        self.post_message(
            workers.load_stories(
                self.library, self._paths, include_seeds=self._include_seeds, whole=self._whole
            )
        )

    @work(thread=True, exit_on_error=False, group="enrich", exclusive=True)
    def _enrich(self, story_id: str) -> None:
        done = workers.enrich_story(self.library, story_id)
        if done is not None:
            message, related = done
            self._related[story_id] = related
            self.post_message(message)

    @work(thread=True, exit_on_error=False, group="search", exclusive=True)
    def _search(self, query: str) -> None:
        self.post_message(SearchResults(query, self.library.search(query)))

    @work(thread=True, exit_on_error=False, group="briefing", exclusive=True)
    def _briefing(self, ids: list[str]) -> None:
        self.post_message(workers.briefing_preview(self.library, ids))

    @work(thread=True, exit_on_error=False, group="copy")
    def _copy_native(self, what: str, text: str) -> None:
        self.post_message(workers.copy_native(what, text))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures end up: a one-line notification, never a crash."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            name = event.worker.group or "work"
            message = clean_line(f"{name} failed: {type(error).__name__}: {error}")[:200]
            self.notify(message, severity="error", markup=False)
            if event.worker.group == "ingest":
                self.story_list.loading = False

    # -- worker results ----------------------------------------------------------------------

    def on_stories_loaded(self, message: StoriesLoaded) -> None:
        if not self.story_view.is_mounted:
            return  # the app is closing
        self.loaded = True
        self.story_list.loading = False
        keep = self.story_list.current.id if self.story_list.current else None
        self._show_ids(message.ids, keep_id=keep, rows=message.rows)
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
        self.story_list.set_rows(rows, keep_id=keep_id)
        self.sub_title = stories_count(len(rows))
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

    def on_story_enriched(self, message: StoryEnriched) -> None:
        if not self.story_view.is_mounted:
            return
        story = message.story
        self.story_list.patch(story.id, lead_figure=message.lead_figure)
        current = getattr(self.story_view, "story", None)
        if current is not None and current.id == story.id:
            self.story_view.story = story
            self.story_view.show_enrichment(story, message.related)

    def on_search_results(self, message: SearchResults) -> None:
        from reader.tui.screens import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.show_results(message.query, self.library.rows(message.ids))

    def on_briefing_ready(self, message: BriefingReady) -> None:
        from reader.tui.screens import BriefingScreen

        if isinstance(self.screen, BriefingScreen):
            self.screen.show(message.markdown, message.stories)

    def on_copied(self, message: Copied) -> None:
        how = " + ".join(message.methods)
        self.notify(f"Copied {message.what} to the clipboard ({how})", markup=False)

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (isinstance(self.screen, ModalScreen) and action not in MODAL_OK)

    def action_cursor(self, delta: int) -> None:
        self.story_list.move(delta)

    def action_top(self) -> None:
        self.story_list.move_to(0)

    def action_bottom(self) -> None:
        self.story_list.move_to(len(self.story_list.rows) - 1)

    def action_open(self) -> None:
        row = self.story_list.current
        if row is None:
            return
        if not row.read:
            self.library.set_read(row.id, True)
            self.story_list.patch(row.id, read=True)
        self.story_view.focus()

    def action_switch_pane(self) -> None:
        if self.story_list.has_focus and not self.screen.has_class("-zen"):
            self.story_view.focus()
        else:
            self.story_list.focus()

    def action_unread(self, direction: int) -> None:
        rows = self.story_list.rows
        start = self.story_list.cursor
        order = range(start + 1, len(rows)) if direction > 0 else range(start - 1, -1, -1)
        for i in order:
            if not rows[i].read:
                self.story_list.move_to(i)
                self.action_open()
                return
        self.notify("No more unread stories", markup=False)

    def action_toggle_read(self) -> None:
        row = self.story_list.current
        if row is not None:
            self.library.set_read(row.id, not row.read)
            self.story_list.patch(row.id, read=not row.read)

    def action_star(self) -> None:
        row = self.story_list.current
        if row is not None:
            self.library.set_starred(row.id, not row.starred)
            self.story_list.patch(row.id, starred=not row.starred)
            self.notify("Starred" if not row.starred else "Unstarred", markup=False)

    def _current_story(self) -> object | None:
        story = getattr(self.story_view, "story", None)
        if story is None or story.summary is None:
            self.notify("The summary is still being computed", markup=False)
            return None
        return story

    def action_copy_summary(self) -> None:
        from reader.output.clipboard_markdown import summary_markdown

        story = self._current_story()
        if story is not None:
            self.copy_text("the summary", summary_markdown(story))  # type: ignore[arg-type]

    def action_copy_figures(self) -> None:
        from reader.output.clipboard_markdown import figures_markdown

        story = self._current_story()
        if story is not None:
            self.copy_text("the key figures", figures_markdown(story))  # type: ignore[arg-type]

    def copy_text(self, what: str, text: str) -> None:
        self.copy_to_clipboard(text)  # OSC 52: works over SSH and inside tmux
        self._copy_native(what, text)

    def action_search(self) -> None:
        from reader.tui.screens import SearchScreen

        def chosen(story_id: str | None) -> None:
            if story_id is not None:
                self._jump_to(story_id)

        self.push_screen(SearchScreen(), chosen)

    def search(self, query: str) -> None:
        self._search(query)

    def _jump_to(self, story_id: str) -> None:
        rows = self.story_list.rows
        for i, row in enumerate(rows):
            if row.id == story_id:
                self.story_list.move_to(i)
                self.action_open()
                return
        # not in the current list (e.g. a filtered view): show the whole library
        self._show_ids(None, keep_id=story_id)
        self.action_open()

    def action_briefing(self) -> None:
        from reader.tui.screens import BriefingScreen

        ids = [r.id for r in self.story_list.rows]
        self.push_screen(BriefingScreen())
        self._briefing(ids)

    def action_related(self) -> None:
        from reader.tui.screens import RelatedScreen

        row = self.story_list.current
        if row is None:
            return
        ids = self._related.get(row.id)
        if ids is None:
            self.notify("Still looking for related stories", markup=False)
            return
        self.push_screen(RelatedScreen(row.title, self.library.rows(ids)), self._related_chosen)

    def _related_chosen(self, story_id: str | None) -> None:
        if story_id is not None:
            self._jump_to(story_id)

    def action_cycle_theme(self) -> None:
        names = self.theme_names or ["newsdesk-dark"]
        index = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(index + 1) % len(names)]
        self.library.set_setting("theme", self.theme)
        self.notify(f"Theme: {self.theme}", markup=False)

    def action_zen(self) -> None:
        self.screen.toggle_class("-zen")
        if self.screen.has_class("-zen"):
            self.story_view.focus()
        else:
            self.story_list.focus()

    def action_help(self) -> None:
        from reader.tui.screens import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(list(self._keys.values()), self._config_path))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in self._keys.values():
            if binding.id == "quit":
                continue
            keys = binding.keys.replace("question_mark", "?").replace("slash", "/")
            yield SystemCommand(
                binding.description,
                f"keys: {keys}",
                lambda action=ACTIONS[binding.id]: self.call_later(self.run_action, action),
            )

    def on_unmount(self) -> None:
        if self._own_library:
            self.library.close()


def _default_keys(binding_id: str) -> str:
    return next(b.keys for b in DEFAULTS if b.id == binding_id)
