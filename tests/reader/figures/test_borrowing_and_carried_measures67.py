"""Money a body borrows is borrowing; a sentence that carries the one before on ("That was up
8.2% from €319,000 a year earlier") measures what that one measured, its move and its base
alike; the later ends of a list of destinations ("routes to Bangkok and Jakarta") own nothing."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _by_surface(paragraphs: list[str]) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs)}


def test_money_a_body_will_borrow_is_borrowing() -> None:
    figs = _by_surface(
        ["The debt office said on Thursday it would borrow $40 billion over the next four years."]
    )
    assert figs["$40 billion"].metric == "borrowing"


def test_a_sentence_carrying_the_one_before_on_measures_the_same() -> None:
    figs = _by_surface(
        [
            "The median price paid for a home in Drogheda last year was €345,000, according to "
            "the Central Statistics Office. That was up 8.2% from €319,000 a year earlier."
        ]
    )
    assert figs["€345,000"].metric == "median price"
    assert figs["8.2%"].metric == "median price"
    assert figs["€319,000"].metric == "median price"
    assert figs["€319,000"].status == "base"


def test_a_later_destination_in_a_list_owns_nothing() -> None:
    figs = _by_surface(
        [
            "Rimba Air carried 4.1 million passengers in the quarter.",
            "The average fare fell 4% to RM189 as competition on routes to Bangkok and Jakarta "
            "intensified, but ancillary income per passenger rose to RM52 from RM47.",
        ]
    )
    assert figs["RM52"].subject != "Jakarta"
    assert figs["RM47"].subject != "Jakarta"


def test_a_gap_in_a_named_budget_is_the_budget_gap() -> None:
    figs = _by_surface(["The council is trying to close a £2.1m gap in its transport budget."])
    assert figs["£2.1m"].metric == "budget gap"
    assert _by_surface(["The council's transport budget is £2.1m."])["£2.1m"].metric != (
        "budget gap"
    )


def test_money_a_body_funds_from_its_reserves_is_funding() -> None:
    figs = _by_surface(["The board will fund about $30m from reserves and borrow the rest."])
    assert figs["$30m"].metric == "funding"
