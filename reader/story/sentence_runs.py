"""An article written a sentence a line with a blank line between its paragraphs: each run of
lines is one paragraph (``sentence_runs``, ``join_runs``; the story pipeline's
``assemble.paragraphs_of`` asks), where each blank line had read as the gap between two
pasted articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph, one_sentence, was_bullet

# A file written a sentence a line whose blank lines part runs of such lines (this share of its
# lines one sentence, at least this many runs): each run is one paragraph as its writer set it
# ("bbc-sents-paras" in ``reader.eval.singles``); read as separate paragraphs, every blank line
# looks like the gap between two pasted articles (blind singles58: 8 of 16 such articles cut
# into 6-10 stories). A paste holds two to six items (issue 13), so a file of seven runs or more
# is one article's paragraphs; from three runs on, 25 development pastes of three or four items
# set apart by blank lines were lost (their items made one paragraph each and run together).
SENTENCE_SHARE = 0.75
MIN_RUNS = 7


def _touching(a: Paragraph, b: Paragraph, lines: Sequence[Line]) -> bool:
    """Paragraph ``b`` is the line right under ``a``, nothing between, neither a list item."""
    return (
        not b.head
        and not a.trail
        and b.first == a.last + 1
        and not a.text.endswith(":")
        and not was_bullet(a, lines)
        and not was_bullet(b, lines)
    )


def sentence_runs(paras: Sequence[Paragraph], lines: Sequence[Line]) -> bool:
    """Whether the paragraphs are lines of one sentence each in runs parted by blank lines
    (module constants above)."""
    if len(paras) < 2 * MIN_RUNS:
        return False
    one = sum(one_sentence(p.text) for p in paras)
    if one < SENTENCE_SHARE * len(paras):
        return False
    touching = sum(_touching(a, b, lines) for a, b in pairwise(paras))
    parted = sum(b.first > a.last + 1 and lines[a.last].kind == "blank" for a, b in pairwise(paras))
    return parted + 1 >= MIN_RUNS and touching >= parted


def join_runs(paras: Sequence[Paragraph], lines: Sequence[Line]) -> list[Paragraph]:
    """Each run of touching lines made one paragraph (the paragraphs in ``paras`` that open a
    run take the lines after them)."""
    out: list[Paragraph] = []
    for p in paras:
        if out and _touching(out[-1], p, lines):
            out[-1].text = out[-1].text + " " + p.text
            out[-1].last = p.last
            out[-1].trail = list(p.trail)
        else:
            out.append(p)
    return out
