"""Whether a body line goes on the paragraph before it: how the file parts its paragraphs
(``blank_separated``, ``lines_are_paragraphs``), whether the line was wrapped there
(``may_join``, ``wrapped``, ``short_fragment``) or is the next story's headline written as text
(``headline_over``). ``assemble.paragraphs_of`` asks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.lines.shape import ends_sentence
from reader.story.lines.words import word_count
from reader.story.paragraph import Paragraph, was_bullet
from reader.story.starts import HEADLINE_WORDS

# A line shorter than this that ends no sentence is not hard-wrapped text (see short_fragment).
WRAP_MIN_CHARS = 30
# A line with room for the next line's first word and this share of that line to spare was not
# wrapped (``wrapped``) ...
UNWRAPPED_SHARE = 0.8
# ... and one of this many words at most that ends no sentence is a headline (``_bare_headline``).
BARE_HEADLINE_WORDS = 14
_CODE_MARKS = re.compile(r"[{}\[\]<>=;/\\|_*#@`~^]|\(\)")


def blank_separated(lines: Sequence[Line]) -> bool:
    """True when the file separates paragraphs with blank lines (so adjacent lines are one)."""
    gaps = adjacent = 0
    prev: Line | None = None
    blank_between = False
    for ln in lines:
        if ln.kind == "blank":
            blank_between = True
            continue
        if prev is not None and prev.kind == "body" and ln.kind == "body":
            if blank_between:
                gaps += 1
            else:
                adjacent += 1
        prev = ln
        blank_between = False
    return gaps >= 2 and gaps > adjacent


# In a file that parts its paragraphs by blank lines, this share of its blocks of body lines
# or more being one line each (a paste of web articles, a paragraph a line) makes a block of
# several lines that each end a sentence several paragraphs, not one wrapped paragraph
# (``lines_are_paragraphs``)
ONE_LINE_SHARE = 0.75


def lines_are_paragraphs(lines: Sequence[Line]) -> bool:
    """Whether the file writes each paragraph on a line of its own: its blocks of body lines
    between blank lines are mostly (``ONE_LINE_SHARE``) one line, so where a block holds several
    lines that each end a sentence, they are paragraphs pasted without blank lines between them
    (an article copied from another site into a pile of blank-parted ones), not a paragraph
    wrapped at some width."""
    blocks: list[int] = []
    run = 0
    for ln in lines:
        if ln.kind == "body":
            run += 1
            continue
        if run:
            blocks.append(run)
        run = 0
    if run:
        blocks.append(run)
    return len(blocks) >= 3 and sum(b == 1 for b in blocks) >= ONE_LINE_SHARE * len(blocks)


def short_fragment(text: str) -> bool:
    """A short line that ends no sentence ("Ana Ruiz" in a list of names): a hard-wrapped line
    fills most of the width, so a line this short is an item of its own."""
    return len(text) < WRAP_MIN_CHARS and not ends_sentence(text)


def may_join(cur: Paragraph, ln: Line, lines: Sequence[Line], past_sentences: bool) -> bool:
    """Whether body line ``ln`` may go on paragraph ``cur`` (the line right after it, no colon
    or bullet ending it, and no sentence ending it unless ``past_sentences``: the file separates
    its paragraphs with blank lines and does not write them a line each); whether it was
    wrapped there is ``wrapped``'s."""
    return (
        ln.kind == "body"
        and cur.last == ln.no - 1
        and not cur.text.endswith(":")
        and (not ends_sentence(cur.text) or past_sentences)
        and not was_bullet(cur, lines)
    )


def headline_over(cur: Paragraph, ln: Line, lines: Sequence[Line]) -> bool:
    """Paragraph ``cur`` is one line that reads as a headline (``_bare_headline``) and was not
    wrapped onto the full sentence ``ln`` after it."""
    return (
        cur.first == cur.last
        and _bare_headline(cur.text)
        and ends_sentence(ln.text)
        and not wrapped(lines[cur.last - 1].text, ln.text)
    )


def wrapped(line: str, after: str) -> bool:
    """Whether ``line`` can be a line wrapped onto ``after``: a writer (or a mail client)
    wrapping at some width breaks a line only where the next word does not fit, and the line
    after fits that width too, so a line that would still have room for the next line's first
    word with a fifth of that line to spare was broken by hand, not wrapped."""
    first = after.split()[0] if after.split() else ""
    return len(line) + 1 + len(first) > UNWRAPPED_SHARE * len(after)


def _bare_headline(text: str) -> bool:
    """A line that can be a headline: a few words that end no sentence, opening with a letter
    or a digit and with no code or list marks in it (``$ cd repo``, ``// load the image``,
    ``+ Added a command``, ``x = 1;``)."""
    return (
        HEADLINE_WORDS - 1 <= word_count(text) <= BARE_HEADLINE_WORDS
        and text[:1].isalnum()
        and _CODE_MARKS.search(text) is None
        and not ends_sentence(text)
    )
