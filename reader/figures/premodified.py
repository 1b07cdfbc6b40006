"""A figure's metric given the words its own noun phrase writes before it, after every other
rule: the rules name the measure ("operating profit", "costs", "members") and the sentence
says which one ("underlying operating profit of £63m", "fuel costs climbed 17% to C$890m",
"its loyalty app has 4.8 million members").

- Pre-modifiers: the metric written (its words in order, plural alike) in the figure's clause
  before it and joined to it by its own link ("X of N", "X rose 9% to N", "X came to N": no
  comma, colon or semicolon between, a few words at most) takes the lower-case words written
  right before it that say which measure: nouns and adjectives of kind ("fuel", "underlying",
  "adjusted", "average"); not a determiner, a name, a time ("annual", "first-half"), a degree
  ("higher", "record") or a verb ("cut costs", "expects revenue"). A participle ("adjusted",
  "underlying") says which only when a determiner or a verb opens it ("forecast adjusted
  operating margin", "its underlying profit"), not when it is itself the verb ("Acme reported
  profit"). A verb's base form is a noun after a determiner or a linking word ("as fuel
  costs climbed"), not after a subject or "to" ("to cut costs").
- The holder of a count: "its loyalty app has 4.8 million members", "the academy, which has 64
  players": the counted noun with the lower-case noun phrase that has it ("loyalty app
  members"), when the metric is that counted noun.

At most four words, so a callout stays readable. Each look is one bounded window of the
figure's sentence, so the work per figure is constant.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.compound import _NOT_KIND, _NT_NOUNS, _REGIONS, BARE_MEASURES, VERBS, WHICH_ING
from reader.figures.compound import _NOT_WHICH as _NOT_KIND_WORDS
from reader.figures.context import clause_start
from reader.figures.names import PLACES
from reader.figures.qualify import OWNED
from reader.figures.refine import _TIME, singular
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_MAX_WORDS = 4
_MAX_LINK = 60  # characters between the metric and its figure
_PLAIN = re.compile(r"^[a-z][a-z-]*[a-z]$")
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "whose", "your", "my"])  # fmt: skip
# words after which a verb's base form is a noun ("as fuel costs climbed", "with rent costs")
_OPENERS = frozenset(["as", "while", "whereas", "with", "after", "because", "since", "when",
                      "though", "although", "of", "on", "for", "in", "from", "at", "by", "but",
                      "where", "whose"])  # fmt: skip
# words of kind the compound rule leaves out (a bare "net" or "underlying" is no measure of its
# own) but that say which measure in a longer phrase ("underlying operating profit")
_KIND_WORDS = frozenset(["underlying", "core", "net", "gross", "domestic", "overseas",
                         "international"])  # fmt: skip
_NOT_BEFORE = frozenset(["said", "says", "say", "per", "cent", "percent", "than", "more", "less",
                         "only", "just", "also", "now", "still", "even", "all", "some", "any",
                         "each", "every", "both", "other", "such", "same", "own", "much"])  # fmt: skip
_LINK_BREAK = re.compile(r"[,;:()\"\u201c\u201d]| - | \u2013 | \u2014 ")


def _participle(word: str) -> bool:
    """An -ed or -ing word that may be a verb's participle: not a noun whose stem has no vowel
    ("wing", "thing", "shed") or a short "-eed" noun ("feed", "seed"), nor "selling"."""
    stem = word[:-3] if word.endswith("ing") else word[:-2] if word.endswith("ed") else ""
    if (
        not stem
        or not any(c in "aeiouy" for c in stem)
        or (word.endswith("eed") and len(word) <= 5)
    ):
        return False
    return word not in WHICH_ING


def _verb_form(word: str) -> bool:
    """A verb's base, -s or -ed form of ``compound.VERBS`` ("cut", "raises", "boosted")."""
    return (
        word in VERBS
        or (word.endswith("s") and word[:-1] in VERBS)
        or (word.endswith("ed") and (word[:-2] in VERBS or word[:-1] in VERBS))
    )


def _finite(word: str) -> bool:
    """A word that may be a finite verb before an object ("reported", "expects", "forecast")."""
    return (
        (word.endswith("ed") and _participle(word))
        or (word.endswith("s") and word[:-1] in VERBS)
        or word in ("forecast", "sees", "expects", "forecasts", "said", "says")
    )


def _opens_noun(before: str | None, strict: bool = False) -> bool:
    """A determiner or possessive that opens a noun phrase (``strict``: not one that may be a
    pronoun, "that costs ...")."""
    if before is None or before.endswith(("'s", "\u2019s")):
        return True
    return before in _DETERMINERS and not (strict and before in _PRONOUNS)


_PRONOUNS = frozenset(["that", "this", "these", "those", "whose"])
# adjectives of manner or degree, never which measure ("dominant growth", "sluggish sales")
_MANNER_END = re.compile(r"(?:ous|ful|less|able|ible|ish|(?<!m)ent|ant)$")


def modifiers(words: Sequence[str]) -> list[str]:
    """The words at the end of ``words`` (written right before a metric, in order) that say
    which measure (module doc), in order; [] when none does, or when what comes before them
    does not open a noun phrase ("Airlines typically receive steep discounts": a verb)."""
    kept: list[str] = []
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        before = words[k - 1].lower() if k > 0 else None
        if not _PLAIN.match(word) or word in sumy_stop_words() or word in _DETERMINERS:
            break
        if before in _INFINITIVE:
            break  # "to cut costs", "will reach peak sales": a verb
        if _inside(word) or word in _NOT_BEFORE or word.endswith("ly") or _manner(word):
            break
        if _verb_form(word) and not word.endswith("ed"):
            if before is None or not (_opens_noun(before, strict=True) or before in _OPENERS):
                break  # "firms raise prices"
            kept.insert(0, word)
            break
        if _participle(word):
            if before is None or not (_opens_noun(before) or _finite(before)):
                break  # "Acme reported profit of", "boosting sales"
            kept.insert(0, word)
            break
        kept.insert(0, word)
        k -= 1
    while kept and not _opened(words[: len(words) - len(kept)]):
        kept.pop(0)
    return kept


# a word right after these is a verb: "to cut costs", "will reach peak sales"
_INFINITIVE = frozenset(["to", "will", "would", "could", "can", "may", "might", "must", "should",
                         "did", "does", "do", "it", "they", "we", "he", "she", "which", "who",
                         "has", "have", "had", "is", "are", "was", "were", "be", "been",
                         "that"])  # fmt: skip


def _manner(word: str) -> bool:
    """An adjective of manner or degree (``compound``'s lists: "dominant", "sluggish",
    "additional"), not a noun with such an ending ("restaurant", "content")."""
    if word in _NT_NOUNS or word == "official":  # "official cash rate" names which rate
        return False
    return _MANNER_END.search(word) is not None or word in _NOT_KIND


def _inside(word: str) -> bool:
    """A word of a noun phrase that never says which measure: a time ("annual", "first-half"),
    a degree or manner ("higher", "record"), a superlative."""
    return (
        _TIME.search(word) is not None
        or (word in _NOT_KIND_WORDS and word not in _KIND_WORDS)
        or word.endswith("est")
    )


def _opened(words: Sequence[str]) -> bool:
    """Whether the words before a run of modifiers open a noun phrase there: the start, a
    punctuation mark, a determiner, a function word or a verb, with only a phrase's time or
    degree words, or a place, between ("said monthly active users", "Danish defence
    spending")."""
    for word in reversed(words):
        if word in PLACES or word in _REGIONS:
            continue
        low = word.lower()
        if not low[-1:].isalpha() or low in _DETERMINERS or low in sumy_stop_words():
            return True
        if low.endswith(("'s", "\u2019s")) or _finite(low) or low in _NOT_BEFORE:
            return True
        if not (_PLAIN.match(low) and _inside(low)):
            return False
    return True


@functools.lru_cache(maxsize=1024)
def _written(metric: str) -> re.Pattern[str]:
    """The metric as written: its words in order, the last in either number."""
    words = metric.lower().split()
    last = singular(words[-1])
    body = "".join(re.escape(w) + " " for w in words[:-1])
    return re.compile(rf"(?<![\w-]){body}{re.escape(last)}(?:s|es)?(?![\w-])", re.I)


def premodified(
    fig: Figure, text: str, start: int, names: frozenset[str] = frozenset()
) -> str | None:
    """The figure's metric with the words its own noun phrase writes before it (module
    doc); unchanged when none does. A capitalised first word of the sentence may say which
    ("Feed costs rose"), unless it is one of the story's ``names``."""
    metric = fig.metric
    if metric is None or start < 0:
        return metric
    lo = max(0, start - _MAX_LINK - 60)
    words = metric.lower().split()
    if singular(words[-1])[:-1] not in text[lo:start].lower():
        return metric  # (a cheap look first: the measure is not written before the figure)
    if len(words) >= _MAX_WORDS or not all(_PLAIN.match(w) for w in words):
        return metric
    found = None
    for m in _written(metric).finditer(text, lo, start):
        found = m
    if found is None:
        return metric
    link = text[found.end() : start]
    if len(link) > _MAX_LINK or _LINK_BREAK.search(link):
        return metric
    at = max(lo, found.start() - 80)
    before = text[at : found.start()].split()
    if before and not text[:at].strip(_QUOTES) and before[0].istitle():
        owner = before[0] in names or before[0] in (fig.subject or "")
        owner = owner or before[0] in PLACES or before[0] in _REGIONS  # "Danish exports"
        if not owner and before[0].isalpha():
            before[0] = before[0].lower()  # "Feed costs rose 9%": the sentence's capital
    added = [w for w in modifiers(before) if w not in words][-(_MAX_WORDS - len(words)) :]
    if not added:
        added = _postmodifier(link, words)
    if not added:
        return metric
    return " ".join([*added, metric])


# what a bare measure is of, for or on, written after it and before its verb: "spending on
# climate science rises 5%", "funding for physics and astronomy falls 8%", "the price of its
# premium plan to $19.99"
_POST = re.compile(
    r"^ (?:of|for|on|from) (?:the |its |their |his |her |our )?"
    r"(?P<np>[a-z][a-z-]*[a-z](?: (?:and )?[a-z][a-z-]*[a-z]){0,2}?)"
    r" (?:rose|rise|rises|fell|fall|falls|grew|grows|climbed|climbs|jumped|dropped|slipped|"
    r"came|comes|reached|stood|was|were|is|are|totalled|increased|decreased|declined|"
    r"doubled|halved|to)\b"
)


def _postmodifier(link: str, words: Sequence[str]) -> list[str]:
    """The noun phrase a bare measure (``compound.BARE_MEASURES``, "funding") is of, for or on
    in ``link`` (``_POST``), as words before it, when each says which (not a time, a
    function word or a verb); else []."""
    m = _POST.match(link)
    if m is None or len(words) != 1 or words[0] not in _BARE:
        return []
    np = m.group("np").split()
    plain = [w for w in np if w != "and"]
    if np[-1] in OWNED:
        return []  # "sales of the company rose": whose they are
    if any(w in sumy_stop_words() or _inside(w) or _verb_form(w) or _participle(w) for w in plain):
        return []
    return np if len(np) < _MAX_WORDS else []


_BARE = BARE_MEASURES | {"funding", "fees", "investment", "grants"}


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
    return " ".join([*kept, metric.lower()][-_MAX_WORDS:])


# "Breakfast now accounts for 27% of sales", "online sales made up 38% of the total": the
# part whose share the figure is, right before its verb
_PART_OF = re.compile(
    r"(?:^|[\s(])(?P<part>[A-Za-z][a-z-]*[a-z](?: (?!now |still |only |just )[a-z][a-z-]*[a-z])?)"
    r" (?:now |still |only |just )?"
    r"(?:accounts? for|accounted for|makes? up|made up|represents?|represented|takes? up|"
    r"took up|comprises?|comprised)(?: about| around| almost| nearly| some| roughly| just| only|"
    r" more than| over| under)? $"
)
_PART_VERBS = ("account", "make", "made", "represent", "take", "took", "compris")
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
        opener = m.start("part") <= len(text) - len(text.lstrip(_QUOTES))
        if not opener or part[0] in names or part[0] in (fig.subject or ""):
            return metric
        part[0] = part[0].lower()
    kept = modifiers(part) if len(part) > 1 else part
    if kept != part and len(part) > 1:
        kept = part[-1:] if measure_like(part[-1]) else []
    if not kept or any(w in sumy_stop_words() or _inside(w) or _verb_form(w) for w in kept):
        return metric
    end = start + len(fig.surface)
    if _OF_TOTAL.match(text, end):
        out = ["share", "of", *kept]
    elif metric and metric.startswith("share of "):
        out = [*kept, *metric.split()]
    else:
        return metric
    return " ".join(out) if len(out) <= _MAX_WORDS else metric


def measure_like(word: str) -> bool:
    """A plain noun that may name a part of a whole (not a function or time word)."""
    return bool(_PLAIN.match(word)) and word not in sumy_stop_words() and not _inside(word)


_QUOTES = "\"'\u201c\u2018 "


# a sum added to or taken off a measure: "adding £23m to costs", "wiped $4bn off its market
# value" (the figure is a change of that measure)
_ADDED_VERBS = frozenset(["add", "adds", "added", "adding", "wipe", "wipes", "wiped", "wiping",
                          "knock", "knocks", "knocked", "knocking", "shave", "shaves", "shaved",
                          "shaving", "take", "takes", "took", "taking"])  # fmt: skip
_ADDED_HEDGES = frozenset(["about", "around", "some", "nearly", "almost", "over", "roughly",
                           "estimated", "an"])  # fmt: skip
_ADDED_TO = re.compile(
    r" (?:to|off|from) (?:its |the |their |his |her |our )?"
    r"(?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z]){0,2}?)(?=[,.;:)]|$| (?:and|as|after|in|on|"
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
    while np and _inside(np[0]):
        np.pop(0)  # "took £40m off annual operating costs": its costs
    if not np or any(w in sumy_stop_words() or _inside(w) or _participle(w) for w in np[:-1]):
        return fig.metric
    if np[-1] in sumy_stop_words() and np[-1] not in ("value", "values"):
        return fig.metric  # "added 0.5% to break through": no measure ("value" is one)
    return " ".join(np) if not _inside(np[-1]) and np[-1] not in _DETERMINERS else fig.metric


# an economy's growth is its GDP's
_ECONOMY = re.compile(r"\beconom(?:y|ies)\b", re.I)


def premodified_metrics(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str] = frozenset()
) -> list[Figure]:
    """Each figure's metric with what its own noun phrase says of it (module doc); a base in
    the same sentence that had the same metric takes the longer one. ``names``: the story's
    names (``names.story_names``), never a part of a whole."""
    out: list[Figure] = []
    made: dict[tuple[int, str], str] = {}
    for f in figures:
        i = f.sentence_index
        text = sentences[i] if 0 <= i < len(sentences) else ""
        at = text.find(f.surface) if text and f.surface else -1
        metric = added_to(f, text, at)
        if metric == f.metric:
            metric = held_by(f, text, at)
        if metric == f.metric:
            metric = share_by_part(f, text, at, names)
        if metric == f.metric:
            metric = premodified(f, text, at, names)
        if metric == "growth" and at >= 0 and _ECONOMY.search(text, clause_start(text, at), at):
            metric = "GDP growth"  # "the economy contracted 0.4%", "expects the economy to grow"
        if f.metric and metric != f.metric:
            made[(i, f.metric)] = metric or ""
        out.append(
            f if metric == f.metric else replace(f, metric=metric, measure=f.measure or f.metric)
        )
    return [
        replace(f, metric=made[(f.sentence_index, f.metric)], measure=f.measure or f.metric)
        if f.status == "base" and f.metric and made.get((f.sentence_index, f.metric))
        else f
        for f in out
    ]
