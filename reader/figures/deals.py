"""Whose a takeover's figures are: the target's, not the buyer's who opens the sentence.

- a premium is the target's, named by the price it is measured against ("a premium of 64% to
  Celdara's closing price", "a 38% premium over Penmore's share price"; against a day's
  price, "a 31% premium to Monday's closing price", the bought firm's);
- a value the bid puts on "the company" or "it" is the target's, the name the buying verb
  governs ("agreed to buy US biotech Celdara Therapeutics for $38 a share, valuing the company
  at about $4.1 billion"; "an offer for LSE, valuing it at £1.3bn").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.letters import CAP
from reader.figures.name_words import not_name
from reader.figures.surface import surface_at
from reader.model import Figure

_NAME = rf"{CAP}[\w&.'-]*(?: (?:&|of|{CAP}[\w&.'-]*)){{0,4}}"
# "... 64% to Celdara's closing price", "... 38% premium over Penmore's share price"
_PREMIUM_AFTER = re.compile(
    rf"[^\s,;]*(?: premium)? (?:to|over) (?:the )?(?P<name>{_NAME})(?:'s|\u2019s) "
    r"(?:[a-z-]+ ){0,2}(?:price|value|valuation)\b"
)
_PREMIUM_BEFORE = re.compile(r"\bpremium of (?:about |around |nearly |almost |some |roughly )?$")
_VALUING = re.compile(
    r"\bvalu(?:ing|es|ed|e) (?:it|the (?:[A-Z][\w-]+ )?(?:company|firm|group|business|bank|club|"
    r"target|lender|carrier|insurer|chain|retailer|start-?up|maker|producer|operator)) at "
    r"(?:about |around |nearly |almost |some |roughly |more than |up to )?$"
)
# the bid's value put on a name: "a cash deal that values Seeland at about CHF4.6 billion"
_VALUING_NAME = re.compile(
    rf"\bvalu(?:ing|es|ed|e) (?P<name>{_NAME}) at (?:about |around |nearly |almost |some |"
    r"roughly |more than |up to )?$"
)
_BOUGHT = re.compile(
    rf"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|take over|taking over|bid for|"
    rf"offer for|takeover of|acquisition of|purchase of) (?:(?:[a-z][\w-]*|[A-Z]{{2,3}}) ){{0,3}}?"
    # (not a place describing the name after it: "US biotech Celdara Therapeutics")
    rf"(?P<name>{_NAME})\b(?! (?!(?:for|from|in|at|of|and|to|with|by|on)\b)[a-z][\w-]* {CAP})"
)


def deal_target(text: str, start: int) -> str | None:
    """The takeover target a premium or a bid's value at ``start`` belongs to, else None."""
    head = text[max(0, start - 40) : start]
    if "premium" in text[max(0, start - 20) : start + 40]:
        after = _PREMIUM_AFTER.match(text, start)
        if after is not None and (" premium" in after.group(0) or _PREMIUM_BEFORE.search(head)):
            if not not_name(after.group("name")):
                return after.group("name")
            # "a 31% premium to Monday's closing price": a day's price, the bought firm's
            bought = list(_BOUGHT.finditer(text, 0, start))
            return bought[-1].group("name") if bought else None
    if "valu" in head and _VALUING.search(head):
        bought = list(_BOUGHT.finditer(text, 0, start))
        if bought:
            return bought[-1].group("name")
    named = _VALUING_NAME.search(text, max(0, start - 70), start) if "valu" in head else None
    if named is not None and not not_name(named.group("name").split()[0]):
        return named.group("name")
    return None


# a takeover's price a share: "Kessler will pay CHF142 a share", "offering $38 per share"
_PER_SHARE_AFTER = re.compile(r" ?(?:a|per|for each) (?:ordinary |common )?share\b")
_TAKEOVER = re.compile(
    r"\b(?:premium|takeover|take over|acquir\w*|acquisition|buy(?:out)?|buying|bought|bid|"
    r"offer(?:ing|ed|s)?|tender)\b",
    re.I,
)
# what a reader would call such a price before this pass: a dividend or an EPS read from "pay
# ... a share", a share price
_OFFER_METRICS = frozenset(
    [None, "price", "share price", "dividend", "dividend per share", "earnings per share", "eps",
     "offer", "offer price", "offer price per share", "offer per share"]
)  # fmt: skip


_DESCRIPTOR = re.compile(r"\b[A-Z][\w.]*-(?:listed|based|owned|backed|headquartered|registered)\b")
_PASSIVE = re.compile(r"(?:bought|acquired|taken over|purchased) by\b")


def offer_prices(figures: Sequence[Figure]) -> list[Figure]:
    """A sum a share in a takeover's sentence (a premium, a bid, an offer, a purchase: not a
    dividend's) is the offer price per share, the target's where the sentence names whom the
    buyer buys ("agreed to buy Celdara for $38 a share") or whose price the premium is over."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        if (
            f.kind == "money"
            and f.metric in _OFFER_METRICS
            and at >= 0
            and _PER_SHARE_AFTER.match(f.sentence, at + len(f.surface))
            and "dividend" not in f.sentence.lower()
            and _TAKEOVER.search(f.sentence)
        ):
            f = replace(f, metric="offer price per share", subject=_target(f.sentence) or f.subject)
        out.append(f)
    return out


def _target(sentence: str) -> str | None:
    """The name the sentence's buying verb governs, else the one whose price a premium is
    measured against."""
    # (a descriptor before the name is no name: "offer for ASX-listed data centre operator X";
    # a passive's buyer is no target: "has agreed to be bought by the US group Harbourline")
    plain = _DESCRIPTOR.sub(lambda m: m.group(0).lower(), sentence)
    bought = [
        m.group("name")
        for m in _BOUGHT.finditer(plain)
        if not not_name(m.group("name")) and not _PASSIVE.match(plain, m.start())
    ]
    if bought:
        return bought[0]
    over = _PREMIUM_AFTER.search(sentence)
    return over.group("name") if over is not None and not not_name(over.group("name")) else None


# "the target's closing price of R35.40", "Shares in the target jumped 27.1%": the firm bid for
_THE_TARGET = re.compile(r"\b[Tt]he target(?:'s|\u2019s)?\b(?P<rest>(?:[^;:.]|\.(?=\d)){0,60})$")
_CAPITAL_WORD = re.compile(rf"\b{CAP}")


def target_referents(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure that "the target" owns ("a premium of 31.4% to the target's closing price of
    R35.40", "Shares in the target jumped 27.1%") owned by the firm the story's first takeover
    sentence bids for (``_target``); the others unchanged. Read only where a figure's sentence
    says "the target"."""
    if not any("the target" in f.sentence.lower() for f in figures):
        return list(figures)
    target = next(
        (t for s in sentences if _TAKEOVER.search(s) and (t := _bid_for(s)) is not None), None
    )
    if target is None:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        ref = _THE_TARGET.search(f.sentence, max(0, at - 70), at) if at > 0 else None
        if ref is not None and _CAPITAL_WORD.search(ref.group("rest")) is None:
            f = replace(f, subject=target)
        out.append(f)
    return out


# "has offered R46.50 a share in cash for JSE-listed cold-storage operator Ethekwini Cold Chain"
_OFFERED_FOR = re.compile(
    r"\b(?:offer(?:ed|ing|s)?|bids?|bidding|pay(?:s|ing)?|paid)\b(?:[^;.]|\.(?=\d)){0,60}? for "
    rf"(?:(?:[a-z][\w-]*|[A-Z]{{2,3}}) ){{0,4}}?(?P<name>{_NAME})\b"
)


def _bid_for(sentence: str) -> str | None:
    """The firm a takeover sentence bids for: its buying verb's (``_target``), else the name
    an offer or a bid is made "for"."""
    if (target := _target(sentence)) is not None:
        return target
    plain = _DESCRIPTOR.sub(lambda m: m.group(0).lower(), sentence)
    m = _OFFERED_FOR.search(plain)
    return m.group("name") if m is not None and not not_name(m.group("name")) else None
