"""A listed company's percentage move: its share price.

In market reports a company named as the subject of a verb of market movement, with the
percentage straight after it, is its share price moving: "Among the fallers, Greystone Mining
dropped 4.5%", "Rival Tarn Resources lost 2.1%", "the housebuilder Oakfield Homes rose 3%
after ...". A measure the sentence names there ("Greystone's revenue rose 4%") is not this
shape: the company must be the whole subject, written right before the verb. Places (an
economy: "Germany grew 0.3%") and a figure the rules gave a measure keep theirs, except when
that measure is only the company's own name ("Dunmore slipped 0.5%" read as "dunmore"). A
percentage the rules named only "shares" is the share price when shares moved by it ("saw its
shares rise 14%", "shares, which have surged almost 50%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.letters import has_capital
from reader.figures.names import PLACES
from reader.figures.surface import surface_at
from reader.model import Figure

_MOVE = (
    r"(?:rose|fell|jumped|climbed|gained|dropped|slid|slipped|lost|surged|soared|plunged|"
    r"tumbled|rallied|sank|slumped|dipped|advanced|declined|shed|added|eased|"
    r"(?:edged|closed|ended|finished|was|were) (?:up|down|higher|lower)|"
    # a listed company trading up or down: "was also trading up 4%", "traded 1.8% higher" (the
    # direction after the figure: ``_moves`` asks for it where none stands before)
    r"(?:(?:was|were|is|are) (?:also |still )?trading|traded)(?: (?:up|down|higher|lower))?)"
)
_HEDGE = r"(?: (?:by|about|around|almost|nearly|some|more than|over|as much as))*"
# a move read off "trading"/"traded" alone needs its direction right after the figure
_TRADED_LAST = re.compile(rf"\btrad(?:ing|ed){_HEDGE} $")
_DIRECTION_AFTER = re.compile(r" (?:up|down|higher|lower)\b")
# what may stand before the company: the sentence's start, a clause break, or a describing
# word ("rival", "the housebuilder", "Utility" opening the sentence); not a preposition ("sales
# in Germany rose 3%")
_BEFORE = re.compile(
    r"(?:^|^(?!(?:The|A|An|Its|Their|This|That) )[A-Z][a-z]+ |[,;:] "
    r"|\b(?:while|and|but|whereas) "
    r"|\b(?!(?:in|of|at|for|from|by|to|on|with|into|than|as)\b)[a-z]+ )$"
)
_SHARE_PRICE = "share price"
# a market's measure, no company: "the sector index", "the semiconductor index"
_MARKET_WORD = re.compile(r"\b(?:index|indices|average|benchmark|market|sector|composite)$")
# an index's name: "The Hang Seng Index", "the Dow Jones Industrial Average", "RSE All Share"
_INDEX_NAME = re.compile(r"\b(?:Index|Indices|Average|Composite|All[- ]Share|Benchmark)\b")
# the verb right before the figure, after the subject (and a relative clause or an apposition
# on it): ", which has no mines in Peru, lost 2.1%", "Bank Carmelit, the country's
# third-largest lender, jumped 4.8%", "Cantiga's parent, Grupo Paineira, rose", "Kingsway
# Foods Ltd. fell", "Rival Sagami, listed since 2029, fell 3.1%")
_MOVE_BEFORE = re.compile(
    rf"\.?(?:, (?:which|who|the|a|an|its|their|listed|quoted|traded|based|founded|"
    rf"headquartered) [^,;]{{3,80}},|,(?= ))?(?: shares)? {_MOVE}{_HEDGE} $"
)


def share_price_moves(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage a company's move gives, or shares' move the rules named only
    "shares" (module doc), measures the share price."""
    return [
        replace(f, metric=_SHARE_PRICE) if _moves(f) or _shares_moved(f) else f for f in figures
    ]


# a verb or noun of movement, any form: "rise 14%", "have surged almost 50%", "gains of 4.5%"
_MOVED = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|surg(?:e|es|ed|ing)|jump(?:s|ed|ing)?|"
    r"climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|drop(?:s|ped|ping)?|slid(?:e|es|ing)?|"
    r"slip(?:s|ped|ping)?|los(?:e|es|t|ing)|tumbl(?:e|es|ed|ing)|soar(?:s|ed|ing)?|"
    r"plung(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|shot up|(?:were|was|are|is|closed|ended) "
    r"(?:up|down|higher|lower))\b"
)
_SHARES = re.compile(r"\b(?:shares|stock)\b(?! (?:market|exchange|index))", re.I)


def _shares_moved(fig: Figure) -> bool:
    """A percentage the rules called "shares" that shares moved by: "Electrolux saw its shares
    rise 14%", "SK Hynix shares, which have surged almost 50%" (not "5.7% of the debts")."""
    if fig.kind != "percent" or fig.metric != "shares":
        return False
    at = surface_at(fig)
    if at <= 0 or fig.sentence.startswith(" of", at + len(fig.surface)):
        return False
    named = [m.end() for m in _SHARES.finditer(fig.sentence, max(0, at - 120), at)]
    return bool(named) and _MOVED.search(fig.sentence, named[-1], at) is not None


def _moves(fig: Figure) -> bool:
    who = fig.subject
    if fig.kind != "percent" or not who or who in PLACES:
        return False
    if _INDEX_NAME.search(who):
        return False  # "The Hang Seng Index climbed 1.3%": an index's level, no company's shares
    if not has_capital(who) and (has_capital(fig.sentence) or _MARKET_WORD.search(who)):
        return False  # a name is capitalised, but in lower-case text ("tarrant metals fell";
        # not "the sector index fell 1.8%")
    at = surface_at(fig)
    if at <= 0:
        return False
    if (
        fig.metric is not None
        and fig.metric.lower() not in who.lower()
        and not _measure_after(fig.sentence, at + len(fig.surface), fig.metric)
    ):
        return False  # (a measure named only in a reason clause after the move does not count)
    head = fig.sentence[max(0, at - len(who) - 120) : at]
    m = _MOVE_BEFORE.search(head)
    if m is None or not head.endswith(who, 0, m.start()):
        return False
    after = at + len(fig.surface)
    if _TRADED_LAST.search(m.group(0)) and not _DIRECTION_AFTER.match(fig.sentence, after):
        return False  # ("traded 5% of its shares": no move without its direction)
    return _BEFORE.search(head, 0, m.start() - len(who)) is not None


# a clause after the move that gives its reason: "fell 2.1% to R112.50 after warning that
# December sales were weak"
_REASON = re.compile(r"\b(?:after|as|following|when|amid|despite|on news|because)\b")


def _measure_after(sentence: str, end: int, metric: str) -> bool:
    """Whether the measure the rules read for a share move is named only in a reason clause
    after it ("Retailer Kalahari Stores fell 2.1% ... after warning that December sales were
    weak": the share price moved, the sales are why)."""
    reason = _REASON.search(sentence, end)
    if reason is None or metric.lower() in sentence[:end].lower():
        return False
    return metric.lower() in sentence[reason.end() :].lower()


# the level a share move took the price to, right after the move: "fell 2.3% to 12.66 zlotys",
# "rose 2.4% to R$18.36 on the B3 exchange"
_TO_LEVEL = re.compile(r"(?:%|\bper ?cent|\bpercent) (?:higher |lower )?(?:to|at) $")


def moved_to_prices(figures: Sequence[Figure]) -> list[Figure]:
    """A money figure with no measure (or one named only in a reason clause after it) that a
    share-price move took the price to (``_TO_LEVEL``, the move itself measured as the share
    price, in the same sentence) is the share price too; a sum with a scale word is no price of
    one share."""
    moved: dict[str, list[str]] = {}  # each sentence's figures measured as the share price
    for f in figures:
        if f.metric == _SHARE_PRICE:
            moved.setdefault(f.sentence, []).append(f.surface)
    if not moved:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        if f.kind == "money" and not _SCALED.search(f.surface):
            at = surface_at(f)
            if f.metric is not None and not _measure_after(
                f.sentence, at + len(f.surface), f.metric
            ):
                out.append(f)
                continue
            m = _TO_LEVEL.search(f.sentence, max(0, at - 20), at) if at > 0 else None
            if m is not None and _move_before(f.sentence, m.start(), moved.get(f.sentence, [])):
                f = replace(f, metric=_SHARE_PRICE)
        out.append(f)
    return out


def _move_before(sentence: str, end: int, surfaces: list[str]) -> bool:
    """One of ``surfaces`` (the sentence's share-price figures) ends at ``end`` (+ its "%" or
    "per cent")."""
    head = sentence[max(0, end - 30) : end + 9]
    return any(surface in head for surface in surfaces)


# a sum written with a scale word: "€744 million", "£6.1m", "2 billion euros", "CHF 1.2bn"
_SCALED = re.compile(
    r"\d\s?(?:m|mn|bn|b|tn|k)\b|\b(?:thousand|million|billion|trillion|crore|lakh)s?\b", re.I
)


def sized_share_prices(figures: Sequence[Figure]) -> list[Figure]:
    """A money figure written with a scale word ("raising as much as €744 million", "its
    holdings of US shares ... put 2 billion euros into") is no price of one share: a share
    price read from "shares" near it is dropped (the figure keeps no metric, rather than a
    wrong one); other figures unchanged, order kept."""
    return [
        replace(f, metric=None, measure=None)
        if f.kind == "money" and f.metric == _SHARE_PRICE and _SCALED.search(f.surface)
        else f
        for f in figures
    ]
