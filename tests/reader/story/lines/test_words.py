"""The remembered word count is the plain whitespace count, asked once or many times."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.story.lines.words import word_count


@given(st.text(alphabet=st.sampled_from(["a", "B", "é", " ", "\t", "\u00a0", "\u2003", "\n", "."])))
def test_word_count_is_the_split_count(text: str) -> None:
    assert word_count(text) == len(text.split())
    assert word_count(text) == len(text.split())  # (the remembered answer)
