"""An article written a sentence a line with a blank line between its paragraphs: each run of
lines is one paragraph (``sentence_runs``, ``join_runs``; the story pipeline's
``assemble.paragraphs_of`` asks), where each blank line had read as the gap between two
pasted articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph, blank_lines_between, one_sentence, was_bullet

# A file written a sentence a line whose blank lines part runs of such lines (this share of its
# lines one sentence, at least this many runs): each run is one paragraph as its writer set it
# ("bbc-sents-paras" in ``reader.eval.singles``); read as separate paragraphs, every blank line
# looks like the gap between two pasted articles (blind singles58: 8 of 16 such articles cut
# into 6-10 stories). A paste holds two to six items (issue 13), so a file of seven runs or more
# is one article's paragraphs; from three runs on, 25 development pastes of three or four items
# set apart by blank lines were lost (their items made one paragraph each and run together).
SENTENCE_SHARE = 0.75
MIN_RUNS = 7
# ... and from three runs on, a story starts only where a run does (``inside_runs``); one
# blank line in a file of touching lines is no layout (a page break in a PDF's text: blind
# paste69's x07 has one, inside its stories' run)
RUNS_FROM = 3


def _adjacent(a: Paragraph, b: Paragraph) -> bool:
    """Paragraph ``b`` starts on the line right under ``a``'s last, nothing between."""
    return not b.head and not a.trail and b.first == a.last + 1


def _touching(a: Paragraph, b: Paragraph, lines: Sequence[Line]) -> bool:
    """Paragraph ``b`` is the line right under ``a``, nothing between, neither a list item."""
    return (
        _adjacent(a, b)
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


def inside_runs(paras: Sequence[Paragraph]) -> set[int]:
    """The paragraphs that go on a run of lines: in a file written a sentence a line whose
    blank lines part runs of such lines (``RUNS_FROM`` runs or more, fewer than
    ``sentence_runs`` asks for, with ``SENTENCE_SHARE`` of them one sentence and on average
    two lines or more to a run), each
    paragraph right under the line before it (no blank line, heading or furniture between,
    neither a list item). A writer who sets paragraphs apart by blank lines sets a new article
    apart at least as far: no story starts inside a run (a sectioned article's run cut at its
    third line by a change of words, a sentence-a-line article with blank lines between its
    paragraphs cut mid-paragraph)."""
    if len(paras) < 3 or sum(one_sentence(p.text) for p in paras) < SENTENCE_SHARE * len(paras):
        return set()
    touching: set[int] = set()
    parted = 0
    for k, (a, b) in enumerate(pairwise(paras), 1):
        if blank_lines_between(a, b):
            parted += 1
        elif _adjacent(a, b) and not (a.listed or b.listed):
            touching.add(k)
    return touching if parted >= RUNS_FROM - 1 and len(touching) >= parted else set()
