"""metric26's rules: a line naming its measure before a colon (labelled.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.wage_ratio import ratio_metrics
from reader.model import Figure


def _metrics(text: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "- Active subscribers: 12,400, up from 9,100 a year ago",
            {"12,400": "active subscribers", "9,100": "active subscribers"},
        ),
        ("* Gross margin: 64%", {"64%": "gross margin"}),
        (
            "- Average order value: about $38 a month",
            {"$38": "average order value"},
        ),
        (
            "Quarterly revenue: $41.2 million, down from $44.5 million",
            {"$41.2 million": "quarterly revenue", "$44.5 million": "quarterly revenue"},
        ),
    ],
)
def test_label_before_colon_names_the_measure(text: str, want: dict[str, str]) -> None:
    got = _metrics(text)
    for surface, metric in want.items():
        assert got.get(surface) == metric, (surface, got)


@pytest.mark.parametrize(
    "text",
    [
        "What went wrong: we spent $90K on radio adverts and won 12 customers.",
        "She said: 40% of the staff will leave.",
        "Background: the firm was founded in 2009 and sold 3,000 units last year.",
    ],
)
def test_clause_or_speaker_before_colon_is_no_measure(text: str) -> None:
    for metric in _metrics(text).values():
        assert metric is None or ":" not in metric
        assert metric not in {"what went wrong", "she said", "background"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Harbour Bakeries' revenue climbed 12% to £84m in the year; Crumbwell's slipped "
            "4% to £61m.",
            {"4%": "revenue", "£61m": "revenue"},
        ),
        (
            "At Harbour Bakeries, operating profit rose to £9m from £7m, while its rival's "
            "fell to £3m from £5m.",
            {"£3m": "operating profit", "£5m": "operating profit"},
        ),
    ],
)
def test_possessive_before_a_verb_stands_for_the_measure_before(
    text: str, want: dict[str, str]
) -> None:
    got = _metrics(text)
    for surface, metric in want.items():
        assert got.get(surface) == metric, (surface, got)


def test_possessive_across_sentences() -> None:
    figs = {
        f.surface: f.metric
        for f in extract_figures(
            [
                "Crumbwell said its headcount rose 6% to 2,300.",
                "Harbour Bakeries' fell 3% to 1,900.",
            ]
        )
    }
    assert figs.get("3%") == figs.get("6%") and figs.get("3%"), figs


def test_contraction_or_noun_after_possessive_is_no_ellipsis() -> None:
    got = _metrics("Crumbwell's shares rose 5% to 210p.")
    assert got.get("5%") == "share price", got
    assert got.get("210p") == "share price", got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The brewer plans to build a bottling hall in Leeds next year at a cost of £42m.",
            {"£42m": "hall cost"},
        ),
        (
            "Councillors voted to keep the Mill Lane swimming pool open, at a cost of £310,000 "
            "a year.",
            {"£310,000": "pool cost"},
        ),
        (
            '"Home care alone will cost us £64m next year, up from £57m," she said.',
            {"£64m": "home care cost", "£57m": "home care cost"},
        ),
    ],
)
def test_cost_named_by_the_thing(text: str, want: dict[str, str]) -> None:
    got = _metrics(text)
    for surface, metric in want.items():
        assert got.get(surface) == metric, (surface, got)


@pytest.mark.parametrize(
    "text",
    [
        "It will cost the club £12m over three years.",
        "That alone cost it £2.1m last year.",
    ],
)
def test_pronoun_or_clause_names_no_cost(text: str) -> None:
    for metric in _metrics(text).values():
        assert metric in (None, "cost", "costs"), metric


def test_possessive_inside_a_measures_clause_is_its_owner() -> None:
    got = _metrics("Sales rose 8% to £40m. Profits at drugmaker Dr Reddy's fell 93%.")
    assert got.get("93%") == "profit", got


def test_range_after_of_between_takes_the_measure() -> None:
    got = _metrics("The brewer expects to book an impairment of between £4m and £6m on the site.")
    assert got.get("£4m") == "impairment" and got.get("£6m") == "impairment", got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Output rose 5%, while realisation fell to Rs 4,900 a tonne from Rs 5,100.",
            {"Rs 4,900": "realisation per tonne", "Rs 5,100": "realisation per tonne"},
        ),
        ("The smelter's cash cost rose to $2,150 a tonne.", {"$2,150": "cash cost per tonne"}),
    ],
)
def test_measure_moved_to_a_sum_per_quantity(text: str, want: dict[str, str]) -> None:
    got = _metrics(text)
    for surface, metric in want.items():
        assert got.get(surface) == metric, (surface, got)


def test_price_moved_per_quantity_stays_a_price_and_says_its_unit() -> None:
    got = _metrics("Zinc prices rose to $2,700 a tonne.")
    assert got.get("$2,700") == "zinc price per tonne", got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "The rugby club spent 71% of its turnover on wages last season.",
            "71%",
            "wages to turnover",
        ),
        ("Rovers spent 92% of their revenue on pay.", "92%", "wages to revenue"),
        ("The board aims to keep the wage bill below 55% of turnover.", "55%", "wages to turnover"),
        (
            "The miner had A$140 million in cash and no debt at the end of June.",
            "A$140 million",
            "cash",
        ),
    ],
)
def test_wage_ratio_and_cash_held(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert got.get(surface) == want, got


def test_price_paid_in_cash_is_not_cash_held() -> None:
    text = "Halvorsen will pay $900 million in cash for the maker of hearing aids."
    paid = Figure("$900 million", "money", 9e8, "USD", metric="deal", sentence=text)
    assert ratio_metrics([paid])[0].metric == "deal"


def test_arr_is_annual_recurring_revenue() -> None:
    got = _metrics("The plan for next year is to reach $9M ARR and hire 12 more people.")
    assert got.get("$9M") == "annual recurring revenue", got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("Grants came to £4.1m, or 12% of income.", "12%", "grants share of income"),
        (
            "The club's wage bill rose to £48m, or 81% of turnover.",
            "81%",
            "wage bill share of turnover",
        ),
    ],
)
def test_sum_then_its_share_of_a_whole(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert got.get(surface) == want, got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("The German pet food market is worth €6.2bn.", "€6.2bn", "market size"),
        ("The global market for hearing aids was valued at $9bn last year.", "$9bn", "market size"),
        ("Lumio carries $300m of debt, against Brightcast's $120m.", "$120m", "debt"),
    ],
)
def test_market_size_and_compared_possessive(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert got.get(surface) == want, got


def test_stock_market_worth_is_no_market_size() -> None:
    got = _metrics("Shares in the firm, whose stock market value is worth $5bn, rose 3%.")
    assert got.get("$5bn") != "market size", got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "Brightcast will fund the purchase with $450 million of new term loans.",
            "$450 million",
            "new term loans",
        ),
        (
            "The group will pay for the deal with £600 million of new debt.",
            "£600 million",
            "new debt",
        ),
    ],
)
def test_sum_of_a_debt_instrument(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert got.get(surface) == want, got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "The trust has set aside £450,000 for a staff training fund.",
            "£450,000",
            "staff training fund",
        ),
        ("The plan earmarks €12m for bus shelters over five years.", "€12m", "bus shelters"),
    ],
)
def test_money_allotted_for_a_purpose(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert want in (got.get(surface) or ""), got


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("Okafor, 52, owns about 31% of Brightcast, which she founded in 2009.", "31%", "stake"),
        ("The fund holds just over 12% of Halvorsen Foods.", "12%", "stake"),
    ],
)
def test_percentage_a_holder_owns(text: str, surface: str, want: str) -> None:
    got = _metrics(text)
    assert got.get(surface) == want, got


def test_share_of_a_market_held_is_no_stake() -> None:
    got = _metrics("Brightcast controls about 40% of the market for hearing aids.")
    assert got.get("40%") != "stake", got


def test_crude_is_oil() -> None:
    got = _metrics("brent crude settled down $1.40, or 1.8%, at $76.20 a barrel.")
    assert got.get("$76.20") == "crude oil price per barrel", got


def test_shares_that_changed_hands_are_trading_volume() -> None:
    got = _metrics(
        "about 9.1 billion shares changed hands on u.s. exchanges, against the 20-day average "
        "of 11.4 billion."
    )
    assert got.get("9.1 billion shares") == "trading volume", got
    assert got.get("11.4 billion") == "trading volume", got


def test_what_a_sale_would_value_a_firm_at() -> None:
    figs = {
        f.surface: f.metric
        for f in extract_figures(
            [
                "Crumbwell's adjusted EBITDA rose to £61m.",
                "Its owner is exploring a sale that could value it at about £700m.",
            ]
        )
    }
    assert figs.get("£700m") == "valuation", figs


def test_percentage_move_of_a_measure_written_per_unit() -> None:
    got = _metrics("Freight costs per container fell 6 per cent in the quarter.")
    assert (got.get("6 per cent") or "").endswith("per container"), got
