"""Behaviour of sentence-level figure parsing: currencies, scales, units, non-figures."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, parse_sentence


def one(sentence: str) -> tuple[str, float, str | None]:
    figs = parse_sentence(sentence)
    assert len(figs) == 1, figs
    return figs[0].kind, figs[0].value, figs[0].unit


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Sales hit $3 billion last term.", 3e9, "USD"),
        ("Sales hit US$3.5 million last term.", 3.5e6, "USD"),
        ("The stock closed at HK$71.50 on the day.", 71.5, "HKD"),
        ("It sold for A$12bn overall.", 12e9, "AUD"),
        ("It sold for C$4m overall.", 4e6, "CAD"),
        ("It sold for S$900 million overall.", 900e6, "SGD"),
        ("Profit was €2.5bn overall.", 2.5e9, "EUR"),
        ("Profit was £5m overall.", 5e6, "GBP"),
        ("Profit was ¥300bn overall.", 300e9, "JPY"),
        ("Income was RMB 14.2 billion overall.", 14.2e9, "CNY"),
        ("Income was 8 billion yuan overall.", 8e9, "CNY"),
        ("Income was 8 billion Chinese yuan overall.", 8e9, "CNY"),
        ("Income was 3 trillion won overall.", 3e12, "KRW"),
        ("Income was 40 million rupees overall.", 40e6, "INR"),
        ("Income was 7 billion yen overall.", 7e9, "JPY"),
        ("Income was 9 million euros overall.", 9e6, "EUR"),
        ("Income was 9 million pounds overall.", 9e6, "GBP"),
        ("Income was 2 billion Hong Kong dollars overall.", 2e9, "HKD"),
        ("It earned 61 cents per ADS.", 0.61, "USD"),
        ("A stamp now costs 85p after the rise.", 0.85, "GBP"),
        ("The fund holds $250,000 in cash.", 250_000.0, "USD"),
        ("The fund holds $40K in cash.", 40_000.0, "USD"),
        ("The fund holds $2.1tn in assets.", 2.1e12, "USD"),
        ("The fund holds $5m in assets.", 5e6, "USD"),
        ("The fund holds £1.2bn in assets.", 1.2e9, "GBP"),
        ("The state will spend Rs 500 crore on roads.", 5e9, "INR"),
        ("The state will spend ₹3 lakh on each road.", 3e5, "INR"),
        ("The budget is 1.5 lakh crore rupees this year.", 1.5e12, "INR"),
        ("The deficit hit a record Australian dollar 29.4bn in the period.", 29.4e9, "AUD"),
        ("Shares rose to 57.85 Swiss francs in trading.", 57.85, "CHF"),
        ("Debts of 30 trillion rupiah will be frozen.", 30e12, "IDR"),
        ("The dividend rises to 70 euro cents per share.", 0.70, "EUR"),
        ("Analysts had a 49-cent estimate.", 0.49, "USD"),
        ("The bid values each share at A$4.17-a-share overall.", 4.17, "AUD"),
        ("The city owes 400m pesos to Argentine banks.", 400e6, "ARS"),
    ],
)
def test_money(sentence: str, value: float, unit: str) -> None:
    kind, got, got_unit = one(sentence)
    assert kind == "money"
    assert got == pytest.approx(value)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Margins reached 44% this time.", 44.0, "%"),
        ("Margins reached 15 percent this time.", 15.0, "%"),
        ("Margins reached 15 per cent this time.", 15.0, "%"),
        ("Margins widened 1.5 percentage points this time.", 1.5, "pp"),
    ],
)
def test_percent(sentence: str, value: float, unit: str) -> None:
    assert one(sentence) == ("percent", value, unit)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The app has 360 million daily active users now.", 360e6, "daily active users"),
        ("The rocket carried 27 satellites into orbit.", 27.0, "satellites"),
        ("The mall hosts 3,500 brands across floors.", 3500.0, "brands"),
        ("The network has four million customers today.", 4e6, "customers"),
        ("The city has two and a half million cars today.", 2.5e6, "cars"),
        ("Two million children lack schools.", 2e6, "children"),
        ("The chain owns 34 Grosvenor casinos nationwide.", 34.0, "Grosvenor casinos"),
        ("There were 90,000 more people in work.", 90_000.0, "people"),
        (
            "It will finish 14 of its biggest construction projects soon.",
            14.0,
            "biggest construction projects",
        ),
        ("The jobless total rose to 1.41 million in March.", 1.41e6, None),
    ],
)
def test_counts(sentence: str, value: float, unit: str) -> None:
    assert one(sentence) == ("count", value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant opened in 2020 and expanded in 2025.",
        "The results came out on Jan. 24 and again on November 25.",
        "The filing was dated 24/01/2025 in the records.",
        "The call started at 1:25 p.m. sharp.",
        "The founder, aged 45, is a 45-year-old engineer.",
        "Third-quarter results were its 2nd best.",
        "Qwen3-235B and GPT-4 rival the Atlas V rocket.",
        "He signed a one-year contract after nine months and three years of talks.",
        "Yields hit a 2-decade high and a 9-year low in Q3.",
        "It ranked No. 1 in the region.",
        "Demand for triple-digit growth faded.",
        "Apple's iPhone 15 and the Boeing 737 sold well.",
        "Call 555-123-4567 or +44 020 7946 0000 for details.",
        "The 5 m wall is tall.",
        "The index opened on 2 February after 30 minutes of delay.",
    ],
)
def test_non_figures(sentence: str) -> None:
    assert parse_sentence(sentence) == []


def test_bracketed_conversion_is_one_positive_figure() -> None:
    figs = parse_sentence("Net profit rose to 28.5 billion yuan ($4 billion) last year.")
    assert len(figs) == 1
    f = figs[0]
    assert (f.kind, f.value, f.unit, f.converted) == ("money", 28.5e9, "CNY", "$4 billion")
    assert f.metric == "net income"


def test_change_folds_into_money_figure() -> None:
    figs = parse_sentence("Acme grew revenue 34% to $5.59 billion year-over-year.")
    money = next(f for f in figs if f.kind == "money")
    assert money.value == pytest.approx(5.59e9)
    assert money.metric == "revenue"
    assert money.subject == "Acme"
    assert money.change is not None
    assert (money.change.direction, money.change.amount) == ("up", "34%")
    assert money.change.period == "year-over-year"
    # the percentage is also reported, as its own (up) change
    pct = next(f for f in figs if f.kind == "percent")
    assert pct.change is not None and pct.change.direction == "up"


def test_down_change_after_figure() -> None:
    figs = parse_sentence("Globex posted sales of $1.2 billion, down 7% from a year ago.")
    money = figs[0]
    assert money.change is not None
    assert money.change.direction == "down"
    assert money.change.amount == "7%"
    assert money.change.period == "from a year ago"


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The rocket flew 1,200 miles into orbit.", 1200.0, "miles"),
        ("The Dow closed down 0.89 points in the session.", 0.89, "points"),
        ("Output reached 3.997 billion barrels of oil.", 3.997e9, "barrels"),
    ],
)
def test_measures_are_kind_other(sentence: str, value: float, unit: str) -> None:
    kind, got, got_unit = one(sentence)
    assert (kind, got_unit) == ("other", unit) and got == pytest.approx(value)


def test_range_gives_both_ends_the_unit() -> None:
    figs = parse_sentence("Inflation stays within the 2-3% target range.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("percent", 2.0, "%"),
        ("percent", 3.0, "%"),
    ]
    money = parse_sentence("Creditors may freeze 20-30bn rupiah in payments.")
    assert [(f.value, f.unit) for f in money] == [(20e9, "IDR"), (30e9, "IDR")]


def test_several_conversions_in_one_bracket_are_tied() -> None:
    figs = parse_sentence("Novex bought rivals for 5.65bn euros ($7.4bn; £3.9bn) in cash.")
    assert len(figs) == 1
    assert (figs[0].value, figs[0].unit) == (5.65e9, "EUR")
    assert figs[0].converted == "$7.4bn; £3.9bn"


def test_nearby_values_are_distinct_figures() -> None:
    figs = parse_sentence("Crude fell to $42.12, then rose to $42.30 a barrel.")
    assert [f.value for f in figs] == [42.12, 42.30]


def test_peso_follows_the_country_named_in_the_story() -> None:
    mexico = parse_sentence("It will invest 900m pesos.", story="Mexico's regulator agreed.")
    assert mexico[0].unit == "MXN"
    assert parse_sentence("Manila banks lent 5bn pesos to Philippine firms.")[0].unit == "PHP"


def test_crowns_follow_a_capital_city_when_no_country_is_named() -> None:
    story = "Its shares rose 3.2% in Oslo trading."
    assert parse_sentence("Net income was 4.1 billion crowns.", story=story)[0].unit == "NOK"
    story = "The Copenhagen-based brewer said sales were flat."
    assert parse_sentence("It earned 2 billion crowns.", story=story)[0].unit == "DKK"
    assert parse_sentence("Profit was 3 billion crowns.", story="Sales grew.")[0].unit == "SEK"


def test_money_ranges_share_scale_and_currency() -> None:
    figs = parse_sentence("Damage is put at $1.3 to $1.5bn by officials.")
    assert [(f.value, f.unit) for f in figs] == [(1.3e9, "USD"), (1.5e9, "USD")]
    figs = parse_sentence("Traders may test the $40-40.25 range.")
    assert [(f.value, f.unit) for f in figs] == [(40.0, "USD"), (40.25, "USD")]


def test_spelled_compound_and_joined_modifiers() -> None:
    assert one("Twenty-one thousand people lost homes.") == ("count", 21_000.0, "people")
    assert one("It logged 300 natural and man-made disasters.") == (
        "count",
        300.0,
        "natural and man-made disasters",
    )


def test_index_level_after_to_is_a_figure() -> None:
    figs = parse_sentence("The index closed up 23 points to 6661.89 on the day.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("other", 23.0, "points"),
        ("count", 6661.89, None),
    ]


def test_exchange_rate_is_kind_other() -> None:
    # the unit names the currency the clause is about per the quoted one (rates.py)
    assert one("The yuan is pegged at 8.28 to the dollar.") == ("other", 8.28, "CNY per USD")
    assert one("The yen firmed to 102.975 against the dollar.") == ("other", 102.975, "JPY per USD")
    assert one("It is pegged at 8.28 to the dollar.") == ("other", 8.28, None)


def test_count_range_shares_the_noun_and_multipliers_are_not_counts() -> None:
    figs = parse_sentence("Only 30 to 40 top firms will be reviewed.")
    assert [(f.value, f.unit) for f in figs] == [(30.0, "top firms"), (40.0, "top firms")]
    assert parse_sentence("Demand was 12 times the offer.") == []


def test_singular_currency_and_bare_spelled_scale() -> None:
    assert one("It faces a 1bn rouble tax claim.") == ("money", 1e9, "RUB")
    assert one("It aims to sell more than four million by 2008.") == ("count", 4e6, None)


def test_ranges_with_separators_and_their_conversions() -> None:
    figs = parse_sentence("Bids ranged over 1,050-1,125 rupees ($24-$26) a share.")
    assert [(f.value, f.unit) for f in figs] == [(1050.0, "INR"), (1125.0, "INR")]
    assert figs[1].converted == "$24-$26"
    figs = parse_sentence("Profit falls by $3.8m to $4.9m (£2m to £2.6m) this year.")
    assert [(f.value, f.unit) for f in figs] == [(3.8e6, "USD"), (4.9e6, "USD")]


def test_level_after_from_is_a_figure() -> None:
    figs = parse_sentence("The index fell to 95.5 in February from 97.5 in January.")
    assert [f.value for f in figs] == [95.5, 97.5]


def test_noun_phrase_stops_at_its_head() -> None:
    assert one("A survey of 1,300 bosses suggests calm.") == ("count", 1300.0, "bosses")
    assert one("It cut bonuses for 50,000 with-profits investors.") == (
        "count",
        50_000.0,
        "with-profits investors",
    )


def test_three_way_conversion_with_a_named_currency() -> None:
    figs = parse_sentence("The group is worth $17bn (£9.1bn; 745bn Indian rupees) today.")
    assert [(f.value, f.unit) for f in figs] == [(17e9, "USD")]
    assert figs[0].converted == "£9.1bn; 745bn Indian rupees"


def test_singular_country_dollar_after_a_scale() -> None:
    figs = parse_sentence("It rejected a hostile 7.4bn Australian dollar ($5.8bn; £3bn) bid.")
    assert [(f.value, f.unit, f.converted) for f in figs] == [(7.4e9, "AUD", "$5.8bn; £3bn")]


def test_percent_range_written_twice_and_signed_balances() -> None:
    figs = parse_sentence("Telecom stocks recorded an 8%-10% rise since Monday.")
    assert [(f.value, f.unit) for f in figs] == [(8.0, "%"), (10.0, "%")]
    figs = parse_sentence("The balance was plus 3, against minus 10 last time.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("count", 3.0, None),
        ("count", -10.0, None),
    ]


def test_possessive_owns_the_number_and_billion_dollar_is_a_size() -> None:
    assert one("The WTO's 148 current members meet in December.") == (
        "count",
        148.0,
        "current members",
    )
    assert parse_sentence("It will put a billion-dollar dent in its accounts.") == []


def test_cents_in_a_euro_story_are_euro_cents() -> None:
    # the story's currency says whose cents these are, for the euro as for dollars and rand
    euro = extract_figures(
        ["Revenue at the Lyon group fell to €2bn.", "It cut its dividend to 45 cents a share."]
    )
    assert [(f.value, f.unit) for f in euro if f.surface == "45 cents"] == [(0.45, "EUR")]
    plain = extract_figures(["It cut its dividend to 45 cents a share."])
    assert [(f.value, f.unit) for f in plain] == [(0.45, "USD")]


def test_wire_and_press_scale_abbreviations() -> None:
    from reader.figures import extract_figures

    figs = {
        f.surface: f.value
        for f in extract_figures(
            ["The fund manages £2trn of assets; Veld earned 340 mln euros, or 2.1 bln crowns."]
        )
    }
    assert figs["£2trn"] == 2e12
    assert figs["340 mln euros"] == 340e6
    assert figs["2.1 bln crowns"] == 2.1e9


def test_a_counts_own_head_stops_the_noun_carried_from_the_count_before() -> None:
    text = "The operator, which runs 40 sailings a day, said passenger numbers rose to 620,000."
    got = {f.surface: f.metric for f in parse_sentence(text)}
    assert got["40 sailings"] == "sailings"
    assert got["620,000"] == "passengers"
    text = "It ran 310 sailings, up from 287."
    assert {f.surface: f.metric for f in parse_sentence(text)}["287"] == "sailings"
