"""Whom references mean in lower-case text (lower_refs.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lower_refs import lower_prior


def test_lower_prior_follows_a_possessive_opener_through_references() -> None:
    sentences = [
        "dunmore energy said profit rose 8% to £90m.",
        "pellam oil's output fell 3%, and the group said it would cut 200 jobs.",
        "she said it would sell 4 rigs.",
        "the group has £1.2bn of debt.",
        "analysts said the sector had 9 listed firms.",
    ]
    assert lower_prior(sentences, 1) == "pellam oil"  # the sentence's own opener
    assert lower_prior(sentences, 3) == "pellam oil"  # through "she said it", "the group"
    assert lower_prior(sentences, 4) is None  # the chain breaks at "analysts"
    assert lower_prior(["it's also raising prices by 5%."], 0) is None  # "it's" is no name


def test_a_lower_case_rivals_references_are_the_rivals() -> None:
    story = [
        "dunmore energy said on monday its profit rose 8% to £90m.",
        "dunmore energy also raised its dividend to 12p.",
        "pellam's revenue fell 3% to £400m, and the group said it would cut its dividend to "
        "4p from 6p.",
        "the group has £1.2bn of debt.",
    ]
    subjects = {f.surface: f.subject for f in extract_figures(story)}
    assert subjects["12p"] == "dunmore energy"
    assert subjects["4p"] == "pellam"
    assert subjects["£1.2bn"] == "pellam"
