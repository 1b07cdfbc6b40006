"""A figure's status carried from the figure before it in the sentence (``status.py`` reads
each figure's own clause; this reads how two figures of one sentence hang together).

A figure with no status of its own takes the planned or forecast status of the figure before
it when it stands in a list under the same verb ("would pay for 12 jets, two radar systems
and an extra 4,000 conscripts") or in a participle clause hung on that verb ("will raise
spending by 49 billion kroner, the government said, taking the budget to 3%"). A figure with
a verb of its own between them keeps its own status ("will cut 500 jobs, and sales fell 4%").
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.figures.clause import has_verb
from reader.figures.status import RELATIVE_PAST, clause_outlook
from reader.model import Figure

# a participle clause hung on the figure's verb: "will raise spending by 49 billion kroner, the
# government said, taking the budget to 3%", "would pay for 4,000 conscripts, bringing the
# intake to 9,500": the clause's figure is as planned (or forecast) as the verb's
_PARTICIPLE = re.compile(
    r", (?:taking|bringing|lifting|pushing|raising|boosting|increasing|cutting|lowering|"
    r"reducing|putting|creating|adding|valuing|making)\b[^,;:.]*$"
    # the means of a plan: "expects to cut annual costs by $31 million, mostly by closing 16
    # overlapping branches"
    r"|, (?:mostly |partly |largely |mainly |chiefly )?by [a-z]+ing\b[^,;:.]*$"
    # what a planned thing costs: "plans a 120-bed cancer wing costing ₹185 crore"
    r"|^(?: [a-z-]+){0,3} (?:costing|priced at|valued at)(?: about| around| some| up to| roughly)? $"
    # what the money is for: "appealed for $4.2bn to help 20.9 million people"
    r"|^ (?:a year |each year |in total )?to (?:help|support|feed|reach|house|fund|pay for|cover|"
    r"assist|protect|hire|train|build|treat|serve) (?:about |around |some |nearly |almost |"
    r"more than |up to |an estimated )?$"
)


def carried_status(text: str, figures: list[Figure]) -> list[Figure]:
    """Each figure with the status the figure before it carries to it (module doc)."""
    out: list[Figure] = []
    at = 0
    for fig in figures:
        a = text.find(fig.surface, at)
        prev = out[-1] if out else None
        p = text.rfind(prev.surface, 0, a) if prev is not None and a >= 0 else -1
        gap = text[p + len(prev.surface) : a] if prev is not None and p >= 0 else ""
        was = prev.status if prev is not None and gap and len(gap) <= _GAP else None
        # (what was expected carries only down a list: "had expected $1.71 a share and $5.07
        # billion in sales", not to a participle on the sentence's own verb: "above the 3 million
        # analysts had forecast, taking its total to 96 million")
        carries = _listed(gap) if was == "expected" else _carries(gap)
        if was in _CARRIED and fig.status is None and not _FULL_STOP.search(gap) and carries:
            fig = replace(fig, status=was)
        elif (
            was == "planned"
            and fig.status == "forecast"
            and _stepped(text, gap, a + len(fig.surface))
        ):
            fig = replace(fig, status="planned")
        if prev is not None and fig.status is None and prev.status == "base" and a >= 0:
            fig = replace(fig, status=_gapped_status(text, out, p, gap, a))
        if prev is None and fig.status is None and a >= 0 and (hung := _hung_status(text, a)):
            fig = replace(fig, status=hung)
        out.append(fig)
        at = a + len(fig.surface) if a >= 0 else at
    return out


# a change written as an apposition to the level it moves ("to €34,000 a year, an increase of
# 14%"), a second infinitive under the same intention ("aimed to save £34m and return to a
# surplus of 2%"), a relative clause saying what a planned figure makes ("set a price range of
# €26 to €31, which values the company at between €6bn and €7bn")
# a verb's plain form that runs a series on under one modal ("would pay a £6.8m penalty, return
# £4.3m to customers and put a further £1.5m into the scheme"); ``gapped.py`` reads these as no
# gapped clause's noun
SERIES_VERBS = ("pay", "return", "refund", "repay", "put", "spend", "invest", "hire", "add",
                "build", "buy", "sell", "raise", "give", "provide", "fund", "create", "borrow",
                "lend", "inject")  # fmt: skip
# ... and more verbs that run a series on, which gapped.py does not rule out as nouns
_MORE_SERIES_VERBS = ("recruit", "open", "close", "cut", "reduce", "lift", "increase", "offer",
                      "set aside", "take", "keep", "save", "issue", "contribute", "allocate",
                      "launch", "order", "deliver", "install", "plant", "train")  # fmt: skip
_SERIES_VERB = "(?:" + "|".join((*SERIES_VERBS, *_MORE_SERIES_VERBS)) + ")"
_WHICH = (
    r", which (?:would |will |could )?(?:values?|puts?|takes?|brings?|gives?|lifts?|means?)"
    r" (?:[a-z'\u2019-]+ ){0,4}(?:at |to )?(?:between |about |around |up to )?$"
)
_APPOSED = re.compile(
    r", (?:an? |the )?(?:increase|rise|jump|hike|fall|drop|cut|reduction|decline|gain|saving|"
    r"cost) of (?:about |around |some |nearly |almost |roughly |up to |between )?$"
    r"|^[^,;:]*,? and (?:to )?(?!(?:its|the|their|a|an|also)\b)[a-z]+(?<!ed)(?<!s) "
    r"(?:[a-z'\u2019-]+ ){0,4}$"
    r"|"
    + _WHICH
    # the next verb of a series under the same modal: "would pay a £6.8m penalty, return £4.3m
    # to customers and put a further £1.5m into the scheme" (a verb's plain form only)
    + r"|^[^,;:]*, (?:then |also )?"
    + _SERIES_VERB
    + r" (?:[a-z'\u2019-]+ ){0,4}$"
)
# "a 5% discount, worth roughly $40m", "5,000 bikes by 2028, with about 150 new stations",
# "A$250m over two years, including grants of up to A$75,000": the worth or a part of the figure
_PART = re.compile(
    # the change to it: "will shrink to 26.4m tonnes this season, down 21% from"
    r"^(?:(?! and )[^,;:]){0,40}, (?:up|down) (?:about |around |some |nearly |almost |roughly )?$"
    # the same amount put another way: "a $118.6 million rate increase, or 9.4%", "400 jobs, or
    # 5% of its workforce"
    r"|^(?:(?! and )[^,;:]){0,40}, or (?:about |around |some |nearly |almost |roughly |just )?$"
    r"|^(?:(?! and )[^,;:]){0,60}, (?:worth|with|including)(?: (?:[a-z-]+ ){0,3}of)? (?:about |around |some |nearly |"
    # ("approved a £612m budget for 2026-27, including a 4.99% increase in council tax")
    r"almost |roughly |up to |a further |another |an? )?$"
)
_WHICH_MAKES = re.compile(_WHICH)
_CARRIED = frozenset(["planned", "forecast", "expected"])
# a sentence's end between the two figures; not a decimal point ("won ($1.4 billion) in")
_FULL_STOP = re.compile(r"\.(?!\d)")
_GAP = 120  # characters between the two figures
# the next period's step of a planned change: "has offered 4.5% this year and 3% next year"
_PERIOD = r"(?:year|season|financial year|quarter|month|half)"
_THIS_THEN = re.compile(
    rf" (?:this|in the first|for the first|in the current) {_PERIOD}(?: and|, and|, then|"
    r", followed by) (?:about |around |a further |another )?"
)
_TO_LEVEL = re.compile(r"[^,;]{0,40}, to (?:about |around |some |nearly |almost |roughly |just )?")
_NEXT = re.compile(rf" (?:in |for )?(?:next|the following|the second) {_PERIOD}\b")
_THREAT = re.compile(r" (?:at risk|under threat|in jeopardy)\b")
# a clause after a semicolon that leaves its verb out: "will receive around £7m a year; a
# smaller club about £1m" (the noun phrase and the figure, no verb of its own)
_SEMI_GAPPED = re.compile(
    r"^[^;:.]{0,30}; ((?:an? |the |its |their |each )?(?:[A-Za-z0-9'\u2019-]+ ){1,4})"
    r"(?:about |around |some |nearly |almost |roughly |up to |just )?$"
)
# the next payer and its sum with the verb left out: ", the city of Lucerne CHF 71 million and
# Emmen CHF 31 million" (each name a few words, no verb of its own)
_NAMED_GAPPED = re.compile(
    r"^(?:,| and|, and) (?:the |its |their )?"
    # (not a comparison or a possessor: ", well below the existing firm's $500 price tag")
    r"(?!(?:[\w'\u2019-]+ )*?(?:below|above|under|over|than|against|compared|versus|from|to|"
    r"with|for|while|whereas|but|well|far|after|before|since|despite|as|when|because|"
    r"following|[a-z]+ing)\b)"
    r"(?:[A-Za-z-]+ ){1,5}"
    r"(?:about |around |some |nearly |almost |roughly |up to |just )?$"
)
_LISTED = re.compile(
    r"^[^;:]*(?:,| and) (?:an? |the )?(?:extra |further |more |additional |another |between )?$"
    # a listed item named before its figure: "wants a 12% rise, a housing allowance of N$1,600
    # a month and a night-shift allowance of N$45 an hour"
    # (not a premium or discount measured to a price: "will pay Rwf310 a share, a premium of 36%
    # to its close", as the rounds label it)
    r"|^[^;:]*(?:,| and) (?:an? |the )(?!(?:[a-z-]+ )*?(?:premium|discount)\b)(?:[a-z-]+ ){1,3}of "
    r"(?:about |around |up to |at least )?$"
)


def _stepped(text: str, gap: str, end: int) -> bool:
    """Whether a forecast figure after a planned one is a step of the plan: "offered 4.5% this
    year and 3% next year", "would receive 27% of it, which will take the average contract to
    A$410,000" (the caller has checked the earlier figure is carried)."""
    return bool(
        (_THIS_THEN.fullmatch(gap) and _NEXT.match(text, end))
        or _WHICH_MAKES.search(gap)
        or _TO_LEVEL.fullmatch(gap)  # "would rise 4.5% in April, to £11.40"
        or _PART.search(gap)
    )


def _carries(gap: str) -> bool:
    if _THREAT.match(gap) is not None:
        return False  # "putting 1,600 jobs at risk and halting work on 14 sites": the threat is
        # to the jobs; the halt is done
    if _PARTICIPLE.search(gap) or _APPOSED.search(gap) or _PART.search(gap):
        return True
    semi = _SEMI_GAPPED.match(gap)
    if semi is not None:  # "...; a smaller club about £1m": the verb left out is the one before
        return not has_verb(gap, semi.start(1), len(gap))
    if _NAMED_GAPPED.match(gap) is not None and not has_verb(gap, 0, len(gap)):
        return True  # "The canton will pay CHF 214 million, the city CHF 71 million": its verb
    return _listed(gap)


def _listed(gap: str) -> bool:
    """The second figure is the next item of a list under the first one's verb."""
    return _LISTED.match(gap) is not None and not has_verb(gap, 0, len(gap)) and len(gap) <= 90


# a participle clause with no figure before it in its sentence, hung on a clause that plans or
# forecasts: "plans to introduce timed tickets from June, limiting traffic to 3,500 vehicles a
# day", "expects demand to recover next year, lifting sales to about $2bn"
_HUNG = re.compile(r", ([a-z]+ing) (?:[^,;:.]|[.,](?=\d)){0,80}$")
_NOT_PARTICIPLE = frozenset(
    ["during", "morning", "evening", "spring", "king", "thing", "something", "nothing",
     "anything", "everything", "ceiling", "housing", "funding", "building", "meeting",
     "according", "including", "excluding", "string", "sibling", "ring", "wing", "bring",
     "having", "being"]
)  # fmt: skip


def _hung_status(text: str, start: int) -> str | None:
    """The planned or forecast status of the clause a participle clause hangs on (not "having
    agreed", which is done, nor a status a noun lends: "missed its target of 3%, turning in 2%")."""
    m = _HUNG.search(text, 0, start)
    if m is None or m.group(1) in _NOT_PARTICIPLE or _FULL_STOP.search(text, 0, m.start()):
        return None
    if RELATIVE_PAST.search(text, m.end(1), start):
        return None  # "blaming fuel costs that rose 22%": a past verb of its own
    return clause_outlook(text, m.start())


# a second change with its verb left out after a base: "will rise to $30 from $25, and the annual
# pass to $90" (the $90 is as planned as the $30, not as the $25 it follows)
_GAPPED = re.compile(
    r"^(?: [a-z0-9-]+){0,3},? and (?:the |its |their |a |an )?(?:[A-Za-z-]+ ){1,4}(?:to|by|of) "
    r"(?:about |around |some |nearly |almost |roughly )?$"
)


# a verb of its own the verb list and the past-tense test miss ("and the council said permits
# cost £35"): the clause is no payer with its verb left out
_OWN_VERB = re.compile(
    r"\b(?:said|says|told|tells|costs?|paid|pays|gets?|got|took|takes|made|makes|is|are|was|"
    r"were|has|have|had|will|would)\b"
)


def _next_payer(gap: str) -> bool:
    """The gap names the next payer with no verb of its own: "will cost ₦3,500 instead of
    ₦2,900, the Standard plan ₦6,900"."""
    return (
        _NAMED_GAPPED.match(gap) is not None
        and not has_verb(gap, 0, len(gap))
        and not _OWN_VERB.search(gap)
    )


_AND_FROM = re.compile(
    r"\b[A-Za-z-]+(?: [A-Za-z-]+){0,3},? and (?:the |its |their |a |an )?(?:[a-z-]+ ){0,3}from "
    r"(?:about |around |some |nearly |almost |roughly )?$"
)


def _gapped_status(text: str, out: list[Figure], p: int, gap: str, start: int) -> str | None:
    """The status of the figure the verb left out belongs to, or None (the comment above);
    ``p`` is where the base before it stands and ``gap`` the text between the two."""
    if p < 0:
        return None
    if not _next_payer(gap) and _GAPPED.match(gap) is None:
        # "will go up from $7.99 to $9.49 in the US, and from £6.99 to £7.99 in the UK": a
        # second move with its verb left out, read from the base it starts at
        if gap.strip() not in ("to", "-", "\u2013") or not _AND_FROM.search(
            text, max(0, p - 60), p
        ):
            return None
        p = text.rfind(",", max(0, p - 60), p)
        if p < 0:
            return None
    head = next((f for f in reversed(out) if f.status != "base"), None)
    if head is None or head.status not in _CARRIED:
        return None
    h = text.rfind(head.surface, 0, p)
    if h < 0 or start - h > _GAP or _FULL_STOP.search(text, h, start):
        return None
    return head.status
