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
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.heads import gerund_noun, measure_noun
from reader.figures.vocabulary import METRIC_OF
from reader.model import Figure

# verbs whose subject is the level that moves: "sales rose 4%", "traffic reached 21,400"
_LEVEL_VERB = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|"
    r"dropping|slipped|slip|slips|climbed|climb|climbs|climbing|jumped|jump|jumps|grew|grow|"
    r"grows|growing|grown|reached|reach|reaches|stood|stands|averaged|averages|increased|"
    r"decreased|declined|declines|slumped|surged|edged|eased|tumbled|soared|plunged|sank|"
    r"dipped|halving|halved|doubled|doubling|shrank|contracted|expanded|totalled|totaled)\b"
)
# verbs whose object is a level set by someone: "raise its entry fee from $35 to $45"
_SET_VERB = re.compile(
    r"\b(?:raise|raised|raises|raising|lift|lifted|lifts|lifting|hike|hiked|hikes|hiking|"
    r"cut|cuts|cutting|lower|lowered|lowers|lowering|increase|increases|increasing|reduce|"
    r"reduced|reduces|reducing|increased|trim|trimmed|trims|slash|slashed|slashes)\s+"
    r"(?:(?:its|their|the|his|her|our)\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
    r"(?P<pp>\s+(?:for|on|in|of)\s+[^,;.]{1,40}?)??(?<!\bup)(?<!\bas much as)"
    r"(?:\s+(?:on|this|next|last)\s+\w+)?"
    r"\s+(?:to|by|from)\b"
)
_SPEND_NEW = re.compile(r"\bspend\s+(?P<fig>\S+(?:\s+\S+){0,2}?)\s+on\s+(?:a\s+|an\s+)?new\b")
# where a clause begins: the subject of its verb comes after these (" and " only after a
# figure: "fell 2% to S$118.6 million and net property income dropped 4%", not "wine and
# spirits")
_CLAUSE = re.compile(
    r"(?:;|:|, while |, whereas |, but |, and |, with |, as | while | after | said | says |"
    r", or | whose | when | where | (?:said|says|reported|reports|showed|shows|found) that |"
    r" (?:expects?|sees|wants?|forecasts?|predicts?|plans?|needs?|aims?) |"
    r"(?<=\d)(?: [a-z]+)? and )"
)
# words between a verb and its figure that hand the figure to another measure or clause
_GAP_BREAK = re.compile(
    r"\b(?:and|while|whereas|but|which|who|after|because|as|when|its|their|said|says|with|"
    r"against|compared|versus|than|according|taking|bringing|leaving|giving|pushing|putting|"
    r"making|lifting|raising|cutting|valuing|helped|hit|led|including|excluding|worth|where)\b"
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
_AUX = frozenset(["had", "has", "have", "was", "were", "is", "are", "will", "would", "could",
                  "may", "might", "to", "be", "been", "expected", "set", "likely", "also",
                  "almost", "nearly", "still", "further", "again", "then", "now", "only",
                  "just", "already", "sharply", "slightly", "steadily", "both", "each"])  # fmt: skip
# never the measure's own words: determiners, status and time-of-report words
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those", "total", "overall", "own", "estimated",
                          "expected", "reported", "planned", "proposed", "combined", "new",
                          "record", "previous", "current", "latest", "prior",
                          "existing"])  # fmt: skip
_PREPS = frozenset(["of", "on", "per"])  # "stocks of copper", "spending on eggs"
# words that end a subject noun phrase: a preposition or a pronoun
_STOPS = frozenset(
    [
        "in",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "across",
        "over",
        "under",
        "into",
        "between",
        "among",
        "during",
        "since",
        "after",
        "before",
        "through",
        "near",
        "around",
        "about",
        "without",
        "within",
        "against",
        "like",
        "last",
        "this",
        "next",
        "year",
        "month",
        "week",
        "quarter",
        "day",
        "paid",
        "held",
        "sold",
        "made",
        "spent",
        "owned",
        "run",
        "built",
        "taken",
        "given",
        "kept",
        "lost",
        "won",
        "set",
        "now",
        "back",
        "down",
        "up",
        "out",
        "off",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "times",
        "much",
        "more",
        "less",
        "than",
        "when",
        "if",
        "and",
        "or",
    ]
)
_PARTICIPLES = frozenset(["paid", "held", "sold", "made", "spent", "owned", "run", "built",
                          "taken", "given", "kept", "lost", "won", "set"])  # fmt: skip  # fmt: skip
_PRONOUNS = frozenset(["it", "they", "we", "he", "she", "you", "i", "this", "that", "which",
                       "who", "there", "these", "those", "one", "some", "others", "all",
                       "most", "many", "each", "both"])  # fmt: skip
# a head that names no one measure, or an owner rather than what it owns
_VAGUE = frozenset(["rate", "rates", "level", "levels", "figure", "figures", "number", "amount",
                    "total", "value", "shares", "share", "stock", "index", "economy",
                    "price", "prices", "cost", "costs", "company", "firm", "group", "business",
                    "market", "markets", "sector", "industry", "country", "city", "average",
                    "forecast", "target", "estimate", "outlook", "guidance", "units"])  # fmt: skip
_STATUS_TAIL = frozenset(["forecast", "forecasts", "target", "targets", "guidance", "outlook",
                          "estimate", "estimates", "goal", "projection"])  # fmt: skip
_ABSTRACT = re.compile(r"(?:tion|ment|ance|ence|ity|age|ure|ing|cy)$")
_NOUNISH = re.compile(r"^[a-z][a-z-]*[a-z]$")
_TIME_LY = frozenset(["daily", "weekly", "monthly", "quarterly", "yearly"])


def _plain(word: str) -> bool:
    return _NOUNISH.match(word) is not None and (not word.endswith("ly") or word in _TIME_LY)


def _phrase(words: Sequence[str]) -> str | None:
    """A plain common-noun phrase of at most three words whose head may name a measure."""
    words = [w for w in words if w not in _DETERMINERS]
    if words and words[-1] in _STATUS_TAIL:
        return None  # "its average brent forecast": what is forecast is not said here
    if not words or len(words) > 4 or not all(_plain(w) or w in _PREPS for w in words):
        return None
    head = words[-1] if len(words) < 3 or words[-2] not in _PREPS else words[-3]
    if words[0] in _PREPS or words[0] in _PRONOUNS or not (measure_noun(head) or gerund_noun(head)):
        return None
    if head in _VAGUE or head in _TIME_LY or head in _PRONOUNS:
        return None
    if any(w in _STOPS or w in _AUX or w in _PRONOUNS for w in words):
        return None
    if len(words) == 1 and not (head.endswith("s") or head in METRIC_OF or _ABSTRACT.search(head)):
        return None  # "while brisbane rose 1.1%": one word that may be a place's name
    return " ".join(words)


def _subject_np(prefix: str, lower: frozenset[str]) -> str | None:
    """The noun phrase that opens a clause (``prefix``: the clause's words before its verb),
    lower-cased: its first plain nouns, with one "of/on/per NOUN" ("spending per visitor"),
    when only a preposition's phrase or an aside stands between it and the verb. ``lower``:
    the story's lower-case words (a capital that opens a sentence is no name when the story
    also writes the word in lower case)."""
    raw = prefix.split()
    if raw and raw[0].lower() == "that":
        raw = raw[1:]  # "said that sales rose"
    while raw and raw[-1].lower().strip(",") in _AUX:
        raw.pop()
    if raw and raw[0].lower() in _STOPS and any(w.endswith(",") for w in raw):
        raw = raw[next(i for i, w in enumerate(raw) if w.endswith(",")) + 1 :]  # "In May, ..."
    out: list[str] = []
    rest: list[str] = []
    for i, token in enumerate(raw):
        word = token.strip(",")
        if i == 0 and word[:1].isupper() and word[1:].islower() and word.lower() in lower:
            word = word.lower()  # the sentence's capital, not a name's
        if word in _PREPS and out:
            after = raw[i + 1].strip(",") if i + 2 == len(raw) else ""
            if _plain(after) and after not in _DETERMINERS:
                out += [word, after]
                rest = []
            else:
                rest = raw[i:]
            break
        if not _plain(word) or (word.endswith("ed") and out) or word in _STOPS or word in _AUX:
            rest = raw[i:]
            break
        out.append(word)
        if token.endswith(","):
            rest = raw[i + 1 :]
            break
    aside = bool(rest) and rest[-1].endswith(",")
    if (len(rest) > 6 and not aside) or any(c.isdigit() for w in rest for c in w):
        return None  # a long way from its verb, or past another figure: not surely its subject
    if rest and not (
        rest[0].lower() in _PP
        or rest[0].lower() in _AUX
        or raw[len(raw) - len(rest) - 1].endswith(",")
        or rest[0].lower() in _PARTICIPLES
    ):
        return None  # "Fashion entrepreneur Sofia Lind climbed": a name follows, not a phrase
    return _phrase(out) if out and len(out) <= 4 else None


_PP = frozenset(["in", "at", "to", "for", "from", "with", "by", "across", "over", "under", "into",
                 "between", "among", "during", "since", "after", "before", "through", "near",
                 "around", "about", "without", "within", "against", "like", "of", "on", "per"])  # fmt: skip


def _clause_start(text: str, at: int) -> int:
    start = 0
    for m in _CLAUSE.finditer(text, 0, at):
        start = m.end()
    return start


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


def _level_subject(text: str, start: int, lower: frozenset[str]) -> str | None:
    """ "overseas enrolments had dropped to 2,460": the clause's subject, when the figure at
    ``start`` is what its verb of level or change moved."""
    cs = _clause_start(text, start)
    verb = None
    for m in _LEVEL_VERB.finditer(text, cs, start):
        verb = m
    if verb is None or not _gap_keeps(text[verb.end() : start]):
        return None
    before = text[max(cs, verb.start() - 12) : verb.start()].split()
    if before and (
        before[-1].lower() in ("a", "an", "the", "its", "their")
        or any(c.isdigit() for c in before[-1])
    ):
        return None  # "a 134% rise in the deficit": the verb's word is a noun here
    return _subject_np(text[cs : verb.start()], lower)


def _set_object(text: str, start: int) -> str | None:
    """ "raise its weekly entry fee from $35 to $45": the level a verb sets, when the figure at
    ``start`` is what it is set to, by or from."""
    cs = _clause_start(text, start)
    found = None
    for m in _SET_VERB.finditer(text, max(cs, start - 160), start):
        found = m
    if found is None or not _set_gap_keeps(text[found.end() : start]):
        return None
    return _phrase(found.group("np").split())


def _words(metric: str | None) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in (metric or "").split()}


def shaped_metric(fig: Figure, text: str, start: int, lower: frozenset[str]) -> str | None:
    """The measure the clause shape names for the figure at ``start`` of ``text`` (module doc),
    or the rules' metric when no shape names one (``lower``: the story's lower-case words)."""
    rule = fig.metric
    if text[start + len(fig.surface) :].lstrip().startswith("of "):
        return rule  # "or 78% of revenue": a share, read by the rules of shares
    if fig.kind == "money":
        spend = _SPEND_NEW.search(text, max(0, start - 12), start + 60)
        if spend is not None and fig.surface in spend.group("fig"):
            return "investment"  # a plan to spend on something new
    np = _set_object(text, start)
    if np is None and not (rule is not None and ("price" in rule or "rate" in rule)):
        # not when the rules read a price or rate: "gold rose 1.4% to $2,431", "Units of
        # the trust rose", "Borrowing costs are tipped to rise" (the interest rate)
        np = _level_subject(text, start, lower)
    if np is None:
        return rule
    if rule is not None and _words(np) <= _words(rule):
        return rule  # the rules said as much or more: "operating profit" for "profit"
    return np


_LOWER = re.compile(r"(?<![\w'])[a-z][a-z-]+")


def shaped_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure's metric as its clause shape names it (``shaped_metric``)."""
    out: list[Figure] = []
    lower: frozenset[str] | None = None
    for f in figures:
        i = f.sentence_index
        text = sentences[i] if 0 <= i < len(sentences) else ""
        at = text.find(f.surface) if f.surface else -1
        if at < 0:
            out.append(f)
            continue
        if lower is None:
            lower = frozenset(_LOWER.findall(" ".join(sentences)))
        metric = shaped_metric(f, text, at, lower)
        out.append(f if metric == f.metric else replace(f, metric=metric))
    return out
