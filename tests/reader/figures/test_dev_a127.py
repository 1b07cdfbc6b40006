"""Measures read from development round attrib_a127's misses (session 72).

- A sum drawn from a borrowing is that borrowing drawn ("had drawn US$40 million from a credit
  line", not the quarterly revenue the sentence named before it).
- After a figure, a time it is compared with named by what happened then ("up 8% on the
  previous harvest") is no measure of the move: the price before it moved.
- A bare percentage an employer offers, in talk about pay, is the pay rise offered ("the
  company has offered 3%"; "Management has offered 4.5pc." after a sentence on a strike).
"""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _by_surface(paras: list[str]) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paras, title=None)}


def test_a_sum_drawn_from_a_borrowing_is_that_borrowing_drawn() -> None:
    figs = _by_surface(
        [
            "Kempenfelt said quarterly revenue rose 12% to C$118.5 million and that it had "
            "drawn US$40 million from a credit line to fund purchases.",
            "Tanjong Hearth drew US$15 million from a three-year bank loan to build the depot.",
            "The painter drew £2m from the sale of the studio.",
        ]
    )
    assert figs["US$40 million"].metric == "credit line drawn"
    assert figs["US$15 million"].metric == "bank loan drawn"
    assert figs["C$118.5 million"].metric == "quarterly revenue"
    assert figs["£2m"].metric != "credit line drawn"


def test_a_time_compared_with_is_no_measure() -> None:
    figs = _by_surface(
        [
            "It bought 9,400 tonnes of grapes, paying an average of €0.62 a kilo, up 8% on the "
            "previous harvest.",
            "Sales were up 5% on the previous year's sales.",
        ]
    )
    assert figs["8%"].metric == "price"
    assert figs["5%"].metric == "sales"


def test_a_bare_percentage_offered_in_talk_about_pay_is_the_pay_rise_offered() -> None:
    figs = _by_surface(
        [
            "The union is seeking a 4.5% pay rise for the plant; the company has offered 3%.",
            "Drivers at the depot voted to strike on Monday. Management has offered 2.5pc.",
            "The fund offered 10% of its shares to investors.",
        ]
    )
    assert figs["3%"].metric == "pay rise offered"
    assert figs["2.5pc"].metric == "pay rise offered"
    assert figs["10%"].metric != "pay rise offered"


def test_the_rise_a_union_seeks_or_demands_is_the_pay_rise_sought_or_demanded() -> None:
    figs = _by_surface(
        [
            "The union, which represents 1,150 workers, is seeking a 4.5% pay rise for the plant.",
            "The Ontario Veterinary Technicians' Union is seeking raises of 9% over two years.",
            "The union had demanded 25% in a single step when talks began in March.",
            "The group is seeking a 5% stake in the rival.",
            "Prices are seeking a 3% rise.",
        ]
    )
    assert figs["4.5%"].metric == "pay rise sought"
    assert figs["9%"].metric == "pay rise sought"
    assert figs["25%"].metric == "pay rise demanded"
    assert figs["5%"].metric == "stake"
    assert not (figs["3%"].metric or "").startswith("pay rise")


def test_the_company_across_the_table_from_a_union_is_the_storys_firm() -> None:
    figs = extract_figures(
        [
            "Kempenfelt Pet Care said quarterly revenue rose 12% to C$118.5 million.",
            "The Ontario Veterinary Technicians' Union, which represents 720 of the company's "
            "technicians, is seeking raises of 9% over two years.",
            "The company has offered 4%.",
        ],
        title=None,
    )
    owners = {f.surface: f.subject for f in figs}
    assert owners["4%"] == "Kempenfelt Pet Care"
    assert owners["9%"] == "Ontario Veterinary Technicians' Union"


def test_a_part_a_relative_clause_hangs_on_or_that_brings_in_a_share_names_it() -> None:
    figs = _by_surface(
        [
            "Diesel, which makes up about 34% of the company's costs, rose 8% in the quarter.",
            "Oil brings in almost 90% of the country's export earnings.",
        ]
    )
    assert figs["34%"].metric == "diesel share of costs"
    assert figs["90%"].metric == "oil share of export earnings"
