"""The words around a figure that name its measure, as the last pass (around.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Churn, the share of subscribers who quit each month, fell to 2.1%.", "2.1%", "churn rate"),
        ("The ferry's load factor, the share of berths sold, rose to 81%.", "81%", "load factor"),
        ("Its occupancy rate, the proportion of beds in use, hit 91%.", "91%", "occupancy rate"),
    ],
)  # fmt: skip
def test_a_measure_defined_in_an_aside_is_the_measure(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a person or a firm described in an aside is no measure
        ("Acme, the maker of the Fizz phone, said sales rose 4%.", "4%", "sales"),
        # an aside that defines nothing ("the rate still remains") leaves the metric
        ("While Ruritania's jobless rate rose to 5.1% from 4.9% in the previous quarter, the "
         "rate still remains among the lowest in Europe, compared with 11.8% in Spain.",
         "11.8%", "jobless rate"),
    ],
)  # fmt: skip
def test_an_aside_that_defines_no_measure_leaves_the_metric(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Revenue and profit rose 5% and 8% respectively.", {"5%": "revenue", "8%": "profit"}),
        ("Its sales and net income were $4.2bn and $310m, respectively.",
         {"$4.2bn": "sales", "$310m": "net income"}),
        ("With wheat and sugar prices up 9% and 4% respectively, margins fell.",
         {"9%": "wheat price", "4%": "sugar price"}),
    ],
)  # fmt: skip
def test_two_measures_paired_respectively_with_two_figures(
    sentence: str, want: dict[str, str]
) -> None:
    got = _metrics(sentence)
    assert {s: got[s] for s in want} == want


def test_respectively_over_places_leaves_the_one_measure() -> None:
    got = _metrics("Revenue rose 5% and 8% in the two regions respectively.")
    assert got["5%"] == got["8%"] == "revenue"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The ferry line paid £4.1m in compensation for cancelled sailings.", "£4.1m", "compensation"),
        ("Its freight arm earned $212m in the quarter.", "$212m", "earnings"),
        # a person's pay stays pay
        ("The boss received compensation of $12m.", "$12m", "pay"),
        ("Chief executive Dana Whitlock received compensation of $9m.", "$9m", "pay"),
    ],
)  # fmt: skip
def test_pay_with_no_person_is_compensation_or_earnings(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


def test_a_two_word_part_keeps_its_whole_with_share_of() -> None:
    text = "Heavy lorries now make up 21% of the group's sales."
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["21%"] == "heavy lorries share of sales"
