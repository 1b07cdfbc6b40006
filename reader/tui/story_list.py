"""The story list: a virtual, two-line-per-story list that renders only the visible rows.

One widget for the whole library (no widget per story): rows are plain ``StoryRow`` data and
``render_line`` draws the lines on screen, so 100,000 stories cost no more to show than 100.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library.queries import StoryRow
from reader.text.safe import clean_line
from reader.tui.bindings import screen_bindings

ROW_HEIGHT = 2
DATE_TIME_WIDTH = 60  # narrower lists show a story's day without its time


class StoryList(ScrollView, can_focus=True):
    """Two lines a story: markers and title, then source and lead figure."""

    # Arrow and page keys move the cursor here (j/k and the rest are the app's); remappable
    # by id (list.down…) like every binding.
    BINDINGS: ClassVar[list[BindingType]] = screen_bindings(
        "list",
        {
            "down": "move(1)",
            "up": "move(-1)",
            "pagedown": "page(1)",
            "pageup": "page(-1)",
            "home": "move_to(0)",
            "end": "last",
        },
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "story-list--cursor",
        "story-list--unread",
        "story-list--read",
        "story-list--meta",
        "story-list--figure",
        "story-list--star",
        "story-list--generated",
    }
    DEFAULT_CSS = """
    StoryList { background: $surface; }
    StoryList > .story-list--cursor { background: $primary 35%; }
    StoryList:focus > .story-list--cursor { background: $primary 60%; }
    StoryList > .story-list--unread { color: $foreground; text-style: bold; }
    StoryList > .story-list--read { color: $foreground 70%; }
    StoryList > .story-list--meta { color: $foreground 55%; }
    StoryList > .story-list--figure { color: $accent; }
    StoryList > .story-list--star { color: $warning; }
    StoryList > .story-list--generated { text-style: italic; }
    """

    class Highlighted(Message):
        def __init__(self, index: int, row: StoryRow) -> None:
            super().__init__()
            self.index = index
            self.row = row

    class Selected(Message):
        def __init__(self, index: int, row: StoryRow) -> None:
            super().__init__()
            self.index = index
            self.row = row

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.rows: list[StoryRow] = []
        self.cursor = 0
        self.new_ids: frozenset[str] = frozenset()  # arrived while the reader is open
        self._cache: dict[tuple[int, int, bool, bool], tuple[Strip, Strip]] = {}
        self._base: Style | None = None  # the widget's style during one render_lines call
        self._width: int | None = None  # and its content width

    # -- data --------------------------------------------------------------------------------

    def set_rows(self, rows: list[StoryRow], *, keep_id: str | None = None) -> None:
        """Show ``rows``, the cursor on ``keep_id`` (else the first). The highlight is
        announced when the cursor's story changes: a list that grows batch by batch under
        the cursor does not open (and summarise) the same story again."""
        before = self.current
        self.rows = rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows) * ROW_HEIGHT)
        index = 0
        if keep_id is not None:
            index = next((i for i, r in enumerate(rows) if r.id == keep_id), 0)
        same = before is not None and 0 <= index < len(rows) and rows[index] == before
        self.move_to(index, announce=not same)
        self.refresh()

    def mark_new(self, ids: frozenset[str]) -> None:
        """Stories that arrived while the reader is open: marked ✦ until read."""
        self.new_ids = ids
        self._cache.clear()
        self.refresh()

    def update_row(self, row: StoryRow) -> None:
        for i, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[i] = row
                self._cache = {k: v for k, v in self._cache.items() if k[0] != i}
                self.refresh(self._row_region(i))
                return

    def patch(self, story_id: str, **changes: object) -> StoryRow | None:
        for row in self.rows:
            if row.id == story_id:
                new = replace(row, **changes)  # type: ignore[arg-type]
                self.update_row(new)
                return new
        return None

    @property
    def current(self) -> StoryRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    # -- movement ----------------------------------------------------------------------------

    def move_to(self, index: int, *, announce: bool = True) -> None:
        if not self.rows:
            self.cursor = 0
            self.refresh()
            return
        index = max(0, min(index, len(self.rows) - 1))
        old = self.cursor
        self.cursor = index
        self._cache = {k: v for k, v in self._cache.items() if k[0] not in (old, index)}
        self.refresh(self._row_region(old))
        self.refresh(self._row_region(index))
        self.scroll_to_region(self._row_region(index), animate=False, immediate=True)
        if announce:
            self.post_message(self.Highlighted(index, self.rows[index]))

    def move(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def page(self, direction: int) -> None:
        per_page = max(1, self.scrollable_content_region.height // ROW_HEIGHT)
        self.move(direction * per_page)

    def action_move(self, delta: int) -> None:
        self.move(delta)

    def action_page(self, direction: int) -> None:
        self.page(direction)

    def action_move_to(self, index: int) -> None:
        self.move_to(index)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def select(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self.cursor, row))

    def _row_region(self, index: int) -> Region:
        return Region(0, index * ROW_HEIGHT, max(1, self.size.width), ROW_HEIGHT)

    # -- input -------------------------------------------------------------------------------

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", 0) + int(self.scroll_offset.y)
        index = y // ROW_HEIGHT
        if 0 <= index < len(self.rows):
            self.move_to(index)
            if getattr(event, "chain", 1) >= 2:
                self.select()

    def notify_style_update(self) -> None:
        """The theme changed (or a class did): the cached rows hold the old colours."""
        super().notify_style_update()
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.rows) * ROW_HEIGHT)

    # -- drawing -----------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # the widget's style walks every ancestor and the content region is computed from the
        # styles: once for all the lines drawn now, not per line
        self._base = self.rich_style
        self._width = self._content_width()
        try:
            return super().render_lines(crop)
        finally:
            self._base = None
            self._width = None

    def _content_width(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    def render_line(self, y: int) -> Strip:
        width = self._width if self._width is not None else self._content_width()
        line = y + int(self.scroll_offset.y)
        index, part = divmod(line, ROW_HEIGHT)
        base = self._base if self._base is not None else self.rich_style
        if index >= len(self.rows) or width <= 0:
            return Strip.blank(width, base)
        key = (index, width, index == self.cursor, self.has_focus)
        strips = self._cache.get(key)
        if strips is None:
            strips = self._render_row(self.rows[index], width, index == self.cursor)
            if len(self._cache) > 4000:
                self._cache.clear()
            self._cache[key] = strips
        return strips[part]

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _render_row(self, row: StoryRow, width: int, is_cursor: bool) -> tuple[Strip, Strip]:
        base = self._base if self._base is not None else self.rich_style
        if is_cursor:
            base = base + self.get_component_rich_style("story-list--cursor")
        first = Text(no_wrap=True, overflow="ellipsis", end="")
        mark = "  " if row.read else "✦ " if row.id in self.new_ids else "● "
        first.append(mark, self._style("story-list--figure"))
        first.append("★ " if row.starred else "  ", self._style("story-list--star"))
        title_style = self._style("story-list--read" if row.read else "story-list--unread")
        if row.title_generated:
            title_style = title_style + self._style("story-list--generated")
            first.append("~ ", self._style("story-list--meta"))
        first.append(clean_line(row.title), title_style)
        second = Text(no_wrap=True, overflow="ellipsis", end="")
        # a file's story: its line range; a feed's or site's: the feed or site alone
        lines = "" if row.site else f":{row.first_line}-{row.last_line}"
        figure = "  " + clean_line(row.lead_figure) if row.lead_figure else ""
        date = list_date(row.date, width)
        # in a narrow list the line range and the lead figure matter more than a long name
        room = max(8, width - 4 - len(date) - len(lines) - len(figure))
        name = squeeze(clean_line(row.source), room)
        second.append(f"    {date}{name}{lines}", self._style("story-list--meta"))
        if figure:
            second.append(figure, self._style("story-list--figure"))
        return (self._strip(first, width, base), self._strip(second, width, base))

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console))
        segments = [Segment(s.text, base + s.style if s.style else base) for s in segments]
        return Strip(segments).crop(0, width).extend_cell_length(width, base)


def list_date(date: str, width: int) -> str:
    """ "2026-11-23 06:15 · " (the day alone in a narrow list; nothing for an undated row)."""
    if not date:
        return ""
    return (date[:10] if width < DATE_TIME_WIDTH else date[:16].replace("T", " ")) + " · "


def squeeze(name: str, room: int) -> str:
    """``name`` in at most ``room`` cells, cut in the middle so its end (the extension, a
    date or a number) stays: "000_42667398cd2ee326.txt" -> "000_426…326.txt"."""
    if cell_len(name) <= room:
        return name
    if room < 4:
        return name[: max(room - 1, 0)] + "…"
    tail = (room - 1) // 2
    head = room - 1 - tail
    while cell_len(name[:head]) + cell_len(name[-tail:]) + 1 > room and head > 1:
        head -= 1  # wide characters
    return name[:head] + "…" + name[-tail:]
