"""speed18: session 21's per-figure patterns behind gates (gate.py), _sum_headed's pattern
compiled once and only when a noun of a sum is written, subject_outlook's modal look-up: the
same answers as the patterns themselves."""

from __future__ import annotations

import importlib
import random
import re
from typing import Any

import pytest

from reader.figures.gate import Gated
from reader.figures.refine import _sum_headed, _sum_pattern
from reader.figures.subject_modal import subject_outlook


def _module(name: str) -> Any:
    # (the module itself: the package exports functions of the same names)
    return importlib.import_module(f"reader.figures.{name}")


budgeted, earlier, founded, market_size, money_acts, possessive, referred, returns = (
    _module(n)
    for n in ("budgeted", "earlier", "founded", "market_size", "money_acts", "possessive",
              "referred", "returns")
)  # fmt: skip

_GATED = [
    (budgeted, "_SET_PRICE"),
    (budgeted, "_SET_CHANGE_BEFORE"),
    (budgeted, "_PROGRAMME_SET"),
    (earlier, "_SET_AGAINST"),
    (earlier, "_EARLIER_LEVEL"),
    (possessive, "_ELIDED"),
    (possessive, "_COMPARED"),
    (founded, "_NAMED"),
    (money_acts, "_STAKE_WORTH"),
    (money_acts, "_SHARES_WORTH"),
    (money_acts, "_PACKAGE_WORTH"),
    (money_acts, "_PUT_IN"),
    (money_acts, "_DONATED"),
    (money_acts, "_GIVEN"),
    (referred, "_AHEAD"),
    (returns, "_RETURNED"),
    (market_size, "_SIZED"),
    (budgeted, "_AT_COST"),
    (earlier, "_EARLIER_SALE"),
]
# pieces of invented news text: each gate's words, their near misses and the words around them
_PIECES = [
    "the council approved a",
    " budget",
    " will",
    " would",
    " 'll",
    " price of the",
    " ticket prices",
    " fees",
    " season tickets",
    " passes",
    " tolls",
    " has to find",
    " must save",
    " needs to cut",
    " set a",
    " backed its",
    " voted through a",
    " unveiled a new",
    " announced its",
    " launched a",
    " 12%",
    " 4.5 %",
    " below the",
    " above its",
    " well below the",
    " far ahead of their",
    " had stood at",
    " two years ago, it was",
    " his previous deal paid him",
    " as recently as",
    " as late as",
    " Kestrel's",
    " rivals'",
    " against Penmore's",
    " compared with Halvex's",
    " than",
    " her company, Brightvale Foods,",
    " his firm, Osei Ltd.",
    " a 9% stake worth",
    " sold shares worth",
    " a pay package, worth",
    " which put in",
    " invested a further",
    " donated",
    " gave away",
    " given",
    " is due to",
    " are set to",
    " plans to",
    " from next",
    " from April",
    " next year",
    " returned",
    " annual returns of",
    " the UK fitness market is worth",
    " market for",
    " valued at",
    " about",
    " roughly",
    " £4m",
    " 320 staff",
    " ,",
    " .",
    " ;",
    " The",
    " Rise",
    " STAKE",
    " Ŝtake",
    " ſtake",
    " café",
    " ’s",
    " ’ll",
]


# text each pattern was written for (invented), which the random texts are built around
_EXAMPLES = {
    "_SET_PRICE": "day tickets would cost up to ",
    "_SET_CHANGE_BEFORE": "the board set a 3-point ",
    "_PROGRAMME_SET": "the bank unveiled a new ",
    "_SET_AGAINST": "well below the ",
    "_EARLIER_LEVEL": "a market value that had stood at ",
    "_ELIDED": "; Penmore's edged up to ",
    "_COMPARED": "against Penmore's ",
    "_NAMED": "her company, Brightvale Foods, said",
    "_STAKE_WORTH": "a 9% stake worth about ",
    "_SHARES_WORTH": "sold shares worth ",
    "_PACKAGE_WORTH": "received a package worth ",
    "_PUT_IN": "which put in ",
    "_DONATED": "has donated ",
    "_GIVEN": "gave away ",
    "_AHEAD": " and the cut will apply",
    "_RETURNED": "the fund returned ",
    "_SIZED": "The UK fitness market is worth ",
    "_AT_COST": "to keep it open, at a cost of about ",
    "_EARLIER_SALE": "the house was last sold in 1987 for ",
}


def _texts(n: int, seed: int, example: str) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 9))]
        if rng.random() < 0.5:
            cased = rng.choice([example, example.upper(), example.lower(), example.title()])
            words.insert(rng.choice([0, len(words), rng.randint(0, len(words))]), cased)
        out.append("".join(words))
    return out


@pytest.mark.parametrize(("module", "name"), _GATED, ids=[n for _, n in _GATED])
def test_a_gated_pattern_of_session_21_answers_as_its_pattern(module: object, name: str) -> None:
    gated = getattr(module, name)
    assert isinstance(gated, Gated)
    pattern = gated.pattern
    rng = random.Random(name)
    hits = 0
    for text in _texts(1500, len(name), _EXAMPLES[name]):
        pos, end = 0, len(text)
        if rng.random() < 0.5:  # a window, as the rules search the words around a figure
            pos = rng.randint(0, len(text))
            end = rng.randint(pos, len(text))
        want = pattern.search(text, pos, end)
        got = gated.search(text, pos, end)
        assert (got and got.span()) == (want and want.span()), (text, pos, end)
        hits += want is not None
        want_m = pattern.match(text, pos, end)
        got_m = gated.match(text, pos, end)
        assert (got_m and got_m.span()) == (want_m and want_m.span()), (text, pos, end)
        spans = [m.span() for m in pattern.finditer(text, pos, end)]
        assert [m.span() for m in gated.finditer(text, pos, end)] == spans, (text, pos, end)
    assert hits > 5  # (the texts hold matches to compare)


def test_the_gates_let_their_own_examples_through() -> None:
    """Each gate passes the text its pattern was written for (the words it names are there)."""
    assert earlier._EARLIER_LEVEL.search("a market value that had stood at ") is not None
    assert earlier._AS_RECENTLY.match(" of output as recently as 2019") is not None
    assert earlier._BELOW_EARLIER.search("set 15% below the last round's ") is not None
    assert budgeted._MUST_FIND.search("the trust still has to find ") is not None
    assert budgeted._SET_PRICE.search("Season tickets will rise by ") is not None
    assert possessive._COMPARED.search("owes £90m, against Penmore's ") is not None
    assert money_acts._STAKE_WORTH.search("its holding, now worth about ") is not None
    assert money_acts._PUT_IN.search("which ploughed in ") is not None
    assert referred._AHEAD.search(" and the cut will apply from May") is not None
    assert returns._RETURNED.search("the scheme returned ") is not None
    story = "Ama Osei left the bank in 2019. Her company, Brightvale Foods, sells soup."
    assert [m.group(1) for m in founded._NAMED.finditer(story)] == ["Brightvale Foods"]


def test_a_gate_sends_text_that_is_not_ascii_to_its_pattern() -> None:
    # "ſ" (long s) folds to "s" under re.I: lower-casing would not find "stake" in it
    text = "its ſtake worth "
    assert money_acts._STAKE_WORTH.pattern.search(text) is not None
    assert money_acts._STAKE_WORTH.search(text) is not None


def test_the_noun_of_a_sum_after_the_rules_word() -> None:
    text = "Council tax arrears at the authority rose to £3.1m last year."
    at = text.index("£")
    assert _sum_headed("tax", text, at) == "tax arrears"
    assert _sum_headed("Tax", text, at) == "tax arrears"
    assert _sum_headed("rent", text, at) is None  # the word is not written before the sum noun
    # the noun of a sum written only after the figure: nothing
    later = "Tax rose to £3.1m, the arrears said nothing."
    assert _sum_headed("tax", later, later.index("£")) is None
    # the last one written before the figure, in either number of the rule's word
    two = "Fee income fell while fees receipts rose to £2m."
    assert _sum_headed("fee", two, two.index("£")) == "fee receipts"


def test_the_sum_pattern_is_compiled_once_per_word() -> None:
    _sum_pattern.cache_clear()
    text = "Water bills at the firm rose to £480 a year."
    for _ in range(3):
        assert _sum_headed("water", text, text.index("£")) == "water bills"
    info = _sum_pattern.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    # a sentence with no noun of a sum compiles nothing
    assert _sum_headed("energy", "Energy use rose to 4%.", 19) is None
    assert _sum_pattern.cache_info().misses == 1


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("About 900 researchers could lose their posts, the union said.", "900", "forecast"),
        ("Three of its 21 departments will be merged next year.", "Three", "planned"),
        ("About 900 researchers lost their posts last year.", "900", None),
        # the modal far past the figure: no clause of the figure's own ends in it
        (
            "About 900 researchers at the institute in the north of the country, its largest "
            "site by far and its oldest, could lose their posts.",
            "900",
            None,
        ),
        ("He said 900 researchers could lose their posts.", "900", "forecast"),
    ],
)
def test_a_modal_after_a_subject_figure(sentence: str, surface: str, want: str | None) -> None:
    start = sentence.index(surface)
    assert subject_outlook(sentence, start, start + len(surface)) == want


def test_no_modal_in_the_window_is_what_the_pattern_says() -> None:
    from reader.figures.subject_modal import _SUBJECT_MODAL

    rng = random.Random(18)
    words = ["900", "staff", "will", "would", "could", "may", "might", "shall", "be", "cut",
             "lose", "have", "to", "get", "of", "the", "said", ",", "go", "Will"]  # fmt: skip
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        at = text.find("900")
        if at < 0:
            continue
        end = at + 3
        window = text[end : end + 90]
        if _SUBJECT_MODAL.match(text, end, end + 90) is not None:
            assert re.search(r" (?:will|would|shall|could|may|might) ", window)
        else:
            assert subject_outlook(text, at, end) is None


def test_a_street_address_and_a_numbered_unit_are_no_names() -> None:
    from reader.figures.proper_nouns import names_in

    text = "Halvex opened a shop at 40 Market Street and an office at Unit 4, Quay Road."
    got = [name for name, _, _ in names_in(text, 0, len(text), frozenset())]
    assert "Halvex" in got
    assert not any("Street" in n or "Unit" in n for n in got)
    # a street's word not at the run's end, and no number before it: still a name
    text = "Street Feast Ltd said sales at Road Chef rose."
    got = [name for name, _, _ in names_in(text, 0, len(text), frozenset())]
    assert any("Road Chef" in n for n in got)


def test_a_share_index_keeps_its_number() -> None:
    from reader.figures.proper_nouns import names_in

    text = "Shares in Halvex fell 3% as the FTSE 250 slipped 0.4%."
    got = [name for name, _, _ in names_in(text, 0, len(text), frozenset())]
    assert "FTSE 250" in got


@pytest.mark.parametrize(
    ("sentence", "word", "want"),
    [
        ("He sold 40,000 shares last week.", "40,000", True),
        ("Last year, she sold 40,000 shares.", "40,000", True),
        ("Osei said he sold 40,000 shares.", "40,000", True),
        ("He said the firm sold 40,000 shares.", "40,000", False),  # a speech verb after him
        ("The firm sold 40,000 shares.", "40,000", False),  # "the " holds "he " but no pronoun
        ("Their shelves held 40,000 items.", "40,000", False),
        ("Ashe Holdings sold 40,000 shares.", "40,000", False),
    ],
)
def test_he_or_she_leading_the_clause(sentence: str, word: str, want: bool) -> None:
    from reader.figures.pronouns import _PRONOUN, _pronoun_leads

    at = sentence.index(word)
    assert _pronoun_leads(sentence, at) is want
    if not want and not any(p in sentence for p in (" he ", " she ", "He ", "She ")):
        assert _PRONOUN.search(sentence, 0, at) is None  # (what the look-up skips)


def test_a_clause_looking_ahead_is_read_once_a_story() -> None:
    from reader.figures.memo import new_story
    from reader.figures.referred import _ahead

    new_story()
    clause = "Rents at the estate will rise by 6% from April, the landlord said."
    assert _ahead(clause) is True
    assert _ahead(clause) is True
    assert _ahead("Rents rose by 6% last year.") is False
    assert _ahead("Rents would have risen by 6%.") is False  # "would have": no outlook
    info = _ahead.cache_info()  # type: ignore[attr-defined]
    assert (info.hits, info.misses) == (1, 3)


def test_a_name_set_off_after_a_possession_is_found_without_a_pattern() -> None:
    from reader.figures.prefer_clause import _apposed_to_possession as apposed

    def pattern(text: str, at: int, base: str, clause: str) -> bool:  # (what it replaced)
        source = re.escape(base) + r"(?:'s|\u2019s) [^,]{1,40}, " + re.escape(clause) + ","
        return at >= 0 and re.match(source, text[at:]) is not None

    text = "Kinross's city rivals, Forthside, raised £4m."
    assert apposed(text, 0, "Kinross", "Forthside")
    assert not apposed(text, 0, "Kinross", "Forth")  # the name must end at its comma
    assert not apposed("Kinross's, Forthside, raised £4m.", 0, "Kinross", "Forthside")
    rng = random.Random(18)
    pieces = ["'s ", "\u2019s ", " ", ",", ", ", "city", "a" * 39, "b" * 41, "\n", ", Forthside,"]
    for _ in range(3000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        text = head + "Kinross" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for at in (-1, 0, len(head), rng.randint(0, len(text))):
            want = pattern(text, at, "Kinross", "Forthside")
            assert apposed(text, at, "Kinross", "Forthside") is want, (text, at)
