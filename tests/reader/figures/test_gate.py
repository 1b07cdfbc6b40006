"""Patterns answered with less work give the patterns' own answers."""

from __future__ import annotations

import random
import re

import pytest

from reader.figures.gate import Gated, WordChoice, led, word_led
from reader.figures.letters import CAP, LOWER, UPPER

_VERBS = re.compile(r"\b(?:rose|fell|has|will)\b", re.I)
_WORDS = ["rose", "Rose", "ROSE", "roses", "xrose", "rose_", "has", "h4s", "fell", "the", "will",
          "12", "é", "fellé", "Will"]  # fmt: skip


def _texts(n: int) -> list[str]:
    rng = random.Random(7)
    return [
        "".join(
            rng.choice(_WORDS) + rng.choice([" ", "", ",", "-"]) for _ in range(rng.randint(0, 7))
        )
        for _ in range(n)
    ]


def test_a_word_choice_finds_what_its_pattern_finds() -> None:
    choice = WordChoice(_VERBS)
    rng = random.Random(3)
    for text in _texts(3000):
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        want = [m.span() for m in _VERBS.finditer(text, pos, end)]
        assert [m.span() for m in choice.finditer(text, pos, end)] == want, (text, pos, end)
        got = choice.search(text)
        assert (got and got.span()) == ((m := _VERBS.search(text)) and m.span())


def test_a_word_choice_needs_whole_words_and_ignored_case() -> None:
    with pytest.raises(ValueError, match="whole words"):
        WordChoice(re.compile(r"\b(?:rose|fell)\b"))
    with pytest.raises(ValueError, match="whole words"):
        WordChoice(re.compile(r"\b(?:rose|fell to)\b", re.I))


def test_a_gated_pattern_answers_as_the_pattern() -> None:
    pattern = re.compile(r"\b(?:shares?|stock) (?:rose|fell)\b", re.I)
    gated = Gated(pattern, ("share", "stock"))
    for text in [*_texts(500), "Shares rose", "the STOCK fell", "shares rosé", "ſhares rose"]:
        for pos, end in ((0, len(text)), (1, max(1, len(text) - 1))):
            want = pattern.search(text, pos, end)
            got = gated.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())
        assert gated.findall(text) == pattern.findall(text)


_LED = [
    _VERBS,
    re.compile(r"(?:\bfrom|(?<!more )\bthan|\bvs\.?)(?: (?:a|the))* $", re.I),
    re.compile(r"\b(?:has|will) (?:\w+ )?(?:fell|rose)\b"),
    re.compile(r"[;:,]\s(?:and|will)\b|\bHas\b"),
]


@pytest.mark.parametrize("pattern", _LED)
def test_a_led_pattern_finds_what_its_pattern_finds(pattern: re.Pattern[str]) -> None:
    fast = led(pattern.pattern, pattern.flags)
    assert fast.pattern.startswith("(?=[")
    rng = random.Random(5)
    texts = [*_texts(2000), "more than the ", "ſ than a ", "K will rose", "from the "]
    for text in texts:
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        want = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text, pos, end)] == want, text


def test_a_pattern_whose_first_letter_cannot_be_told_is_kept() -> None:
    for source in (r"\b(?:a|b*)c", r"[a-z]+ rose", r"(?i:rose)|fell", r"\w+ (?:rose|fell)"):
        assert led(source).pattern == source


_WORD_LED = [  # (class, rest): the forms names.py uses
    (CAP, rf"[{UPPER}{LOWER}0-9&'\u2019-]{{1,30}}"),
    ("[a-z]", r"[a-z'-]{2,30}\b"),
    (CAP, rf"[{UPPER}{LOWER}0-9&.'-]{{0,30}}(?: {CAP}[{UPPER}{LOWER}'-]{{0,30}}){{0,4}}"),
]
_NAMED = ["Acme", "acme", "Ørsted", "Škoda", "x", "_A", "9B", "Mr", "MacOS", "it's", "Łódź", "é"]


@pytest.mark.parametrize(("first", "rest"), _WORD_LED, ids=["capital", "lower", "name"])
def test_a_word_led_pattern_finds_what_its_pattern_finds(first: str, rest: str) -> None:
    pattern = re.compile(r"\b" + first + rest)
    fast = word_led(first, rest)
    assert fast.pattern.startswith(first)  # (what lets the engine scan for the class)
    rng = random.Random(11)
    texts = [
        "".join(rng.choice(_NAMED) + rng.choice([" ", "", ",", "-", "\n", "'"]) for _ in range(9))
        for _ in range(2000)
    ]
    for text in texts:
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        want = [m.span() for m in pattern.finditer(text, pos, end)]
        assert [m.span() for m in fast.finditer(text, pos, end)] == want, (text, pos, end)
        assert fast.findall(text) == pattern.findall(text)


def test_word_led_needs_a_class() -> None:
    with pytest.raises(ValueError, match="character class"):
        word_led("A", "cme")


def test_the_clause_boundary_finds_the_boundaries_of_its_unled_form() -> None:
    """clause_split.py's boundary pattern, led and without its empty "^" alternative: the same
    boundaries (non-empty matches) at every start and end."""
    from reader.figures.clause_split import _BOUNDARY

    source = _BOUNDARY.pattern.split("(?:", 1)[1].removesuffix(")")
    unled = re.compile(source.replace(r"\bthat\s|", r"\bthat\s|^|", 1), re.I)
    assert "|^|" in unled.pattern
    rng = random.Random(2)
    texts = [
        "showed the Tesco held; while sales, but it said that Acme as it rose",
        "Data from Kantar showed Tesco held 27% — after a year, Ministers said",
        *(" ".join(rng.choice(["said", "As", "while", ";", "x,", "that", "shows", "The"])
                   for _ in range(8)) for _ in range(500)),
    ]  # fmt: skip
    for text in texts:
        lo = rng.randint(0, len(text))
        for pos, end in ((0, len(text)), (lo, rng.randint(lo, len(text)))):
            want = [m.span() for m in unled.finditer(text, pos, end) if m.end() > m.start()]
            assert [m.span() for m in _BOUNDARY.finditer(text, pos, end)] == want, text
