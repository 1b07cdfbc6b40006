"""Names the story's owner count (reader/figures/owner.py) leaves out or counts apart: a name
opening on a nationality is counted by its next word ("Swedish" is in every sentence of a
Swedish jobs story), a day named for an event ("Black Friday"), a person with a capitalised
title ("Finance Minister Kenji Arakawa"), a byline's writer. Written here, session 51, after
the development rounds' stories whose figures went to those names."""

from __future__ import annotations

from reader.figures.names import story_names
from reader.figures.owner import story_owner
from reader.text.story_split import story_sentences


def _owner(paragraphs: list[str], title: str | None = None) -> str | None:
    sentences = list(story_sentences(paragraphs).sentences)
    return story_owner(title, sentences, story_names("\n".join(paragraphs)))


def test_a_name_opening_on_a_nationality_is_counted_by_its_next_word() -> None:
    story = [
        "Swedish unemployment fell for a third month in April, official figures showed.",
        "Swedish builders took on 11,000 workers and Swedish factories another 4,000.",
        "Figures from the Swedish Public Employment Service showed 362,500 jobseekers.",
        "Swedish wages rose 3.1% in the year to April.",
    ]
    assert _owner(story) != "Swedish Public Employment Service"


def test_a_day_named_for_an_event_is_no_owner() -> None:
    story = [
        "Australians spent more at the shops in October as early Black Friday deals drew buyers.",
        "Black Friday sales now start in the last week of October for some retailers.",
        "Retailers expect Black Friday and Cyber Monday to bring in $6.8 billion.",
    ]
    assert _owner(story, "Shoppers open their wallets early for Black Friday") != "Black"


def test_a_person_with_a_capitalised_title_is_no_owner() -> None:
    story = [
        "Finance Minister Kenji Arakawa said the budget would cut new borrowing.",
        "Finance Minister Kenji Arakawa told reporters the debt was a concern.",
        "The budget totals ¥122 trillion, Finance Minister Kenji Arakawa said.",
    ]
    assert _owner(story) is None


def test_a_bylines_writer_is_no_owner() -> None:
    # the lede opens on the firm's description, so the byline's name was the last sentence
    # subject the later "It ..." sentences were counted for
    story = [
        "By Luiza Tavares — São Paulo",
        "Online marketplace Vitrine Digital S.A. reported revenue of R$2.66 billion.",
        "It said orders rose 8%.",
        "It expects growth to slow.",
        "It will hire 400 people.",
        "Its shares rose 4%.",
    ]
    assert _owner(story, "Vitrine Digital's sales rise 23%") != "Luiza Tavares"
