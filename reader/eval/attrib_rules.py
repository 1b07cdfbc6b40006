"""When the attribution eval (``reader.eval.attribution``) calls an extracted metric, owner or
period right: as a reader would take it, not letter for letter.

- a metric: the extracted one names the labelled one (case-folded, after ``SYNONYMS``,
  singular and plural alike: "costs" is "cost"; a labelled metric of two words matches an
  extracted one holding both; the words of ``SAME_WORDS`` folded on both sides: "shop
  openings" and "shops opened"; a labelled word naming the same measure as the rest of the
  label, an amount word, or a function word joining two of its words, is not asked for: "box
  office takings" is the box office, "index level" the index, "revenue from operations"
  operations revenue, ``label_words``); a labelled change's direction word is not asked of a
  callout that shows the move signed the same way: "revenue growth" is "revenue +9.6%",
  "share price change" is "share price -4.1%" (``change_answered``), and a labelled forecast's
  or plan's word one that shows that status: "revenue guidance" is "revenue (forecast)"
  (``status_answered``);
- an owner: the extracted subject and an acceptable owner share a name word (case-folded, not
  a function word such as "the" or "of"), or both are empty;
- a period: the same words, or one holding the other's (``period_right``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Names for one metric that a reader takes as the same thing.
SYNONYMS = {
    "sales": "revenue",
    "turnover": "revenue",
    "net profit": "net income",
    "earnings per share": "eps",
    "market cap": "market value",
    "market capitalisation": "market value",
    "market capitalization": "market value",
    "takings": "box office",
    "gross": "box office",
    "wage": "salary",
    "wages": "salary",
    "pay": "salary",
    "compensation": "salary",
    "fortune": "wealth",
    "net worth": "wealth",
    "penalty": "fine",
    "job cuts": "jobs cut",
    "layoffs": "jobs cut",
    "share buyback": "buyback",
    "production": "output",
    # a reader takes these as the same measure: copies of a game or book sold are units sold,
    # a body's staff are its employees
    "copies": "units sold",
    "copies sold": "units sold",
    "staff": "employees",
    # labellers name one measure both ways: a body's workers or workforce are its employees
    # ("9,000 workers" and "employs 9,000 people" count one thing); what a listing or a funding
    # round values a company at is its market value ("values the company at €6bn")
    "workers": "employees",
    "workforce": "employees",
    "valuation": "market value",
    # one measure under two names a reader takes as the same: a firm's operating income is its
    # operating profit; unemployment given as a percentage is the unemployment rate; hiring
    # is the jobs a firm adds
    "operating income": "operating profit",
    "unemployment rate": "unemployment",
    "hiring": "jobs added",
    # a company's closing price is its share price ("Harcastle's closing price of 155.8 pence")
    "closing price": "share price",
    "last close": "share price",
    # jobs a plant or project creates are the jobs it adds ("will create 600 jobs"); a club's
    # or co-op's membership is its members; a country's tourist arrivals are its foreign
    # visitors ("received 27.4 million foreign visitors")
    "jobs created": "jobs added",
    "membership": "members",
    "tourist arrivals": "visitors",
    "arrivals": "visitors",
    # capex is capital expenditure, which reporters also write as capital spending
    "capital spending": "capex",
    "capital expenditure": "capex",
}
# words of a measure's name that a reader takes as one, folded on both sides: shops opened are
# shop openings and shops closed shop closures; a home's price is a house price; a gift to a
# charity is a donation
SAME_WORDS = {
    "opening": "opened",
    "openings": "opened",
    "closure": "closed",
    "closures": "closed",
    "home": "house",
    "homes": "houses",
    "gift": "donation",
    "gifts": "donations",
}
_WORD = re.compile(r"[^\W\d_]+")


def canonical(metric: str | None) -> str:
    m = " ".join((metric or "").lower().split())
    return SYNONYMS.get(m, m)


def singular(word: str) -> str:
    """A word's number folded: "costs" and "cost", "prices" and "price", "levies" and "levy"
    name one measure ("ss" endings and short words are left: "loss", "gas"), as do "losses"
    and "loss", "taxes" and "tax", "branches" and "branch" (the "es" of a hissing ending)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_JOINING = frozenset(["of", "from", "in", "for", "the", "a", "an", "to", "on", "at", "by", "per"])
# a word naming how much of a measure there is, not another measure: an index's level is the
# index ("index level" for "the index closed at 1,412.56 points")
_AMOUNT_WORDS = frozenset(["level", "levels"])


def label_words(want: str) -> list[str]:
    """The words of a (canonical) label a found metric must hold: a word naming the same
    measure as the rest of the label says nothing more ("box office takings": takings are the
    box office, so "box office" holds it), nor does an amount word beside another word
    ("index level" is the index)."""
    words = _WORD.findall(want)
    rest = " ".join(words)
    kept = [w for w in words if not (w in SYNONYMS and f" {SYNONYMS[w]} " in f" {rest} ")]
    plain = [w for w in kept if w not in _AMOUNT_WORDS] or kept
    # a function word between two of the measure's words joins them: "revenue from operations"
    # is operations revenue, "sales in Japan" Japan sales, "diesel price a litre" the price per
    # litre; one at the end says something ("votes for" are not all votes)
    inner = range(1, len(plain) - 1)
    return [w for k, w in enumerate(plain) if not (k in inner and w in _JOINING)]


# words of a labelled change ("revenue growth", "share price change", "index fall") that a
# callout showing the move signed ("revenue +9.6%") already says: a rise's words need a "+",
# a fall's a "-", a bare change either
_RISE_WORDS = frozenset(["growth", "increase", "rise", "gain", "jump", "climb", "hike"])
_FALL_WORDS = frozenset(["fall", "decline", "drop", "decrease", "slide", "slump", "cut",
                         "reduction"])  # fmt: skip
_MOVE_WORDS = frozenset(["change", "move", "movement"])


def change_answered(label: str, signed: str) -> str:
    """``label`` without the words of a change that the signed callout ``signed`` ("+9.6%",
    "~-$2M", "-≤$0.30"; "" for a figure not shown as a move) already says, when some other word
    is left to name the measure; else ``label``."""
    sign = signed.lstrip("~")[:1]
    if sign not in ("+", "-"):
        return label
    return _unsaid(label, _MOVE_WORDS | (_RISE_WORDS if sign == "+" else _FALL_WORDS))


# words of a labelled forecast or plan ("revenue guidance", "subscriber target") that a callout
# showing the same status beside the metric ("revenue (forecast)", "subscribers (planned)")
# already says
_STATUS_WORDS = {
    "forecast": frozenset(["forecast", "guidance", "outlook", "projected", "projection",
                           "estimate", "estimated", "expected"]),
    "planned": frozenset(["target", "planned", "proposed", "goal", "plan"]),
}  # fmt: skip
_STATUS_WORDS["expected"] = _STATUS_WORDS["forecast"]


def status_answered(label: str, status: str) -> str:
    """``label`` without the words of its status that the callout shows beside the metric
    (``status``: the figure's status where it is the labelled one), when some other word is
    left to name the measure; else ``label``."""
    return _unsaid(label, _STATUS_WORDS.get(status, frozenset()))


def _unsaid(label: str, said: frozenset[str]) -> str:
    """``label`` without its words (in either number) the callout already ``said``, when some
    other word is left to name the measure; else ``label``."""
    words = _WORD.findall(label.lower())
    kept = [w for w in words if singular(w) not in said]
    return " ".join(kept) if kept and len(kept) < len(words) else label


def metric_right(label: str, found: str | None, signed: str = "", status: str = "") -> bool:
    """The found metric names the labelled one; ``signed``: the callout's signed move when the
    label calls the figure a change (``change_answered``); ``status``: the status the callout
    shows when it is the labelled one (``status_answered``)."""
    if signed:
        label = change_answered(label, signed)
    if status:
        label = status_answered(label, status)
    want, got = canonical(label), canonical(found)
    if not got:
        return False
    if want == got or canonical(singular(want)) == canonical(singular(got)):
        return True
    words = set(_WORD.findall(got)) | {canonical(w) for w in _WORD.findall(got)}
    for phrase, same in SYNONYMS.items():  # "adjusted earnings per share" holds an EPS
        if " " in phrase and phrase in got:
            words |= set(_WORD.findall(same))
    words |= {SAME_WORDS[w] for w in words if w in SAME_WORDS}
    folded = {singular(w) for w in words}
    wanted = (SAME_WORDS.get(w, w) for w in label_words(want))
    return all(w in words or singular(w) in folded for w in wanted)


# words two owners' names can share without naming the same owner ("the group" / "brightwave,
# the uk"; "Bank of England" / "Office of Rail and Road")
_FUNCTION_WORDS = frozenset(["the", "a", "an", "of", "and", "in", "for", "at", "on", "to", "de"])


def subject_right(subjects: Sequence[str], found: str | None) -> bool:
    got = {w.lower() for w in _WORD.findall(found or "")}
    if not subjects:
        return not got
    names = got - _FUNCTION_WORDS
    return any(names & {w.lower() for w in _WORD.findall(s)} for s in subjects)


# "Q3" is the third quarter, "H1" the first half
_QUARTER = re.compile(r"\b([qh])([1-4])\b")
_ORDINALS = ("first", "second", "third", "fourth")
_HALF = {"q": "quarter", "h": "half"}
_NOT_PERIOD = frozenset(["the", "in", "for", "of", "on", "during", "by"])


def _period_words(period: str) -> set[str]:
    text = _QUARTER.sub(
        lambda m: _ORDINALS[int(m.group(2)) - 1] + " " + _HALF[m.group(1)], period.lower()
    )
    words = re.findall(r"[^\W_]+", text)
    return {w for w in words if w not in _NOT_PERIOD}


def period_right(label: str, found: str) -> bool:
    """The period the briefing gives a figure names the labelled one: the same words (case,
    hyphens and "in"/"the" aside), or one holding the other's ("third quarter" and "the third
    quarter of 2025")."""
    want, got = _period_words(label), _period_words(found)
    return bool(want and got) and (want <= got or got <= want)
