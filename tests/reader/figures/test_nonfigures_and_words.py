"""Counts in words, "N of M", non-figures (model variants, race distances, names, ranks) and
dollar prefixes with letters."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _found(sentence: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.surface, f.kind, f.value, f.unit) for f in parse_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The panel heard from twenty complainants.",
            [("twenty complainants", "count", 20.0, "complainants")],
        ),
        ("Thirty-two newcomers joined.", [("Thirty-two newcomers", "count", 32.0, "newcomers")]),
        ("Eighty percent of firms agreed.", [("Eighty percent", "percent", 80.0, "%")]),
        (
            "It shut three of its seven mills.",
            [("three", "count", 3.0, "mills"), ("seven mills", "count", 7.0, "mills")],
        ),
        (
            "Auditors said 9 of 40 schools failed.",
            [("9", "count", 9.0, "schools"), ("40 schools", "count", 40.0, "schools")],
        ),
        ("Two people left and six units closed.", []),
        ("It ranks among the ten biggest lenders.", []),
    ],
)
def test_counts_in_words_and_pairs(
    sentence: str, want: list[tuple[str, str, float, str | None]]
) -> None:
    assert _found(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier flies the 737 Max 10 jets on long routes.",
        "She won the women's 5,000m in Rome.",
        "The show starred rapper 50 Cent.",
        "He shot up 59 places to ninth.",
        "The combined wealth of the 400 richest people rose.",
    ],
)
def test_non_figures(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("He earned au $38,000 a week.", (38000.0, "AUD")),
        ("It sold for $au 1.2m.", (1.2e6, "AUD")),
        ("Fees rose to NZ$3m.", (3e6, "NZD")),
        ("The miner paid 64 Australian cents a share.", (0.64, "AUD")),
        ("It bought the explorer for C$450 million.", (450e6, "CAD")),
        ("It raised 5,000m yen.", (5e9, "JPY")),
    ],
)
def test_dollars_named_by_letters(sentence: str, want: tuple[float, str]) -> None:
    f = parse_sentence(sentence)[0]
    assert (f.value, f.unit) == want


def test_a_model_number_after_a_count_is_its_noun() -> None:
    figs = _found("Emirates ordered 400 737 Max jets and five 787 Dreamliner planes.")
    assert figs == [("400", "count", 400.0, "737 Max jets")]
