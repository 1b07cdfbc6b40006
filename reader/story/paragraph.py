"""A body paragraph with the lines that stood before and after it: what ``assemble`` groups
into stories and ``cues`` reads for story starts (below both, so neither imports the other)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.story.lines.email_marks import emailed
from reader.story.lines.line import Line


@dataclass(slots=True)
class Paragraph:
    """A body paragraph, its line span, and the non-body lines that stood right before it."""

    text: str
    first: int
    last: int
    head: list[Line] = field(default_factory=list)
    cue: float = 0.0
    # promo lines right after it ("Read more … news", "Related Topics"): they close this
    # story, so they belong to its line span, not to the head of the next one
    trail: list[Line] = field(default_factory=list)
    # it opens on a list item ("- Revenue of $2bn ...", "• Dr Hollis will retire ...")
    listed: bool = False


def gap_lines(paras: Sequence[Paragraph], i: int) -> list[Line]:
    """The lines that are no body text between paragraph ``i - 1`` and paragraph ``i``: the
    earlier one's ``trail`` and the later one's ``head`` (over the first paragraph, its head)."""
    return [*paras[i - 1].trail, *paras[i].head] if i > 0 else list(paras[i].head)


def blank_lines_between(before: Paragraph, after: Paragraph) -> int:
    """Blank lines in the gap between two consecutive paragraphs. A paragraph keeps no blank
    lines: every non-blank line between two paragraphs is the earlier one's ``trail`` or the
    later one's ``head``, so the rest of the line span between them is blank."""
    between = after.first - before.last - 1
    return max(0, between - len(before.trail) - len(after.head))


def longest_blank_run(before: Paragraph, after: Paragraph) -> int:
    """The most blank lines in a row in the gap between two consecutive paragraphs: a
    heading with a blank line on each side is two runs of one, not a run of two (see
    ``blank_lines_between`` for why every other line of the span is blank)."""
    taken = sorted(ln.no for ln in (*before.trail, *after.head))
    longest, start = 0, before.last + 1
    for no in [*taken, after.first]:
        longest = max(longest, no - start)
        start = no + 1
    return longest


# Kinds only the learned line roles give (reader.story.lines.roles): page furniture around an article.
PAGE_FURNITURE = frozenset({"nav", "linklist", "comment", "footer"})


def is_page(paras: Sequence[Paragraph]) -> bool:
    """The role model found menus, link lists, comments or a footer between the paragraphs:
    lines other than a name alone (a byline's name and its paper on lines of their own, "Nadia
    Karim" / "Windsor Star", read as a link list make no page of a paste)."""
    found = any(
        ln.kind in PAGE_FURNITURE and not _NAME_ALONE.fullmatch(ln.text.strip())
        for p in paras
        for ln in (*p.head, *p.trail)
    )
    # (not an email newsletter's header and footer: ``email_marks``; found, so paras are some)
    return found and not emailed([ln.text for ln in (*paras[0].head, *paras[-1].trail)])


def was_bullet(p: Paragraph, lines: Sequence[Line]) -> bool:
    """The paragraph's last line is a list item."""
    return lines[p.last - 1].kind == "bullet"


# a sentence's end: a full stop, question or exclamation mark (a closing quote) and a space
# before the next sentence's first letter (an opening quote)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[A-Za-z])")


def one_sentence(text: str) -> bool:
    """Whether ``text`` is a single sentence."""
    return len(_SENTENCE_BREAK.split(text.strip())) == 1


# two to four capitalised words and nothing else: a person's or a paper's name
_NAME_ALONE = re.compile(r"(?:The )?[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|de|van|von|da|di)){1,3}")


def join_wrapped(head: str, tail: str) -> str:
    """Join a line wrapped onto the next: "elec-" + "tricity" mends the word, "2-" + "year"
    keeps its hyphen, anything else is joined with a space."""
    if head.endswith("-") and tail[:1].islower() and len(head) > 1:
        before = head[-2]
        if before.isalpha():
            return head[:-1] + tail
        if before.isdigit():
            return head + tail
    return head + " " + tail
