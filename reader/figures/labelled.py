"""A line that names its measure before a colon and gives the figure right after it: a bullet
("- Paying customers: 6,840, up from 3,900 a year ago", "* Net revenue retention: 118%") or a
press release's summary line ("Revenue: $41.2 million"). The words before the colon are the
measure of the figure written first after it, whatever the words around the figure would say
("about $51 a month" is no salary); the line's later figures with no measure of their own
("up from 3,900") or that give its earlier level ("52.9p per day (now 48.2p)") measure the
same.

The colon must end a short noun phrase with no number and no verb of its own ("What didn't
work: we spent $180K" is a clause, "Smith said: 40%" a quote), and a figure must open what
follows it (a hedge such as "about" or "up to" may come first). One look per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.label_units import label_unit
from reader.figures.money_acts import TARGET_SAID
from reader.figures.surface import surface_at
from reader.model import Figure

# a period named inside a label: "2025/26", "2037", "FY26", "Q3", "H1"
_PERIOD = r"(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|FY\d{2,4}|[QH][1-4])"
# a bullet mark, then two to seven words (letters, hyphens, '&', '/', "per"; a period too:
# "Revenue for the 2025/26 season:") and a colon
_LABEL = re.compile(
    r"^\s*(?:[-*\u2022\u2013]\s+)?"
    rf"(?P<label>(?:{_PERIOD}\s+){{0,2}}[A-Za-z][A-Za-z'\u2019&/-]*(?:\s+(?:[A-Za-z'\u2019&/-]+|{_PERIOD}(?![\w/-]))){{0,6}}?)"
    r"\s*:\s+"
)
_PERIOD_WORD = re.compile(rf"(?<![\w/-]){_PERIOD}(?![\w/-])")
# words that name no measure left alone once the period is out ("In 2026:", "For FY26:")
_PERIOD_ONLY = frozenset(["in", "for", "the", "of", "by", "to", "at", "on", "from", "since",
                          "during", "until", "through", "and", "vs", "versus"])  # fmt: skip
# a label's measure, then a qualifier after a comma or a unit in brackets, before the colon
_QUALIFIED = re.compile(
    r"^\s*(?P<head>(?:[-*\u2022\u2013]\s+)?[A-Za-z][A-Za-z'\u2019&/-]*"
    rf"(?:\s+(?:[A-Za-z'\u2019&/-]+|{_PERIOD}(?![\w/-]))){{0,4}}?)"
    r"(?P<tail>(?:,[^:,()]{1,30}?|\s*\([^():]{1,30}\))+)\s*(?=:)"
)
# what may stand between the colon and the figure
_HEDGE = re.compile(
    r"(?i)^(?:(?:about|around|roughly|nearly|almost|approximately|just|over|under|"
    r"more than|less than|up to|at least|some|an? (?:estimated|average of))\s+)?"
)
# a figure opening what follows: a number (signed: "-212"), or a currency's sign or code then one
# ("MAD 4.26 billion", "QR 0.61": a currency's letter code and a space; "W41,000" won)
_FIGURE = re.compile(
    r"[-\u2212]?(?:[$\u00a3\u20ac\u00a5\u20b9]|Rs\.?\s?|[A-Z]{1,3}\$|[A-Z]{2,3}\s(?=\d)|[RW\u20a9](?=\d))?\d"
)
# words that make the part before the colon a clause or a speaker, not a measure's name
_NOT_A_MEASURE = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "what",
     "why", "how", "who", "when", "where", "which", "said", "says", "say", "told", "tells",
     "added", "adds", "noted", "notes", "wrote", "writes", "asked", "is", "are", "was", "were",
     "be", "been", "do", "did", "does", "didn't", "don't", "doesn't", "has", "have", "had",
     "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "note",
     "update", "updated", "source", "sources", "photo", "editing", "reporting", "by", "q", "a"]
)  # fmt: skip


# a label that names no measure, only that a figure follows ("The headline number:", "Key
# figure:", "Bottom line:", "The big one:")
_LEAD_IN = frozenset(["the", "a", "our", "this", "week's", "day's", "key", "headline", "big",
                      "main", "top", "number", "numbers", "figure", "figures", "stat", "stats",
                      "statistic", "bottom", "line", "takeaway", "upshot", "one", "short",
                      "answer", "verdict", "news", "nugget", "fact"])  # fmt: skip


def _label(sentence: str) -> tuple[str, int] | None:
    """The measure a line names before its colon and where its figures start, or None."""
    unit = label_unit(sentence, None)
    if unit is not None and unit.colon:
        # its figures' unit between the label and the colon ("Revenue, PLN m:", "Net profit
        # (EUR m):"; label_units.py reads the unit): the label is the words before it
        got = _label(sentence[: unit.label_end] + ": " + sentence[unit.end :])
        return (got[0], unit.end) if got is not None else None
    m = _LABEL.match(sentence)
    if m is None:
        q = _QUALIFIED.match(sentence)
        if q is None:
            return None
        # "Net profit, group share: 694", "Containers handled (thousand TEU): 3,412": the
        # measure is the words before the qualifier (a bracket's unit: caption_units.py)
        got = _label(sentence[: q.end("head")] + sentence[q.end("tail") :])
        return None if got is None else (got[0], got[1] + q.end("tail") - q.end("head"))
    label = m.group("label")
    words = label.lower().split()
    if any(w.strip("'\u2019") in _NOT_A_MEASURE for w in words):
        return None
    if all(w in _LEAD_IN for w in words):
        return None  # "The headline number: 6,138 people were murdered": what follows says
    rest = sentence[m.end() :]
    hedge = _HEDGE.match(rest)
    start = m.end() + (hedge.end() if hedge else 0)
    if not _FIGURE.match(sentence, start):
        return None
    # (the period is the figure's, not its measure's: "revenue for the season")
    measure = " ".join(_PERIOD_WORD.sub(" ", label).split()).lower()
    if all(w in _PERIOD_ONLY for w in measure.split()):
        return None  # "In 2026: $4.2 million": a period, no measure
    return measure, m.end()


# a label naming a figure for a time ahead: "Target price:", "FY guidance:", "2027 forecast:"
_AHEAD = re.compile(r"\b(?:target|forecast|guidance|outlook|projection|projected)\b")
# a line of fields set apart by bars: "Rating: Hold | Target price: EUR 18.40 | Last close: ..."
_FIELD_BAR = " | "


def _labels(sentence: str) -> list[tuple[int, int, str, int]]:
    """Each labelled field of a line: where it starts and ends, its measure and where its
    figures start. A line of fields set apart by bars (a broker note's header) is read field
    by field; any other line is one field."""
    out: list[tuple[int, int, str, int]] = []
    start = 0
    for part in sentence.split(_FIELD_BAR) if _FIELD_BAR in sentence else [sentence]:
        got = _label(part) if ":" in part else None
        if got is not None:
            out.append((start, start + len(part), got[0], start + got[1]))
        start += len(part) + len(_FIELD_BAR)
    return out


def _field_of(fields: list[tuple[int, int, str, int]], at: int) -> tuple[str, int, int] | None:
    """The measure, figures' start and end of the field the figure at ``at`` stands in."""
    for _, end, label, figures_at in fields:
        if figures_at <= at < end:
            return label, figures_at, end
    return None


def labelled_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """The first figure after a measure's label and colon measures the label; a later figure
    of that line (or bar-separated field) with no measure measures it too. Other figures
    unchanged, order kept."""
    fields: dict[str, list[tuple[int, int, str, int]]] = {}
    first: dict[tuple[str, int], int] = {}  # per field: where its first figure starts
    for f in figures:
        if f.sentence not in fields:
            fields[f.sentence] = _labels(f.sentence) if ":" in f.sentence else []
        at = surface_at(f)
        got = _field_of(fields[f.sentence], at)
        if got is not None:
            key = (f.sentence, got[1])
            first[key] = min(first.get(key, at), at)
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        got = _field_of(fields.get(f.sentence, []), at)
        if got is None:
            out.append(f)
            continue
        label, figures_at, end = got
        opening = first[(f.sentence, figures_at)]
        later = f.metric is None or f.status == "base"  # ("(now 48.2p)": the old level)
        if (at == opening or later) and f.metric != label:
            f = replace(f, metric=label, measure=None)
        if at == opening and f.status is None and _AHEAD.search(label):
            # "Guidance: $2bn" a forecast; "Target price: EUR 18.40" an analyst's expectation
            ahead = "expected" if TARGET_SAID.search(label) else "forecast"
            f = replace(f, status=ahead)
        if f.status is None and _bracketed_after(f.sentence[:end], opening, at, f.surface):
            f = replace(f, status="base")  # "2,184 (1,637)": a results line's prior period
        out.append(f)
    return out


# the line's first figure, then only this figure in brackets: "Revenue: 1,462.3 (1,098.6)",
# or the figure a word names as the earlier one: "Target price: W41,000 (previous W36,000)"
_FIRST_FIGURE = re.compile(
    r"\S+(?: \S+)?(?: (?:million|billion|bn|m|k|%))? \((?:(?:previous|prior|was|old) )?$", re.I
)


def _bracketed_after(sentence: str, first: int, at: int, surface: str) -> bool:
    """Whether the figure at ``at`` stands alone in brackets right after the line's first
    figure (at ``first``): a results line's figure for the period before."""
    return (
        at > first
        and sentence[at + len(surface) : at + len(surface) + 1] == ")"
        and _FIRST_FIGURE.fullmatch(sentence[first:at]) is not None
    )
