"""A count's measure named by its noun's class (classes.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.classes import noun_class


def test_head_nouns_of_one_class_name_one_measure() -> None:
    assert noun_class("arrivals") == "visitors"
    assert noun_class("foreign overnight guests") == "visitors"
    assert noun_class("travellers") == "passengers"
    assert noun_class("subs") == "subscribers"
    assert noun_class("mortgages") == "loans"
    assert noun_class("workers") == "employees"


def test_other_nouns_and_longer_measures_stay() -> None:
    assert noun_class("incidents") == "incidents"  # no class: the noun is the measure
    assert noun_class("spending per visitor") == "spending per visitor"
    assert noun_class("share of visitors") == "share of visitors"
    assert noun_class("jobs cut") == "jobs cut"
    assert noun_class(None) is None


def test_a_count_of_arrivals_is_a_count_of_visitors() -> None:
    figs = extract_figures(["Japan welcomed 33.2 million foreign arrivals last year."])
    assert [f.metric for f in figs] == ["visitors"]


def test_seats_and_beds_are_capacity_and_function_words_no_metric() -> None:
    assert noun_class("seats") == "capacity"
    assert noun_class("beds") == "capacity"
    assert noun_class("this") is None


def test_the_class_word_itself_keeps_the_words_that_say_which() -> None:
    from reader.figures.classes import noun_class

    assert noun_class("social rent homes") == "social rent homes"
    assert noun_class("holiday flats") == "homes"
    assert noun_class("homes") == "homes"
    assert noun_class("fired employees") == "employees"
