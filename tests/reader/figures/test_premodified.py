"""A figure's metric given the words its own noun phrase writes before it (premodified.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.around import held_by
from reader.figures.premodified import modifiers, premodified
from reader.model import Figure


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


def _fig(surface: str, metric: str, kind: str = "money", unit: str | None = "GBP") -> Figure:
    return Figure(surface=surface, kind=kind, value=1.0, unit=unit, metric=metric)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "surface", "metric", "want"),
    [
        # "X of N": a participle opened by a verb says which
        (
            "Tarnwell posted underlying operating profit of £8.2m.",
            "£8.2m",
            "operating profit",
            "underlying operating profit",
        ),
        (
            "The firm forecast adjusted operating margin of 9%.",
            "9%",
            "operating margin",
            "adjusted operating margin",
        ),
        # "X rose N to M": a verb's base form is a noun after a linking word
        ("Margins slipped as feed costs jumped 12% to £40m.", "£40m", "costs", "feed costs"),
        ("The average premium was £612.", "£612", "premium", "average premium"),
        # a kind word of results ("comparable", "headline"), an -able one among them
        (
            "It expects a comparable EBIT margin of 16%.",
            "16%",
            "EBIT margin",
            "comparable EBIT margin",
        ),
        (
            "It sees headline earnings per share of 412 cents.",
            "412 cents",
            "earnings per share",
            "headline earnings per share",
        ),
        ("Charitable spending rose to £14.9m.", "£14.9m", "spending", "charitable spending"),
        # a participle opening the sentence modifies the measure; a gerund there does not
        (
            "Underlying operating profit rose 7% to £40m.",
            "£40m",
            "operating profit",
            "underlying operating profit",
        ),
        ("Adjusted earnings rose to £5m.", "£5m", "earnings", "adjusted earnings"),
        ("Cutting costs saved the firm £5m.", "£5m", "costs", "costs"),
        # a time or degree word that names a measure of its own ("monthly active users")
        ("Annual revenue rose to £9m.", "£9m", "revenue", "annual revenue"),
        ("Its total assets reached £9m.", "£9m", "assets", "total assets"),
        ("Monthly active users rose 4% to 2m.", "4%", "active users", "monthly active users"),
        ("The new budget of £9m was set.", "£9m", "budget", "budget"),
        # what is no measure's kind stays out
        ("Kelbrook reported profit of £5m.", "£5m", "profit", "profit"),
        ("It posted a considerable profit of £5m.", "£5m", "profit", "profit"),
        ("It plans to cut costs by £3m.", "£3m", "costs", "costs"),
        ("Retailers usually offer big discounts of 30%.", "30%", "discounts", "discounts"),
        ("Higher costs of £2m hit the quarter.", "£2m", "costs", "costs"),
        # a comma between the measure and the figure: not the figure's own phrase
        ("Its net debt, the bank said, reached £4m.", "£4m", "debt", "debt"),
    ],
)
def test_premodifiers_of_the_figures_own_phrase(
    text: str, surface: str, metric: str, want: str
) -> None:
    fig = _fig(surface, metric, "percent" if surface.endswith("%") else "money")
    assert premodified(fig, text, text.index(surface)) == want


def test_a_metric_of_four_words_is_left() -> None:
    text = "It posted underlying adjusted operating profit margin of 7%."
    fig = _fig("7%", "adjusted operating profit margin", "percent", "%")
    assert premodified(fig, text, text.index("7%")) == "adjusted operating profit margin"


def test_modifiers_need_an_opened_phrase() -> None:
    assert modifiers(["the", "chain", "said", "monthly", "active"]) == ["monthly", "active"]
    assert modifiers(["the", "chain", "said", "record", "active"]) == ["active"]
    assert modifiers(["Farmers", "typically", "receive", "steep"]) == []
    assert modifiers(["prices", "were", "expected", "to", "reach", "peak"]) == []


def test_a_verbs_base_form_is_a_noun_after_said_or_at_the_start() -> None:
    # "fuel" may be a verb ("firms fuel growth"); after "said" or opening the sentence it is
    # the measure's kind
    assert modifiers(["The", "airline", "said", "fuel"]) == ["fuel"]
    assert modifiers(["fuel"], opens=True) == ["fuel"]
    assert modifiers(["Firms", "fuel"]) == []
    assert _metrics("Fuel costs fell to $161 million from $176 million.")["$161 million"] == (
        "fuel costs"
    )


@pytest.mark.parametrize(
    ("text", "surface", "unit", "want"),
    [
        (
            "Its rewards scheme has 2.1 million members.",
            "2.1 million members",
            "members",
            "rewards scheme members",
        ),
        (
            "The orchestra's youth wing, which has 85 musicians, tours in May.",
            "85 musicians",
            "musicians",
            "youth wing musicians",
        ),
        # a firm or body that has them is whose they are, not which
        (
            "The company now has 9,000 subscribers.",
            "9,000 subscribers",
            "subscribers",
            "subscribers",
        ),
    ],
)
def test_the_holder_of_a_count(text: str, surface: str, unit: str, want: str) -> None:
    fig = _fig(surface, unit, "count", unit)
    assert held_by(fig, text, text.index(surface)) == want


def test_in_the_pipeline_a_base_shares_the_longer_metric() -> None:
    got = _metrics(
        "Halvard said underlying operating profit fell to £31m from £36m a year earlier."
    )
    assert got["£31m"] == "underlying operating profit"
    assert got["£36m"] == "underlying operating profit"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # what a bare measure is of, for or on, before its verb
        ("Sales of its garden furniture rose 12% to £40m.", "£40m", "garden furniture sales"),
        ("Funding for roads and bridges falls to £61m.", "£61m", "roads and bridges funding"),
        ("Revenue from advertising came to $18 million.", "$18 million", "advertising revenue"),
        # whose it is, or a verb's -ing, is no kind of measure
        ("Sales of the company rose 3% to £1bn.", "£1bn", "sales"),
        ("The cost of living rose 3%.", "3%", "cost"),
        # a sum added to or taken off a measure is a change of it
        ("Higher cocoa prices added £18m to costs.", "£18m", "costs"),
        ("The recall wiped about $3 billion off its market value.", "$3 billion", "market value"),
        ("Automation took £6m off annual staff costs.", "£6m", "staff costs"),
        # another figure after "to" is no measure
        ("Nickel added 0.8% to $16,400 a tonne.", "0.8%", "nickel price"),
    ],
)
def test_what_a_bare_measure_is_of_or_a_sum_is_added_to(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


@pytest.mark.parametrize(
    ("sentences", "surface", "want"),
    [
        # the part whose share a percentage is, right before its verb
        (["Lunch now accounts for 31% of sales."], "31%", "lunch share of sales"),
        (["Mobile bookings made up 64% of the total."], "64%", "share of mobile bookings"),
        # a name is whose share it is, not a part
        (
            ["Dunhallow sells boots in 12 countries.", "Dunhallow accounts for 18% of sales."],
            "18%",
            "share of sales",
        ),
        # the sentence's capital is no name
        (["Freight costs jumped 9% to £31m."], "£31m", "freight costs"),
        # a place before the phrase keeps it open
        (["Norwegian salmon exports rose 6% to £2bn."], "£2bn", "salmon exports"),
        # an economy's growth is its GDP's
        (["The economy grew 2.6% in the year to June."], "2.6%", "GDP growth"),
        (["Ministers expect the economy to grow 1.2% next year."], "1.2%", "GDP growth"),
    ],
)
def test_named_in_its_story(sentences: list[str], surface: str, want: str) -> None:
    got = {f.surface: f.metric for f in extract_figures(sentences)}
    assert got[surface] == want


def test_a_name_opening_the_sentence_is_whose_not_which() -> None:
    text = "Orwell deposits rose 5% to £9m."
    fig = _fig("£9m", "deposits")
    assert premodified(fig, text, text.index("£9m"), frozenset(["Orwell"])) == "deposits"
    assert premodified(fig, text, text.index("£9m")) == "orwell deposits"


def test_verbs_and_manner_words_are_no_kind_of_measure() -> None:
    # a word after a pronoun or an auxiliary is a verb
    assert modifiers(["It", "leaves"]) == []
    assert modifiers(["The", "board", "has", "left"]) == []
    # a verb's base form after a pronoun-like "that" is a verb
    assert modifiers(["new", "orders", "that", "push"]) == []
    # adjectives of manner or degree
    assert modifiers(["its", "dominant"]) == []
    assert modifiers(["the", "sluggish"]) == []
    # a participle after a preposition is the clause's verb ("after revealing debts of")
    assert modifiers(["the", "firm", "collapsed", "after", "revealing"]) == []
    # nouns with such endings still say which
    assert modifiers(["the", "restaurant"]) == ["restaurant"]
    assert modifiers(["the", "official", "cash"]) == ["official", "cash"]


def test_a_sum_added_to_no_measure() -> None:
    got = _metrics("The pound added 0.5% to break through the $1.90 level.")
    assert got["0.5%"] != "break through"


def test_a_base_takes_the_longer_name_any_rule_gave_its_sentence() -> None:
    got = _metrics("Insurers paid out £90m in storm claims, up from £70m a year earlier.")
    assert got["£90m"] == "storm claims"
    assert got["£70m"] == "storm claims"


def test_the_measure_written_as_a_plural_of_the_vocabulary() -> None:
    got = _metrics("Squad wages increased by £2.1 million to £9.4 million.")
    assert got["£9.4 million"] == "squad wages"
    # a verb of the vocabulary is no noun phrase's head
    got = _metrics("The Leeds-based builder owed more than £40m to suppliers.")
    assert got["£40m"] != "builder owed"
    # nor is a plural the verb itself
    got = _metrics("The investor's offer values the team at £300m.")
    assert got["£300m"] != "offer values"


def test_a_measures_acronym_in_brackets_keeps_the_word_before_it() -> None:
    from reader.figures import extract_figures

    (eps, base) = extract_figures(["- Diluted earnings per share (EPS) of C$2.14, against C$1.93"])
    assert eps.metric == "diluted earnings per share" == base.metric
