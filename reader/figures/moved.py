"""What moved by a percentage: the subject of the movement verb right before it.

In "Customers of Wendmoor Water will see their bills rise by 36%" the 36% is the change of
the bills, not of the customers; in "with passengers to North America rising 19%" it is the
passengers' (after the place they travel to), not "the growth" the sentence named before.
A percentage written right after a verb of movement ("rise", "fell", "climbing", "have
dropped", "goes up", "went down", yields that "moved out"; hedges and "by" aside) measures the
verb's subject: the words back to a clause break, a joining word ("while", "but") or another
verb ("will see"), and of those the noun before the first preposition ("the combined wealth of
the 1,000 richest people", "passengers to North America"). The noun keeps one lower-case word
before it that says which ("waiting times"; not a status: "predicted debt"); a pronoun, a name
or an owner ("the company", "the group") is no measure, a singular word no determiner opens may
be a name ("while brisbane rose"), a vague head ("the number of ...", "the total") says
nothing, and shares, stocks, markets and the economy are left to the rules that read them.

A sum or count the movement reached ("with passengers ... rising 19% to 610,000", "their
bills rise to £512") measures the same subject, and so does one a verb of a level over a time
gives ("its day rates averaged $441,000", "fees totalled £2.1m").

The figure takes that noun when the rules gave it none, or a measure written only before that
noun (the sentence's subject or an object further back: "Customers ... their bills"); a
measure written from the noun to the figure, or one no word of the sentence writes (a
market's, a share move's), stays.
One bounded look back per figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.refine import singular
from reader.figures.surface import surface_at
from reader.figures.vocabulary import METRIC_OF
from reader.model import Figure
from reader.text.calendar import MONTH_NAMES
from reader.text.stop_words import sumy_stop_words

_MOVES = frozenset(
    ["rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
     "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "jumping", "drop",
     "drops", "dropped", "dropping", "grow", "grows", "grew", "grown", "growing", "increase",
     "increases", "increased", "increasing", "decrease", "decreases", "decreased", "decline",
     "declines", "declined", "declining", "slip", "slips", "slipped", "surge", "surged",
     "soar", "soared", "plunge", "plunged", "tumble", "tumbled", "shrink", "shrank", "shrunk",
     "improve", "improves", "improved", "improving", "worsen", "worsens", "worsened", "ease",
     "eases", "eased", "narrow", "narrows", "narrowed", "widen", "widens", "widened",
     "rebound", "rebounded", "recover", "recovered", "dip", "dips", "dipped", "sink", "sank",
     "slump", "slumped", "expand", "expanded"]
)  # fmt: skip
_HEDGES = frozenset(["by", "about", "around", "almost", "nearly", "some", "roughly", "just",
                     "over", "more", "than", "an", "estimated", "a", "further", "only",
                     "as", "much", "least", "at"])  # fmt: skip
_AUXILIARIES = frozenset(["will", "would", "could", "may", "might", "to", "have", "has", "had",
                          "been", "be", "is", "are", "was", "were", "also", "now", "then",
                          "still", "already", "expected", "set", "likely", "see", "saw",
                          "seen", "sees", "due"])  # fmt: skip
_PREPOSITIONS = frozenset(["to", "in", "at", "on", "from", "for", "across", "of", "outside",
                           "within", "among", "by", "under", "over", "before", "after",
                           "with", "as"])  # fmt: skip
# owners and what other rules read: the noun is no measure here
_NOT_MOVED = frozenset(["company", "firm", "group", "bank", "government", "business", "shares",
                        "share", "stock", "stocks", "market", "markets", "index", "economy",
                        "it", "they", "we", "he", "she", "this", "that", "which", "who",
                        "figure", "figures", "number", "numbers", "total", "amount", "level",
                        "levels", "value", "year", "years", "month", "months", "week",
                        "weeks", "day", "days", "hours", "quarter", "quarters"])  # fmt: skip
_TOKEN = re.compile(r"[^\s,;:()\"\u201c\u201d]+|[,;:()\"\u201c\u201d]")
_NOUN = re.compile(r"[a-z][a-z'-]*[a-z]")
_WINDOW = 120


def moved_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage written right after a movement verb measures the verb's subject
    (module doc); other figures unchanged, order kept."""
    return [_moved(f) or f for f in figures]


def _moved(f: Figure) -> Figure | None:
    if f.kind not in ("percent", "money", "count"):
        return None
    at = surface_at(f)
    if at <= 0:
        return None
    lo = max(0, at - _WINDOW)
    words = _TOKEN.findall(f.sentence[lo:at])
    if lo > 0:
        words[0] = "\u2026"  # a cut word: no sentence start
    level = _level(words)  # "rose 15% to £5.6m", "improved to 91.4%"
    if level:
        words = level
    elif f.kind != "percent" and not _averaged(words):
        return None
    subject = _subject(words)
    if subject is None:
        return None
    noun, start = subject
    if noun.startswith("price per ") and f.kind == "count":
        return None  # ("a litre ... rising to 2 litres": no price)
    if f.metric and not (
        _written(f.metric, words[:start]) and not _written(f.metric, words[start:])
    ):
        return None  # the rules' measure is the subject's own ("revenue at the unit rose"), or
        # one no word of the sentence names (a market's, a share move's)
    return replace(f, metric=noun, measure=None)


def _level(words: list[str]) -> list[str]:
    """The words before a level a movement reached ("bills rose 36% to", "rose to") or left
    ("would go from £452 this year to", "rose 5% from"), up to the verb; [] when the figure is
    no such level."""
    k = len(words) - 1
    while k >= 0 and words[k].lower() in _HEDGES:
        k -= 1
    if k < 0 or words[k].lower() not in ("to", "from"):
        return []
    marker = words[k].lower()
    k -= 1
    k = _past_time(words, k)  # "rose 6% this year to NOK 1,180": the time said between
    if k >= 0 and "%" in words[k]:
        k -= 1
        while k >= 0 and words[k].lower() in _HEDGES:
            k -= 1
    if _verb_at(words, k) is not None:
        return words[: k + 1]
    if marker == "from" and k >= 0 and words[k].lower() in _GO:
        return words[: k + 1]  # "would go from £452"
    froms = [j for j in range(max(0, k - 6), k + 1) if words[j].lower() == "from"]
    if marker == "to" and froms and any(c.isdigit() for w in words[froms[-1] : k + 1] for c in w):
        return _level(words[: froms[-1] + 1])  # "from £452 this year to": the verb before
    return []


_GO = frozenset(["go", "goes", "went", "gone", "going"])  # "would go from £452 ... to £615"
# a time said between a change and the level it reached: "this year", "in the quarter", "last
# month", "year on year", "in October"
_TIME_TOKENS = frozenset(
    ["this", "last", "the", "in", "on", "over", "so", "far", "year", "month", "week", "quarter",
     "half", "period", "year-on-year", "annually", *MONTH_NAMES]
)  # fmt: skip


def _past_time(words: list[str], k: int) -> int:
    """``k`` moved back over a time phrase of up to four words ending at ``words[k]`` when a
    percentage stands before it; else ``k``."""
    j = k
    while j >= 0 and k - j < 4 and (words[j].lower() in _TIME_TOKENS or words[j].isdigit()):
        j -= 1
    return j if j < k and j >= 0 and "%" in words[j] else k


# a movement verb of two words: "goes up to 54.3p", "went up by 70%", "moved out to 6.25%"
_PHRASAL = frozenset(["go", "goes", "went", "gone", "going", "move", "moves", "moved", "moving",
                      "edge", "edges", "edged", "edging", "tick", "ticks", "ticked", "inch",
                      "inched", "creep", "creeps", "crept"])  # fmt: skip
_PARTICLES = frozenset(["up", "down", "out"])


# verbs of a level over a time or a whole, any kind of figure: "day rates averaged $441,000"
_LEVEL_VERBS = frozenset(["averaged", "averages", "averaging", "totalled", "totaled",
                          "totalling", "totaling", "totals"])  # fmt: skip


def _averaged(words: list[str]) -> bool:
    """Whether the words end in a verb of a level (hedges aside): "averaged about"."""
    k = len(words) - 1
    while k >= 0 and words[k].lower() in _HEDGES:
        k -= 1
    return k >= 0 and words[k].lower() in _LEVEL_VERBS


def _verb_at(words: list[str], k: int) -> int | None:
    """Where the movement verb that ends at ``words[k]`` starts, or None when none ends
    there: one word ("rose") or a verb and its particle ("goes up"; "out" only after a form
    of "move": yields "moved out")."""
    if k < 0:
        return None
    low = words[k].lower()
    if low in _MOVES or low in _LEVEL_VERBS or (low in _GO and k == len(words) - 1):
        return k  # ("go" only as _level cut it: "would go from")
    if low not in _PARTICLES or k == 0 or words[k - 1].lower() not in _PHRASAL:
        return None
    return k - 1 if low != "out" or words[k - 1].lower().startswith("mov") else None


def _subject(words: list[str]) -> tuple[str, int] | None:
    """The subject noun of the movement verb that ends ``words`` (with one word that says
    which) and where it starts, or None (module doc)."""
    k = len(words) - 1
    while k >= 0 and words[k].lower() in _HEDGES:
        k -= 1
    verb = _verb_at(words, k)
    if verb is None:
        return None
    k = verb - 1
    while k >= 0 and words[k].lower() in _AUXILIARIES:
        k -= 1
    if (obj := _object_at(words[: k + 1], words[verb])) is not None:
        return " ".join(w.lower() for w in words[obj : k + 1]), obj
    first = k  # the subject's words: back to a clause break, a verb or a joining word
    while first >= 0 and not _breaks(words[first]) and k - first < _MAX_SUBJECT:
        first -= 1
    if first >= 0 and not _breaks(words[first]):
        return None  # too long to be one noun phrase
    span = words[first + 1 : k + 1]
    opener = span[0].lower() if span else ""
    if (
        first >= 0
        and words[first] == ","
        and opener not in _DETERMINERS
        and opener != "with"
        and (_LISTED.intersection(w.lower() for w in span) or not _clause_opened(words[:first]))
    ):
        return None  # after a comma, a list's last item ("factories, mines and utilities")
    if opener == "with":
        span = span[1:]  # "..., with passengers to North America rising 19%"
    elif opener in _PREPOSITIONS:  # "said on Friday its combined ratio improved to 91.4%"
        opens = [i for i, w in enumerate(span) if w.lower() in _DETERMINERS]
        span = span[opens[-1] :] if opens else []  # the noun phrase right before the verb
    # the head is the last noun before the first preposition ("wealth of the richest people")
    cut = next((i for i, w in enumerate(span) if w.lower() in _PREPOSITIONS), len(span))
    # ... or before a relative clause's own subject ("The average freight rate it earned fell
    # 9% to €742": the rate, not "earned")
    cut = next((i for i, w in enumerate(span[:cut]) if i and w.lower() in _CLAUSE_SUBJECTS), cut)
    phrase = span[:cut]
    opened = bool(phrase) and phrase[0].lower() in _DETERMINERS
    while phrase and phrase[0].lower() in _DETERMINERS:
        phrase = phrase[1:]
    at_start = first == -1 and words[0] != "\u2026"
    if not phrase or not _plain(phrase[-1], at_start and len(phrase) == 1):
        return None
    head = phrase[-1].lower()
    if head in _PER_UNITS:
        # "an hour in the car parks rising to £2.40": what one hour costs, no measure "hour"
        indefinite = len(phrase) == 1 and span[0].lower() in ("a", "an", "each", "one")
        return (f"price per {head}", first + 1) if indefinite else None
    if head in _NOT_MOVED or not (opened or head.endswith("s") or head in METRIC_OF):
        return None  # a singular word no determiner opens may be a name ("brisbane rose")
    noun = head
    verbed = len(phrase) == 2 and first >= 0 and words[first].lower() in ("has", "have", "had")
    which = len(phrase) >= 2 and phrase[-2].lower() not in _STATUS_WORDS
    if which and _plain(phrase[-2], at_start and len(phrase) == 2) and not verbed:
        noun = f"{phrase[-2].lower()} {head}"  # (not "has imposed penalties totalling")
    return noun, first + 1


# a pronoun that opens a relative clause inside a subject without "that" ("the rate it earned")
_CLAUSE_SUBJECTS = frozenset(["it", "they", "we", "he", "she", "you", "i"])
# a level's participle after the object of a verb: "imposed fines totalling 3.7bn pesos"
_PARTICIPLES = frozenset(["totalling", "totaling"])


def _object_at(span: list[str], verb: str) -> int | None:
    """Where the object of a past-tense verb starts when ``span`` ends in one before a
    participle of a level ("accepted fines totalling 38m kroner", "paid dividends totalling
    £40m"): the noun is the measure wherever the clause's subject stands ("The SISS, which
    regulates water companies, imposed fines totalling ..."). None otherwise."""
    if verb.lower() not in _PARTICIPLES:
        return None
    for size in (1, 2):
        at = len(span) - size
        if at < 1 or not all(_plain(w, False) for w in span[at:]):
            return None
        before = span[at - 1].lower()
        if (before.endswith("ed") or before in _PAST) and span[-1].lower() not in _NOT_MOVED:
            return at
    return None


# past tenses of verbs that take a measure as object, not ending in "-ed"
_PAST = frozenset(["paid", "made", "won", "set", "took", "got", "gave", "brought", "sought",
                   "sold", "spent", "lost", "cut"])  # fmt: skip


# words of a figure's status, not of which measure ("predicted debt ... totalling £170bn")
_STATUS_WORDS = frozenset(["predicted", "projected", "expected", "estimated", "forecast",
                           "planned", "proposed", "likely", "possible", "potential"])  # fmt: skip
# joining words and verbs that end the subject ("said", "expects"); "with", "as", "before"
# may open a phrase inside it ("people with fast internet access")
_BREAKS = frozenset(["while", "but", "whereas", "that", "which", "who", "although", "though",
                     "said", "says", "say", "saying", "showed", "shows", "expects", "expected",
                     "where", "than"])  # fmt: skip
# a unit something is sold by: one of them rising to a sum is that unit's price ("an hour in
# the town-centre car parks rising to £2.40", "a pint of lager rising to £6.50")
_PER_UNITS = frozenset(["hour", "night", "minute", "pint", "litre", "liter", "kilo", "kilogram",
                        "gallon", "tonne", "ton", "ounce", "barrel", "loaf", "ticket", "session",
                        "visit", "trip", "journey", "ride", "meal", "bottle", "can", "cup"])  # fmt: skip
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "your",
                          "this", "these", "those"])  # fmt: skip
_MAX_SUBJECT = 10
# a list's last item is joined by "and" / "or"; a comma after an opening adverbial clause
# ("that without the conditions, average bills could have risen") ends no list
_LISTED = frozenset(["and", "or", "nor"])
_OPENERS = frozenset(["without", "with", "after", "before", "since", "despite", "in", "on",
                      "at", "for", "by", "during", "under", "as", "if", "unless", "once"])  # fmt: skip


def _clause_opened(words: Sequence[str]) -> bool:
    """Whether the words before the comma are an adverbial phrase opening the clause
    ("... found that without the conditions"): a preposition right after a clause break."""
    k = len(words) - 1
    while k >= 0 and not _breaks(words[k]) and words[k].lower() not in _OPENERS:
        k -= 1
    return k >= 0 and words[k].lower() in _OPENERS and (k == 0 or _breaks(words[k - 1]))


def _breaks(word: str) -> bool:
    """A clause break, a joining word or a verb: where the subject's words stop."""
    low = word.lower()
    return (
        word in ',;:()"\u201c\u201d\u2026'
        or low in _BREAKS
        or (low in _AUXILIARIES and low != "to")
        or low in _MOVES
        or (any(c.isdigit() for c in word) and "%" in word)
    )


def _plain(word: str, first: bool) -> bool:
    """A lower-case common noun or modifier (the sentence's first word may be capitalised)."""
    low = word.lower()
    if _NOUN.fullmatch(low) is None or low in sumy_stop_words():
        return False
    if low in _MOVES or low in _AUXILIARIES or low in _PREPOSITIONS:
        return False
    return word == low or (first and word[1:] == low[1:])


def _written(metric: str, words: Sequence[str]) -> bool:
    """Whether the metric's head word is written among ``words``."""
    heads = metric.lower().split()
    if not heads:
        return False
    head = singular(heads[-1])
    return any(singular(w.lower()) == head for w in words)
