"""A part of a counted whole named before its number ("including 6,000 in ...", "of whom
3,000 ...") or reaching past a sum to its whole ("... 700 of them"): reader/figures/elided.py.
Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _counts(sentence: str) -> dict[float, str | None]:
    return {f.value: f.unit for f in extract_figures([sentence]) if f.kind == "count"}


def test_a_part_after_including_takes_the_whole_s_noun() -> None:
    found = _counts(
        "Brava is recalling 88,000 scooters sold since 2022, including 15,000 in France "
        "and 9,500 in Italy."
    )
    assert found == {88000.0: "scooters", 15000.0: "scooters", 9500.0: "scooters"}


def test_a_part_after_of_whom_takes_the_whole_s_noun() -> None:
    found = _counts("The union has 230,000 members, of whom 41,000 voted in the ballot.")
    assert found == {230000.0: "members", 41000.0: "members"}


def test_of_them_reaches_past_a_sum_to_its_whole() -> None:
    found = _counts(
        "The bank froze 56,000 accounts last year, and £80 million went through 3,300 of them."
    )
    assert found == {56000.0: "accounts", 3300.0: "accounts"}


def test_a_part_after_a_sum_keeps_no_noun() -> None:
    # "including" after money: the part is of the sum, not of the cars before it
    found = _counts("It sold 52,000 cars and took £1.4 billion, including 61,000 from abroad.")
    assert found == {52000.0: "cars", 61000.0: None}
