"""A lede's tense and a reporting clause: what the verb of a first sentence says about a gap."""

from __future__ import annotations

import pytest

from reader.story.boundary.lede import LEDE_FEATURES, lede_features
from reader.story.boundary.verbs import (
    introduces_defined,
    news_tense,
    opens_back,
    reported_opening,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A bakery in Tolworth has won a national award for its sourdough.",
        "Plans for a skate park beside the river have been approved by councillors.",
        "The Harbour Trust, which owns the old pier, is to sell it to a hotel group.",
        "Commuters in the valley are being warned of delays while the bridge is painted.",
        "Shoppers are spending less on clothes than at any time in a decade.",
        "Two ferry companies have now agreed to share a timetable.",
    ],
)
def test_a_lede_in_the_tense_of_news(sentence: str) -> None:
    assert news_tense(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery opened in 1962 and employs nine people.",
        "The owner said sales had doubled since the award.",
        "The club has two teams and a waiting list.",  # possession, not a perfect
        "Residents have to apply by the end of March.",  # "have to": obligation
        "The work was finished after the contractor has left.",  # perfect only in a sub-clause
        "It will reopen in the spring.",
    ],
)
def test_a_body_sentence_is_not(sentence: str) -> None:
    assert not news_tense(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master said the pier would close at dusk.",
        "Parents said they had not been told.",
        "Head of operations Dana Wick said the line would reopen on Monday.",
        "the trust says the gates are leaking.",
    ],
)
def test_a_sentence_opening_with_who_said_so(sentence: str) -> None:
    assert reported_opening(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board has said it will not sell the pier.",  # a perfect: a lede's
        "A lorry overturned on the bypass on Tuesday morning, police said.",  # said at the end
        "Ferries will run every hour from June.",
    ],
)
def test_a_lede_or_a_fact_is_not_reported(sentence: str) -> None:
    assert not reported_opening(sentence)


def test_the_lede_features_read_the_first_sentence_only() -> None:
    texts = [
        "A bakery in Tolworth has won a national award for its sourdough.",
        "The owner said sales had doubled. Plans for a café have been approved.",
        "A market town has been named the friendliest in the county.",
    ]
    second = dict(zip(LEDE_FEATURES, lede_features(texts, 1), strict=True))
    third = dict(zip(LEDE_FEATURES, lede_features(texts, 2), strict=True))
    assert (second["news_tense"], second["reported"]) == (0.0, 1.0)
    assert (third["news_tense"], third["reported"]) == (1.0, 0.0)


def test_the_lede_tense_counts_for_a_new_subject_only() -> None:
    k = LEDE_FEATURES.index("news_tense")
    texts = [
        "A ferry company in Portwick has cancelled its winter crossings.",
        "The ferry company has blamed the price of fuel.",  # "The <noun>" the text used
        "It has also laid off nine crew.",  # a pronoun goes on the story
        "In the meantime, islanders have asked for a subsidy.",  # a scene-setting phrase
        "A bakery in Tolworth has won a national award for its sourdough.",
        "the bakery has opened a second shop.",  # lower-case, the same second reference
    ]
    assert [lede_features(texts, i)[k] for i in range(1, 6)] == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert opens_back("Its owner has sold it.") and not opens_back("Owners have sold it.")


@pytest.mark.parametrize(
    ("sentence", "shape"),
    [
        ("A cyclist who rode through a red light has been fined £300.", True),
        ("Four students whose flat flooded are to get their rent back.", True),
        ("Three teenagers who sprayed paint on a memorial have been given a curfew.", True),
        ("A nurse who has worked at the hospice for 30 years has been made an MBE.", True),
        ("A neighbour who has lived on the street for years said it was new.", False),
        ("Drivers who are using the ring road reported long queues.", False),  # not "a"/counted
        ("A nurse who works at the hospice said the garden was loved.", False),  # no lede tense
        ("The cyclist who rode through a red light has been fined.", False),  # not a new subject
        ("A bakery in Tolworth has won a national award.", False),  # no relative clause
    ],
)
def test_a_new_subject_a_relative_clause_defines(sentence: str, shape: bool) -> None:
    assert introduces_defined(sentence) is shape
