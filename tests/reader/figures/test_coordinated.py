"""A measure named by two nouns joined with "and" is measured whole."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


def test_the_whole_coordination_is_the_measure() -> None:
    assert _metrics("Cash and equivalents of $156 million at quarter end")["$156 million"] == (
        "cash and equivalents"
    )
    got = _metrics("Sales and marketing costs rose 12% to $80 million.")
    assert got["$80 million"] == got["12%"] == "sales and marketing costs"
    got = _metrics("Research and development spending of $40 million rose 8%.")
    assert got["$40 million"] == "research and development spending"


def test_clauses_joined_by_and_are_not_one_measure() -> None:
    got = _metrics("Sales rose 5% and profit fell 3% to £20m.")
    assert got["5%"] == "sales" and got["£20m"] == "profit"
