"""A count of things a verb acts on is measured as the things acted on (verbed.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.verbed import acting_verb, verbed_counts
from reader.model import Figure


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("The chain opened", "opened"),  # a regular past tense
        ("Harbour Foods sold about", "sold"),  # an irregular one, a hedge between
        ("It plans to hire", "hired"),  # a base form after "to"
        ("The port will buy a further", "bought"),  # an irregular base form
        ("The council would plan", "planned"),  # one syllable: the consonant doubled
        ("The firm will bury", "buried"),
        ("The museum will open", "opened"),  # two syllables: not doubled
    ],
)
def test_the_participle_of_the_verb_before_the_count(head: str, want: str) -> None:
    assert acting_verb(head + " ") == want


@pytest.mark.parametrize(
    "head",
    [
        "The group had",  # a verb of having: the level itself
        "Membership reached",
        "The company employed",
        "It expected",
        "Sales rose to",  # a move to a level, not an act on the things
        "It has about",
        "The pool is used by",
        "It said on Monday that",
    ],
)
def test_no_acting_verb(head: str) -> None:
    assert acting_verb(head + " ") is None


def _count(surface: str, unit: str, metric: str | None, sentence: int = 0) -> Figure:
    return Figure(surface, "count", 1.0, unit, metric=metric, sentence_index=sentence)


def test_only_a_count_measured_by_its_own_noun_takes_the_verb() -> None:
    text = "Tovell opened 31 cafes and axed 200 jobs."
    got = verbed_counts(
        [_count("31 cafes", "cafes", "cafes"), _count("200 jobs", "jobs", "jobs cut")], [text]
    )
    assert [f.metric for f in got] == ["cafes opened", "jobs cut"]
    assert got[0].measure == "cafes"


def test_a_count_with_no_metric_takes_its_noun_and_the_verb() -> None:
    got = verbed_counts([_count("12 ferries", "ferries", None)], ["It will buy 12 ferries."])
    assert got[0].metric == "ferries bought"


def test_money_and_counts_without_a_verb_are_left() -> None:
    money = Figure("$5m", "money", 5e6, "USD", metric=None, sentence_index=0)
    count = _count("40 branches", "branches", "branches")
    got = verbed_counts([money, count], ["Its 40 branches cost $5m."])
    assert [f.metric for f in got] == [None, "branches"]


def test_extracted_counts_say_what_was_done() -> None:
    figs = extract_figures(["Marlow Cinemas opened 14 screens in the year and closed 3 sites."])
    by_surface = {f.surface: f.metric for f in figs}
    assert by_surface.get("14 screens") == "screens opened"


def test_a_participle_after_the_count_says_what_was_done() -> None:
    text = "Half of the 1,500 drivers polled by the union said they would strike."
    got = verbed_counts([_count("1,500 drivers", "drivers", "drivers")], [text])
    assert got[0].metric == "drivers polled"
    text = "Of the 1,500 drivers expected by Friday, half came."  # a level verb
    got = verbed_counts([_count("1,500 drivers", "drivers", "drivers")], [text])
    assert got[0].metric == "drivers"


def test_a_stressed_last_syllable_doubles_its_consonant() -> None:
    assert acting_verb("The bank will transfer ") == "transferred"
    assert acting_verb("The club will admit ") == "admitted"
    assert acting_verb("The shop will offer ") == "offered"
    assert acting_verb("The council will limit ") == "limited"


def test_no_participle_for_a_phrasal_verb_or_a_second_object() -> None:
    text = "The scheme brought 9,000 nurses back into work."
    got = verbed_counts([_count("9,000 nurses", "nurses", "nurses")], [text])
    assert got[0].metric == "nurses"
    text = "It will give 200 tenants the right to buy."
    got = verbed_counts([_count("200 tenants", "tenants", "tenants")], [text])
    assert got[0].metric == "tenants"
    text = "The plant will make 300,000 engines a year."  # a rate, not a second object
    got = verbed_counts([_count("300,000 engines", "engines", "engines")], [text])
    assert got[0].metric == "engines made"


def test_units_sold_names_the_things_sold() -> None:
    text = "The club sold 4,200 season tickets, up from 3,900 last season."
    sold = _count("4,200 season tickets", "season tickets", "units sold")
    base = Figure("3,900", "count", 3900.0, None, metric="units sold", sentence_index=0)
    got = verbed_counts([sold, base], [text])
    assert [f.metric for f in got] == ["season tickets sold", "season tickets sold"]
    assert got[0].measure == "units sold"


def test_a_counting_noun_names_nothing_sold() -> None:
    text = "The paper sold 19,000 copies a day."
    got = verbed_counts([_count("19,000 copies", "copies", "units sold")], [text])
    assert got[0].metric == "units sold"


def test_sold_things_in_a_story() -> None:
    text = "Harwick Motors sold 52,000 vans in Europe in the half, down from 58,000 a year earlier."
    figs = {f.surface: f.metric for f in extract_figures([text])}
    assert figs["52,000 vans"] == "vans sold"
    assert figs["58,000"] == "vans sold"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("At least 60 homes have been flattened by the storm.", "60 homes", "homes flattened"),
        ("About 35 bridges were inspected last month.", "35 bridges", "bridges inspected"),
        # the whole a part is counted of: the part, not the whole, was delayed
        ("It said 9 of its 140 planned depots had been delayed.", "140 planned depots", None),
    ],
)
def test_a_passive_after_the_count(text: str, surface: str, want: str | None) -> None:
    figs = {f.surface: f.metric for f in extract_figures([text])}
    if want is None:
        assert "delayed" not in (figs[surface] or "")
    else:  # the participle after the noun or before it ("flattened barns"): both say which
        assert sorted((figs[surface] or "").split()) == sorted(want.split())


def test_a_makers_kind_of_goods_stays_units_sold() -> None:
    text = "The carmaker sold 840,000 vehicles in the year."
    got = verbed_counts([_count("840,000 vehicles", "vehicles", "units sold")], [text])
    assert got[0].metric == "units sold"


def test_an_act_written_as_a_noun_before_the_count_names_it_done() -> None:
    text = "The plan means the closure of 40 branches and the sale of 1,146 sheep."
    got = verbed_counts(
        [_count("40 branches", "branches", None), _count("1,146 sheep", "sheep", "sale")], [text]
    )
    assert [f.metric for f in got] == ["branches closed", "sheep sold"]
    # a measure another rule named stays, and an act's name with no act before the count too
    text = "The company cut 300 jobs; its sale rose to 12 stores."
    got = verbed_counts(
        [_count("300 jobs", "jobs", "jobs cut"), _count("12 stores", "stores", "sale")], [text]
    )
    assert [f.metric for f in got] == ["jobs cut", "sale"]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("Inspectors found more than", "found"),
        ("Crews laid", "laid"),
        ("It will rebuild", "rebuilt"),
    ],
)
def test_more_irregular_verbs(head: str, want: str) -> None:
    assert acting_verb(head + " ") == want


def test_a_count_that_is_a_reported_clauses_subject_is_not_acted_on() -> None:
    found = "A review found 4,200 patients had waited more than a year."
    got = verbed_counts([_count("4,200 patients", "patients", "patients")], [found])
    assert got[0].metric == "patients"
    planned = "Plans to close 40 branches have been approved."
    got = verbed_counts([_count("40 branches", "branches", "branches")], [planned])
    assert got[0].metric == "branches closed"


def test_adding_things_that_are_no_staff_is_no_jobs_added() -> None:
    [aircraft] = extract_figures(["The airline will add 20 aircraft next year."])
    assert aircraft.metric != "jobs added"
    [pilots] = extract_figures(["The airline will hire 300 pilots next year."])
    assert pilots.metric in ("jobs added", "pilots hired")
