"""One shape the owner passes share: each figure given the owner a rule finds for it.

A pass that reads one clause shape ("Its food delivery arm, Zoomba Eats,", ", with whole milk
powder up 4.4%", a bond's yield, a product named after its maker's noun) answers, per figure,
the owner that shape names or None; ``resubject`` applies the answers and leaves every figure
the rule has nothing to say about as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.figures.name_words import NUMBERED_PARTS, not_name
from reader.model import Figure


def resubject(figures: Sequence[Figure], owner_of: Callable[[Figure], str | None]) -> list[Figure]:
    """``figures`` with each one's subject the owner ``owner_of`` finds (None: unchanged)."""
    out: list[Figure] = []
    for f in figures:
        owner = owner_of(f)
        out.append(replace(f, subject=owner) if owner and owner != f.subject else f)
    return out


def named_owners(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with no owner where the owner found is a word that never names one: a day or
    a month ("Monday's sale of 1,146 sheep": the day's sale, not Monday's), a function word
    opening a clause ("If you ...") (``name_words.not_name``), the first half of a hyphened
    word ("Brisbane-made"), a numbered part of a law or road ("Section 20", "Km 46"). No owner
    is better than that. A state's dotted letters after a town ("Moncton, N.B.,") give the
    town."""
    out: list[Figure] = []
    for f in figures:
        if f.subject and _no_name(f.subject):
            f = replace(f, subject=None)
        elif f.subject and _STATE.fullmatch(f.subject):
            town = re.search(_TOWN_BEFORE + re.escape(f.subject), f.sentence)
            words = town.group(1).split() if town else []
            while words and not_name(words[0]):
                words.pop(0)  # "In Moncton, N.B.": the town, not "In"
            f = replace(f, subject=" ".join(words)) if words else f  # (the U.S. stays)
        out.append(f)
    return out


# a state's or province's dotted letters ("N.B.", "B.C.") and the town written before them
_STATE = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")
_TOWN_BEFORE = r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}), "


def _no_name(owner: str) -> bool:
    """Every capitalised word of ``owner`` is a word that never names ("Monday", "If you"),
    none a pronoun that stands for a name ("We"); or the owner holds an amount ("RO 46
    million in a pier": a clause's money, taken for the antecedent of "which")."""
    if _AMOUNT.search(owner) or owner.endswith("-") or owner in NUMBERED_PARTS:
        return True
    capitals = [
        w.removesuffix("'s").removesuffix("\u2019s") for w in owner.split() if w[:1].isupper()
    ]
    return bool(capitals) and all(not_name(w) and w not in _PRONOUNS for w in capitals)


# an amount: a number and its scale word, or a currency's sign or code before a number
_AMOUNT = re.compile(
    r"\d[\d,.]* ?(?:million|billion|trillion|bn|mn)\b|[$\u00a3\u20ac\u00a5]\s?\d|\b[A-Z]{2,3} \d"
    # or a sum in a currency written with letters glued to it: "a KSh12 million maisonette",
    # "Rs1,200", "RM35"
    r"|^(?:KSh|Ksh|USh|TSh|Sh|Rs|RM|Rp|Tk|GH|Le|Nu|Br|N\$|R)\d[\d,.]*$",
)
# pronouns stand for an owner ("We", "Our": a text's writer; first_person.py)
_PRONOUNS = frozenset(
    ["We", "Our", "Us", "I", "It", "Its", "They", "Their", "He", "His", "She", "Her"]
)
