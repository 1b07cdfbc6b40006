"""The cheap gate before parsing a sentence says what the candidate pattern says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.figures.parse import _CANDIDATE, _MAX_SENTENCE, may_hold_figures
from reader.figures.spelled import SPELLED_WORDS

_PIECES = [*SPELLED_WORDS, "Two", "TWELVE", "twos", "xtwo", "two_", "_two", "million",
           "Thousands", "ſeven", "\u212a", "İllion", "nıne", "é", "a-two", "9", "٣", "the",
           " ", ",", "-", "\n"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.text(max_size=12))
def test_gate_agrees_with_the_candidate_pattern(pieces: list[str], noise: str) -> None:
    for sentence in ("".join(pieces), " ".join(pieces) + noise, noise):
        expected = _CANDIDATE.search(sentence, 0, _MAX_SENTENCE) is not None
        assert may_hold_figures(sentence) == expected


def test_gate_examples() -> None:
    assert may_hold_figures("Sales rose to two billion.")
    assert may_hold_figures("It cost 3 pounds")
    assert not may_hold_figures("The twosome met someone.")
    assert not may_hold_figures("x" * _MAX_SENTENCE + " 5")  # past the cut: not read
