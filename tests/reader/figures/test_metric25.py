"""metric25's rules: earnings per share in ranges and restated profits (per_share.py), a sized
item's price (money_named.py), an index's points and a currency's rate (markets.py), counts
acted on (verbed.py, acts.py), money named by what was done with it (money_acts.py), votes
against (metrics.py), a cost per unit (per_unit.py), a move to a level (continued.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.figures import extract_figures
from reader.figures.continued import continued_metrics
from reader.model import Figure


def _metrics(text: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Halvorsen Foods forecast adjusted earnings of 62 cents to 70 cents a share for "
            "the year.",
            {"62 cents": "adjusted earnings per share", "70 cents": "adjusted earnings per share"},
        ),
        (
            "Halvorsen Foods said net profit was $214 million, or 55 cents a share.",
            {"55 cents": "earnings per share"},
        ),
        (
            "Halvorsen Foods said its net loss was $31 million, or 8 cents a share.",
            {"8 cents": "loss per share"},
        ),
    ],
)
def test_earnings_per_share(text: str, want: dict[str, str]) -> None:
    got = _metrics(text)
    assert {s: got[s] for s in want} == want


def test_a_dividend_a_share_stays_a_dividend() -> None:
    got = _metrics("Halvorsen Foods raised its dividend to 30 cents a share from 25 cents.")
    assert got["30 cents"] == "dividend per share"  # (not earnings per share)


def test_a_sized_item_is_priced_by_its_noun() -> None:
    got = _metrics("Each 40-foot trailer sells for about $61,000, the maker said.")
    assert got["$61,000"] == "trailer price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Nikkei 225 fell 1.2%, or 470 points, to close at 38,210 points.", "470 points"),
        ("The Nikkei 225 fell 1.2%, or 470 points, to close at 38,210 points.", "38,210 points"),
        ("The broader Topix edged up 0.3% on Friday.", "0.3%"),
    ],
)
def test_an_index_reports_points_and_moves(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "index"


def test_a_currency_moved_to_a_price_is_its_exchange_rate() -> None:
    got = _metrics("Traders cut bets on a rate rise, and the euro fell 0.4% to $1.0710.")
    assert got["0.4%"] == "exchange rate"
    assert got["$1.0710"] == "exchange rate"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # a present tense after its doer
        (
            "Harrow Lettings, an agency that manages 2,700 contracts, said rents fell.",
            "2,700 contracts",
            "contracts managed",
        ),
        ("The cable network now passes 9 million homes.", "9 million homes", "homes passed"),
        # a passive of a verb that states a level when active
        (
            "In March, 410 burst pipes were reported in the town.",
            "410 burst pipes",
            "burst pipes reported",
        ),
        # an irregular participle
        ("The organisers said 96 plays were shown over the week.", "96 plays", "plays shown"),
        # a relative clause with a pronoun doer
        ("Revenue rose 6%, helped by 12 hotels it bought in May.", "12 hotels", "hotels bought"),
        # a participle closing a "with" phrase
        (
            "The tour grossed $9 million, with about 70,000 tickets sold.",
            "70,000 tickets",
            "tickets sold",
        ),
    ],
)
def test_a_count_acted_on_names_the_act(text: str, surface: str, want: str) -> None:
    assert _metrics(text)[surface] == want


@pytest.mark.parametrize(
    "text",
    [
        "The chain owns 400 shops and employs 9,000 people.",  # verbs of a level
        "Its 300 members met in May.",  # no verb before the count
    ],
)
def test_a_level_verb_names_no_act(text: str) -> None:
    assert not any(m and m.endswith(("owned", "employed", "met")) for m in _metrics(text).values())


def test_the_aircraft_an_airline_flies_are_its_fleet() -> None:
    got = _metrics("Skyvale flies 82 aircraft and flew 9,400 flights in June.")
    assert got["82 aircraft"] == "fleet"
    assert got["9,400 flights"] != "fleet"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "His partner holds a 4% stake worth about $900 million.",
            "$900 million",
            "stake value",
        ),
        ("Ms Ruiz sold shares worth $65 million in June.", "$65 million", "shares sold"),
        (
            "The state fund, which put in €45 million, now owns a fifth of Tavira.",
            "€45 million",
            "investment",
        ),
        (
            "Mr Lund has given about $80 million to medical charities.",
            "$80 million",
            "donations",
        ),
        (
            "The chief executive received a package worth £3.6 million last year.",
            "£3.6 million",
            "pay",
        ),
        ("That was up from the £2.2 million she was paid a year earlier.", "£2.2 million", "pay"),
        (
            "Brantwell has never made a profit and lost €19 million last year.",
            "€19 million",
            "loss",
        ),
    ],
)
def test_an_act_around_money_names_it(text: str, surface: str, want: str) -> None:
    assert _metrics(text)[surface] == want


def test_shares_bought_back_stay_a_buyback() -> None:
    got = _metrics("Tavira plans to buy back shares worth up to €200 million.")
    assert got["€200 million"] != "shares bought"


def test_votes_against_are_named_so() -> None:
    assert _metrics("About 41% of Harlow shareholders voted against the pay report.") == {
        "41%": "votes against"
    }
    assert _metrics("About 81% of members voted to accept the offer.")["81%"] == "votes"


def test_a_cost_per_unit_of_quantity_and_its_bases() -> None:
    got = _metrics(
        "Its flywheels cost about €35 per kilowatt-hour stored, against €70 to €80 for gas plants."
    )
    assert (got["€35"] or "").endswith("cost per kilowatt-hour")
    assert got["€70"] == got["€35"]
    assert got["€80"] == got["€35"]


def test_a_cost_a_year_is_no_cost_per_unit() -> None:
    got = _metrics("The scheme will cost about £4 million a year, the council said.")
    assert "per" not in (got["£4 million"] or "")


def test_a_move_takes_the_measure_of_the_level_it_reached() -> None:
    text = "Lowbridge Homes, which jumped 14% to 512p after it agreed to be bought, led."
    level = Figure("512p", "money", 5.12, "GBP", metric="share price", sentence=text)
    move = Figure("14%", "percent", 14.0, "%", sentence=text, subject="Lowbridge Homes")
    got = continued_metrics([level, move])
    assert got[1].metric == "share price"
    # a move written elsewhere in the sentence takes nothing from the level
    apart = "Lowbridge Homes jumped 14% on Tuesday and closed at 512p."
    got = continued_metrics([replace(level, sentence=apart), replace(move, sentence=apart)])
    assert got[1].metric is None
    # nor a move "by" which a verb's object changed: the object is what moved
    by = "The fund counts on lifting its unit value by 14% to 512p."
    got = continued_metrics([replace(level, sentence=by), replace(move, sentence=by)])
    assert got[1].metric is None


def test_a_thing_costing_a_sum_names_the_cost() -> None:
    got = _metrics("It would need a second runway costing about £900 million by 2030.")
    assert got["£900 million"] == "runway cost"
    got = _metrics("Two new wards, each costing £5 million, will open in May.")
    assert got["£5 million"] != "each cost"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "The package was three times the £2.1 million he received the year before.",
            "£2.1 million",
            "pay",
        ),
        (
            "Investors revolted after chief executive Sam Holt was awarded £7.7 million.",
            "£7.7 million",
            "pay",
        ),
        ("Its vice-chancellor, Dame Ann Lowe, was paid £310,000 last year.", "£310,000", "pay"),
        ("Revenue rose 12%. It kept $41 million after tax.", "$41 million", "net profit"),
        ("The bakery made £3 million before tax last year.", "£3 million", "pre-tax profit"),
    ],
)
def test_pay_and_profit_by_what_was_done(text: str, surface: str, want: str) -> None:
    assert _metrics(text)[surface] == want


def test_damages_awarded_are_no_pay() -> None:
    assert _metrics("The nurse was awarded £50,000 in damages.")["£50,000"] != "pay"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The endowment said its holdings returned 6.4% last year, lifting its assets.", "6.4%"),
        ("The scheme targets an annual return of about 5% on its bonds.", "5%"),
    ],
)
def test_what_an_investment_returned_is_its_return(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "return"


def test_a_margin_is_named_by_its_profit_and_carried() -> None:
    got = _metrics(
        "Operating profit rose to £48 million, giving a margin of 11.2%. "
        "Harwood now expects a full-year margin of about 12%."
    )
    assert got["11.2%"] == "operating margin"
    assert got["12%"] == "full-year operating margin"
    got = _metrics("Its adjusted EBITDA of €40 million gave it a margin of 22.5%.")
    assert got["22.5%"] == "adjusted EBITDA margin"


def test_a_margin_after_operating_costs_is_no_operating_margin() -> None:
    got = _metrics("Operating costs rose 4%, and the margin fell to 9.1%.")
    assert got["9.1%"] != "operating margin"


def test_a_persons_contract_by_the_year_is_salary() -> None:
    got = _metrics("Okafor, 22, has signed a three-year contract worth a reported £350,000 a year.")
    assert got["£350,000"] == "salary"
    got = _metrics(
        "The council signed a cleaning contract worth £5 million a year with Brightwell."
    )
    assert got["£5 million"] != "salary"


def test_people_who_work_somewhere_are_its_employees() -> None:
    assert _metrics("About 2,100 people work at its plant in Leeds.")["2,100 people"] == "employees"
    assert _metrics("Some 5,000 people live in the town.")["5,000 people"] != "employees"


def test_an_analysts_target_price_is_no_share_price() -> None:
    got = _metrics("Analysts at Hollins cut their target price for the stock to 940p from 1,100p.")
    assert got["940p"] == "target price"
    assert got["1,100p"] == "target price"
    got = _metrics("Shares in Kestrel rose 4% to 1,210p after Hollins raised its price target.")
    assert got["1,210p"] == "share price"


def test_a_measure_written_per_a_thing_keeps_it_and_its_base() -> None:
    got = _metrics("EBITDA per tonne came in at Rs 880, against the Rs 850 analysts had expected.")
    assert got["Rs 880"] == "EBITDA per tonne"
    assert got["Rs 850"] == "EBITDA per tonne"


def test_a_lower_case_firms_move_to_a_sum_is_its_share_price() -> None:
    got = _metrics(
        "among decliners, regional lender westbay bancorp slumped 9% to $31.40 after a warning."
    )
    assert got["9%"] == "share price"
    assert got["$31.40"] == "share price"
    assert _metrics("the sector index fell 1.8% on friday.")["1.8%"] != "share price"
