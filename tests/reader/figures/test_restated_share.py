"""A share that restates a sum, or that its clause's measure is, is named with that measure."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paras: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paras, title=None)}


def test_a_share_restating_a_sum_names_the_sums_measure() -> None:
    got = _metrics(
        [
            "Marketing spend rose to ₹71.5 crore, or about 25 per cent of revenue.",
            "The wage bill for the football department rose to ARS 61.3 billion, equal to 43% "
            "of revenue.",
            "Its EBITDA loss was 6.8 per cent of revenue.",
        ]
    )
    assert got["25 per cent"] == "marketing spend share of revenue"
    assert got["43%"] == "wage bill share of revenue"
    assert got["6.8 per cent"] == "EBITDA loss share of revenue"


def test_a_firm_as_the_clauses_subject_says_whose_not_which() -> None:
    got = _metrics(["Kestrel Holdings Ltd reported sales of $4bn, or 12% of the market."])
    assert not (got["12%"] or "").startswith("kestrel")
