"""What a sum or a percentage is by what is done with it (session 60): a business "turns over"
its turnover; money spent buying back shares is a buyback ("repurchased 6.2 million shares for
$1.7 billion", "return ¥15 billion to shareholders through a share buyback"; not the price paid
a share); a count a sentence calls a population is one ("With a population estimated at 3.6
million")."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The court heard the business turns over about £310,000 a year.", "£310,000", "turnover"),
        (
            "Lumen Street repurchased 6.2 million shares for $1.7 billion.",
            "$1.7 billion",
            "buyback",
        ),
        ("It bought back $1.3 billion of stock during the quarter.", "$1.3 billion", "buyback"),
        (
            "The company would return ¥15 billion to shareholders through a share buyback.",
            "¥15 billion",
            "buyback",
        ),
        (
            "With a population estimated at 3.6 million, the budget works out to N178,500 a head.",
            "3.6 million",
            "population",
        ),
    ],
)
def test_what_is_done_with_a_figure_names_its_measure(
    sentence: str, surface: str, metric: str
) -> None:
    assert _metric(sentence, surface) == metric


def test_a_price_paid_a_share_is_no_buyback() -> None:
    assert _metric("It bought back shares at an average of $61.20 a share.", "$61.20") != "buyback"


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        (
            "Organisers said 31,400 people attended over the two days.",
            "31,400 people",
            "attendance",
        ),
        ("About 11,870 people came through the gates today.", "11,870 people", "attendance"),
        (
            "The open generated £38.4 million for the Northern Ireland economy, up from £29.7m.",
            "£38.4 million",
            "economic impact",
        ),
        (
            "The festival brought an estimated €48.2 million (£41.9 million) into the local economy.",
            "€48.2 million",
            "economic impact",
        ),
    ],
)
def test_people_who_came_and_money_an_event_brought(
    sentence: str, surface: str, metric: str
) -> None:
    assert _metric(sentence, surface) == metric
