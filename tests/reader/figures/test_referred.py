"""referred.py: a change set out as still to come, named again as a sentence's subject."""

from __future__ import annotations

from reader.figures import extract_figures, parse_sentence


def _story_status(paragraphs: list[str], surface: str) -> str | None:
    return next(f for f in extract_figures(paragraphs) if f.surface == surface).status


def test_the_rise_after_a_rise_from_april_is_planned() -> None:
    story = [
        "Tenants of Marlow Homes will pay 6% more rent from April, the landlord said on Friday.",
        "The rise adds £7.20 a week to a typical bill, taking it to £127.20.",
    ]
    assert _story_status(story, "£7.20") == "planned"
    assert _story_status(story, "£127.20") == "planned"


def test_the_rise_after_a_past_rise_stays_actual() -> None:
    story = [
        "Tenants of Marlow Homes paid 6% more rent last year, the landlord said on Friday.",
        "The rise added £7.20 a week to a typical bill, taking it to £127.20.",
    ]
    assert _story_status(story, "£7.20") is None


def test_named_cuts_whose_sentence_looks_ahead() -> None:
    sentence = "The job cuts, which include 75 nursing posts, will save about £4m a year."
    fig = next(f for f in parse_sentence(sentence) if f.surface == "75 nursing posts")
    assert fig.status == "planned"


def test_the_whole_a_named_cut_is_taken_from_stays_actual() -> None:
    sentence = "The cuts, about 5% of its 8,000 staff, will fall mostly in Leeds."
    fig = next(f for f in parse_sentence(sentence) if f.surface == "8,000 staff")
    assert fig.status is None


def test_a_sum_still_possible_is_a_forecast() -> None:
    sentence = "The sale raised £9m, with a further £2m possible in bonuses."
    fig = next(f for f in parse_sentence(sentence) if f.surface == "£2m")
    assert fig.status == "forecast"


def test_more_likely_than_is_no_forecast() -> None:
    sentence = "Girls were 12% more likely than boys to pass the test in 2019."
    fig = next(f for f in parse_sentence(sentence) if f.surface == "12%")
    assert fig.status is None


def test_a_verb_before_the_change_noun_names_no_change() -> None:
    story = [
        "The minister will publish the plan next week.",
        "The survey shows rises of 4.5% at the ports agency.",
    ]
    assert _story_status(story, "4.5%") is None
