"""How the story-boundary scorer's odds are decoded, chosen on generated files
(``reader.eval.train_boundary``): the log-odds shift (``choose_shift``) and, for files of short
paragraphs, the extra shift and whether they are decoded by the scorer's odds alone or by the
lexical search (``choose_short_decoding``), whichever gives the right story count on the most
files as long as it beats the lexical search surely (``beats``) and keeps as many single
articles whole (``keeps_whole``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from reader.eval import structured
from reader.eval.boundary_files import REGROUP, fit_files, generate
from reader.eval.concat import Article, Concat
from reader.story.boundary.scorer import Weights

# Log-odds shifts tried for decoding (``Weights.shift``).
SHIFTS = (0.0, 1.0, 2.0, 3.0, 4.0)


def decode_hits(files: Sequence[Concat], w: Weights) -> list[bool]:
    """For each of ``files``: does the full pipeline split it into the right number of stories
    with weights ``w``?"""
    from reader.eval.pasted import content_boundaries
    from reader.story.boundary.scorer import use_weights

    use_weights(w)
    try:
        return [content_boundaries(c)[3] for c in files]
    finally:
        use_weights(None)


def decode_right(files: Sequence[Concat], w: Weights) -> int:
    """Files the full pipeline splits into the right number of stories with weights ``w``."""
    return sum(decode_hits(files, w))


def choose_shift(
    articles: dict[str, list[Article]],
    seed: int,
    w: Weights,
    n: int = 40,
    regrouped: bool = REGROUP,
) -> Weights:
    """The log-odds shift (from SHIFTS) that gives the right story count on the most training
    files: pasted, noisy and single articles drawn from ``articles`` (not the CHECK_ONLY
    kinds), and structured single articles when they are fitted on (``structured.SHARE``).
    The smallest shift (the fewest cuts) whose count is within the noise of the best
    (``within_noise``) wins: the curve is flat at its top, and a top moved by two files of 400
    by any change to the pipeline moved the shift with it (dev hand pastes +6 of 308, hand
    single articles -7 of 78)."""
    files = fit_files(generate(articles, seed + 7, n, regrouped), regrouped)
    files += structured.share_files(articles, seed + 7, n)
    right = {sh: decode_right(files, replace(w, shift=sh)) for sh in SHIFTS}
    return replace(w, shift=within_noise(right, len(files)))


def noise(n: int, top: int) -> float:
    """The binomial noise of the best count ``top`` of ``n`` files right: √ of the files it
    gets wrong (at least 1)."""
    return math.sqrt(max(n - top, 1))


def within_noise(right: dict[float, int], n: int) -> float:
    """The smallest key of ``right`` (files right of ``n`` at each shift) whose count is within
    the binomial noise of the best count (``noise``)."""
    top = max(right.values())
    return min(sh for sh, got in right.items() if got >= top - noise(n, top))


# Extra log-odds shifts tried for files of short paragraphs (``Weights.short_shift``).
SHORT_SHIFTS = (-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)


def beats(hits: Sequence[bool], base: Sequence[bool]) -> float:
    """How far ``hits`` beats ``base`` on the same files, paired (McNemar's z: files right
    only in ``hits`` less those right only in ``base``, over the square root of their sum)."""
    gained = sum(h and not b for h, b in zip(hits, base, strict=True))
    lost = sum(b and not h for h, b in zip(hits, base, strict=True))
    return (gained - lost) / math.sqrt(gained + lost) if gained + lost else 0.0


def keeps_whole(hits: Sequence[bool], base: Sequence[bool], one: Sequence[bool] | None) -> bool:
    """Whether ``hits`` keeps at least as many of the single articles (``one``; None: no file is
    one) whole as ``base`` does, on the same files."""
    single = [k for k, is_one in enumerate(one or ()) if is_one]
    return sum(hits[k] for k in single) >= sum(base[k] for k in single)


# How sure a short-file shift must be to leave 0 (McNemar's z, about 95% one-sided).
SURE = 1.65


# Shortest stories (paragraphs) and gate levels tried for decoding short files by the scorer
# alone (``Weights.short_min``, ``short_from``; ``reader.story.boundary.decode``).
SHORT_MINS = (2, 3)
SHORT_FROM = (0.5, 1.0)


def choose_short_decoding(
    files: Sequence[Concat],
    w: Weights,
    one: Sequence[bool] | None = None,
    whole: Callable[[Weights], int] | None = None,
) -> Weights:
    """How files of short paragraphs are decoded: the extra shift (SHORT_SHIFTS), and whether
    files whose gate reaches ``short_from`` (SHORT_FROM) are decoded by the scorer alone with
    stories of at least ``short_min`` paragraphs (SHORT_MINS; 0: the lexical search). The one
    giving the right story count on the most of ``files`` among those that beat the lexical
    search with no extra shift surely (``beats`` at least SURE; none: that) and keep as many of
    the single articles (``one``) whole: one pasted article is the commonest file, and a gain
    on pasted items paid for by splitting single articles is no gain to a user. The right-count
    curve over shifts is nearly flat on generated short files, and a setting chosen on its noise
    moves every short file. ``whole`` (the hand-written single articles a setting keeps whole:
    ``hand_singles_whole``) vetoes a setting that keeps fewer of them whole than no extra shift
    does; the best of the others that it does not veto is taken."""
    base = decode_hits(files, w)
    plain = replace(w, short_shift=0.0, short_min=0)
    grid = [(0, 1.0)] + [(m, g) for m in SHORT_MINS for g in SHORT_FROM]
    passing: list[tuple[int, Weights]] = []
    for shortest, gate in grid:
        for sh in SHORT_SHIFTS:
            cand = replace(w, short_shift=sh, short_min=shortest, short_from=gate)
            hits = decode_hits(files, cand)
            if sum(hits) > sum(base) and beats(hits, base) >= SURE and keeps_whole(hits, base, one):
                passing.append((sum(hits), cand))
    # (the most hits first; of equal counts, the first tried, as a strict ">" kept before)
    passing.sort(key=lambda item: -item[0])
    if whole is None or not passing:
        return passing[0][1] if passing else plain
    least = whole(plain)
    return next((cand for _, cand in passing if whole(cand) >= least), plain)


def hand_singles_whole(folders: Sequence[Path]) -> Callable[[Weights], int]:
    """A count of the hand-written single articles (the one-story files of ``folders``,
    development sets in ``reader.eval.hand_pastes``' format) the full pipeline reads as one
    story with the weights it is given (the file-level judgement as it is set when called)."""
    from reader.eval.hand_pastes import documents
    from reader.pipeline import split_document

    docs = [doc for doc, _ in documents(folders, singles=True)]

    def count(w: Weights) -> int:
        from reader.story.boundary.scorer import use_weights

        use_weights(w)
        try:
            return sum(len(split_document(doc)) == 1 for doc in docs)
        finally:
            use_weights(None)

    return count
