"""Words that open a sentence or a lede and name no owner (blind round attrib_a123, session 63):
"Utilisation reached 89%" (a measure), "Class 2 vehicles will pay ₱342" (a vehicle's class),
and the all-capitals article of a newspaper's lede ("THE Toll Regulatory Board has approved")
before a name, which had been read as part of it."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(*sentences: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(list(sentences), title="News")}


def test_a_measure_opening_a_sentence_is_no_owner() -> None:
    got = _subjects(
        "Indlovu Energy said HEPS rose to 812c. Utilisation reached 89%, and the refinery's "
        "margin averaged $11.60 a barrel."
    )
    assert got["$11.60"] != "Utilisation"


def test_a_class_is_no_owner() -> None:
    got = _subjects(
        "In a disclosure, Southlink Tollways said Class 2 vehicles such as buses will pay ₱342, "
        "up ₱26."
    )
    assert got["₱342"] == "Southlink Tollways"


def test_an_all_capitals_article_is_not_the_names() -> None:
    got = _subjects("THE Toll Regulatory Board (TRB) has approved a ₱13 increase in the toll.")
    assert got["₱13"] == "Toll Regulatory Board"
