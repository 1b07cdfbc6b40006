"""The words around a figure that name what it measures, as the last pass over a story's
figures (after ``qualify.py`` and ``kin.py``):

- the words its own noun phrase writes before or after the measure (``premodified.py``:
  "underlying operating profit of £63m", "funding for physics and astronomy falls 8%");
- the holder of a count: "its loyalty app has 4.8 million members", "the academy, which has 64
  players": the counted noun with the lower-case noun phrase that has it ("loyalty app
  members"), when the metric is that counted noun and the holder is no firm or body;
- the part a share is of its whole: "Breakfast now accounts for 27% of sales" (breakfast share
  of sales), "online sales made up 38% of the total" (share of online sales);
- a sum added to or taken off a measure: "adding £23m to costs", "wiped $4bn off its market
  value";
- an economy's growth is GDP growth;
- pay with no person in its sentence is no one's pay: "compensation" when written ("paid
  passenger compensation of £3.1m"), earnings after "earned" ("its cargo division earned
  C$164m");
- the first of two figures paired "respectively" with two measures takes the first measure
  ("Revenue and profit rose 5% and 8% respectively": revenue; "butter and flour prices up
  18% and 11% respectively": butter price);
- a measure defined in an aside before its verb: "Churn, the share of customers who leave each
  month, fell to 2.1%" is churn, not a word of the definition;
- a base in the same sentence takes the longer name its measure was given ("a salary cap of
  £6.4m next season, from £7m").

Each look is one bounded window of the figure's sentence, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.context import clause_start
from reader.figures.gate import Gated
from reader.figures.names import is_person
from reader.figures.people import last_person
from reader.figures.premodified import (
    DETERMINERS,
    MAX_WORDS,
    QUOTES,
    inside,
    modifiers,
    participle,
    premodified,
    verb_form,
)
from reader.figures.qualify import OWNED
from reader.figures.refine import singular
from reader.figures.restated_share import restated_share
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.figures.topics import PERSONISH as _PERSONISH
from reader.figures.vocabulary import METRIC_OF
from reader.figures.written_at import PLAIN
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# "its loyalty app has 4.8 million members", "the academy, which has 64 players": the
# holder's last word, then the verb of having and the figure's hedge words
_HOLDER = re.compile(
    r"(?P<noun>[a-z][a-z-]*[a-z])(?:,? which)? (?:now |still |already )?"
    r"(?:has|had|have|boasts)(?: about| around| some| nearly| almost| more than| over)? $"
)


def held_by(fig: Figure, text: str, start: int) -> str | None:
    """A count's counted noun with the lower-case noun phrase that has it ("its loyalty app
    has 4.8 million members": "loyalty app members"), when the metric is that noun and the
    holder is no firm or body (``qualify.OWNED``: "the company has 41.7 million subscribers"
    names whose they are); else the metric unchanged."""
    metric, unit = fig.metric, (fig.unit or "").lower()
    if fig.kind != "count" or metric is None or not unit or start < 0 or " " in metric:
        return metric
    if singular(metric.lower()) != singular(unit.split()[-1]):
        return metric
    m = _HOLDER.search(text, max(0, start - 60), start)
    if m is None or m.group("noun") in OWNED or m.group("noun") in sumy_stop_words():
        return metric
    words = text[max(0, m.start() - 60) : m.end("noun")].split()
    kept = [w for w in modifiers(words) if singular(w) != singular(metric.lower())]
    if not kept or kept[-1] != m.group("noun"):
        return metric
    return " ".join([*kept, metric.lower()][-MAX_WORDS:])


# "Breakfast now accounts for 27% of sales", "online sales made up 38% of the total": the
# part whose share the figure is, right before its verb
_PART_OF = re.compile(
    r"(?:^|[\s(])(?P<part>[A-Za-z][a-z-]*[a-z](?: (?!now |still |only |just )[a-z][a-z-]*[a-z])?)"
    # (or the part a relative clause hangs on: "Diesel, which makes up about 34% of costs")
    r"(?P<which>, which)? (?:now |still |only |just )?"
    r"(?:accounts? for|accounted for|makes? up|made up|represents?|represented|takes? up|"
    r"took up|comprises?|comprised"
    # what a part brings in or receives of the whole: "Oil brings in almost 90% of the
    # country's export earnings", "First-time buyers took 62% of the approvals"
    r"|brings? in|brought in|receives?|received|takes|took|generates?|generated)"
    r"(?: about| around| almost| nearly| some| roughly| just| only| more than| over| under)? $"
)
_PART_VERBS = ("account", "make", "made", "represent", "take", "took", "compris", "bring",
               "brought", "receive", "generate")  # fmt: skip
_OF_TOTAL = re.compile(r" of (?:the |its |their )?total\b")


def share_by_part(
    fig: Figure, text: str, start: int, names: frozenset[str] = frozenset()
) -> str | None:
    """A percentage's share named with the part it is of its whole (``_PART_OF``):
    "breakfast share of sales", and "of the total" as the part's share ("share of online
    sales"); else the metric unchanged. A capitalised part is its sentence's first word and no
    name (not one of the story's ``names``, nor the figure's subject)."""
    metric = fig.metric
    if fig.kind != "percent" or start < 0:
        return metric
    window = text[max(0, start - 70) : start]
    if not any(v in window for v in _PART_VERBS):
        return metric  # (a cheap look first)
    m = _PART_OF.search(text, max(0, start - 70), start)
    if m is None:
        return metric
    part = m.group("part").split()
    if part[0][0].isupper():
        opener = m.start("part") <= len(text) - len(text.lstrip(QUOTES))
        # (a name is its figure's owner, not a part; but what a relative clause hangs on is
        # the part whatever its capital: "Diesel, which makes up about 34% of costs")
        named = part[0] in names or part[0] in (fig.subject or "")
        if not opener or (named and not m.group("which")):
            return metric
        part[0] = part[0].lower()
    kept = modifiers(part) if len(part) > 1 else part
    if kept != part and len(part) > 1:
        kept = part[-1:] if measure_like(part[-1]) else []
    if not kept or any(w in sumy_stop_words() or inside(w) or verb_form(w) for w in kept):
        return metric
    end = start + len(fig.surface)
    if _OF_TOTAL.match(text, end):
        out = ["share", "of", *kept]
    elif metric and metric.startswith("share of "):
        out = [*kept, *metric.split()]
    else:
        return metric
    # "share of" says how, not what: a two-word part keeps its whole ("private treatment
    # share of sales")
    return " ".join(out) if len(out) <= MAX_WORDS + 1 else metric


def measure_like(word: str) -> bool:
    """A plain noun that may name a part of a whole (not a function or time word)."""
    return bool(PLAIN.match(word)) and word not in sumy_stop_words() and not inside(word)


# a sum added to or taken off a measure: "adding £23m to costs", "wiped $4bn off its market
# value" (the figure is a change of that measure); what comes off a firm's value ("knocked
# €1.9bn off the company's value") is off its market value
_ADDED_VERBS = frozenset(["add", "adds", "added", "adding", "wipe", "wipes", "wiped", "wiping",
                          "knock", "knocks", "knocked", "knocking", "shave", "shaves", "shaved",
                          "shaving", "take", "takes", "took", "taking"])  # fmt: skip
_ADDED_HEDGES = frozenset(["about", "around", "some", "nearly", "almost", "over", "roughly",
                           "estimated", "an"])  # fmt: skip
_ADDED_TO = re.compile(
    # (a sum by the period first: "add about £4 a year to a typical household energy bill")
    r"(?: (?:a|per|each) (?:year|month|week|day))? (?:to|off|from) "
    r"(?:its |the |their |his |her |our |an? (?:typical )?)?"
    r"(?P<owner>(?:company|group|firm|bank|carmaker|lender|insurer|miner|retailer)['\u2019]s )?"
    r"(?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z]){0,3}?)(?=[,.;:)]|$| (?:and|as|after|in|on|"
    r"at|since|this|last|a|the|while|but)\b)"
)


def added_to(fig: Figure, text: str, start: int) -> str | None:
    """What a sum added to or taken off names (``_ADDED_TO``): "adding £23m to costs" (costs);
    else the metric unchanged."""
    if fig.kind not in ("money", "percent") or start < 0:
        return fig.metric
    before = text[max(0, start - 30) : start].lower().split()
    while before and before[-1] in _ADDED_HEDGES:
        before.pop()  # "adding about $4bn": the hedge
    if before[-2:] == ["more", "than"]:
        before = before[:-2]
    if not before or before[-1] not in _ADDED_VERBS:
        return fig.metric
    m = _ADDED_TO.match(text, start + len(fig.surface))
    if m is None:
        return fig.metric
    np = m.group("np").split()
    while np and inside(np[0]):
        np.pop(0)  # "took £40m off annual operating costs": its costs
    if not np or any(w in sumy_stop_words() or inside(w) or participle(w) for w in np[:-1]):
        return fig.metric
    if np[-1] in sumy_stop_words() and np[-1] not in ("value", "values"):
        return fig.metric  # "added 0.5% to break through": no measure ("value" is one)
    if np[-1] == "economy":
        return fig.metric  # "add $300m a year to the local economy": economic_impact.py's
    if m.group("owner") and np == ["value"]:  # a firm's value: its market value
        return "market value"  # "knocked about €1.9bn off the company's value"
    return " ".join(np) if not inside(np[-1]) and np[-1] not in DETERMINERS else fig.metric


# a measure with its definition as an aside, then its verb and the figure: "Churn, the share
# of customers who leave each month, fell to 2.1%", "Its load factor, the share of seats
# filled, rose to 94%"
_DEFINED = (
    Gated(  # (gate.py: a text without an aside that defines a measure names it is not searched)
        re.compile(
            r"(?:^|[.;:,] |\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Za-z]+'s|[A-Za-z]+\u2019s) )"
            r"(?P<np>(?:[a-z][a-z-]*[a-z] ){0,2}[A-Za-z][a-z-]*[a-z]), (?:the|a|an) "
            r"(?:share|proportion|percentage|number|rate|amount|ratio|measure|fraction|count) of "
            r"[^,;:()\d]{3,90}, [^,;:()\d]{2,40}$"
        ),
        (", the ", ", a "),
    )
)


def defined_aside(fig: Figure, text: str, start: int) -> str | None:
    """The measure named before an aside that defines it (``_DEFINED``), the figure the first
    number after it, lower-cased; else the metric unchanged."""
    if start < 0:
        return fig.metric
    m = _DEFINED.search(text, max(0, start - 180), start)
    if m is None:
        return fig.metric
    np = m.group("np").lower().split()
    if any(w in sumy_stop_words() or w in DETERMINERS for w in np):
        return fig.metric
    return " ".join(np)


# the first of two figures paired with two measures: "rose 5% and 8%, respectively"
_FIRST_OF_PAIR = re.compile(r",? and [^,;]{1,20}?,? respectively\b")


def respective(fig: Figure, metric: str | None, text: str, start: int) -> str | None:
    """For the first figure of "N1 and N2 respectively", the measure written before the
    "and" of "A and B" when B is ``metric`` (the second's): A when it is a measure of the
    vocabulary, A with B's head noun when A is one word and B two or more ("butter and flour
    prices"); else ``metric`` unchanged."""
    end = start + len(fig.surface)
    if start < 0 or metric is None or _FIRST_OF_PAIR.match(text, end, end + 40) is None:
        return metric
    mine = [singular(w) for w in metric.lower().split()]
    words = text[clause_start(text, start) : start].split()
    for i in range(len(words) - len(mine), 0, -1):  # the measure's last place before the figure
        if [singular(w.lower()) for w in words[i : i + len(mine)]] == mine:
            break
    else:
        return metric
    before = words[:i]
    if before and before[-1].lower() in DETERMINERS:
        before = before[:-1]  # "revenue and its net income"
    if len(before) < 2 or before[-1] != "and":
        return metric
    first: list[str] = []
    for j in range(len(before) - 2, max(-1, len(before) - 5), -1):
        w, low = before[j], before[j].lower()
        if not PLAIN.match(low) or low in sumy_stop_words() or (w != low and j > 0):
            break  # a name ("Acme revenue and profit") is no part of the measure
        first.insert(0, low)
    if not first:
        return metric
    phrase = " ".join(first)
    if phrase in METRIC_OF or first[-1] in METRIC_OF:
        return phrase
    return f"{first[-1]} {mine[-1]}" if len(first) == 1 and len(mine) > 1 else metric


_COMPENSATION = re.compile(r"\bcompensation\b", re.I)
_EARNED = re.compile(r"\b(?:earned|earns|earning)(?: [a-z]+){0,2} $")


def unpaid(fig: Figure, text: str, start: int, names: frozenset[str]) -> str | None:
    """A sum the rules called pay, or left unnamed, when its sentence names no person
    (``_PERSONISH``, a titled person, a person as subject): compensation when the clause writes
    it (pay only), earnings after a verb of earning; else the metric unchanged."""
    if fig.metric not in ("pay", None) or fig.kind != "money" or start < 0:
        return fig.metric
    if _PERSONISH.search(text) or last_person(text) or is_person(fig.subject or "", names):
        return fig.metric
    if fig.metric is None:  # (a sum no rule named: earnings only after a verb of earning)
        return "earnings" if _EARNED.search(text, max(0, start - 40), start) else None
    if _COMPENSATION.search(text, clause_start(text, start), start + len(fig.surface) + 40):
        return "compensation"
    return "earnings" if _EARNED.search(text, max(0, start - 40), start) else fig.metric


# an economy's growth is its GDP's
_ECONOMY = re.compile(r"\beconom(?:y|ies)\b", re.I)


# words before a counted noun that say how many, not which ("more people", "other stores")
_HOW_MANY = frozenset(["more", "fewer", "less", "other", "additional", "extra", "further",
                       "such", "same", "many", "several", "some", "all", "about", "around"])  # fmt: skip


def counted_kind(f: Figure) -> str | None:
    """A count's metric that opens on its noun takes the words its unit writes before that noun
    ("2.84 million paying subscribers": paying subscribers; "1.2 million paid subscribers
    added"): they say which of the noun's kind are counted (at most three plain words)."""
    if f.kind != "count" or not f.unit or not f.metric:
        return f.metric
    *kind, noun = f.unit.split()
    first, _, rest = f.metric.partition(" ")
    if not kind or first != noun or len(kind) > 3:
        return f.metric
    if not all(PLAIN.match(w) and w not in _HOW_MANY for w in kind):
        return f.metric
    return " ".join([*kind, noun, *([rest] if rest else [])])


def premodified_metrics(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str] = frozenset()
) -> list[Figure]:
    """Each figure's metric with what its own noun phrase says of it (module doc); a base in
    the same sentence that had the same metric takes the longer one (this pass's or an
    earlier rule's, when the sentence makes only one longer). ``names``: the story's
    names (``names.story_names``), never a part of a whole."""
    out: list[Figure] = []
    made: dict[tuple[int, str], str] = {}
    for f in figures:
        i = f.sentence_index
        text = sentence_of(f, sentences)
        at = surface_at(f, text)
        if (mine := unpaid(f, text, at, names)) != f.metric:
            f = replace(f, metric=mine, measure=f.measure or f.metric)
        metric = defined_aside(f, text, at)
        if metric == f.metric:
            metric = added_to(f, text, at)
        if metric == f.metric:
            metric = held_by(f, text, at)
        if metric == f.metric:
            metric = share_by_part(f, text, at, names)
        if metric == f.metric:
            metric = restated_share(f, text, at)
        if metric == f.metric:
            metric = premodified(f, text, at, names)
        if metric == f.metric:
            metric = counted_kind(f)
        metric = respective(f, metric, text, at)
        if metric == "growth" and at >= 0 and _ECONOMY.search(text, clause_start(text, at), at):
            metric = "GDP growth"  # "the economy contracted 0.4%", "expects the economy to grow"
        if f.metric and metric != f.metric:
            made[(i, f.metric)] = metric or ""
        out.append(
            f if metric == f.metric else replace(f, metric=metric, measure=f.measure or f.metric)
        )
    return bases_named(out, made)


def bases_named(
    figures: Sequence[Figure], made: dict[tuple[int, str], str] | None = None
) -> list[Figure]:
    """A base takes the longer name a rule gave its measure in the same sentence, when the
    sentence made it longer only one way ("a salary cap of £6.4m next season, from £7m";
    "produce 640,000 tonnes of copper, down from 720,000 tonnes": copper output). ``made``:
    the names this pass already gave, by (sentence, measure); "" where two differ."""
    made = dict(made or {})
    for f in figures:  # what any rule made longer ("salary" → "salary cap"), named once there
        if f.status != "base" and f.metric and f.measure and f.metric != f.measure:
            key = (f.sentence_index, f.measure)
            made[key] = f.metric if made.get(key, f.metric) == f.metric else ""
    return [
        replace(f, metric=made[(f.sentence_index, f.metric)], measure=f.measure or f.metric)
        if f.status == "base" and f.metric and made.get((f.sentence_index, f.metric))
        else f
        for f in figures
    ]
