"""A penalty's payer, a traded clause subject and the body "the council" means (payers.py)."""

from __future__ import annotations

from reader.figures.clause import REF, clause_subject
from reader.figures.payers import body_of, payer_or_kind


def _payer(text: str, figure: str, firm: str | None = None) -> str | None:
    start = text.index(figure)
    return payer_or_kind(text, start, clause_subject(text, start), firm)


def test_a_penalty_is_the_payers() -> None:
    text = "A court fined Tarnby Water £3.1m for pollution."
    assert _payer(text, "£3.1m") == "Tarnby Water"
    text = "the regulator fined the utility £2m."
    assert _payer(text, "£2m", "tarnby water") == "the utility"


def test_a_traded_clause_subject_owns_its_figure() -> None:
    assert _payer("Three-month nickel on the LME rose 1.2%.", "1.2%") == "nickel"
    assert _payer("West Texas Intermediate crude climbed 2%.", "2%") == (
        "West Texas Intermediate crude"
    )
    assert _payer("The pound rose 0.3% against the dollar.", "0.3%") == "pound"
    assert _payer("Tarnby Water made £40m.", "£40m") is None  # a firm: the name rules'


def test_the_union_is_a_body_unless_the_storys_firm_is_one() -> None:
    text = "The union wants pay to rise by 6%."
    start = text.index("6%")
    assert clause_subject(text, start) == REF
    assert body_of(text, start, REF, "Tarnby Water", None) == "union"
    assert body_of(text, start, REF, "Unite the Union", None) == "Unite the Union"
    assert body_of(text, start, "Tarnby", None, None) is None


def test_a_body_named_by_its_kind_is_that_body() -> None:
    text = "The federal government has pledged A$250 million in drought aid."
    assert _payer(text, "A$250 million") == "federal government"
    assert _payer(text, "A$250 million", "Northern City Government") == (
        "Northern City Government"
    )  # the story's firm is a government: it
    assert _payer("Rival growers sold 40% more.", "40%") is None  # not a body


def test_a_place_named_by_its_kind_is_not_a_body() -> None:
    assert _payer("The island state is asking for about $320m.", "$320m") is None
    assert _payer("The environment select committee made 101 recommendations.", "101") == (
        "environment select committee"
    )
