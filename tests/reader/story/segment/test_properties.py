"""Property checks: whatever the units and cues, the answer is a valid boundary list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.story.segment import find_boundaries

WORDS = ["river", "bank", "vote", "party", "goal", "match", "rate", "price", "the", "and", "é"]
unit = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join) | st.text(max_size=30)
units_st = st.lists(unit, max_size=25)
cue = st.floats(min_value=-2, max_value=2) | st.just(float("nan"))


@settings(max_examples=60, deadline=None)
@given(units=units_st, cues=st.none() | st.lists(cue, max_size=30))
def test_free_boundaries_are_valid(units: list[str], cues: list[float] | None) -> None:
    cuts = find_boundaries(units, cues)
    assert cuts == sorted(set(cuts))
    assert all(1 <= c < len(units) for c in cuts)


@settings(max_examples=60, deadline=None)
@given(units=units_st, k=st.integers(min_value=1, max_value=30), sentence=st.booleans())
def test_fixed_count_is_exact(units: list[str], k: int, sentence: bool) -> None:
    cuts = find_boundaries(units, n_segments=k, units_are="sentence" if sentence else "paragraph")
    assert len(cuts) == max(0, min(k, len(units)) - 1)
    assert cuts == sorted(set(cuts))
    assert all(1 <= c < len(units) for c in cuts)
