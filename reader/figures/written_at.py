"""Where a metric's words are written last in a stretch of text, found without compiling a
pattern for each metric.

``premodified`` looks for a figure's metric written before it: its words in order, the last
in either number ("feed cost" / "feed costs"), standing alone (no word character or hyphen
on either side), case ignored. A pattern per metric did this; compiling it cost more than the
search (a story's metrics are mostly new). On ASCII text (caseless signs such as "£" and "’"
allowed: gate.folds_like_ascii), where ignoring case is lowering it, ``last_written`` finds
the same last match with string searches; other text goes to the pattern itself.
``named_as`` finds the last of the vocabulary's other phrases for a metric of several words
("net profit" for net income), so the words written before it can still qualify it.
"""

from __future__ import annotations

import functools
import re

from reader.figures.gate import folds_like_ascii
from reader.figures.vocabulary import METRIC_OF

PLAIN = re.compile(r"^[a-z][a-z-]*[a-z]$")  # a plain lower-case word


@functools.lru_cache(maxsize=1024)
def written_pattern(body: str, last: str) -> re.Pattern[str]:
    """The metric as written: ``body`` (its words but the last, each with a space after),
    then ``last``, in either number."""
    words = "".join(re.escape(w) + " " for w in body.split())
    return re.compile(rf"(?<![\w-]){words}{re.escape(last)}(?:s|es)?(?![\w-])", re.I)


def _joins(ch: str) -> bool:
    """``[\\w-]`` for an ASCII character."""
    return ch.isalnum() or ch in "_-"


def last_written(body: str, last: str, text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The span of the last match of ``written_pattern(body, last)`` in ``text[lo:end]``
    (``finditer(text, lo, end)``: the look-behind sees before ``lo``, the look-ahead nothing
    past ``end``), or None."""
    if not (folds_like_ascii(text) and body.isascii() and last.isascii()):  # (gate.py)
        found = None
        for m in written_pattern(body, last).finditer(text, lo, end):
            found = m
        return found.span() if found is not None else None
    needle = body + last  # (body: each word with a space after it)
    low = text.lower()
    found_span: tuple[int, int] | None = None
    at = low.find(needle, lo, end)
    while at != -1:
        stop = at + len(needle)
        hit = None
        if at == 0 or not _joins(text[at - 1]):
            # the suffix as the pattern tries it: "s", then "es", then none
            for tail in ("s", "es", ""):
                close = stop + len(tail)
                fits = close <= end and low.startswith(tail, stop)
                if fits and (close == end or not _joins(text[close])):
                    hit = close
                    break
        if hit is not None:
            found_span = (at, hit)
            at = low.find(needle, hit, end)  # (matches do not overlap)
        else:
            at = low.find(needle, at + 1, end)
    return found_span


def named_as(metric: str, window: str, lo: int) -> tuple[tuple[int, int], str] | None:
    """Where a phrase of several words the vocabulary reads as ``metric`` (itself of several
    words) is written last in ``window`` (which starts at ``lo``), and the phrase: "Core net
    profit rose 8%" writes net income as "net profit"."""
    best: tuple[tuple[int, int], str] | None = None
    for phrase in _phrases_of().get(metric, ()):
        at = window.rfind(phrase)
        end = at + len(phrase)
        if at < 0 or (best is not None and at <= best[0][0] - lo):
            continue
        if (at == 0 or not window[at - 1].isalnum()) and (
            end == len(window) or not window[end].isalnum()
        ):
            best = (lo + at, lo + end), phrase
    return best


_PHRASES: dict[str, tuple[str, ...]] = {}
_PHRASES_OF: list[int] = [-1]  # the vocabulary's size they were read from


def _phrases_of() -> dict[str, tuple[str, ...]]:
    """Each metric of several words' other phrases of several plain words in the vocabulary
    ("net profit" for net income), read again whenever the vocabulary changed size."""
    if _PHRASES_OF[0] != len(METRIC_OF):
        _PHRASES.clear()
        for phrase, metric in METRIC_OF.items():
            many = " " in phrase and " " in metric and phrase != metric.lower()
            if many and all(PLAIN.match(w) for w in phrase.split()):
                _PHRASES[metric] = (*_PHRASES.get(metric, ()), phrase)
        _PHRASES_OF[0] = len(METRIC_OF)
    return _PHRASES
