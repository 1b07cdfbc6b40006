"""Measures no vocabulary names, read from the sentence's structure (``heads.py``): the noun a
figure is "of", the subject after a verb of saying, nouns with an agent's ending that are not
agents; and what "will cost" is (``money_metric.py``)."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence
from reader.figures.measure_words import ACTORS, counted_people, measure_word
from reader.figures.measured import of_head, sized_noun


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # the noun the figure is "of", with an attributive noun before it
        ("The tournament offers prize money of A$1m to its winner.", "A$1m", "prize money"),
        ("Tenants face a bill of £2,400 a year under the scheme.", "£2,400", "bill"),
        ("The mill reported a surplus of about £3m for the year.", "£3m", "surplus"),
        ("The orchard expects a yield of 40% above the average.", "40%", "yield"),
        # the noun a figure written after a determiner sizes
        ("The harbour won a £50m grant to rebuild its pier.", "£50m", "grant"),
        ("The fund bought a 12% holding in the operator.", "12%", "holding"),
        # the subject after a verb of saying: what is said to have moved
        ("Shopkeepers say footfall dropped 6% on the high street.", "6%", "footfall"),
        ("Operators reported ridership slipped 3% in June.", "3%", "ridership"),
        # a lone lower-case subject in a clause of a sentence written with capitals
        ("Bus fares rose 2%, but ridership on its routes dropped 4%.", "4%", "ridership"),
        # a noun with an agent's ending that names a measure
        ("The surgical waiting list grew to 6.2m in May.", "6.2m", "waiting list"),
    ],
)  # fmt: skip
def test_a_measure_named_by_the_sentence_structure(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They pay a sum of ", None),  # how much, not of what
        ("It set a target of ", None),  # a status, not a measure
        ("A total of ", None),
        ("Shares hit a high of ", None),
        ("Investors of ", None),  # who acts
        ("It posted a recorded deficit of ", "deficit"),  # a participle is no attributive noun
        ("They agreed a transfer fee of about ", "transfer fee"),
        ("the council's Reserves of ", "reserves"),  # a capitalised common noun
    ],
)
def test_of_head_takes_measures_only(text: str, want: str | None) -> None:
    assert of_head(text + "£5m", len(text)) == want


def test_a_noun_with_an_agent_ending_is_a_measure_unless_it_names_who_acts() -> None:
    assert measure_word("list") and measure_word("orders") and measure_word("turnover")
    assert not measure_word("brokers") and not measure_word("economist")
    assert counted_people("users") and counted_people("riders")
    assert not any(counted_people(w) for w in ACTORS)


def test_what_will_cost_is_a_cost_unless_one_item_costs_it() -> None:
    assert _metric("The new bridge will cost about £85,000, the council said.", "£85,000") == "cost"
    assert _metric("The repairs would cost £40,000.", "£40,000") == "cost"
    assert _metric("A ticket will cost £95 for the final.", "£95") == "ticket price"
    assert _metric("The lamp, which costs $49.99, sold out.", "$49.99") == "price"


@pytest.mark.parametrize(
    ("before", "after", "want"),
    [
        ("It agreed a ", " bridging loan for the mill.", "bridging loan"),
        ("It agreed a ", " annual payment.", "payment"),  # an adjective is not kept
        ("It agreed a ", " annual.", None),  # an adjective alone names nothing
        ("It won a ", " grant helps the mill.", "grant"),  # a verb after the noun
        ("Staff won a ", " pay rise.", None),  # a change, not a measure
        ("Output rose ", " in June.", None),  # no determiner: the figure sizes no noun
        ("It expects a ", " year on year.", None),  # a time word
    ],
)
def test_sized_noun_takes_the_noun_a_figure_sizes(
    before: str, after: str, want: str | None
) -> None:
    text = before + "£5m" + after
    assert sized_noun(text, len(before), len(before) + 3) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # what was done to the things counted
        ("Storms last winter damaged more than 4,000 homes.", "4,000 homes", "homes damaged"),
        ("The carmaker recalled about 52,000 cars in Germany.", "52,000 cars", "cars recalled"),
        ("A survey of 3,400 renters found most faced rises.", "3,400 renters", "renters surveyed"),
        # a flow of people, or what a person owns, stays the count
        ("The port handled 2.1 million travellers.", "2.1 million travellers", "travellers"),
        ("The striker scored 23 goals last season.", "23 goals", "goals"),
        # a verb that says how many there are adds nothing
        ("The agency listed 4,000 homes this year.", "4,000 homes", "homes"),
        # a length or an area of something
        ("So far 88 kilometres of cable have been laid.", "88 kilometres", "length"),
        ("The fire destroyed 300 hectares of forest.", "300 hectares", "area"),
    ],
)  # fmt: skip
def test_a_counts_metric_from_what_was_done_to_it(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Pensions, which take up 28% of the budget, will grow again.", "28%", "share of budget"),
        ("Grants cover only 15% of its costs, the museum said.", "15%", "share of costs"),
        ("Exports make up 60% of output.", "60%", "share of output"),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_measure_is_a_share_of_it(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The bank held €142 billion of deposits last year.", "€142 billion", "deposits"),
        # money a firm processed is its volume (money_named.py)
        ("The exchange processed €142 billion of payments last year.", "€142 billion",
         "payment volume"),
        ("Storms caused £410m of damage across the region.", "£410m", "damage"),
        ("It used £2m of taxpayers' money.", "£2m", None),  # whose money, not what it is
    ],
)  # fmt: skip
def test_money_of_what_it_is_made_of(sentence: str, surface: str, want: str | None) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Grocers reported a 6% drop in footfall over Easter.", "6%", "footfall"),
        ("There was a fall of 3% in bookings at the resort.", "3%", "bookings"),
        ("Analysts expect a 5% rise in the year ahead.", "5%", None),  # a time, no measure
    ],
)  # fmt: skip
def test_what_a_change_written_as_a_noun_is_in(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _metric(sentence, surface) == want
