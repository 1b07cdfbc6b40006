"""The words a ``Gated`` pattern is searched behind: every match of the pattern holds one of
them (read from the parsed pattern, so a word list that leaves out an alternative fails here
before it changes a figure), and a name's title is looked for only where one ends."""

from __future__ import annotations

import random
import re
from re import _constants, _parser  # type: ignore[attr-defined]  # (no stubs)
from typing import Any

import pytest

from reader.figures import bases, home_currency, planned, status
from reader.figures.gate import Gated, led
from reader.figures.letters import TITLED_PERSON, named_after_title, title_before

_MOST = 5000  # spellings followed before a sequence is given up as too many


def _spellings(items: list[Any]) -> set[str] | None:
    """Every text (lower case) the parsed ``items`` can match when they are a short choice of
    literals (zero-width items match ""), else None."""
    found = {""}
    for op, av in items:
        one = _spellings_of(op, av)
        if one is None:
            return None
        found = {a + b for a in found for b in one}
        if len(found) > _MOST:
            return None
    return found


def _spellings_of(op: Any, av: Any) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(av).lower()}
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {""}
    if op is _constants.IN and all(o is _constants.LITERAL for o, _ in av):
        return {chr(a).lower() for _, a in av}
    if op is _constants.SUBPATTERN:
        return _spellings(list(av[3]))
    if op is _constants.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            one = _spellings(list(alternative))
            if one is None:
                return None
            found |= one
        return found
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[1] <= 1:
        one = _spellings(list(av[2]))
        return None if one is None else one | ({""} if av[0] == 0 else set())
    return None


def _holds(items: list[Any], words: tuple[str, ...]) -> bool:
    """Whether every match of ``items`` holds one of ``words``: some run of literals in it has
    a word in each of its spellings, or a part of it does (a choice: each alternative does)."""
    run: set[str] = {""}
    for op, av in [*items, (None, None)]:
        one = _spellings_of(op, av) if op is not None else None
        if one is not None:
            run = {a + b for a in run for b in one}
            if len(run) <= _MOST:
                continue
        elif "" not in run and all(any(w in s for w in words) for s in run):
            return True
        run = {""}
        if op is _constants.SUBPATTERN and _holds(list(av[3]), words):
            return True
        if op is _constants.BRANCH and all(_holds(list(a), words) for a in av[1]):
            return True
        repeated = op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1
        if repeated and _holds(list(av[2]), words):
            return True
    return False


_GATED = {
    "planned": planned.PLANNED,
    "forecast": status._FORECAST,
    "forecast label": status._FORECAST_LABEL,
    "earlier level": bases.EARLIER_LEVEL,
    "declared dollar": home_currency._DECLARED,
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_every_match_holds_one_of_the_gate_words(name: str) -> None:
    gated = _GATED[name]
    parsed = list(_parser.parse(gated.pattern.pattern, gated.pattern.flags))
    assert _holds(parsed, gated.words)
    # (and the check tells: without any one word, some alternative is left out)
    for word in gated.words:
        assert not _holds(parsed, tuple(w for w in gated.words if w != word)), word


def test_a_word_list_that_leaves_an_alternative_out_fails() -> None:
    pattern = re.compile(r"\b(?:plans?|aims) to (?:cut|add)\b|\bwould pay\b", re.I)
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    assert _holds(parsed, ("plan to", "plans to", "aims to", "would"))
    assert not _holds(parsed, ("plan to", "aims to", "would"))
    assert not _holds(parsed, ("plan", "aims"))


def test_a_gated_rule_answers_as_its_pattern() -> None:
    heads = [
        "The firm plans to cut ",
        "Revenue rose 5% to ",
        "It has offered ",
        "the council is to spend ",
        "Output is now expected at ",
        "Guidance: revenue of ",
        "beating last year's total of ",
        "All figures are in New Zealand dollars",
        "The Company PLANS TO HIRE ",
        "Rivals wanted to buy ",
    ]
    for gated in _GATED.values():
        assert isinstance(gated, Gated)
        for head in heads:
            want = gated.pattern.search(head)
            got = gated.search(head)
            assert (got and got.span()) == (want and want.span()), head


def test_an_optional_opening_gives_its_first_letters_and_the_next() -> None:
    source = r"\b(?:(?:The )?Bahamas|Nelson|(?:Mc)?Donald)\b"
    fast = led(source)
    assert fast.pattern.startswith("(?=[BDMNT])")
    pattern = re.compile(source)
    for text in ["The Bahamas", "Bahamas", "McDonald and Nelson", "the bahamas", "XThe Bahamas"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_title_ends_before_a_name_only_where_the_pattern_finds_one() -> None:
    rng = random.Random(11)
    parts = ["chief executive", "chair", "chairman", "Owen Platt", "Mary Adebayo", ",", " ", "  ",
             "\n", "said", "the", "co-founder", "mayor"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        for m in TITLED_PERSON.finditer(text):
            assert title_before(text, m.start(1)), text
        for name in ("Owen Platt", "Mary Adebayo"):
            want = any(m.group(1) == name for m in TITLED_PERSON.finditer(text[:300]))
            assert named_after_title(name, text) == want, text
