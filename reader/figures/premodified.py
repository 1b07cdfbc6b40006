"""A figure's metric given the words its own noun phrase writes around it: the rules name the
measure ("operating profit", "costs", "funding") and the sentence says which one
("underlying operating profit of £63m", "fuel costs climbed 17% to C$890m", "funding for
physics and astronomy falls 8% to £188m"). ``around.py`` runs it, with the other looks at
the words around a figure, as the last pass over a story's figures.

- Pre-modifiers: the metric written (its words in order, plural alike; or a plural noun of
  the vocabulary that names it, "wages" for salary) before the figure and joined to it by its
  own link ("X of N", "X rose 9% to N", "X came to N": no comma, colon or semicolon between,
  a few words at most) takes the lower-case words written right before it that say which
  measure: nouns and adjectives of kind ("fuel", "underlying", "adjusted", "average"); not a
  determiner, a name, a time ("annual", "first-half"), a degree or manner ("higher",
  "dominant") or a verb ("cut costs", "It leaves GDP"). A participle ("adjusted",
  "underlying") says which only when a determiner or a verb opens it ("forecast adjusted
  operating margin", "its underlying profit"), or an -ed one a preposition ("estimate of
  insured losses"), not when it is itself the verb ("Acme reported profit"). A verb's base form is a noun after a determiner or a linking word ("as fuel costs
  climbed"), not after a subject or "to" ("to cut costs"). The words kept must open a noun
  phrase ("Airlines typically receive steep discounts" keeps none).
- Post-modifiers: what a bare measure is of, for or on before its verb ("spending on climate
  science rises"), not whose it is ("sales of the company").

At most four words, so a callout stays readable. Each look is one bounded window of the
figure's sentence, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.compound import _NOT_KIND, _NT_NOUNS, _REGIONS, BARE_MEASURES, VERBS, WHICH_ING
from reader.figures.compound import _NOT_WHICH as _NOT_KIND_WORDS
from reader.figures.names import PLACES
from reader.figures.qualify import OWNED
from reader.figures.refine import _TIME, TIMES_OF_DAY, singular
from reader.figures.vocabulary import METRIC_OF
from reader.figures.written_at import PLAIN, last_written, named_as
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

MAX_WORDS = 4
_MAX_LINK = 60  # characters between the metric and its figure
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "whose", "your", "my"])  # fmt: skip
# words after which a verb's base form is a noun ("as fuel costs climbed", "with rent costs")
_OPENERS = frozenset(["as", "while", "whereas", "with", "after", "because", "since", "when",
                      "though", "although", "of", "on", "for", "in", "from", "at", "by", "but",
                      "where", "whose"])  # fmt: skip
# words of kind the compound rule leaves out (a bare "net" or "underlying" is no measure of its
# own) but that say which measure in a longer phrase ("underlying operating profit")
_KIND_WORDS = frozenset(["underlying", "core", "net", "gross", "domestic", "overseas",
                         "international", "headline", "basic"])  # fmt: skip
# "-able" words that name a kind of measure, not a manner ("comparable EBIT margin", "taxable
# income", "disposable income", "renewable capacity", "variable costs")
_KIND_ABLE = frozenset(["comparable", "taxable", "disposable", "distributable", "renewable",
                        "variable", "payable", "receivable", "charitable", "addressable",
                        "recoverable", "available", "tradable", "tradeable", "billable",
                        "deductible", "convertible", "refundable", "rentable", "usable"])  # fmt: skip
# time and degree words that name a measure of their own when written right before it
# ("monthly active users", "annual inflation", "total assets", "real wages")
_NAMING = frozenset(["annual", "monthly", "weekly", "daily", "quarterly", "yearly", "total",
                     "nominal", "real", "general"])  # fmt: skip
# a result's period written as one word right before it names which result ("full-year net
# profit", "first-half revenue", "nine-month sales")
PERIOD_NAMING = re.compile(
    r"(?:full|half|first|second|third|fourth|three|six|nine|twelve)-(?:year|half|quarter|month)$"
)
_NOT_BEFORE = frozenset(["said", "says", "say", "per", "cent", "percent", "than", "more", "less",
                         "only", "just", "also", "now", "still", "even", "all", "some", "any",
                         "each", "every", "both", "other", "such", "same", "own",
                         "much"]) | TIMES_OF_DAY  # fmt: skip
QUOTES = "\"'\u201c\u2018 "
_BULLETS = "-*\u2022\u2013\u2014\u00b7\u25aa\u25ba"  # a list item's marks
LINK_BREAK = re.compile(r"[,;:()\"\u201c\u201d]| - | \u2013 | \u2014 ")


def participle(word: str) -> bool:
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


def verb_form(word: str) -> bool:
    """A verb's base, -s or -ed form of ``compound.VERBS`` ("cut", "raises", "boosted")."""
    return (
        word in VERBS
        or (word.endswith("s") and word[:-1] in VERBS)
        or (word.endswith("ed") and (word[:-2] in VERBS or word[:-1] in VERBS))
    )


def _finite(word: str) -> bool:
    """A word that may be a finite verb before an object ("reported", "expects", "forecast")."""
    return (
        (word.endswith("ed") and participle(word))
        or (word.endswith("s") and word[:-1] in VERBS)
        or word in ("forecast", "sees", "expects", "forecasts", "said", "says")
    )


def _opens_noun(before: str | None, strict: bool = False) -> bool:
    """A determiner or possessive that opens a noun phrase (``strict``: not one that may be a
    pronoun, "that costs ...")."""
    if before is None or before.endswith(("'s", "\u2019s")):
        return True
    return before in DETERMINERS and not (strict and before in _PRONOUNS)


_PRONOUNS = frozenset(["that", "this", "these", "those", "whose"])
# prepositions a noun phrase follows: an -ed word right after one is no finite verb ("estimate
# of insured losses"), and says which measure unless it says the figure's status
_OF_LIKE = frozenset(["of", "on", "for", "in", "from", "at", "with"])
_STATUS_ED = frozenset(["predicted", "projected", "expected", "estimated", "planned",
                        "proposed", "reported", "needed", "required"])  # fmt: skip
# adjectives of manner or degree, never which measure ("dominant growth", "sluggish sales")
_MANNER_END = re.compile(r"(?:ous|ful|less|able|ible|ish|(?<!m)ent|ant)$")


def modifiers(words: Sequence[str], opens: bool = False) -> list[str]:
    """The words at the end of ``words`` (written right before a metric, in order) that say
    which measure (module doc), in order; [] when none does, or when what comes before them
    does not open a noun phrase ("Airlines typically receive steep discounts": a verb).
    ``opens``: the first of ``words`` opens its sentence, so a participle there modifies
    the measure ("Adjusted operating profit rose 7%"), as no finite verb starts a report."""
    kept: list[str] = []
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        before = words[k - 1].lower() if k > 0 else None
        if not PLAIN.match(word) or word in sumy_stop_words() or word in DETERMINERS:
            break
        if before in _INFINITIVE:
            break  # "to cut costs", "will reach peak sales": a verb
        if word in _NAMING or PERIOD_NAMING.match(word):
            kept.insert(0, word)
            k -= 1
            continue
        if inside(word) or word in _NOT_BEFORE or word.endswith("ly") or _manner(word):
            break
        if verb_form(word) and not word.endswith("ed"):
            # (a noun after the sentence's start or a reporting verb: "Fuel costs fell",
            # "said fuel costs fell")
            noun = before in ("said", "says") or (before is None and k == 0 and opens)
            if not noun and (
                before is None or not (_opens_noun(before, strict=True) or before in _OPENERS)
            ):
                break  # "firms raise prices"
            kept.insert(0, word)
            break
        if participle(word):
            after_of = before in _OF_LIKE and word.endswith("ed") and word not in _STATUS_ED
            # (an -ing word there is a gerund, "Boosting sales", unless it names a kind)
            started = before is None and k == 0 and opens
            started = started and (word.endswith("ed") or word in _KIND_WORDS)
            if not started and (
                before is None or not (_opens_noun(before) or _finite(before) or after_of)
            ):
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
    if word in _NT_NOUNS or word in _KIND_ABLE or word in _KIND_WORDS or word == "official":
        return False  # ("official cash rate", "basic earnings per share")
    return _MANNER_END.search(word) is not None or word in _NOT_KIND


def inside(word: str) -> bool:
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
        if not low[-1:].isalpha() or low in DETERMINERS or low in sumy_stop_words():
            return True
        if low.endswith(("'s", "\u2019s")) or _finite(low) or low in _NOT_BEFORE:
            return True
        if not (PLAIN.match(low) and inside(low)):
            return False
    return True


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
    if len(words) >= MAX_WORDS or not all(PLAIN.match(w) for w in words):
        return metric
    span = _written_before(metric, words, text, lo, start)
    if span is None:
        return metric
    found, written = span
    # (a measure's acronym in brackets after it is no break: "Diluted earnings per share (EPS)
    # of C$2.14")
    link = _ACRONYM.sub("", text[found[1] : start], count=1)
    if len(link) > _MAX_LINK or LINK_BREAK.search(link):
        return metric
    if _VERB_OBJECT.match(link):
        return metric  # the measure's word is the verb: "Outages cost the regional economy €3m"
    joined = _coordinated(link)
    if written != metric and not (_SUBJECT_LINK.match(link) or joined or _noun_phrase(written)):
        return metric  # a vocabulary plural is a noun when a verb or "of" follows it, not
        # when it is the verb ("Mr Glazer's offer values the club at £800m"); a phrase of
        # nouns and adjectives is one whatever follows ("a 12.4% fall in quarterly net
        # profit to RM88.1m": quarterly net profit)
    at = max(lo, found[0] - 80)
    before = text[at : found[0]].split()
    if before and before[0] in _BULLETS:
        before = before[1:]  # "\u2022 Net interest margin of 2.71%": a list item's mark
    opens = False
    # (a sentence's capital on a hyphenated word too: "Full-year revenue is expected to reach")
    first = before[0] if before else ""
    if (
        first
        and not text[:at].strip(QUOTES + _BULLETS)
        and first[:1].isupper()
        and first[1:].islower()
    ):
        kind = first.lower() in _KIND_WORDS or PERIOD_NAMING.match(first.lower())
        owner = first in names and not kind  # ("Net" twice, "Full-year" as a name)
        owner = owner or first in (fig.subject or "")
        owner = owner or first in PLACES or first in _REGIONS  # "Danish exports"
        if not owner and first.replace("-", "").isalpha():
            before[0] = first.lower()  # "Feed costs rose 9%": the sentence's capital
            opens = True
    added = [w for w in modifiers(before, opens) if w not in words][-(MAX_WORDS - len(words)) :]
    if len(added) + len(words) + len(joined) > MAX_WORDS:
        joined = []
    if not added and not joined:
        added = _postmodifier(link, words)
    if not added and not joined:
        return metric
    # (a shorter form of the metric keeps the metric's words: a margin carried as the
    # operating margin stays one, "a full-year margin of about 12%": full-year operating margin)
    name = metric if len(written.split()) < len(words) else written
    return " ".join([*added, name, *joined])


def _noun_phrase(written: str) -> bool:
    """A vocabulary phrase of several words none of which is a function word ("net profit",
    not "to save" or "share of"): a noun phrase wherever it stands."""
    words = written.split()
    return len(words) > 1 and not any(w in sumy_stop_words() for w in words)


_AND_NP = re.compile(r"^ and ([a-z][a-z-]*[a-z])(?: ([a-z][a-z-]*[a-z]))?(?= )")


def _coordinated(link: str) -> list[str]:
    """The noun joined to the measure by "and" in the subject before the figure's verb, as
    words to write after it: "Gross loans and advances grew 4.2% to AED268.7 billion",
    "Salaries and social charges rose 31% to €46.9m"; not a measure of its own ("Revenue and
    profit rose"), a function word or a participle; [] when there is none."""
    m = _AND_NP.match(link)
    if m is None:
        return []
    if _SUBJECT_LINK.match(link[m.end(1) :]):
        words = [m.group(1)]  # "and advances grew"
    elif m.group(2) and _SUBJECT_LINK.match(link[m.end(2) :]):
        words = [m.group(1), m.group(2)]  # "and social charges rose"
    else:
        return []
    np = " ".join(words)
    if np in METRIC_OF or any(w in METRIC_OF or singular(w) in METRIC_OF for w in words):
        return []
    # (a verb's -s form is a noun there, the subject's verb follows it: "and advances grew")
    if any(w in sumy_stop_words() or inside(w) or participle(w) for w in words):
        return []
    return ["and", *words]


def _written_before(
    metric: str, words: Sequence[str], text: str, lo: int, start: int
) -> tuple[tuple[int, int], str] | None:
    """Where the figure's measure is written last before it in ``text[lo:start]`` and how:
    the metric's own words, else a plural noun of the vocabulary that names it ("Player wages
    increased to £14m": the salary written as "wages"); None when neither is."""
    window = text[lo:start].lower()
    if singular(words[-1])[:-1] in window:  # (a cheap look first)
        # the metric as written: its words in order, the last in either number (written_at.py)
        own = metric.lower().split()
        found = last_written("".join(w + " " for w in own[:-1]), singular(own[-1]), text, lo, start)
        if found is not None:
            return found, metric
    if len(words) > 1:
        return named_as(metric, window, lo)
    for phrase in _plural_names().get(metric, ()):
        at = window.rfind(phrase)
        if at < 0:
            continue
        end = at + len(phrase)
        alone = (at == 0 or not window[at - 1].isalnum()) and (
            end == len(window) or not window[end].isalnum()
        )
        if alone:
            return (lo + at, lo + end), phrase
    return None


_ACRONYM = re.compile(r"^ \([A-Z][A-Za-z0-9&]{1,7}\)")
# what follows a verb, not a measure: its object ("cost the economy", "costs its owners")
_VERB_OBJECT = re.compile(r"^ (?:the|its|their|his|her|our|us|him|them|a|an|every|each)\b")
# what follows the subject a figure measures: "of", or its verb
_SUBJECT_LINK = re.compile(
    r"^ (?:of|rose|rise|rises|fell|fall|falls|grew|grow|grows|climbed|climbs|jumped|dropped|"
    r"slipped|came|reached|stood|was|were|is|are|totalled|increased|decreased|declined|"
    r"doubled|halved|will|would|could|may|might|have|has|had)\b"
)
_PLURALS: dict[str, tuple[str, ...]] = {}
_PLURALS_OF: list[int] = [-1]  # the vocabulary's size they were read from


def _plural_names() -> dict[str, tuple[str, ...]]:
    """Each metric's one-word plural-noun phrases in the vocabulary ("wages" for salary; not
    a verb, "owed" for debt), read again whenever the vocabulary changed size (an eval takes
    phrases out of it)."""
    if _PLURALS_OF[0] != len(METRIC_OF):
        _PLURALS.clear()
        for phrase, metric in METRIC_OF.items():
            plural = phrase.endswith("s") and not phrase.endswith("ss") and " " not in phrase
            if plural and PLAIN.match(phrase) and not verb_form(phrase) and phrase != metric:
                _PLURALS[metric] = (*_PLURALS.get(metric, ()), phrase)
        _PLURALS_OF[0] = len(METRIC_OF)
    return _PLURALS


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
    if any(w in sumy_stop_words() or inside(w) or verb_form(w) or participle(w) for w in plain):
        return []
    return np if len(np) < MAX_WORDS else []


_BARE = BARE_MEASURES | {"funding", "fees", "investment", "grants"}
