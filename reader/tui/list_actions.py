"""The list's filters (by date, by source), refreshing the feeds and opening a story's link.

The date and source pickers are ``ChoiceScreen``s; what they offer and the rows a filter keeps
are computed in workers by the service (``reader.desk``: the briefing's own date selection).
A refresh runs ``newsdesk refresh`` in a worker with its progress in the header; the stories
it brings are unread and marked new (✦) in the list, which keeps its cursor. Failures of these
workers end in ``ReaderApp.on_worker_state_changed`` like every other.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SuspendNotSupported
from textual.screen import ModalScreen

from reader import desk
from reader.library.queries import StoryRow
from reader.library.store import Library
from reader.listing import ALL, ListFilter
from reader.text.safe import clean_line, stories_count
from reader.tui.mixin import AppMixin
from reader.tui.story_list import StoryList
from reader.tui.story_view import StoryView

if TYPE_CHECKING:  # imported when first used, after the first paint
    from reader.tui.messages import (
        FeedsDone,
        FilterChoices,
        LinkOpened,
        RefreshProgress,
        RowsFiltered,
    )

TITLES = {"date": "Show the stories dated…", "source": "Show the stories from…"}


class ListActions(AppMixin):
    """Mixed into ``ReaderApp``."""

    library: Library
    story_list: StoryList
    story_view: StoryView
    _ids: list[str] | None
    loaded: bool
    list_filter: ListFilter
    new_ids: set[str]
    generation: int
    refreshing: bool = False  # a refresh is running (its messages may outlive the worker)

    if TYPE_CHECKING:  # defined by WriteActions

        def writer(self) -> Library: ...

    # -- the list as filtered ----------------------------------------------------------------

    def filtered(self, rows: list[StoryRow]) -> list[StoryRow]:
        """``rows`` under the list's filter (for rows a load or a refresh just read)."""
        if not self.list_filter.active:
            return rows
        return desk.filter_rows(rows, self.list_filter)[0]

    def list_title(self, shown: int) -> str:
        label = self.list_filter.label
        return stories_count(shown) + (f" · {clean_line(label)}" if label else "")

    @work(thread=True, exit_on_error=False, group="filter", exclusive=True)
    def _filter(self, ids: list[str] | None, view: ListFilter) -> None:
        from reader.tui import workers

        self.post_message(workers.filter_rows(self.library, ids, view))

    @work(thread=True, exit_on_error=False, group="filter", exclusive=True)
    def _choices(self, ids: list[str] | None, kind: str, view: ListFilter) -> None:
        from reader.tui import workers

        self.post_message(workers.filter_choices(self.library, ids, kind, view))

    def still_loading(self) -> bool:
        """Until the first load is in, the list has no ids to filter or to add to: say so."""
        if self.loaded:
            return False
        self.notify("Still loading the stories: try again when they are in", markup=False)
        return True

    def action_date_filter(self) -> None:
        if not self.still_loading():
            self._choices(self._ids, "date", self.list_filter)

    def action_source_filter(self) -> None:
        if not self.still_loading():
            self._choices(self._ids, "source", self.list_filter)

    def on_filter_choices(self, message: FilterChoices) -> None:
        from reader.tui.screens import ChoiceScreen

        if isinstance(self.screen, ModalScreen):
            return  # another screen was opened meanwhile
        screen = ChoiceScreen(TITLES[message.kind], message.choices, message.current)
        self.push_screen(screen, partial(self._chose, message.kind))

    def _chose(self, kind: str, key: str | None) -> None:
        if key is None:
            return
        from reader.tui.workers import SOURCE_KEY

        if kind == "date":
            view = self.list_filter.with_date(key, dt.datetime.now())
        else:
            view = self.list_filter.with_source(
                None if key == ALL else key.removeprefix(SOURCE_KEY)
            )
        self.list_filter = view
        self._filter(self._ids, view)

    def on_rows_filtered(self, message: RowsFiltered) -> None:
        if message.view != self.list_filter or not self.story_view.is_mounted:
            return  # an older filter answered late, or the app is closing
        keep = self.story_list.current.id if self.story_list.current else None
        self.story_list.set_rows(message.rows, keep_id=keep)
        self.sub_title = self.list_title(len(message.rows))
        if message.notice:
            self.notify(clean_line(message.notice), severity="warning", markup=False)
        if not message.rows:
            self.story_view.show(None)

    # -- refreshing the feeds ------------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="refresh", exclusive=True)
    def _refresh(self) -> None:
        from reader.tui import workers

        self.post_message(workers.refresh_feeds(self.writer(), self.post_message))

    def action_refresh_feeds(self) -> None:
        if self.still_loading():
            return
        if self.refreshing:
            self.notify("Already refreshing the feeds", markup=False)
            return
        self.refreshing = True
        self.sub_title = "Refreshing feeds…"
        self._refresh()

    def on_refresh_progress(self, message: RefreshProgress) -> None:
        if self.refreshing:
            self.sub_title = f"Refreshing feeds: {message.done:,} of {message.total:,}"

    def on_feeds_done(self, message: FeedsDone) -> None:
        if not self.story_view.is_mounted:
            return
        text = clean_line(message.summary)[:300]
        self.notify(text, severity="warning" if message.failed else "information", markup=False)
        self.refresh_ended(message.new_ids)

    def refresh_ended(self, new_ids: list[str]) -> None:
        """After a refresh (or its failure): the list shows the new stories, marked new."""
        self.refreshing = False
        if new_ids:
            self.generation += 1  # related stories found before may have new company
            self.new_ids.update(new_ids)
            self.story_list.mark_new(frozenset(self.new_ids))
            if self._ids is not None:  # a list of given files: the new stories join it
                self._ids = [*self._ids, *(i for i in new_ids if i not in set(self._ids))]
        if new_ids:  # the list is read again (the title follows with the rows)
            self._filter(self._ids, self.list_filter)
        else:
            self.sub_title = self.list_title(len(self.story_list.rows))

    # -- the story's link ----------------------------------------------------------------------

    def action_open_link(self) -> None:
        row = self.story_list.current
        if row is None:
            return
        url = desk.story_link(self.library, row.id)
        if url is None:
            self.notify("This story has no web link (it was read from a file)", markup=False)
            return
        self._open_link(url)

    @work(thread=True, exit_on_error=False, group="browser", exclusive=True)
    def _open_link(self, url: str) -> None:
        from reader.tui import workers

        self.post_message(workers.open_link(url))

    def on_link_opened(self, message: LinkOpened) -> None:
        from reader.tui.messages import LinkOpened

        url = clean_line(message.url)
        if message.console is not None:
            message = LinkOpened(message.url, self._in_terminal(message.console, message.url))
        if message.ok:
            self.notify(f"Opened in the browser: {url}", markup=False)
        else:
            self.notify(
                f"No web browser could open the link: {url}", severity="warning", markup=False
            )

    def _in_terminal(self, browser: Any, url: str) -> bool:
        """A text-mode browser gets the terminal while it runs (the reader is suspended)."""
        try:
            with self.suspend():
                return bool(browser.open(url))
        except SuspendNotSupported:
            return False
