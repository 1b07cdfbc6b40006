"""What a figure measures when no metric word says so: the head of the governing noun phrase."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _fig(sentence: str, surface: str) -> tuple[str | None, str | None, float]:
    f = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return f.metric, f.unit, f.value


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # the object of a verb that sets or moves it
        ("Ministers agreed to cut next year's North Sea cod quota by 20% to 14,600 tonnes.",
         "20%", "cod quota"),
        ("Ministers agreed to cut next year's North Sea cod quota by 20% to 14,600 tonnes.",
         "14,600 tonnes", "cod quota"),
        ("They lowered the herring catch limit from 410,000 tonnes to 352,000 tonnes.",
         "410,000 tonnes", "catch limit"),
        ("Demand held up, taking the city's median dwelling value to $1.12 million.",
         "$1.12 million", "dwelling value"),
        # the clause's subject when it names a measure
        ("Occupancy climbed to 78% from 74% a year earlier.", "78%", "occupancy"),
        ("Occupancy climbed to 78% from 74% a year earlier.", "74%", "occupancy"),
        ("Regulated rail fares in England will rise by 4.6% from March.", "4.6%", "rail fares"),
        ("The trust spent £11.2m on food, as donations from supermarkets fell by 12%.",
         "12%", "donations"),
        ("Records tumbled as crowds grew 8% to 1.74 million this summer.",
         "1.74 million", "crowds"),
        ("auction clearance rates in sydney dropped to 61% from 68%.", "61%", "clearance rate"),
        # the plural noun a share is of
        ("The cap covers about 45% of fares, including season tickets.", "45%", "fares"),
    ],
)  # fmt: skip
def test_the_governing_noun_phrase_names_the_measure(
    sentence: str, surface: str, want: str
) -> None:
    assert _fig(sentence, surface)[0] == want


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # owners, speakers, events and changes are not measures
        ("Last year's leader, the developer Martin Hale, slipped to second with £12.9bn.",
         "£12.9bn"),
        ("Analysts polled by the Nikkei had expected about ¥450bn.", "¥450bn"),
        ("The cut is smaller than the 35% reduction the Commission had proposed.", "35%"),
        ("The second auction has awarded contracts for 3.1 gigawatts of capacity.",
         "3.1 gigawatts"),
        # in lower-case text a lone singular word may be a name
        ("prices in melbourne slipped 0.3%, while brisbane rose 1.1%.", "1.1%"),
    ],
)  # fmt: skip
def test_owners_events_and_changes_are_not_measures(sentence: str, surface: str) -> None:
    metric = _fig(sentence, surface)[0]
    assert metric not in ("leader", "analysts", "reduction", "auction", "brisbane")


def test_a_bare_number_continuing_a_figure_takes_its_measure() -> None:
    # a count keeps no noun (none is written next to it) but takes the count's metric
    s = "Harlow sold 1.1 million vehicles in 2025, down from 1.3 million the year before."
    assert _fig(s, "1.3 million") == ("units sold", None, 1.3e6)
    # a measure's unit is implied: "195,000" is barrels
    s2 = "Output will fall to 180,000 barrels a day from 195,000."
    assert _fig(s2, "195,000")[1] == "barrels"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("A seascape by Turner sold for £18.2m including fees.", "£18.2m", "price"),
        ("The painting was last sold in 1987 for £1.1m.", "£1.1m", "price"),
        ("The Hoshi, which now starts at ¥2.9m in Japan, sold well.", "¥2.9m", "price"),
        ("Revenue per available room rose 7.2% to C$131.", "C$131", "revenue per available room"),
        ("Units of the trust rose 3.1% to C$12.85 in Toronto.", "C$12.85", "share price"),
        ("Funds from operations were C$0.41 per unit.", "C$0.41", "funds from operations"),
        ("Rents rose 9.4% over the year to a median of a$720 a week.", "a$720", "rent"),
        ("The storm will cost the bloc's fleets an estimated €140 million.", "€140 million",
         "cost"),
        ("The Commission set aside €95 million from the maritime fund to help crews.",
         "€95 million", "aid"),
        ("It hurts commuters earning less than £30,000 most.", "£30,000", "pay"),
    ],
)  # fmt: skip
def test_money_by_its_verb_and_vocabulary(sentence: str, surface: str, want: str) -> None:
    assert _fig(sentence, surface)[0] == want


def test_lower_case_one_letter_dollar_prefixes() -> None:
    figs = parse_sentence("prices slipped to a$781,000 and c$12.85 and us$5m and hk$3bn.")
    assert [(f.value, f.unit) for f in figs] == [
        (781000.0, "AUD"),
        (12.85, "CAD"),
        (5e6, "USD"),
        (3e9, "HKD"),
    ]
    assert parse_sentence("It has a$ sign; as5 and its5 are not money.") == []


def test_power_symbols_capacity_sizes_and_numbered_names() -> None:
    figs = parse_sentence("It is led by the 1.3GW Corrib Bay scheme and a 500 MW farm.")
    assert [(f.value, f.unit, f.metric) for f in figs] == [
        (1.3, "gigawatts", "capacity"),
        (500.0, "megawatts", "capacity"),
    ]
    seat = parse_sentence("The club plays at its 52,000-seat stadium, not a 3-bed house.")
    assert [(f.kind, f.value, f.unit, f.metric) for f in seat] == [
        ("count", 52000.0, "seats", "capacity")
    ]
    # "Channel 12 keeps 18 matches": "keeps" is a verb, so "Channel 12" is a name
    named = parse_sentence("Kookaburra+ gets 61 matches, while Channel 12 keeps 18 matches.")
    assert [f.surface for f in named] == ["61 matches", "18 matches"]


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # another figure's own words between the object and the figure: "by N basis points to"
        (
            "The regulator raised the reserve requirement by 50 basis points to 2.5%.",
            "2.5%",
            "reserve requirement",
        ),
        ("The watchdog raised the levy cap by 2 percentage points to 14%.", "14%", "levy cap"),
        # a subject whose prepositional phrase holds a number; "ran at" sets a level
        ("Sick leave among its 3,100 drivers ran at 4.2% last year.", "4.2%", "sick leave"),
    ],
)
def test_the_governing_phrase_past_a_figures_own_words(
    sentence: str, surface: str, want: str
) -> None:
    assert _fig(sentence, surface)[0] == want


def test_a_subject_past_a_relative_clause_or_a_passive_level_names_the_measure() -> None:
    from reader.figures.heads import head_metric

    text = "The trust's savings, which stood at £9m in May, are expected to fall to £4m."
    at = text.index("£4m")
    assert head_metric(text, at, at + 3, "money") == "savings"
    text = "Places on the course will be capped at 4,000 next year."
    at = text.index("4,000")
    assert head_metric(text, at, at + 5, "count") == "places"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # time counted per person or place is a measure, though its head is a time word
        ("The resort said skier days fell 6% to 2.1 million.", "2.1 million", "skier days"),
        ("Guest nights rose 4% to 880,000 in July.", "880,000", "guest nights"),
    ],
)
def test_person_time_is_a_measure(sentence: str, surface: str, want: str) -> None:
    got = {f.surface: f.metric for f in parse_sentence(sentence)}
    assert got[surface] == want


def test_plain_time_words_name_no_measure() -> None:
    from reader.figures.measure_words import counted_people
    from reader.figures.time_spans import person_time

    assert not person_time("recent", "days", counted_people)
    assert not person_time("skier", "seasons", counted_people)
    assert person_time("visitor", "nights", counted_people)


def test_a_firms_own_share_in_a_sentence_naming_the_market_is_market_share() -> None:
    sentence = (
        "The Kenyan cement market grew 3% to 9.1 million tonnes, lifting Rift Cement's share "
        "to 22.4% from 21.9%."
    )
    got = {f.surface: f.metric for f in parse_sentence(sentence)}
    assert got["22.4%"] == got["21.9%"] == "market share"
    # no market named: "its share to 40%" may be a stake, left as it was
    plain = {f.surface: f.metric for f in parse_sentence("Kellan raised Tidewave's share to 40%.")}
    assert plain["40%"] != "market share"
