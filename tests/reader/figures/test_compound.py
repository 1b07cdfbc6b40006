"""A bare measure word kept with the noun that says which measure (compound.py), and the
rules around it: counting units, adverbs between a subject and its verb."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, parse_sentence
from reader.figures.compound import compound_near, whole_measure


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The plan is funded by a £90m cut to its defence budget.", "£90m", "defence budget"),
        ("The museum has a budget of £4m this year.", "£4m", "budget"),
        ("Subscription revenue rose 14% to $880m in the year.", "14%", "subscription revenue"),
        ("Subscription revenue rose 14% to $880m in the year.", "$880m", "subscription revenue"),
        ("The firm said EU exports fell 6% in March.", "6%", "EU exports"),
        (
            "It expects the average fare price to reach €61 next summer.",
            "€61",
            "average fare price",
        ),
        (
            "Households pay about £70 a year in water costs, the regulator said.",
            "£70",
            "water costs",
        ),
        # an owner, a time, a manner or a verb before the measure is not which measure
        ("Quarterly revenue rose 9% to $2.1bn.", "9%", "revenue"),
        ("The group said Tollgate sales rose 5% in May.", "5%", "sales"),
        ("Its revenue climbed 12% to £40m.", "12%", "revenue"),
        ("The chain plans to raise prices by 3% in April.", "3%", "price"),
        ("Rising prices pushed inflation up 0.4% in June.", "0.4%", "inflation"),
    ],
)
def test_measure_kept_whole(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


def test_whole_measure_reads_at_most_two_words_before() -> None:
    text = "the firm's new hotel room price"
    assert whole_measure(text, text.index("price"), "price") == "hotel room price"
    assert whole_measure("Revenue", 0, "revenue") == "revenue"


def test_compound_near_leaves_other_metrics() -> None:
    text = "Pension deficit grew to £5m."
    assert compound_near(text, text.index("£"), text.index("."), "deficit") == "deficit"
    assert compound_near(text, text.index("£"), text.index("."), None) is None


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a unit that only counts takes the measure named before it
        (
            "Vinyl sales climbed to 2.2 million copies last year.",
            "2.2 million copies",
            "vinyl sales",
        ),
        ("Tablet shipments fell 3% to 41 million units.", "41 million units", "tablet shipments"),
        ("Tablet shipments fell 3% to 41 million units.", "3%", "tablet shipments"),
        # an adverb between the subject and its verb is not the subject
        ("Festival income more than tripled to $9m.", "$9m", "festival income"),
        ("Parking revenue sharply rose to £4m.", "£4m", "parking revenue"),
    ],
)
def test_counting_units_and_adverbs(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # an adjective of kind, a measure before a rate, a place: which measure
        ("Organic growth slowed to 4.2% in the spring.", "4.2%", "organic growth"),
        ("The bakery raised its sales growth forecast to 7%.", "7%", "sales growth"),
        ("Digital sales rose 11% to £30m.", "11%", "digital sales"),
        ("European sales slipped 2% in the half.", "2%", "European sales"),
        ("Sugar production fell 6% after the drought.", "6%", "sugar production"),
        # the market written after sales
        ("Sales to the UK rose 9% to €40m.", "9%", "UK sales"),
        ("Sales in Brazil fell 3%, it said.", "3%", "Brazil sales"),
        # what a price is of or for, made one noun, with the words before the price
        ("Retail prices for a pack of six apples rose to £1.90.", "£1.90", "retail apple price"),
        ("The price of a loaf of white bread hit £1.45.", "£1.45", "white bread price"),
        # still not which measure: a manner, a time, a month, an owner
        ("Seasonal sales rose 4% to $9m.", "4%", "sales"),
        ("Sales in March rose 4% to $9m.", "4%", "sales"),
        ("The economy grew 1.6% in the quarter.", "1.6%", "growth"),
    ],
)
def test_measure_as_the_sentence_names_it(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


def test_whole_measure_keeps_at_most_four_words() -> None:
    text = "its average online ticket price of a single adult seat"
    assert whole_measure(text, text.index("price"), "price") == "online ticket seat price"
    text = "wholesale prices for a dozen large free-range eggs rose"
    assert whole_measure(text, text.index("prices"), "price") == "wholesale egg price"
    text = "the price of a standard ticket"
    assert whole_measure(text, text.index("price"), "price") == "standard ticket price"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # "costs" as a verb: what one thing costs is its price, a large sum its cost
        ("A parking permit costs £12 a week, rising to £14 in May.", "£14", "permit price"),
        ("The bypass costs £3bn, rising to £4bn by 2030.", "£4bn", "bypass cost"),
        ("Staff costs rose 4% to £30m.", "£30m", "staff costs"),
    ],
)
def test_costs_as_a_verb(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


def test_whole_measure_reads_costs_as_a_verb_before_a_sum() -> None:
    text = "a season ticket costs £450"
    assert whole_measure(text, text.index("costs"), "costs") == "ticket price"
    text = "the new line costs £2.1bn"
    assert whole_measure(text, text.index("costs"), "costs") == "line cost"


def test_a_price_of_reads_no_verb_and_keeps_a_word_in_s() -> None:
    text = "the price of crude oil remains 30% higher"
    assert whole_measure(text, text.index("price"), "price") == "crude oil price"
    text = "the price of butane gas rose to $2.77"
    assert whole_measure(text, text.index("price"), "price") == "butane gas price"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The trust spent £9.1 million on locum and agency cover last year.", "£9.1 million",
         "spending on locum and agency cover"),
        ("The insurer spends $95 million a year on advertising.", "$95 million",
         "advertising spending"),
        ("The college has cut spending on laptops and software by £42,000.", "£42,000",
         "spending on laptops and software"),
        ("Spending on school meals rose 4% to £61 million.", "£61 million",
         "spending on school meals"),
    ],
)  # fmt: skip
def test_what_money_is_spent_on_is_kept_whole(sentence: str, surface: str, want: str) -> None:
    by = {f.surface: f.metric for f in extract_figures([sentence], title="Spending")}
    assert by[surface] == want


def test_spent_on_phrase_stops_at_a_clause_and_at_a_cut_word() -> None:
    from reader.figures.compound import spent_on_phrase

    assert spent_on_phrase(" on new trams and buses, the city said") == "trams and buses"
    assert spent_on_phrase(" this year on weekend clinics which opened") == "weekend clinics"
    assert spent_on_phrase(" over five years on a new quantum computi") is None
    assert spent_on_phrase(" in total") is None


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # an accounting qualifier makes another measure of the word: kept with it
        ("The brewer said net debt fell to €410m at the end of June.", "€410m", "net debt"),
        ("Sales grew, while reported revenue climbed 6% to £88m.", "£88m", "reported revenue"),
        # the same participle after a name, a noun or a clause's comma is the verb
        ("Brackley Foods reported revenue of £88m for the year.", "£88m", "revenue"),
        ("Tarvin, which employs 900 people, reported profit of £12m.", "£12m", "profit"),
    ],
)
def test_measure_qualifiers(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # what a price is of, after a possessive: "the price of its family plan"
        (
            "The app will raise the price of its student plan by £2 to £7 a month.",
            "£7",
            "student plan price",
        ),
        # a participle that says which stuff: "prices for mixed paper"
        (
            "Prices for shredded cardboard dropped to £38 a tonne in March.",
            "£38",
            "shredded cardboard price per tonne",
        ),
    ],
)
def test_what_a_price_is_of(sentence: str, surface: str, want: str) -> None:
    figs = {f.surface: f.metric for f in extract_figures([sentence])}
    assert figs[surface] == want
