"""The story view: headline, meta line, summary bullets, key-figure callouts, related stories,
then the full text with section headings and the figures highlighted.

Everything from the story is a ``rich.text.Text`` built from cleaned strings: article text is
never parsed as markup and no control character reaches the terminal.
"""

from __future__ import annotations

import contextlib
import os
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Static

from reader.library.queries import source_name
from reader.listing import story_link
from reader.model import Story
from reader.text.safe import clean_line, strip_controls
from reader.tui.story_list import squeeze

WORDS_PER_MINUTE = 230


def _source(story: Story) -> tuple[str, str]:
    """(where the story came from, its line range): the feed, site or sender (no lines),
    else the file's name and lines."""
    first = story.sources[0]
    if story.site:
        return clean_line(story.site), ""
    return clean_line(source_name(first.path)), f":{first.first_line}-{first.last_line}"


def meta_line(story: Story) -> str:
    name, lines = _source(story)
    return clean_line(" · ".join([name + lines, *_meta_rest(story)]))


def _meta_rest(story: Story) -> list[str]:
    parts: list[str] = []
    if story.byline:
        parts.append(story.byline)
    if story.date:  # absolute: "9 hours ago" was resolved when the story was stored
        parts.append(story.date[:16].replace("T", " "))
    elif story.published:
        parts.append(story.published)
    minutes = max(1, round(story.words / WORDS_PER_MINUTE))
    parts.append(f"{story.words:,} words · {minutes} min read")
    if len(story.sources) > 1:
        also = ", ".join(f"{os.path.basename(s.path)}:{s.first_line}" for s in story.sources[1:4])
        more = len(story.sources) - 4
        parts.append(f"also in: {also}" + (f" +{more}" if more > 0 else ""))
    link = story_link(story)
    if link:
        parts.append(link)
    return parts


class MetaLine:
    """The meta line at the width it is drawn: the file name is cut in the middle to fit, so
    its line range (``:120-135``) is never split across lines; the rest wraps at spaces."""

    def __init__(self, story: Story) -> None:
        self.name, self.lines = _source(story)
        self.rest = clean_line(" · ".join(_meta_rest(story)))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = max(4, options.max_width - cell_len(self.lines))
        text = Text(squeeze(self.name, room) + self.lines, style="dim")
        if self.rest:
            text.append(" · " + self.rest)
        yield text


def figure_rows(story: Story, limit: int = 6) -> list[tuple[str, str, str, str]]:
    """(figure, metric, subject, change) for the story's callouts, as clean text."""
    from reader.figures import callouts, format_value, metric_label
    from reader.figures.format import change_amount, change_period

    rows = []
    for f in callouts(story.figures or [], limit):
        change = ""
        if f.change is not None:
            arrow = {"up": "▲", "down": "▼"}.get(f.change.direction, "■")
            change = " ".join(
                p
                for p in (arrow, change_amount(f, short=True), change_period(f.change.period))
                if p
            )
        rows.append(
            (
                clean_line(format_value(f)),
                clean_line(metric_label(f)),  # "revenue (forecast)"
                clean_line(f.subject or ""),
                clean_line(change),
            )
        )
    return rows


HEADERS = ("Figure", "Metric", "Subject", "Change")
COLUMN_PRIORITY = (1, 3, 2)  # after the figure: metric, then change, then subject
COLUMN_GAP = 2


def _min_width(rows: list[tuple[str, str, str, str]], col: int) -> int:
    words = [w for r in rows for w in r[col].split()]
    return max([cell_len(HEADERS[col]), *(cell_len(w) for w in words)])


class FiguresTable:
    """The key figures at the width they are drawn. A figure is never cut: the other columns
    wrap, and those that cannot fit even wrapped are left out, lowest priority first
    (subject, then change, then metric)."""

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.rows = rows

    def widths(self, width: int) -> dict[int, int]:
        """Column -> width: the figure's full width, then each other column (by priority)
        that fits at its longest word; the room left widens them towards their longest cell."""
        full = {c: max(cell_len(r[c]) for r in [HEADERS, *self.rows]) for c in range(4)}
        chosen = {0: full[0]}
        used = full[0]
        for col in COLUMN_PRIORITY:
            if not any(r[col] for r in self.rows):
                continue
            need = _min_width(self.rows, col)
            if used + COLUMN_GAP + need <= width:
                chosen[col] = need
                used += COLUMN_GAP + need
        for col in COLUMN_PRIORITY:  # spare room, highest priority first
            if col in chosen:
                extra = min(full[col] - chosen[col], max(0, width - used))
                chosen[col] += extra
                used += extra
        return chosen

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.widths(options.max_width)
        fits = widths[0] <= options.max_width
        table = Table(box=None, expand=False, show_header=True, header_style="bold")
        table.padding = (0, COLUMN_GAP // 2)
        table.pad_edge = False
        columns = sorted(widths)
        for col in columns:
            if col == 0:
                width = widths[0] if fits else None
                table.add_column(
                    HEADERS[0], style="bold", no_wrap=fits, width=width, overflow="fold"
                )
            else:
                table.add_column(HEADERS[col], overflow="fold", width=widths[col])
        for row in self.rows:
            table.add_row(*(Text(row[c]) for c in columns))
        yield table


def figures_table(story: Story, limit: int = 6) -> FiguresTable | None:
    rows = figure_rows(story, limit)
    return FiguresTable(rows) if rows else None


PARTS = ("headline", "meta", "summary", "figures", "related", "body")


class StoryPart(Static):
    """One part of the story view. Its rules are here, not in the app's stylesheet: Textual
    parses them when the parts are first mounted, after the first frame."""

    DEFAULT_CSS: ClassVar[str] = """
    StoryPart#headline {
        margin-top: 1;
        color: $primary;
    }
    StoryPart#meta {
        margin-bottom: 1;
    }
    StoryPart#summary {
        margin-bottom: 1;
        padding: 0 1;
        border-left: thick $accent;
    }
    StoryPart#figures {
        margin-bottom: 1;
    }
    StoryPart#related {
        margin-bottom: 1;
        color: $secondary;
    }
    """


def _marked(para: str, end: str, surfaces: list[str], style: str = "") -> Text:
    """A paragraph of the story's text, control characters stripped, its figures highlighted."""
    text = Text(strip_controls(para) + end, style=style)
    if surfaces:
        text.highlight_words(surfaces, style="bold reverse", case_sensitive=True)
    return text


class StoryView(VerticalScroll, can_focus=True):
    """The parts (one Static each) are mounted right after the first paint: the first frame
    is the list's, and styling six more widgets would delay it. What is shown before they
    exist is kept and given to them as they are made."""

    DEFAULT_CSS: ClassVar[str] = ""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts: dict[str, RenderableType] = dict.fromkeys(PARTS, "")
        self._parts["headline"] = Text("No story selected", style="dim")
        self._built = False

    def on_mount(self) -> None:
        self.call_after_refresh(self._build)

    def _build(self) -> None:
        if not self._built and self.is_attached:
            self._built = True
            self.mount_all([StoryPart(self._parts[part], id=part) for part in PARTS])

    def show_loading(self, status: str) -> None:
        """No story yet: what the load has done so far."""
        if getattr(self, "story", None) is None:
            self._set("headline", Text(status, style="dim"))

    def show(self, story: Story | None, *, starred: bool = False) -> None:
        self.story = story
        if story is None:
            self._set("headline", Text("No story selected", style="dim"))
            for part in ("meta", "summary", "figures", "related", "body"):
                self._set(part, "")
            return
        title = Text(clean_line(story.title), style="bold")
        if story.title_generated:
            title.append("  (generated title)", style="dim italic")
        if starred:
            title = Text("★ ", style="bold") + title
        self._set("headline", title)
        self._set("meta", MetaLine(story))
        self._body_of: Story | None = None
        self.show_enrichment(story, related=None)
        self._set("body", "")
        self.scroll_home(animate=False)
        # the full text (the bulk of the rendering) follows right after this frame
        self.call_after_refresh(self._show_body, story)

    def _show_body(self, story: Story) -> None:
        current = getattr(self, "story", None)  # the enriched copy may have replaced it
        if current is not None and current.id == story.id:
            self._body_of = current
            self._set("body", self._body(current))

    def show_enrichment(self, story: Story, related: list[tuple[str, str]] | None) -> None:
        if story.summary is None:
            self._set("summary", Text("Summarising…", style="dim italic"))
        else:
            bullets = Text()
            for sentence in story.summary:
                bullets.append("• ", style="bold")
                bullets.append(strip_controls(" ".join(sentence.split())) + "\n")
            self._set("summary", bullets)
        table = figures_table(story) if story.figures is not None else None
        parts: list[RenderableType] = []
        if table is not None:
            parts = [Text("Key figures", style="bold underline"), table]
        self._set("figures", Group(*parts) if parts else "")
        if related is not None:
            text = Text()
            if related:
                text.append("Related (R): ", style="bold")
                text.append("; ".join(clean_line(t) for _, t in related[:5]))
            self._set("related", text)
        if story.figures and getattr(self, "_body_of", None) is not None:
            # the text is already shown: again, with the figures highlighted
            self._body_of = story
            self._set("body", self._body(story))

    def _body(self, story: Story) -> Text:
        headings = {h.paragraph: h.text for h in story.headings}
        surfaces = sorted({f.surface for f in story.figures or [] if f.surface}, key=len)
        out = Text()
        if story.deck:  # the standfirst, set apart as the page set it
            out.append_text(_marked(story.deck, "\n\n", surfaces, style="italic"))
        # (imported here: the line rules' patterns cost about 60 ms to compile, and the list is
        # painted before any story is opened)
        from reader.story.lines.table import MIN_CELLS, cells

        rows = [len(cells(p)) >= MIN_CELLS for p in story.paragraphs]
        for i, para in enumerate(story.paragraphs):
            if i in headings:
                out.append(clean_line(headings[i]) + "\n\n", style="bold underline")
            # a table's rows stand one under the other, with no blank line between them
            row_follows = rows[i] and i + 1 < len(rows) and rows[i + 1] and i + 1 not in headings
            out.append_text(_marked(para, "\n" if row_follows else "\n\n", surfaces))
        return out

    def _set(self, part: str, content: RenderableType) -> None:
        self._parts[part] = content
        if not self._built:
            return  # the part is made with it
        # being torn down: nothing to update
        with contextlib.suppress(NoMatches):
            self.query_one(f"#{part}", Static).update(content)
