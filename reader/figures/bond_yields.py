"""A government bond's yield is the bond's: "The 10-year gilt yield fell 6 basis points to
4.18%", "the two-year yield slipped to 3.92%", "the yield on 30-year Treasuries rose to 4.9%".

A figure whose clause's subject, just before it, is a yield of a bond of some maturity is that
bond's ("10-year gilt", "30-year Treasuries"), not the index or firm the report named before
nor nobody's. A yield named by its maturity alone ("the two-year yield") is a bond of the kind
the sentence or the one before named last ("two-year gilt"), else a "two-year bond".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure

_TERM = r"(?:\d{1,2}|one|two|three|five|seven|ten|thirty)-(?:year|month)"
_BOND = r"(?:gilts?|Treasury|Treasuries|Bunds?|JGBs?|OATs?|BTPs?|bonds?|notes?|bills?)"
# "the 10-year gilt yield fell", "The German 10-year Bund yield was", "the two-year yield"
_YIELD = re.compile(
    rf"\b(?P<term>{_TERM}) (?:(?P<bond>{_BOND}) )?yields? "
    r"(?:also |then |was |were |has |had |have )?[a-z]+(?: (?:by|to|at|from))?"
    r"(?: (?:about|around|some|nearly|almost|just|a further))? ?$"
    rf"|\byields? on (?:the )?(?P<term2>{_TERM}) (?P<bond2>{_BOND}) "
    r"(?:also |then |was |were |has |had |have )?[a-z]+(?: (?:by|to|at|from))?"
    r"(?: (?:about|around|some|nearly|almost|just|a further))? ?$"
)
# a figure between the verb and this one: "fell 6 basis points to 4.18%"
_BETWEEN = re.compile(r"[\d.,]+ ?(?:basis points?|bps?|bp|percentage points?|%) (?:to|at) $")
# the bond kinds a later bare maturity refers back to (not "bills", "notes": other senses)
_NAMED_BOND = re.compile(r"\b(?:gilt|Treasury|Bund|JGB|OAT|BTP)(?=s?\b)")


def bond_yield_owners(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure a bond's yield is the subject of, given that bond (module doc)."""
    return resubject(figures, lambda f: _bond_of(f, sentences))


def _bond_of(f: Figure, sentences: Sequence[str]) -> str | None:
    text = f.sentence
    if "yield" not in text:
        return None  # (the cheap look first: every match of _YIELD writes "yield")
    start = surface_at(f, text)
    if start < 0:
        return None
    head = text[max(0, start - 80) : start]
    cut = _BETWEEN.search(head)
    if cut is not None:
        head = head[: cut.start()]
    m = _YIELD.search(head)
    if m is None:
        return None
    term = m.group("term") or m.group("term2")
    bond = m.group("bond") or m.group("bond2")
    if bond is None:
        at = max(0, start - 80) + m.start()
        before = [text[:at]]
        if 0 < f.sentence_index <= len(sentences):
            before.append(sentences[f.sentence_index - 1])
        bond = next((b[-1] for b in (_NAMED_BOND.findall(t) for t in before) if b), "bond")
    return f"{term} {bond}"
