"""A metric's last written place, found with string searches, is the pattern's own."""

from __future__ import annotations

import random

from reader.figures.written_at import last_written, written_pattern

_PIECES = ["cost", "costs", "costes", "feed", "feed cost", " ", "-", "_", "x", "Feed Costs",
           "FEED", "s", "es", ".", "é", "3", "cos"]  # fmt: skip
_METRICS = [("", "cost"), ("feed ", "cost"), ("", "co"), ("feed ", "c")]


def _pattern_span(body: str, last: str, text: str, lo: int, end: int) -> tuple[int, int] | None:
    found = None
    for m in written_pattern(body, last).finditer(text, lo, end):
        found = m
    return found.span() if found is not None else None


def test_the_last_match_is_the_patterns() -> None:
    rng = random.Random(3)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        body, last = rng.choice(_METRICS)
        lo = rng.randint(0, len(text))
        end = rng.randint(lo, len(text))
        want = _pattern_span(body, last, text, lo, end)
        assert last_written(body, last, text, lo, end) == want, (text, body, last, lo, end)
        matched += want is not None
    assert matched > 100  # (the cases include matches, not only misses)


def test_either_number_standing_alone() -> None:
    text = "Feed costs rose, then feed-cost and feed costes fell; feed cost."
    assert last_written("feed ", "cost", text, 0, len(text)) == (54, 63)
    assert last_written("feed ", "cost", text, 0, 50) == (36, 47)  # "feed costes"
    assert last_written("feed ", "cost", text, 0, 20) == (0, 10)
    assert last_written("", "profit", text, 0, len(text)) is None
