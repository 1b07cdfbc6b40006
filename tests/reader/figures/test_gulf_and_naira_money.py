"""Money a38's stories wrote that the scan missed: the Omani rial's baisa, a naira price with
its kobo ("N17.80"), a count's base after a money figure of the same scale ("4 million
passengers ... from 2.5 million"), and an owner that is a clause's money (resubject.py).
Written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _found(*paragraphs: str) -> dict[str, tuple[str, float, str | None]]:
    return {f.surface: (f.kind, f.value, f.unit) for f in extract_figures(list(paragraphs))}


def test_baisa_are_the_omani_rials_thousandths() -> None:
    got = _found("The board approved an interim dividend of 15 baisa per share.")
    assert got["15 baisa"] == ("money", 0.015, "OMR")


def test_a_naira_price_with_kobo_is_money() -> None:
    got = _found("Analysts cut their target price to N21.40 from N23.10 on Tuesday.")
    assert got["N21.40"] == ("money", 21.4, "NGN")
    assert got["N23.10"] == ("money", 23.1, "NGN")


def test_a_counts_base_takes_no_currency_from_the_clause() -> None:
    figures = extract_figures(
        [
            "The port will invest RO 52 million in a quay, which will lift capacity to "
            "6 million tonnes a year from 4.5 million."
        ]
    )
    got = {f.surface: f for f in figures}
    assert (got["4.5 million"].kind, got["4.5 million"].unit) == ("other", "tonnes")
    assert all(f.subject is None or "million" not in f.subject for f in figures)


def test_a_penalty_ordered_on_the_company_is_the_storys_firms() -> None:
    figures = extract_figures(
        [
            "Marlow Resins Inc. was fined on Tuesday for a spill that killed fish in the bay.",
            "U.S. District Judge Ana Ruiz also ordered the company to pay $4.1 million in "
            "restitution to state agencies.",
        ],
        title="Marlow Resins fined over chemical spill",
    )
    got = {f.surface: f.subject for f in figures}
    assert got["$4.1 million"] is not None and "Marlow" in got["$4.1 million"]


def test_whom_a_firm_told_owns_none_of_its_figures() -> None:
    figures = extract_figures(
        [
            "Tasman Mutual Insurance said claims rose after the storm.",
            "The general insurer told the ASX on Wednesday it had received 18,200 claims.",
        ],
        title="Tasman Mutual hit by hail claims",
    )
    got = {f.surface: f.subject for f in figures}
    assert got["18,200 claims"] == "Tasman Mutual Insurance"
