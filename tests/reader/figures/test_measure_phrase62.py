"""A measure's own words around it (session 62): "basic" says which earnings per share as
"diluted" does; a measure the vocabulary names with other words ("net profit" for net income)
keeps the kind written before it ("Core net profit"); a noun joined to the measure by "and" in
the subject before its verb is part of it ("Gross loans and advances grew", "Salaries and
social charges rose"), but a second measure of its own is not ("Revenue and profit rose"); a
relative clause inside the subject ("The average freight rate it earned fell") is not the
measure; a bare count a group reaches ("taking its headcount to 2,940") is the group's size, not
a running total of the count before it; an aside that says what a measure is ("Its combined
ratio, claims and costs as a share of premiums, is") and a job's title ("head of research")
name no measure; an insurer's ratios and ARPU are in the vocabulary."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.model import Figure


def _figure(sentence: str, surface: str) -> Figure:
    return next(f for f in extract_figures([sentence], title="News") if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Basic earnings per share came to 12.2 fils, from 10.7 fils.", "12.2 fils", "basic earnings per share"),
        ("The lender's basic earnings per share rose to 40 cents.", "40 cents", "basic earnings per share"),
        ("Core net profit rose 8% to RM1.2bn in the quarter.", "RM1.2bn", "core net profit"),
        ("Gross loans and advances grew 4.2 per cent to AED268.7 billion.", "AED268.7 billion", "gross loans and advances"),
        ("Salaries and social charges rose 31% to €46.9m.", "€46.9m", "salaries and social charges"),
        ("Wages and benefits rose 4% to $3.1m last year.", "$3.1m", "wages and benefits"),
    ],
)  # fmt: skip
def test_the_measure_keeps_the_words_its_phrase_writes(
    sentence: str, surface: str, metric: str
) -> None:
    assert _figure(sentence, surface).metric == metric


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Revenue and profit rose 5% and 8% respectively.", "8%"),
        ("Sales and volumes rose 4% in the quarter.", "4%"),
    ],
)  # fmt: skip
def test_a_second_measure_of_its_own_is_not_joined(sentence: str, surface: str) -> None:
    assert " and " not in (_figure(sentence, surface).metric or "")


def test_a_relative_clause_inside_the_subject_is_not_the_measure() -> None:
    sentence = "The average freight rate it earned fell 9% to €742 per TEU from €815 last year."
    for surface in ("€742", "€815"):
        assert _figure(sentence, surface).metric == "freight rate"


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The company hired 310 workers, taking its headcount to 2,940.", "2,940", "employees"),
        ("The union signed up 1,200 members, lifting its membership to about 41,000.", "41,000", "membership"),
    ],
)  # fmt: skip
def test_a_group_reached_is_measured_as_the_group(sentence: str, surface: str, metric: str) -> None:
    assert _figure(sentence, surface).metric == metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Its combined ratio, claims and costs as a share of premiums, is likely to rise to about 97% from 91.5%.", "97%", "combined ratio"),
        ("Tunde Bakare, head of research at Marina Street Capital, said Savanna's ARPU could rise to ₦4,000.", "₦4,000", "average revenue per user"),
        ("The insurer's combined ratio improved to 91.7% in the half.", "91.7%", "combined ratio"),
    ],
)  # fmt: skip
def test_an_aside_or_a_job_title_names_no_measure(sentence: str, surface: str, metric: str) -> None:
    assert _figure(sentence, surface).metric == metric
