"""Patterns behind a word gate (gate.Gated) answer exactly as the pattern alone: every match
holds one of the gate's words, so a text without any is never searched in vain."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

import pytest

from reader.figures.gate import Gated

# (module, pattern, a text it matches (searched up to its end), a text it does not match)
CASES = [
    (
        "around",
        "_DEFINED",
        "Churn, the share of users who quit each month, fell to ",
        "Churn fell to ",
    ),
    ("place_kinds", "_ACTOR", "The province's take from royalties rose to ", "Takings rose to "),
    ("groups", "_MEASURED_IN", "while rents in Eastfield rose ", "while sales rose "),
    (
        "expectations",
        "ESTIMATED_AFTER",
        " last year, the trade body estimated.",
        " last year, it said.",
    ),
    ("change", "_AFTER_MONEY", ", up 4.2% on the year", ", a record for the firm"),
    ("products", "_INTRO", "its latest handset, Brindle, sold 2m units", "the handset sold 2m"),
    (
        "actors",
        "_LIMIT_BEFORE",
        "The Ferrow League's spending cap is ",
        "a spending cap is ",
    ),
    ("actors", "_POSSESSED_OF", "Quillfield's offer of ", "an offer of "),
    ("traded_goods", "_PRICES", "Tin prices climbed to ", "Tin climbed to "),
    ("change", "_PERIOD_RE", "sales rose 7% year-on-year", "sales rose 7% on Tuesday"),
    (
        "clause_split",
        "_AND_MOVED",
        "Oats rose 2% and barley futures fell ",
        "Oats rose 2% and then ",
    ),
    ("markets", "_FORECAST_OF", "raised its gold price forecast to ", "raised its stake to "),
]


def _gated(module: str, name: str) -> Gated:
    found = getattr(importlib.import_module(f"reader.figures.{module}"), name)
    assert isinstance(found, Gated)
    return found


@pytest.mark.parametrize(("module", "name", "hit", "miss"), CASES)
def test_gate_keeps_the_pattern_s_answers(module: str, name: str, hit: str, miss: str) -> None:
    gated = _gated(module, name)
    for text in (hit, miss, hit.upper(), f"Caf\u00e9 {hit}"):
        plain = gated.pattern.search(text)
        ours = gated.search(text)
        assert (plain and (plain.span(), plain.groups())) == (ours and (ours.span(), ours.groups()))
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.pattern.finditer(text)
        ]
    assert gated.search(hit) is not None
    assert gated.search(miss) is None


@pytest.mark.parametrize(("module", "name", "hit", "miss"), CASES)
def test_every_match_holds_a_gate_word(module: str, name: str, hit: str, miss: str) -> None:
    gated = _gated(module, name)
    for m in gated.pattern.finditer(hit):
        # the match with what its look-ahead read (the rest of the text)
        seen = hit[m.start() :].lower()
        assert any(w in seen for w in gated.words)


def test_a_window_without_the_word_is_not_searched() -> None:
    gated = _gated("traded_goods", "_PRICES")
    text = "Tin prices climbed to $31,000 a tonne"
    assert gated.search(text, 0, len(text)) is not None
    assert gated.search(text, 10, len(text)) is None  # (the window starts after "prices")


# --- caseless signs beyond ASCII ("£", "’", "—") keep the fast paths (gate.folds_like_ascii)

CURLY = "Brindle’s “core” revenue — up 4% — rose to £3.2m, it said…"


def test_caseless_signs_fold_like_ascii() -> None:
    from reader.figures.gate import folds_like_ascii

    assert folds_like_ascii("Tin prices climbed to $31,000")
    assert folds_like_ascii(CURLY)
    assert folds_like_ascii("costs €4 a head\u00a0in total")
    assert not folds_like_ascii("Metsävalo’s revenue")  # a letter with case
    assert not folds_like_ascii("5µm chips")  # "µ": its capital is Greek
    assert not folds_like_ascii("the \ufb01nal figure")  # a ligature lower-cases to itself


def test_every_caseless_sign_matches_no_ascii_letter() -> None:
    import re
    import string

    from reader.figures.gate import _UNFOLDED

    beyond = [chr(c) for c in range(0x80, 0x2100) if _UNFOLDED.fullmatch(chr(c))]
    assert "£" in beyond and "\u2019" in beyond and "\u2014" in beyond and "\u20ac" in beyond
    for c in beyond:
        assert c.lower() == c == c.upper()
        assert not any(re.fullmatch(a, c, re.I) for a in string.ascii_letters)


@pytest.mark.parametrize(("module", "name", "hit", "miss"), CASES)
def test_gates_answer_alike_on_curly_quoted_text(
    module: str, name: str, hit: str, miss: str
) -> None:
    gated = _gated(module, name)
    for text in (f"“{hit}”", f"‘{miss}’ — ", f"{miss}£{hit}"):
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.pattern.finditer(text)
        ]
    assert gated.search(f"“{miss}”") is None


def test_word_choice_and_phrases_alike_on_curly_quoted_text() -> None:
    from reader.figures.gate import WordChoice
    from reader.figures.vocabulary import METRIC_RE, phrases_in

    words = WordChoice(re.compile(r"\b(?:rose|fell)\b", re.I))
    for text in (CURLY, "Sales ROSE “sharply” — then fell’", "Sales rose in Metsävalo"):
        assert [m.span() for m in words.finditer(text)] == [
            m.span() for m in words.pattern.finditer(text)
        ]
        assert phrases_in(text) == [
            (m.start(), m.end(), m.group(1).lower()) for m in METRIC_RE.finditer(text)
        ]
    assert phrases_in(CURLY)  # "revenue"


def test_last_written_alike_on_curly_quoted_text() -> None:
    from reader.figures.written_at import last_written, written_pattern

    for body, last in (("", "revenue"), ("core ", "revenue"), ("", "cost")):
        found = None
        for m in written_pattern(body, last).finditer(CURLY, 0, len(CURLY)):
            found = m.span()
        assert last_written(body, last, CURLY, 0, len(CURLY)) == found
    assert last_written("", "revenue", CURLY, 0, len(CURLY)) is not None


# --- the number scan starts the engine only near a digit (scan._numbers)


def test_number_lead_covers_every_prefix_of_the_number_pattern() -> None:
    from re import _parser  # type: ignore[attr-defined]  # (no stubs)

    from reader.figures.patterns import NUMBER
    from reader.figures.scan import NUMBER_LEAD

    before_digits = NUMBER.pattern.split("(?P<num>")[0]
    assert _parser.parse(before_digits, NUMBER.flags).getwidth()[1] <= NUMBER_LEAD


@pytest.mark.parametrize(
    "text",
    [
        "Quillfield said revenue rose 12% to -AU $ 1.4bn, from NZ$ 980m, while RMB 12 was paid.",
        "HK$3.2bn, US$ 4m, -$5, Rs. 1,200 crore, R3.1bn and R6,500 a month; 2024 sales of 40,000",
        "No figures at all in this ALL CAPS SENTENCE about Acme And Co",
        "3",
        "Costs of €12m and £3.4m - and ¥500 - came to 1.2 million, ٣٤ units and 7.5% more",
        "A " * 40 + "CAD 7 and " + "x" * 30 + "EUR 12.5bn",
    ],
)
def test_numbers_found_as_the_pattern_finds_them(text: str) -> None:
    from reader.figures.patterns import NUMBER
    from reader.figures.scan import _numbers

    def spans(ms: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in ms]

    assert spans(_numbers(text)) == spans(NUMBER.finditer(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Inflation eased to 0.3% from 3%.", "3%"),
        ("Output grew 1,5% then 5%", "5%"),
        ("Only 0.3% here", "3%"),
        ("3% at the start", "3%"),
        ("٣3% after an Arabic-Indic digit, then 3%", "3%"),
        ("nothing here", "7%"),
        ("an empty surface", ""),
    ],
)
def test_number_at_finds_what_the_pattern_finds(text: str, surface: str) -> None:
    from reader.figures.word_search import number_at

    found = re.search(r"(?<![\d.,])" + re.escape(surface), text)
    assert number_at(text, surface) == (found.start() if found is not None else -1)


# --- story_owner reads "the trust"-style kinds only for a name that has one


def test_story_owner_counts_a_kind_only_for_a_name_with_one() -> None:
    from reader.figures.owner import story_owner

    plain = [
        "Brindlecombe said sales rose 4% to £12m.",
        "Brindlecombe also opened two shops.",
        "Analysts said Brindlecombe had done well, and the trust agreed.",
    ]
    assert story_owner(None, plain, frozenset(["Brindlecombe"])) == "Brindlecombe"
    kinded = [
        "The Hollowmere Hospice Trust raised £4.2m last year.",
        "The trust said donations rose 8%.",
        "A spokesman for the trust said 300 volunteers helped.",
    ]
    names = frozenset(["Hollowmere", "Hospice", "Trust"])
    assert story_owner(None, kinded, names) == "Hollowmere Hospice Trust"


def test_a_relative_clause_name_is_still_a_bystander() -> None:
    from reader.figures.bystanders import bystander

    text = "The company, which runs roads in Spain and Portugal, reported a 4% rise."
    at = text.index("Spain")
    assert bystander(text, at, at + len("Spain"))
    plain = "The company runs roads in Spain, and reported a 4% rise."
    at = plain.index("Spain")
    assert not bystander(plain, at, at + len("Spain"))


# --- a capitalised run is read once per story, whatever window asks for it


def test_a_run_is_read_once_for_every_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.figures import non_names, proper_nouns
    from reader.figures.memo import new_story

    text = "Quillfield Foods said Harrowgate Mills, its rival, lost 4% as Brindle Ltd gained 2%."
    names = frozenset(["Quillfield", "Harrowgate", "Brindle"])
    new_story()
    whole = proper_nouns.names_in(text, 0, len(text), names)
    seen: list[int] = []
    from reader.figures.bystanders import bystander as real

    def counted(t: str, start: int, end: int) -> bool:
        seen.append(start)
        return real(t, start, end)

    monkeypatch.setattr(non_names, "bystander", counted)
    at = text.index("Harrowgate")
    window = proper_nouns.names_in(text, at, len(text), names)
    assert window == [r for r in whole if r[1] >= at]  # the same names, the same places
    assert seen == []  # (each run's name kept from the first read)
    new_story()
    assert proper_nouns.names_in(text, at, len(text), names) == window
    assert seen  # a new story reads them again


def test_a_bond_yield_still_owns_its_figure() -> None:
    from reader.figures import extract_figures

    figs = extract_figures(["The 10-year gilt yield fell 6 basis points to 4.18% on Tuesday."])
    assert any(f.subject == "10-year gilt" for f in figs)
    plain = extract_figures(["The 10-year plan cut costs by 4.18% on Tuesday."])
    assert not any(f.subject and "gilt" in f.subject for f in plain)
