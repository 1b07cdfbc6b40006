"""The story view: headline, meta line, summary bullets, key-figure callouts, related stories,
then the full text with section headings and the figures highlighted.

Everything from the story is a ``rich.text.Text`` built from cleaned strings: article text is
never parsed as markup and no control character reaches the terminal.
"""

from __future__ import annotations

import contextlib
import os
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Static

from reader.model import Story
from reader.text.safe import clean_line, strip_controls

WORDS_PER_MINUTE = 230


def meta_line(story: Story) -> str:
    first = story.sources[0]
    parts = [f"{os.path.basename(first.path)}:{first.first_line}-{first.last_line}"]
    if story.byline:
        parts.append(story.byline)
    if story.published:
        parts.append(story.published)
    minutes = max(1, round(story.words / WORDS_PER_MINUTE))
    parts.append(f"{story.words:,} words · {minutes} min read")
    if len(story.sources) > 1:
        also = ", ".join(f"{os.path.basename(s.path)}:{s.first_line}" for s in story.sources[1:4])
        more = len(story.sources) - 4
        parts.append(f"also in: {also}" + (f" +{more}" if more > 0 else ""))
    return clean_line(" · ".join(parts))


def figures_table(story: Story, limit: int = 6) -> Table | None:
    from reader.figures import callouts, format_value

    figures = callouts(story.figures, limit)
    if not figures:
        return None
    table = Table(box=None, expand=False, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Figure", style="bold", no_wrap=True)
    table.add_column("Metric", no_wrap=True)
    table.add_column("Subject", no_wrap=True)
    table.add_column("Change", overflow="fold")
    for f in figures:
        change = ""
        if f.change is not None:
            arrow = {"up": "▲", "down": "▼"}.get(f.change.direction, "■")
            change = f"{arrow} {f.change.amount or ''} {f.change.period or ''}".strip()
        table.add_row(
            Text(clean_line(format_value(f))),
            Text(clean_line(f.metric or "")),
            Text(clean_line(f.subject or "")),
            Text(clean_line(change)),
        )
    return table


class StoryView(VerticalScroll, can_focus=True):
    DEFAULT_CSS: ClassVar[str] = ""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("No story selected", style="dim"), id="headline")
        yield Static("", id="meta")
        yield Static("", id="summary")
        yield Static("", id="figures")
        yield Static("", id="related")
        yield Static("", id="body")

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
        self._set("meta", Text(meta_line(story), style="dim"))
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
        for i, para in enumerate(story.paragraphs):
            if i in headings:
                out.append(clean_line(headings[i]) + "\n\n", style="bold underline")
            text = Text(strip_controls(para) + "\n\n")
            if surfaces:
                text.highlight_words(surfaces, style="bold reverse", case_sensitive=True)
            out.append_text(text)
        return out

    def _set(self, part: str, content: RenderableType) -> None:
        # not composed yet, or being torn down: nothing to update
        with contextlib.suppress(NoMatches):
            self.query_one(f"#{part}", Static).update(content)
