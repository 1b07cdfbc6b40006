"""The plain-string word searches that stand in for a regex compiled per word say exactly
what those regexes say."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures import _written_alone
from reader.figures.word_search import BEFORE_NAME, named_again, whole_word

LETTERS = st.sampled_from(["a", "b", "A", "_", "-", " ", ".", "&", "é", "٣", "'", "\n", "the "])
TEXT = st.lists(LETTERS, max_size=14).map("".join)
WORD = st.lists(LETTERS, min_size=1, max_size=4).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXT, WORD)
def test_written_alone_is_the_lookaround_regex(text: str, word: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    assert _written_alone(text, word) == (re.search(pattern, text) is not None)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.lists(LETTERS, max_size=4).map("".join))
def test_whole_word_is_the_boundary_regex(text: str, needle: str) -> None:
    pattern = r"\b" + re.escape(needle) + r"\b"
    assert whole_word(text, needle) == (re.search(pattern, text) is not None)


def _named_again_by_regex(name: str, later: list[str]) -> bool:
    """What ``named_again`` computes, one compiled pattern per name."""
    words = name.split()
    # the first word, but not as a later word of a longer name ("Home Builders Council")
    first = re.compile(r"\b" + re.escape(words[0]) + r"\b")
    inside = re.compile(r"(?:^| )(?!(?:" + "|".join(BEFORE_NAME) + r") )[A-Z][^\W\d_]* $")

    def alone(text: str) -> bool:
        return any(
            not (inside.search(text[: m.start()]) and text[: m.start()].split(" ")[-2].isalpha())
            for m in first.finditer(text)
        )

    if any(alone(s[:2000]) for s in later):
        return True
    pattern = r"(?!x)x"  # the first word is done
    if len(words) > 1 and words[-1].isalpha():
        pattern += r"|\b[Tt]he " + re.escape(words[-1].lower()) + r"\b"
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{2,}s", words[-1]):
        pattern += r"|\b[Tt]he " + re.escape(words[-1]) + r"\b"
    if len(words) > 1 and words[-1] in ("Rovers", "Athletic", "City"):
        pattern += r"|\b" + re.escape(words[-1]) + r"\b"
    if len(words) > 1 and words[0].lower() in ("storm", "fund"):
        pattern += r"|\b[Tt]he " + re.escape(words[0].lower()) + r"\b"
    again = re.compile(pattern)
    return any(again.search(s[:2000]) for s in later)


NAMES = st.sampled_from(
    [
        "Acme",
        "Acme Mutual",
        "Storm Isolde",
        "AT&T",
        "Co.",
        "Fund X",
        "Bolt Motors 2",
        "é",
        "Kestrel Rovers",
        "Hollins Athletic",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    NAMES,
    st.lists(
        TEXT.map(lambda t: t + " Acme the mutual The storm co. at&t the Rovers Athletic, Big Acme"),
        max_size=3,
    ),
)
def test_named_again_is_the_old_pattern(name: str, later: list[str]) -> None:
    assert named_again(name, later) == _named_again_by_regex(name, later)


def test_named_again_examples() -> None:
    assert named_again("Ashgrove Mutual", ["Shares in the mutual fell."])
    assert named_again("Storm Isolde", ["The storm hit."])
    assert not named_again("Acme", ["Acmes are common."])
    assert named_again("Kestrel Rovers", ["The Rovers' wage bill rose."])  # a team's short name
    assert not named_again("Two UK", ["Gamers in the UK spent more."])  # a place, not a team
    assert named_again("Hollins Athletic", ["Athletic, by contrast, made a profit."])  # a club
    assert not named_again("Hollins Athletic", ["Athletics clubs made a profit."])
    # a later word of a longer name is not the lead's name written again
    assert not named_again("Builders", ["said the chief of the Home Builders Council."])
    assert named_again("Builders", ["The Builders said so."])  # "The" stands before names
    assert named_again("Acme", ["Home Acme and Acme alone."])


def test_a_firm_named_again_without_its_first_word_of_kind() -> None:
    # the lead's full name, the short one later; a legal form is no part of the short name
    assert named_again("Hoteles Caribe Real S.A.", ["Caribe Real plans to open a hotel."])
    assert named_again("PT Nusantara Seluler Tbk", ["Nusantara Seluler said it would."])
    assert not named_again("Hoteles Caribe Real S.A.", ["Real estate prices rose."])
    assert not named_again("Bank of Kestrel Valley", ["Kestrel Valley farms grew."])
