"""What the reader puts on the clipboard: a story's summary or its key figures, as Markdown.

Plain functions of a Story (no Textual), so they are tested headless and shared by the reader
and anything else that copies. Story text is escaped: pasting it never makes a heading, link
or code block, and no control character survives.
"""

from __future__ import annotations

import os

from reader.model import Story
from reader.text.safe import clean_line


def _esc(text: str) -> str:
    from briefing.escape import escape_md

    return escape_md(text)


def source_line(story: Story) -> str:
    first = story.sources[0]
    where = f"{os.path.basename(first.path)}, lines {first.first_line}-{first.last_line}"
    extra = [f"{os.path.basename(s.path)}:{s.first_line}" for s in story.sources[1:]]
    if extra:
        where += f" (also in {', '.join(extra)})"
    return clean_line(where)


def figures_lines(story: Story, limit: int = 8) -> list[str]:
    from reader.figures import callouts, format_figure

    return [format_figure(f) for f in callouts(story.figures, limit)]


def summary_markdown(story: Story) -> str:
    """Title, summary bullets, key figures and source."""
    lines = [f"## {_esc(story.title)}", ""]
    for sentence in story.summary or []:
        lines.append(f"- {_esc(sentence)}")
    figures = figures_lines(story, limit=5)
    if figures:
        lines += ["", "**Key figures:** " + " · ".join(_esc(f) for f in figures)]
    lines += ["", f"*Source:* {_esc(source_line(story))}"]
    return "\n".join(lines) + "\n"


def figures_markdown(story: Story) -> str:
    """The story's key figures, one bullet each with the sentence it comes from."""
    lines = [f"Key figures — {_esc(story.title)}", ""]
    from reader.figures import callouts, format_figure

    for fig in callouts(story.figures, 12):
        lines.append(f"- {_esc(format_figure(fig))} — “{_esc(fig.sentence)}”")
    if len(lines) == 2:
        lines.append("- (no figures found)")
    return "\n".join(lines) + "\n"
