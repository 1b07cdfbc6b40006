"""Deals and holders (session 62): "the target" a takeover story writes is the firm bid for
("a premium of 31.4% to the target's closing price", "Shares in the target jumped 27.1%"), not
the bidder the story opens on; a holder's aside that gives only its percentage ("The Public
Investment Corporation, which holds 11.9%, said") is its stake; a share move's subject may
carry an aside on the listing ("Rival Sagami, listed since 2029, fell 3.1%"), and "Rival" before
a firm's name is no part of it."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.model import Figure

BID = [
    "Buyout firm Umzi Partners has offered R46.50 a share in cash for JSE-listed cold-storage "
    "operator Thekwini Frost, a premium of 31.4% to the target's closing price of R35.40 on "
    "Monday, valuing the group's equity at about R5.2-billion.",
    "The bidder said it would keep the group's 2,300 jobs and spend R900-million on new stores.",
    "Shares in the target jumped 27.1% to R45 by 10:30, just below the offer.",
]


def _figure(paras: list[str], surface: str, title: str = "News") -> Figure:
    return next(f for f in extract_figures(paras, title=title) if f.surface == surface)


@pytest.mark.parametrize("surface", ["R35.40", "27.1%", "R45"])
def test_the_target_is_the_firm_bid_for(surface: str) -> None:
    figure = _figure(BID, surface, title="Buyout firm bids for cold-storage group")
    assert figure.subject == "Thekwini Frost"


def test_the_bidders_own_plan_stays_the_bidders() -> None:
    figure = _figure(BID, "R900-million", title="Buyout firm bids for cold-storage group")
    assert figure.subject == "Umzi Partners"


def test_a_holders_aside_gives_its_stake() -> None:
    sentence = (
        "The Public Investment Corporation, which holds 11.9%, said it was studying the terms."
    )
    figure = _figure([sentence], "11.9%")
    assert (figure.metric, figure.subject) == ("stake", "Public Investment Corporation")


def test_a_market_share_aside_is_no_stake() -> None:
    sentence = "Rival Kestrel, which holds 36%, has cut its prices across the market."
    assert _figure([sentence], "36%").metric != "stake"


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Rival Sagami Micro Contact, listed since 2029, fell 3.1% to ¥4,870 on Wednesday.", "3.1%", "Sagami Micro Contact"),
        ("Orla Foods, based in Cork, rose 2% to €4.10 after the results.", "€4.10", "Orla Foods"),
        ("Rival Tarn Resources lost 2.1% on Friday.", "2.1%", "Tarn Resources"),
    ],
)  # fmt: skip
def test_a_share_move_past_an_aside_is_the_share_price(
    sentence: str, surface: str, subject: str
) -> None:
    figure = _figure([sentence], surface)
    assert (figure.metric, figure.subject) == ("share price", subject)
