"""A result's own words before it say which result: the vocabulary's phrase as written, with
its modifiers, and a one-word period ("full-year", "third-quarter") naming which result
(``reader/figures/premodified.py``)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Rival Kenari reported a 12.4 per cent fall in quarterly net profit to RM88.1 million.",
         "RM88.1 million", "quarterly net profit"),
        ("Saptapadi Online reported a 32.6 per cent rise in consolidated net profit to "
         "₹38.6 crore.", "₹38.6 crore", "consolidated net profit"),
        ("France Telecom saw its full-year sales rise 2.2% to 47.2bn euros in 2004.",
         "47.2bn euros", "full-year sales"),
        ("The carrier expects third-quarter revenue of $610 million to $625 million.",
         "$610 million", "third-quarter revenue"),
    ],
)  # fmt: skip
def test_the_result_named_as_written(sentence: str, surface: str, metric: str) -> None:
    got = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert got.metric == metric


def test_a_phrase_with_a_function_word_is_no_qualifier() -> None:
    # "to save" names cost savings in the vocabulary, but the words before it are no kind of
    # saving: "plan" stays out
    got = next(f for f in extract_figures(["The plan aims to save £18m a year by 2027."]))
    assert got.metric == "cost savings"


def test_a_period_that_opens_the_sentence_names_the_result() -> None:
    got = extract_figures(
        ["Full-year revenue is expected to reach 6.2 billion zlotys, up from 5.4 billion."]
    )
    assert next(f for f in got if f.surface == "6.2 billion zlotys").metric == "full-year revenue"
