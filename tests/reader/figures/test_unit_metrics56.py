"""A quantity whose metric would only repeat its unit ("tonnes") measures the stuff it is of,
with the verb that acts on it: "crushed 2.4 million tonnes of cane" is cane crushed
(``quantity_of``; session 56, sentences written here). And Tonga's and Samoa's money."""

from __future__ import annotations

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)


def test_the_stuff_and_its_verb_name_the_measure() -> None:
    s = "The Ubombo mill crushed a record 2.41 million tonnes of cane in the season."
    assert _metric(s, "2.41 million tonnes") == "cane crushed"
    s = "The glacier has lost roughly 4.2 billion tonnes of ice since 2010."
    assert _metric(s, "4.2 billion tonnes") == "ice lost"


def test_no_verb_names_the_stuff() -> None:
    s = "The co-operative holds 3,100 tonnes of barley in its sheds at Perth."
    assert _metric(s, "3,100 tonnes") == "barley"


def test_a_named_measure_keeps_its_name() -> None:
    s = "Copper output rose to 61,400 tonnes of copper in the quarter."
    assert _metric(s, "61,400 tonnes") != "tonnes"


def test_tonga_and_samoa_money() -> None:
    figs = extract_figures(["A bag of cement costs 38 pa'anga, and a stall 12 tala a day."])
    assert {(f.surface, f.unit) for f in figs if f.kind == "money"} == {
        ("38 pa'anga", "TOP"),
        ("12 tala", "WST"),
    }
