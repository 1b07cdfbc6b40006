"""A figure's metric qualified by what its own sentence says of it, after every other rule
(the last pass over a story's figures):

- a move "by volume" or "by value" measures that: "Egg sales fell 5% by volume" (egg sales
  volume);
- a result reported on a basis says it: "earned $1.87 a share on an adjusted basis" (adjusted
  earnings per share), "On a like-for-like basis, sales rose 3%";
- a rate "of" a debt is its cost: "the average cost of its debt rose to 3.8%" (cost of debt);
- a figure that sets a limit or a target for the measure: "below the 50% limit" (gearing
  limit), "a £2bn cap", "inflation to reach its 2% target", "the target range of 1 per cent to
  3 per cent" (inflation target);
- a bare price in a sentence about tickets is a ticket price ("Tickets sold out, at prices
  from $25 to $180"), a bare yield in one about bonds a bond yield ("The 10-year gilt yield
  fell 6 basis points to 4.18%", "the Bund yield"), a rent or price for floor space one per
  square foot or metre ("let at £41 per sq ft");
- a sum a share a buyer pays or an offering is priced at is an offer price ("agreed to buy
  Brindle Pet Care for $38.50 a share", "priced its initial public offering at 2.62 dirhams a
  share");
- a sum "target" in a sentence about a broker's view of a stock is a price target ('kept its
  "buy" rating and a 3,200p target');
- a peak: "drew a peak of 3.2 million concurrent viewers, up from 2.6 million" (peak concurrent
  viewers, and the base the move is from shares it);
- a percentage "of" a plain noun is a share of it: "About 38% of visitors came" (share of
  visitors), "makes about 24% of its revenue online" (share of revenue), also behind a
  possessor: "pay 70% of the retailer's legal costs" (share of legal costs).

Each look is one bounded window of the figure's sentence; a metric of four words or more is
left as it is, so a callout stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.context import clause_start
from reader.figures.refine import singular
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.figures.written_at import PLAIN
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_MAX_WORDS = 4
_BY = re.compile(r" by (volume|value)\b")
_COST_OF = re.compile(
    r"\bcost of (?:its |the |their |our )?(?:\S+ (?:[a-z]+ )?of )?(debt|borrowing|capital|"
    r"funding|equity)\b[^,;]{0,30}$"
)
# a limit the figure sets: "below the 50% limit", "a £2bn cap on", "the 3% ceiling"
_LIMIT = re.compile(r" (limit|cap|ceiling|target)\b(?! on\b)")
# a target the figure is, written before it: "below the target range of 1 per cent to 3 per
# cent", "against a national target of 92%"
_TARGET_OF = re.compile(
    r"\b(target)(?: range)? of (?:about |around |between )?"
    r"(?:[$£€]?\d[\d.,]*%?(?: per ?cent)? (?:to|and) )?$"  # a range's second figure
)
_TICKETS = re.compile(r"\btickets?\b", re.I)
# what a bare gap is in: "close an £18m gap in next year's £412m budget" (budget gap), "only
# 38% had been funded, leaving a gap of about $2.5bn" (funding gap)
_GAP_IN = re.compile(
    r"^[^,;.]{0,25}? in (?:[\w'’]+ ){0,3}?(?:[$£€]?[\d.,]+[a-z]* )?(budget|finances)\b"
)
_GAP_AFTER = re.compile(r" (?:gap|shortfall|black hole|hole) in\b")  # not the budget itself
_FUNDED = re.compile(r"\b(?:funded|funding|underfunded)\b")
# a rent or price for an area of floor: "£41 per sq ft", "€5,200 a square metre"
_PER_AREA = re.compile(
    r" (?:per|a|an) (?:(sq\.? ?ft|square f(?:oo|ee)t)|sq\.? ?m|square met(?:re|er)s?)\b"
)
_LET_AT = re.compile(
    r"\b(?:let|leased|rented|sublet)\b(?: [\w-]+){0,4} (?:at|for) (?:about |around )?$"
)
# a sentence about government or company bonds, where a yield is a bond's
_BONDS = re.compile(
    r"\b(?:gilts?|[Bb]unds?|[Tt]reasury|[Tt]reasuries|bonds?|notes|eurobonds?|JGBs?|OATs?|"
    r"BTPs?)\b"
)
_PEAK = re.compile(r"\b(peak) of(?: about| around| some| nearly| almost| more than| over)? $")


# "38% of visitors", "24% of its revenue", "17% of traffic": what a share is of; a possessor
# may stand before it ("70% of the retailer's legal costs", "14% of Canada's output")
_SHARE_OF = re.compile(
    r" of (?:(?:the |its |their )?(?:[a-z]+|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})['’]s )?"
    r"(?:all |the |its |their |total |our )?([a-z][a-z-]*[a-z])\b(?! of\b)"
)
# what a share of may be that names no measure: time, a whole, a part, a scale, or an
# adjective left as the head when a stop word cut the phrase ("of the field's current value")
_NOT_OF = frozenset(["time", "times", "cases", "days", "years", "months", "weeks", "ways",
                     "terms", "total", "whole", "rest", "remainder", "them", "those", "these",
                     "it", "this", "that", "which", "what", "point", "points",
                     "cent", "percent", "gdp", "average", "income", "workforce", "staff",
                     "employees", "jobs", "shares", "stock", "seats", "market", "voters",
                     "members", "a", "an", "one", "current", "net", "gross", "annual",
                     "overall", "entire", "combined", "existing"])  # fmt: skip


# what a stake is held in
OWNED = frozenset(["club", "firm", "company", "bank", "group", "airline", "business", "venture",
                    "carrier", "operator", "team", "stake", "insurer", "lender", "retailer",
                    "brewer", "maker", "producer", "project", "field", "division",
                    "subsidiary"])  # fmt: skip


def _share_of(fig: Figure, text: str, start: int, end: int) -> str | None:
    """ "About 38% of visitors came": "share of visitors" (the noun phrase's head and the word
    before it: "share of natural gas"), when the figure has no metric, its metric is the very
    noun it is a share of, or its metric is named only in a later clause ("keep 40% of its
    output uncontracted to benefit from spot prices": ``_named_later``); a share of a firm or
    club is a stake; else None."""
    m = _SHARE_OF.match(text, end) if fig.kind == "percent" else None
    if m is None:
        return None
    run: list[str] = []
    for word in text[m.start(1) : m.start(1) + 60].split():
        clean = word.rstrip(",.;:")
        if not run and clean in ("total", "overall", "the", "its", "their"):
            continue  # "of the total debt"
        if not PLAIN.match(clean) or clean in sumy_stop_words() or clean.endswith("ed"):
            break
        run.append(clean)
        plural = clean.endswith("s") and not clean.endswith("ss")
        named = fig.metric is not None and singular(clean) == singular(fig.metric.lower())
        if clean != word or len(run) == 3 or plural or named:
            break  # "24% of its revenue online", "38% of visitors came"
    if not run or run[-1] in _NOT_OF:
        return None
    noun = run[-1]
    if fig.metric is not None and singular(fig.metric.lower()) != singular(noun):
        after = text.find(noun, m.start(1)) + len(noun)
        if not _named_later(fig.metric, text, start, after):
            return None
    if noun in OWNED:
        return "stake"  # "28.9% of the club", "a 10% stake"
    return "share of " + " ".join(run[-2:])


# what parts a later clause from a share's "of" phrase: a purpose ("to benefit from"), a comma
_LATER_CLAUSE = re.compile(r" (?:to|so as to|in order to) [a-z]+ |, ")


def _named_later(metric: str, text: str, start: int, after: int) -> bool:
    """The metric's last word is written only in a later clause than the share's "of" phrase
    (ending at ``after``): not in the figure's clause before it, and past a purpose or a comma
    after the phrase ("keep 40% of its output uncontracted to benefit from spot prices")."""
    word = singular(metric.lower().split()[-1])
    low = text.lower()
    if len(word) < 3 or word in low[clause_start(text, start) : start]:
        return False
    at = low.find(word, after)
    return at >= 0 and _LATER_CLAUSE.search(low, after, at) is not None


def qualified(fig: Figure, text: str, start: int, end: int) -> str | None:
    """The figure's metric with what its sentence says of it (module doc)."""
    share = _share_of(fig, text, start, end)
    if share is not None:
        return share
    metric = _per_area(fig, text, start, end)
    priced = _stock_price(fig, metric, text, start, end)
    if priced is not None:
        return priced
    if metric is None or len(metric.split()) >= _MAX_WORDS:
        return metric
    low = metric.lower()
    by = _BY.match(text, end) if fig.kind == "percent" else None
    if by is not None and not low.endswith(("volume", "value")):
        return f"{metric} {by.group(1)}"  # "fell 5% by volume"
    lo = clause_start(text, start)
    basis = _BASIS.search(text, lo, min(len(text), end + 60)) if " basis" in text else None
    if basis is not None and low in _RESULTS and basis.group(1).lower() not in low:
        return f"{basis.group(1).lower()} {metric}"  # "earned $1.87 a share on an adjusted basis"
    if fig.kind in ("percent", "other") and low.split()[-1] in ("debt", "borrowing", "capital"):
        cost = _COST_OF.search(text, lo, start)
        if cost is not None:
            return f"cost of {cost.group(1)}"  # "the average cost of its debt rose to 3.8%"
    limit = _LIMIT.match(text, end) or _TARGET_OF.search(text, max(0, start - 30), start)
    if limit is not None and low.split()[-1] not in ("limit", "cap", "ceiling", "target"):
        return f"{metric} {limit.group(1)}"  # "below the 50% limit set by the regulator"
    peak = _PEAK.search(text, max(0, start - 30), start)
    if peak is not None and peak.group(1) not in low:
        return f"{peak.group(1)} {metric}"  # "a peak of 3.2 million concurrent viewers"
    # (the budget named before the gap too: "a £2.1m gap in its transport budget")
    gap = low == "gap" or (low.endswith("budget") and _GAP_AFTER.match(text, end) is not None)
    if gap and fig.kind == "money":
        gap_in = _GAP_IN.match(text[end : end + 60])
        if gap_in is not None:
            return "budget gap"  # "an £18m gap in next year's £412m budget"
        if _FUNDED.search(text, max(0, start - 120), start):
            return "funding gap"  # "only 38% had been funded, leaving a gap of $2.5bn"
    if low == "price" and fig.kind == "money" and _TICKETS.search(text, lo, start):
        return "ticket price"  # "Tickets sold out, at prices from $25"
    if low in ("yield", "yields") and fig.kind in ("percent", "other") and _BONDS.search(text):
        return "bond yield"  # "The 10-year gilt yield fell 6 basis points to 4.18%"
    return metric


# what a buyer pays or an offering is priced at, a share: "agreed to buy Brindle Pet Care for
# $38.50 a share", "has priced its initial public offering at 2.62 dirhams a share"
_OFFER = re.compile(
    r"(?:\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take over|takes over|"
    r"took over|taking over)\b[^;:]{0,60} for|\bpriced (?:its|the|their) [\w -]{0,40}?"
    r"(?:offering|IPO|listing|flotation|shares) at) (?:about |around |roughly )?$"
)
# the basis a result is reported on, written in the figure's clause: "earned $1.87 a share on
# an adjusted basis", "On a like-for-like basis, sales rose 3%"
_BASIS = re.compile(
    r"\bon an? (adjusted|underlying|like-for-like|comparable|organic|constant-currency|"
    r"normali[sz]ed|recurring|diluted) basis\b",
    re.I,
)
_RESULTS = frozenset(["earnings per share", "earnings", "net income", "profit", "net profit",
                      "operating profit", "pre-tax profit", "ebitda", "ebit", "revenue", "sales",
                      "operating margin", "margin", "growth", "revenue growth", "sales growth",
                      "costs", "loss", "net loss", "operating income"])  # fmt: skip
# a sentence about a broker's view of a stock
_BROKER = re.compile(r"\b(?:rating|broker|brokers|analyst|analysts|shares|stock|upgrade|downgrade)")
_A_SHARE = re.compile(r" (?:a|per) (?:share|ADS)\b")


def _stock_price(fig: Figure, metric: str | None, text: str, start: int, end: int) -> str | None:
    """An offer price (a sum a share a buyer offers or an offering is priced at) or a broker's
    price target ('a 3,200p target'), or None."""
    if fig.kind != "money" or metric not in (None, "share price", "price"):
        return None
    if _A_SHARE.match(text, end) and _OFFER.search(text, max(0, start - 100), start):
        return "offer price"  # "agreed to buy Brindle Pet Care for $38.50 a share"
    if text.startswith(" target", end) and _BROKER.search(text):
        return "price target"  # 'kept its "buy" rating and a 3,200p target'
    return None


def _per_area(fig: Figure, text: str, start: int, end: int) -> str | None:
    """A rent or price for floor space per square foot or metre ("let in the summer at £41 per
    sq ft": rent per square foot; a bare sum per square metre is a price); else the figure's
    metric."""
    area = _PER_AREA.match(text, end) if fig.kind == "money" else None
    if area is None:
        return fig.metric
    metric = fig.metric or "price"
    if _LET_AT.search(text, max(0, start - 50), start):
        metric = "rent"
    if len(metric.split()) >= _MAX_WORDS or metric.lower().split()[-1] not in _AREA_PRICED:
        return fig.metric
    return f"{metric} per square {'foot' if area.group(1) else 'metre'}"


_AREA_PRICED = frozenset(["rent", "rents", "price", "prices"])


def _bare(fig: Figure, metric: str | None) -> str | None:
    """The bare measure a qualified metric says more of ("egg sales" in "egg sales volume",
    "revenue" in "share of revenue"): what look-ups by kind of measure read; else None."""
    old = fig.measure or fig.metric
    words = set((metric or "").lower().split())
    if (
        old is None
        or not words
        or not {singular(w) for w in old.lower().split()} <= {singular(w) for w in words}
    ):
        return None
    return old


def qualified_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure's metric qualified by its own sentence (``qualified``); a base in the same
    sentence that had the same metric takes the qualified one ("a peak of 3.2 million viewers,
    up from 2.6 million": both peaks)."""
    out: list[Figure] = []
    made: dict[tuple[int, str], str] = {}  # (sentence, old metric) -> qualified metric
    for f in figures:
        i = f.sentence_index
        text = sentence_of(f, sentences)
        at = surface_at(f, text)
        if f.measure and _bare(f, f.metric) is None:
            f = replace(f, measure=None)  # a later rule named another measure than the bare one
        metric = qualified(f, text, at, at + len(f.surface)) if at >= 0 else f.metric
        if f.metric and metric != f.metric and f.status != "base":
            made[(i, f.metric)] = metric or ""
        out.append(f if metric == f.metric else replace(f, metric=metric, measure=_bare(f, metric)))
    return [
        replace(f, metric=made[(f.sentence_index, f.metric)], measure=f.measure or f.metric)
        if f.status == "base" and f.metric and made.get((f.sentence_index, f.metric))
        else f
        for f in out
    ]
