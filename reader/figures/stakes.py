"""A percentage a holder owns: a stake.

"Eastmere, which is 60% owned by the county council and 40% by a pension fund", "still 55%
owned by the founders' descendants", "is 26% controlled by the state": the percentage is a
stake (``actors.held_by`` gives its holder as the owner), whatever the sentence's subject or
measure words say. A percentage joined to such a stake by "and" with "by" a second holder
("and 40% by ...") is another stake, and so is one a second holder takes with its verb left out
("will hold 51% of the new company and Tidewave's owner 49%"). So is a percentage a holder owns, holds or controls "of"
a firm ("Khumalo, 41, owns about 46% of Umvelo", "which holds just over 20% of the
shares"), its hedge word aside, or "of" nothing in a holder's aside ("The Public Investment
Corporation, which holds 11.9%, said"); not a share of a market, a vote or a supply ("controls 40% of
the market"), and a percentage a holder has "with" in a sentence about who owns a firm ("is
owned by the shipping group Nordlinija, with 51%, and a state pension fund, with 49%", "its
largest shareholder Tamsin Holdings with 14.6%"), not a winner's votes or a rival's share of
a market ("elected mayor with 52.4%", "ahead of rival Vidora with 17%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.qualify import OWNED
from reader.figures.sentence_groups import by_sentence
from reader.model import Figure

_STAKE = "stake"
# right after the figure: "owned by", "held by", "controlled by", "is owned by"
_HELD = re.compile(r"^ (?:(?:is|was|are) )?(?:owned|held|controlled) by\b")
# right before the figure: "owns about", "holds just over", "controls"; an "of" after it
_OWNS = re.compile(
    r"\b(?:owns|own|owning|holds|hold|holding|controls|control|controlling)"
    r"(?: (?:about|around|roughly|nearly|almost|just over|just under|more than|less than|"
    r"some|an estimated|a further|another))? $"
)
# what is owned: a name ("of Umvelo", "of search-engine Google", "of the Japanese carmaker"),
# shares or a firm's noun; not a market, an output or posts ("of the Indian domestic airline
# market", "of Russia's total crude oil output", "of the top positions")
_OF = re.compile(r"^ of (?P<obj>[^,;:.()\u2014]{1,60})")
_OWNED_OBJECT = re.compile(
    r"^(?:(?:the|its|their|a|an) )?(?:[\w-]+ ){0,3}?"
    r"(?:[A-Z][\w&-]*(?!['\u2019]s)\b|(?:voting |non-voting |ordinary )?shares\b|"
    r"(?:" + "|".join(sorted(OWNED)) + r")\b)"
)
_NOT_OWNED = re.compile(
    r"\b(?:market|industry|sector|votes?|seats|supply|demand|trade|output|production|exports|"
    r"imports|land|reserves|capacity|positions|posts|jobs)\b",
    re.I,
)
# after a stake: " and 40% by the Canadian investor": the figure is followed by " by"
_AND_BY = re.compile(r"^ by (?:the |its |their |a |an )?[\w'&-]")


# "..., with 51%": what a holder has, in a sentence that says who owns or holds the firm
_WITH = re.compile(
    r"\bwith(?: about| around| roughly| nearly| almost| just over| just under| more than|"
    r" less than| some)? $"
)
_OWNERSHIP = re.compile(r"\b(?:owned by|held by|shareholders?|investors holding|owners of)\b", re.I)
# a sentence that names a firm's owners before a holder's bare percentage ("Horus's owners:
# Amun Infrastructure, which holds 60%, and ...")
_OWNERS = re.compile(r"\b(?:owned by|held by|shareholders?|owners|co-owners|stakeholders)\b", re.I)
# a second holder with its verb left out: " and Tidewave's owner ", " and the state "
_GAPPED = re.compile(r" and (?:the |its |their )?(?:[\w&'\u2019-]+ ){1,3}$")


def stake_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage written as owned, held or controlled by a holder (module doc) is a
    stake; the figures are otherwise unchanged, order kept."""
    staked: set[int] = set()
    for same in by_sentence(f for f in figures if f.kind == "percent").values():
        text = same[0].sentence
        placed = sorted(
            ((text.find(f.surface), f) for f in same if f.surface in text), key=lambda p: p[0]
        )
        held = False
        for at, f in placed:
            after = text[at + len(f.surface) : at + len(f.surface) + 70]
            owns = _OWNS.search(text, max(0, at - 40), at) and (
                _owned(after)
                or (_ends(after) and _OWNERS.search(text, 0, at) is not None)
                or (_HOLDER_ASIDE.search(text, max(0, at - 40), at) and _aside_ends(after, text))
            )
            with_ = _WITH.search(text, max(0, at - 30), at) and (
                _OWNERSHIP.search(text, 0, at) or (held and _OWNERS.search(text, 0, at))
            )
            gapped = held and _GAPPED.search(text, max(0, at - 40), at) and _ends(after)
            if (
                owns
                or with_
                or gapped
                or _HELD.match(after)
                or (held and _AND_BY.match(after) and _joined(text, at))
            ):
                staked.add(id(f))
                held = True
    return [replace(f, metric=_STAKE) if id(f) in staked else f for f in figures]


def _owned(after: str) -> bool:
    """Whether the words after a percentage are "of" a firm or its shares (``_OF``)."""
    m = _OF.match(after)
    if m is None:
        return False
    obj = m.group("obj")
    return _OWNED_OBJECT.match(obj) is not None and _NOT_OWNED.search(obj) is None


# a holder's aside that gives its stake and nothing more: "The Public Investment Corporation,
# which holds 11.9%, said it was studying the terms"
_HOLDER_ASIDE = re.compile(
    r", which (?:holds|owns|controls|held|owned)(?: (?:about|around|roughly|nearly|almost|"
    r"just over|just under|more than|less than|some))? $"
)


def _aside_ends(after: str, text: str) -> bool:
    """Whether the aside closes right after the percentage, in a sentence that is not about
    a market ("which holds 36%, ... of the market" is a market share)."""
    return after.startswith(",") and re.search(r"\bmarket\b", text, re.I) is None


def _joined(text: str, at: int) -> bool:
    """Whether the figure at ``at`` follows "and" (the second holder of a stake)."""
    return text[max(0, at - 5) : at] == " and "


def _ends(after: str) -> bool:
    """Whether nothing of its own follows a gapped holder's percentage ("... owner 49%.")."""
    return re.match(r"^(?:[.,;]|$)", after) is not None
