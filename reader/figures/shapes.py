"""What a figure measures, read from how its clause ties it to a noun phrase, when the clause
says so plainly (after the vocabulary and the learned chooser, before ranking):

- the subject of a verb of level or change is the measure of the figures that verb moves:
  "overseas enrolments had dropped to 2,460 this autumn from 4,150", "the average basket rose
  to 1,240 crowns from 1,180 crowns", "with broadcasting income almost halving to £29m",
  "Spending per visitor averaged 205,000 yen";
- the object of a verb that sets a level is the measure of the figures it is set to, by or
  from: "will raise its weekly entry fee for private vehicles from $35 to $45", "cut its
  dividend to 30 cents a share from 45 cents", "raise tolls by an average of 3.2%";
- money a body will spend on something new is an investment: "plans to spend £38 million on a
  new warehouse complex".

The noun phrase replaces the rules' metric only when it is a plain common-noun phrase that may
name a measure (no name, pronoun, owner, tally or vague word such as "rate" or "shares") and
the rules' metric is not already the same measure said at more length. Each look is one
bounded window of the figure's sentence, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from reader.figures.refine import singular
from reader.figures.sentence_groups import sentence_of
from reader.figures.shape_phrase import StoryLower, phrase, subject_np
from reader.figures.surface import surface_at
from reader.model import Figure

# verbs whose subject is the level that moves: "sales rose 4%", "traffic reached 21,400"
_LEVEL_WORDS = [
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "dropped", "drop", "drops", "dropping", "slipped", "slip", "slips", "climbed", "climb",
    "climbs", "climbing", "jumped", "jump", "jumps", "grew", "grow", "grows", "growing", "grown",
    "reached", "reach", "reaches", "stood", "stands", "averaged", "averages", "increased",
    "decreased", "declined", "declines", "slumped", "surged", "edged", "eased", "tumbled",
    "soared", "plunged", "sank", "dipped", "halving", "halved", "doubled", "doubling", "shrank",
    "contracted", "expanded", "totalled", "totaled"
]  # fmt: skip
# verbs whose object is a level set by someone: "raise its entry fee from $35 to $45"
_SET_WORDS = [
    "raise", "raised", "raises", "raising", "lift", "lifted", "lifts", "lifting", "hike", "hiked",
    "hikes", "hiking", "cut", "cuts", "cutting", "lower", "lowered", "lowers", "lowering",
    "increase", "increases", "increasing", "increased", "reduce", "reduced", "reduces",
    "reducing", "trim", "trimmed", "trims", "slash", "slashed", "slashes"
]  # fmt: skip
# a sentence without one of these words has no shape to read (one cheap look per sentence)
_LEVEL_HINTS = frozenset(_LEVEL_WORDS)
_SET_HINTS = frozenset(_SET_WORDS)
_HINTS = _LEVEL_HINTS | _SET_HINTS | {"spend"}
_SET_VERB = re.compile(
    r"\b(?:" + "|".join(_SET_WORDS) + r")\s+"
    r"(?:(?:its|their|the|his|her|our)\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
    r"(?P<pp>\s+(?:for|on|in|of)\s+[^,;.]{1,40}?)??(?<!\bup)(?<!\bas much as)"
    r"(?:\s+(?:on|this|next|last)\s+\w+)?"
    r"\s+(?:to|by|from)\b"
)
_SPEND_NEW = re.compile(r"\bspend\s+(?P<fig>\S+(?:\s+\S+){0,2}?)\s+on\s+(?:a\s+|an\s+)?new\b")
# where a clause begins: the subject of its verb comes after these (" and " only after a
# figure, ``_bound``: "fell 2% to S$118.6 million and net property income dropped 4%", not
# "wine and spirits")
_BOUNDS = (
    [";", ":", ", while ", ", whereas ", ", but ", ", and ", ", with ", ", as ", " while ",
     " after ", " said ", " says ", ", or ", " whose ", " when ", " where ", " reported that ",
     " reports that ", " showed that ", " shows that ", " found that "]
    + [f" {v} " for v in ("expect", "expects", "sees", "want", "wants", "forecast", "forecasts",
                          "predict", "predicts", "plan", "plans", "need", "needs", "aim", "aims")]
)  # fmt: skip
_BOUNDS_NO_COMMA = [b for b in _BOUNDS if "," not in b]
# words between a verb and its figure that hand the figure to another measure or clause
_GAP_BREAK = re.compile(
    r"\b(?:and|while|whereas|but|which|who|after|because|as|when|its|their|said|says|with|"
    r"against|compared|versus|than|according|taking|bringing|leaving|giving|pushing|putting|"
    r"making|lifting|raising|cutting|valuing|helped|hit|led|including|excluding|worth|where|"
    r"whose|reported|showed|shows|found)\b"
)
_SAID = re.compile(r",\s+(?:the\s+|a\s+)?[\w\s'-]{0,30}\b(?:said|says),")
# words that may stand between a verb setting a level and its figure: "to as much as",
# "by an average of", "from $35 to"
_SET_GAP = frozenset(["to", "from", "by", "an", "a", "average", "of", "as", "much", "up",
                      "about", "around", "almost", "nearly", "roughly", "some", "just", "more",
                      "than", "less", "per", "each", "now", "previously", "at", "least",
                      "most"])  # fmt: skip
_MONTHS = frozenset(["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"])  # fmt: skip
_REACH = 160  # how far before a figure its verb, or before a verb its subject, is looked for


def _word_start(text: str, at: int) -> int:
    """``at``, moved on to the start of a word (0 when before the text)."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return space + 1 if space >= 0 else at


def _bound(text: str, lo: int, at: int) -> int:
    """Where the last clause of ``text[lo:at]`` starts (``_BOUNDS``; " and " only after a
    figure), else ``lo``: one ``str.rfind`` per bound."""
    best = lo
    for b in _BOUNDS if "," in text[lo:at] else _BOUNDS_NO_COMMA:
        k = text.rfind(b, lo, at)
        if k >= 0 and k + len(b) > best:
            best = k + len(b)
    k = text.rfind(" and ", best, at)
    while k > lo:
        words = text[max(lo, k - 30) : k].split()
        last = words[-1:] or [""]
        if last[0][-1:].isdigit() or (
            len(words) > 1 and last[0].isalpha() and last[0].islower() and words[-2][-1:].isdigit()
        ):
            return k + 5  # "fell 2% to S$118.6 million and net property income dropped"
        k = text.rfind(" and ", best, k)
    return best


def _gap_keeps(gap: str) -> bool:
    """Whether the words between a verb and its figure keep the figure the verb's."""
    gap = _SAID.sub(" ", gap)
    return len(gap.split()) <= 14 and _GAP_BREAK.search(gap) is None


def _set_gap_keeps(gap: str) -> bool:
    """Whether only a figure chain stands between a verb setting a level and its figure:
    "to as much as 10,000 yen a night from March, from" keeps, "by 21% in a trial of" not."""
    words = gap.replace(",", " ").split()
    for i, w in enumerate(words):
        after_figure = i > 0 and any(c.isdigit() for c in words[i - 1])
        if not (
            w in _SET_GAP
            or any(c.isdigit() for c in w)
            or after_figure
            or w in ("night", "day", "year", "month", "week", "share", "unit")
            or w in _MONTHS
        ):
            return False
    return len(words) <= 14


def _spots(low: str, words: frozenset[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Where any of ``words`` is written as a whole word in ``low[lo:hi]`` (start, end),
    nearest ``hi`` first (``str.find`` per word: a sentence's verbs are few)."""
    found: list[tuple[int, int]] = []
    for w in words:
        at = low.find(w, lo, hi)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                found.append((at, end))
            at = low.find(w, end, hi)
    return sorted(found, reverse=True)


def _level_subject(
    text: str, start: int, lower: Container[str], verbs: frozenset[str]
) -> str | None:
    """ "overseas enrolments had dropped to 2,460": the clause's subject, when the figure at
    ``start`` is what its verb of level or change moved (``verbs``: the sentence's)."""
    spots = _spots(text.lower(), verbs & _LEVEL_HINTS, max(0, start - _REACH), start)
    if not spots:
        return None
    v0, v1 = spots[0]
    gap = text[v1:start]
    if not _gap_keeps(gap) or ";" in gap or ":" in gap:
        return None
    cs = _bound(text, _word_start(text, v0 - _REACH), v0)
    before = text[max(cs, v0 - 12) : v0].split()
    if before and (
        before[-1].lower() in ("a", "an", "the", "its", "their")
        or any(c.isdigit() for c in before[-1])
    ):
        return None  # "a 134% rise in the deficit": the verb's word is a noun here
    return subject_np(text[cs:v0], lower)


def _set_object(text: str, start: int, verbs: frozenset[str]) -> str | None:
    """ "raise its weekly entry fee from $35 to $45": the level a verb sets, when the figure at
    ``start`` is what it is set to, by or from (``verbs``: the sentence's)."""
    for v0, _ in _spots(text.lower(), verbs & _SET_HINTS, max(0, start - _REACH), start):
        found = _SET_VERB.match(text, v0, start)
        if found is not None:
            if not _set_gap_keeps(text[found.end() : start]):
                return None
            return phrase(found.group("np").split())
    return None


def _words(metric: str | None) -> set[str]:
    return {singular(w) for w in (metric or "").split()}


def hints(text: str) -> frozenset[str]:
    """The verbs of this module's shapes that ``text`` writes (a cheap look, one a sentence)."""
    return _HINTS.intersection(text.lower().split())


def shaped_metric(
    fig: Figure, text: str, start: int, lower: Container[str], verbs: frozenset[str]
) -> str | None:
    """The measure the clause shape names for the figure at ``start`` of ``text`` (module doc),
    or the rules' metric when no shape names one (``lower``: the story's lower-case words;
    ``verbs``: the sentence's ``hints``)."""
    rule = fig.metric
    if text[start + len(fig.surface) :].lstrip().startswith("of "):
        return rule  # "or 78% of revenue": a share, read by the rules of shares
    if fig.kind == "money" and "spend" in verbs:
        spend = _SPEND_NEW.search(text, max(0, start - 12), start + 60)
        if spend is not None and fig.surface in spend.group("fig"):
            return "investment"  # a plan to spend on something new
    np = _set_object(text, start, verbs)
    if np is None and not (rule is not None and ("price" in rule or "rate" in rule)):
        # not when the rules read a price or rate: "gold rose 1.4% to $2,431", "Units of
        # the trust rose", "Borrowing costs are tipped to rise" (the interest rate)
        np = _level_subject(text, start, lower, verbs)
    if np is None:
        return rule
    if rule is not None and _words(np) <= _words(rule):
        return rule  # the rules said as much or more: "operating profit" for "profit"
    return np


# a sentence with none of these verbs has no shape to read (one cheap look per sentence)


def shaped_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure's metric as its clause shape names it (``shaped_metric``)."""
    out: list[Figure] = []
    lower = StoryLower(sentences)
    hinted: dict[int, frozenset[str]] = {}
    first: dict[int, int] = {}  # where the sentence's first such verb stands
    for f in figures:
        i = f.sentence_index
        text = sentence_of(f, sentences)
        if i not in hinted:
            hinted[i] = hints(text)
            low = text.lower()
            first[i] = min((low.find(v) for v in hinted[i]), default=len(text))
        at = surface_at(f, text) if hinted[i] else -1
        if at <= first[i]:  # not found, or no verb of a shape before it
            out.append(f)
            continue
        metric = shaped_metric(f, text, at, lower, hinted[i])
        out.append(f if metric == f.metric else replace(f, metric=metric))
    return out
