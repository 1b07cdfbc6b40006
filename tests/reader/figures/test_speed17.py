"""Speed-ups that must give exactly what the slower code gave: a pattern compiled once instead
of one per noun, fewer substring searches for spelled numbers, patterns compiled at import."""

from __future__ import annotations

import re

import pytest

from reader.figures.kind_refs import _NAME, _beside, _named_after, _named_with
from reader.figures.letters import CAP
from reader.figures.names import _POSSESSOR
from reader.figures.parse import _SPELLED_CORES, may_hold_figures
from reader.figures.spelled import SPELLED_WORDS

_TEXTS = [
    "The regulator said retailer Brightmoor Foods and the retailer Kestrel & Sons agreed.",
    "subretailer Nimbus, xretailer Quill and _retailer Vane are no retailer names",
    "retailer Ostrova of Leeds said retailer retailer Pell grew; retailer. Not a name.",
    "Analysts at bank Harwell Capital for Europe backed bank O'Neill's plan (bank Äsa).",
    "The bank bank Tarn: bank\u00e9 Lumo, 3bank Orin, bank  Double and bank-Hyphen stay out.",
    "hydro Caldera. hydro Caldera-North, hydro Caldera\u2019s unit, hydro C.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("noun", ["retailer", "bank", "hydro"])
def test_names_after_a_noun_are_the_pattern_s_matches(text: str, noun: str) -> None:
    want = [m.span(1) for m in re.finditer(rf"\b{noun} ({_NAME})", text)]
    assert _named_after(text, noun) == want


def test_a_lower_case_name_beside_the_noun_is_still_found() -> None:
    text = "we met ashgrove water, the utility that serves the town; reed gas, the utility"
    assert _beside("utility").pattern.endswith(", the utility\\b")
    assert _named_with(text, "utility") == "reed gas"
    assert _named_with("Walked past the utility yard, the utility said.", "utility") is None


def test_the_body_a_noun_describes_is_the_last_one_named() -> None:
    text = "The union said retailer Brightmoor Foods paid less than retailer Kestrel did."
    assert _named_with(text, "retailer") == "Kestrel"


def test_the_possessor_pattern_is_the_one_written_inline_before() -> None:
    inline = (
        rf"({CAP}[\w&.-]*(?: {CAP}[\w&.-]*){{0,3}})(?:'s|\u2019s|\u2018s) "
        r"(?:[a-z-]+ )?(?:[a-z-]+ (?:to|of|at) )?$"  # (subject24: "'s base rate to")
    )
    assert _POSSESSOR.pattern == inline
    found = _POSSESSOR.search("profit at Tarn Mills's annual ")
    assert found is not None and found.group(1) == "Tarn Mills"


def test_every_spelled_number_holds_one_of_the_cores() -> None:
    assert set(_SPELLED_CORES) <= set(SPELLED_WORDS)
    for word in SPELLED_WORDS:
        assert any(core in word for core in _SPELLED_CORES), word


@pytest.mark.parametrize(
    "sentence, holds",
    [
        ("Seventeen lorries were stuck at the border.", True),
        ("The sixteenth-century barn was sold to a farmer.", False),  # "six", but no such word
        ("They waited outside as it often rained.", False),  # "ten" inside "often": no word
        ("The fifty-odd members voted to stay.", True),
        ("Nobody came to the meeting on the hill.", False),
    ],
)
def test_spelled_numbers_still_make_a_candidate(sentence: str, holds: bool) -> None:
    low = sentence.lower()
    words = set(re.findall(r"\w+", low))
    slow = any(w in low for w in SPELLED_WORDS) and bool(words & set(SPELLED_WORDS))
    assert may_hold_figures(sentence) is slow is holds
