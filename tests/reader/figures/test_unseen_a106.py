"""What blind round attrib_a106 and the rounds before it showed (session 53, FIGURES_VERSION 280):
an analyst's target written with a decimal sum ("to GH¢11.20 from GH¢10.30"), a currency's
own move whatever its name ("The tugrik has weakened 4.8%", "The rand firmed 1.3%"), Morocco's
dirham, and "the company" after a sentence that opened on a product's code. Texts written here."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figures(*paragraphs: str, title: str = "x") -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(list(paragraphs), title=title)}


def test_a_price_target_with_pence_or_cents_is_the_target() -> None:
    got = _figures("He raised his price target to GH¢11.20 from GH¢10.30 on Tuesday.")
    assert got["GH¢11.20"].metric == "target price"
    assert got["GH¢10.30"].metric == "target price"
    assert got["GH¢10.30"].status == "base"


def test_the_shares_own_close_after_a_target_is_the_share_price() -> None:
    got = _figures(
        "Analysts at Kepler have a price target of 540p on the shares, which closed at 498p."
    )
    assert got["498p"].metric == "share price"


def test_a_currency_that_moves_owns_its_move() -> None:
    got = _figures(
        "The tugrik has weakened 4.8% against the dollar since January, the central bank said."
    )
    assert (got["4.8%"].metric, got["4.8%"].subject) == ("exchange rate", "tugrik")
    naira = _figures("The naira fell 2% to N1,640 per dollar on the official market.")
    assert naira["2%"].metric == "exchange rate"
    assert naira["2%"].subject == "naira"


def test_a_currency_that_does_something_else_owns_nothing() -> None:
    got = _figures(
        "Kaugel Ridge Gold said on Monday that the weaker kina had cut its local costs by "
        "roughly US$4 million in the quarter."
    )
    assert got["US$4 million"].subject == "Kaugel Ridge Gold"
    firm = _figures("Rand Water raised its bulk tariff by 9.5% from July.")
    assert firm["9.5%"].subject == "Rand Water"


def test_dirhams_in_a_moroccan_story_are_moroccan() -> None:
    got = _figures(
        "Shares in Sebou Cells rose 2.6% to 418 dirhams on the Casablanca Stock Exchange.",
    )
    assert got["418 dirhams"].unit == "MAD"
    gulf = _figures("The Dubai developer sold 1,200 flats for 2.4 billion dirhams.")
    assert gulf["2.4 billion dirhams"].unit == "AED"


def test_the_company_after_a_product_code_is_the_firm() -> None:
    got = _figures(
        "Permatang Microsystems Bhd said net profit for the third quarter rose 38% to "
        "RM214.6 million.",
        "The PMX7 family of voltage regulators, launched in 2036, brought in RM412 million on "
        "its own, and Permatang now ranks third among suppliers of server power chips.",
        "For the fourth quarter the company expects revenue of between RM1.48 billion and "
        "RM1.55 billion.",
        title="Penang chip maker lifts its outlook",
    )
    assert got["RM1.48 billion"].subject == "Permatang Microsystems Bhd"


def test_a_budget_airline_names_no_budget() -> None:
    # (session 53's own paste: the order's sum was shown as "Indian budget")
    got = _figures(
        "Indian budget airline SkyKite said on Wednesday it had ordered 40 narrowbody jets worth "
        "about $4.4 billion at list prices."
    )
    assert "budget" not in (got["$4.4 billion"].metric or "")
    council = _figures("The council set a budget of £41 million for roads next year.")
    assert council["£41 million"].metric == "budget"


def test_a_thing_bought_somewhere_is_the_priced_thing() -> None:
    got = _figures("A single ticket bought on a phone will cost €2.40, up from €2.")
    assert got["€2.40"].metric == "single ticket price"
    pint = _figures("A pint sold in central London costs £7.50.")
    assert pint["£7.50"].metric == "pint price"


def test_what_a_change_brings_in_is_revenue() -> None:
    got = _figures("The council expects the change to bring in about €3.5 million a year.")
    assert got["€3.5 million"].metric == "revenue"
    rise = _figures("The government said the fare increase would bring in about ¥9.2 billion.")
    assert rise["¥9.2 billion"].metric == "revenue"
    # selling a business to raise money is no revenue of that business
    sale = _figures("Harlow Bank plans to sell its card arm to raise about $350 million.")
    assert sale["$350 million"].metric != "arm revenue"
