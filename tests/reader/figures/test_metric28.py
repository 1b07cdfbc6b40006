"""Session 22 metric rules (metric28): a share of what a possessor has, ..."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Court ruling")}


def test_a_percentage_of_a_possessors_noun_is_a_share_of_that_noun() -> None:
    got = _metrics(
        [
            "The tribunal told Morwen Builders to pay 60% of Castlegate's legal fees.",
            "The mill turned out 2 million tonnes, about 9% of the region's output.",
        ]
    )
    assert got["60%"] == "share of legal fees"
    assert got["9%"] == "share of output"


def test_a_percentage_of_a_possessors_firm_or_shares_is_not_a_share_of_a_measure() -> None:
    got = _metrics(["Tovey Holdings bought 30% of the club's shares last year."])
    assert got["30%"] != "share of shares"
