"""Moving through the reader: the list's cursor, opening a story, the panes and zen mode.

Below ``NARROW`` columns the reader shows one pane at a time (the main screen's ``-reading``
class says which); ``layout_for`` runs on every resize. Mixed into ``ReaderApp``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.library.queries import StoryRow
from reader.tui.mixin import AppMixin
from reader.tui.story_list import StoryList
from reader.tui.story_view import StoryView

NARROW = 90  # below this many columns: one pane at a time


class NavigationActions(AppMixin):
    """Mixed into ``ReaderApp``."""

    story_list: StoryList
    story_view: StoryView

    if TYPE_CHECKING:  # defined by WriteActions

        def _set_state(
            self, row: StoryRow, *, read: bool | None = None, star: bool | None = None
        ) -> None: ...

    def layout_for(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")
        if width >= NARROW:
            self.screen_stack[0].remove_class("-reading")

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    # -- actions ---------------------------------------------------------------------------

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
            self._set_state(row, read=True)
        self._show_story_pane()

    def _show_story_pane(self) -> None:
        if self.narrow:
            self.screen_stack[0].add_class("-reading")
        self.story_view.focus()

    def action_back_to_list(self) -> None:
        main = self.screen_stack[0]
        if main.has_class("-zen"):
            self.action_zen()
        elif main.has_class("-reading") or self.story_view.has_focus:
            main.remove_class("-reading")
            self.story_list.focus()

    def action_switch_pane(self) -> None:
        if self.story_list.has_focus and not self.screen.has_class("-zen"):
            self._show_story_pane()
        else:
            self.screen_stack[0].remove_class("-reading")
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

    def action_zen(self) -> None:
        self.screen.toggle_class("-zen")
        if self.screen.has_class("-zen"):
            self.story_view.focus()
        else:
            self.story_list.focus()
