"""The reader's look-up screens: search, the briefing preview, related stories and help. Each
pushes its screen; search and the briefing run in workers whose results come back as
messages, and a story chosen in search or related is shown in the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work

from reader.library.queries import StoryRow
from reader.library.store import Library
from reader.listing import ListFilter
from reader.settings.user import Settings
from reader.tui.chrome import load_status
from reader.tui.mixin import AppMixin
from reader.tui.story_list import StoryList

if TYPE_CHECKING:  # imported when first used, after the first paint
    from reader.tui.messages import BriefingReady, LoadProgress, SearchRequested, SearchResults


class LookupActions(AppMixin):
    """Mixed into ``ReaderApp``."""

    library: Library
    settings: Settings
    story_list: StoryList
    loaded: bool
    progress: LoadProgress | None
    _paths: list[str]
    _related: dict[str, tuple[int, list[str]]]
    generation: int
    list_filter: ListFilter

    if TYPE_CHECKING:  # defined by ReaderApp and WriteActions

        def action_open(self) -> None: ...

        def writer(self) -> Library: ...

        _enrich: Callable[[str], object]  # a worker

        def _show_ids(
            self,
            ids: list[str] | None,
            keep_id: str | None = None,
            rows: list[StoryRow] | None = None,
        ) -> None: ...

    @work(thread=True, exit_on_error=False, group="search", exclusive=True)
    def _search(self, query: str) -> None:
        from reader.tui.messages import SearchResults

        self.post_message(SearchResults(query, self.library.search(query)))

    @work(thread=True, exit_on_error=False, group="briefing", exclusive=True)
    def _briefing(self, ids: list[str]) -> None:
        from reader.tui import workers

        self.post_message(workers.briefing_preview(self.writer(), ids))

    def on_search_requested(self, message: SearchRequested) -> None:
        self._search(message.query)

    def on_search_results(self, message: SearchResults) -> None:
        from reader.tui.screens import SearchScreen

        if isinstance(self.screen, SearchScreen):
            loading = None if self.loaded or not self._paths else load_status(self.progress)
            self.screen.show_results(message.query, self.library.rows(message.ids), loading)

    def on_briefing_ready(self, message: BriefingReady) -> None:
        from reader.tui.screens import BriefingScreen

        if isinstance(self.screen, BriefingScreen):
            self.screen.show(message.markdown, message.stories)

    def action_search(self) -> None:
        from reader.tui.screens import SearchScreen

        self.push_screen(SearchScreen(), self._chosen)

    def _chosen(self, story_id: str | None) -> None:
        if story_id is None:
            return
        rows = self.story_list.rows
        for i, row in enumerate(rows):
            if row.id == story_id:
                self.story_list.move_to(i)
                self.action_open()
                return
        # not in the current list (e.g. a filtered view): show the whole library, unfiltered
        self.list_filter = ListFilter()
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
        found = self._related.get(row.id)
        if found is None or found[0] != self.generation:
            self.notify("Still looking for related stories", markup=False)
            if found is not None:  # stories arrived since: look again
                self._enrich(row.id)
            return
        self.push_screen(RelatedScreen(row.title, self.library.rows(found[1])), self._chosen)

    def action_help(self) -> None:
        from reader.tui.screens import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        keys = list(self.settings.keys.values())
        self.push_screen(HelpScreen(keys, str(self.settings.config_path)))
