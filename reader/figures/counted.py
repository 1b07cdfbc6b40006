"""What a number counts: the noun phrase after it ("3,500 brands", "34 Grosvenor casinos",
"14 of its biggest construction projects", "6,700 scientists and support staff"), and the
shapes that count nothing ("the 400 richest people", "59 places").

Every helper looks at a small fixed window after the number, so work per number is bounded.
"""

from __future__ import annotations

import re

from reader.figures.demonyms import DEMONYMS
from reader.figures.letters import LOWER, UPPER
from reader.figures.patterns import (
    COUNT_FILLERS,
    DURATIONS,
    IRREGULAR_PLURALS,
    LETTER_PREFIXES,
    MEASURES,
    MONTHS,
    STOP_WORDS,
    WORD_NUMBERS,
)
from reader.model import FigureKind

# (any Latin letter: "80 cafés", "12 crèches" are counts too)
WORD = re.compile(rf"[{UPPER}{LOWER}][{UPPER}{LOWER}'-]{{0,30}}")
_OF_DET = re.compile(
    r" of (?:its|the|their|our|his|her|which)"
    r"(?: (?:world|country|nation|industry|region|group)(?:'s|\u2019s))? "
)  # "14 of its biggest projects", "3 of the world's 5 largest makers"
_MODEL_TOKEN = re.compile(r"[A-Za-z-]{0,12}\d[A-Za-z0-9-]{0,12}(?= )")  # "737", "A320neo", "H200"
# words ending in "s" that are not plural nouns ("another 9,800 overseas")
_NOT_PLURAL = frozenset(
    ["overseas", "always", "perhaps", "afterwards", "towards", "besides", "nowadays", "sometimes",
     "whereas", "upwards", "downwards", "backwards", "forwards", "outwards", "indoors",
     "outdoors", "abroad", "thereafter", "its", "has", "was", "does", "this", "yes", "as"]
)  # fmt: skip
_OF_NUMBER = re.compile(r"\d{1,4}(?= )")
_RANKERS = frozenset(["top", "biggest", "largest", "leading", "bottom"])
# a noun that is the subject of its own verb after the number: "6 million analysts had expected"
_THEIR_VERB = re.compile(
    r" (?:had|have) (?:been )?(?:expected|forecast|predicted|estimated|pencilled in|penciled in|"
    r"projected|anticipated|expecting)\b"
)
_THE_N_BEST = re.compile(r"\bthe [\d,]{1,9}$", re.I)
# plural-looking words that usually modify the noun after them ("sales staff")
_MODIFIER_PLURALS = frozenset(
    ["sales", "savings", "sports", "goods", "arms", "news", "customs", "operations",
     "communications", "electronics", "services", "systems", "parts", "events", "claims",
     "faculty",
     # animals named in the singular's form before what they are kept in or counted by:
     # "12 fish farms", "40 sheep stations", "3 salmon hatcheries"
     "fish", "sheep", "cattle", "poultry", "trout", "salmon", "deer",
     # a body of people before what they are: "1,248 police officers"
     "police"]
)  # fmt: skip
# a staff's posts and people: "42 staff positions", "300 staff members" (not "offer 120 of the
# staff jobs", where the jobs are what is offered)
_STAFF_HEADS = frozenset(["positions", "posts", "members", "nurses", "officers", "roles"])
_SAYING = frozenset(["said", "says", "say", "told", "added", "announced", "reported"])
# what opens a clause after a number, not a noun it counts: a pronoun subject, a linking verb
_CLAUSE_OPENERS = frozenset(["it", "they", "we", "he", "she", "you", "i", "there", "became",
                             "become", "becomes", "remain", "remained", "remains", "went",
                             "came", "stayed", "turned",
                             # a verb of containing or losing ("1.4 million included heart-rate
                             # records", "310 lost their jobs")
                             "included", "include", "includes", "contained", "contain",
                             "contains", "lost", "died"])  # fmt: skip
# nights a modifier says are stays counted: "1.2 million guest nights", "bed nights"
_STAYS = frozenset(["nights", "night"])
_RANK_NOUNS = frozenset(["places", "place", "spots", "rungs", "notches"])
SUPERLATIVE = re.compile(r"\w+est|most")
# verbs whose subject is a figure, read right after it ("the total of 5.3 million translates
# into", "a reading above 50 indicates growth"): no noun the number counts
_FIGURE_VERBS = frozenset(["translates", "indicates", "represents", "equates", "implies",
                           "suggests", "signals", "means", "depreciates", "appreciates",
                           "compares", "corresponds", "equals"])  # fmt: skip


def _plural(word: str) -> bool:
    """ "stores", "people"; not "business", "basis", "bonus" (-ss, -is, -us are singular)."""
    low = word.lower()
    if low in _NOT_PLURAL or low.endswith(("'s", "\u2019s")):
        return False  # "overseas", "the world's"
    if low in IRREGULAR_PLURALS or low in MEASURES:
        return True  # "3,000 km", "40 mph": a unit's abbreviation has no plural
    if low.endswith("men") and (
        low.endswith("women") or not low.endswith(("imen", "omen", "umen"))
    ):
        return len(low) > 5  # "fishermen", "businesswomen" (not "specimen", "abdomen")
    return low.endswith("s") and not low.endswith(("ss", "is", "us"))


def rank_group(text: str, end: int) -> bool:
    """ "the 400 richest people": a rank group, not a count."""
    return bool(
        _THE_N_BEST.search(text, max(0, end - 24), end) and SUPERLATIVE.match(text, end + 1)
    )


def count_unit(text: str, end: int) -> str | None:
    """The counted noun phrase after a number: "3,500 brands", "34 Grosvenor casinos",
    "90,000 more people", "14 of its biggest construction projects"."""
    if rank_group(text, end):
        return None
    phrase = _head_phrase(_words_after(text, end))
    if phrase is not None:
        stop = text.find(phrase, end) + len(phrase)
        if _THEIR_VERB.match(text, stop) or phrase.split()[0].lower() in _FIGURE_VERBS:
            return None  # "the 6 million analysts had expected": the analysts are not counted
        if phrase.split()[-1].lower() not in MEASURES:
            phrase += joined_tail(text, stop)
    return phrase


_NUMBER_NEXT = re.compile(r" ?\d")
# a distance unit written per hour: "120 km/h" is one unit (a speed); not "km/hour"
_SPEED = re.compile(r"(?:km|mi|m)/h\b")


def _words_after(text: str, end: int) -> list[str]:
    """Up to five words after a number that could name what it counts (fillers skipped)."""
    words: list[str] = []
    pos = end
    of = _OF_DET.match(text, pos)
    if of is not None:
        pos = of.end() - 1
    for _ in range(5):
        if text[pos : pos + 1] != " ":
            break
        m = WORD.match(text, pos + 1)
        if not m and of is not None and all(w.lower() in _RANKERS for w in words):
            num = _OF_NUMBER.match(text, pos + 1)  # "9 of the top 10 retailers", "3 of its 5 mills"
            if num is not None:
                pos, of, words = num.end(), None, []
                continue
        model = _MODEL_TOKEN.match(text, pos + 1)
        if model is not None and (
            re.search(r"[A-Za-z]", model.group(0))
            or (words and words[-1][0].isupper())
            or re.match(r" [A-Z][a-z]", text[model.end() : model.end() + 3])  # "737 Max jets"
        ):  # "72 Boeing 737 MAX jets", "40 more A320neo planes"
            words.append(model.group(0))
            pos = model.end()
            continue
        if not m:
            break
        word = m.group(0)
        if (speed := _SPEED.match(text, m.start())) is not None:
            word, m = speed.group(0), speed  # "120 km/h": a speed
        low = word.lower()
        if not words and low in COUNT_FILLERS:
            pos = m.end()
            continue
        if low in ("and", "or") and words and not any(_plural(w) for w in words):
            words.append(word)  # "300 natural and man-made disasters": joined modifiers
            pos = m.end()
            continue
        if (
            low in STOP_WORDS
            or low in MONTHS
            or (low in DURATIONS and not (words and low in _STAYS))
            or low in WORD_NUMBERS
            # "410 guest faculty paid Rs 32,000": a currency's letters before its sum
            or (word in LETTER_PREFIXES and _NUMBER_NEXT.match(text, m.end()))
        ):
            break
        if low in _SAYING:  # "The 19 firm said profits rose": no noun phrase runs through a verb
            break
        if not words and low in _CLAUSE_OPENERS:
            break  # "22 it charters", "211 became holiday lets": a clause, no counted noun
        words.append(word)
        pos = m.end()
        if text[pos : pos + 1] in (",", ".", ";", ":", ")"):
            break
    return words


def _head_phrase(words: list[str]) -> str | None:
    """The phrase up to its head noun, or None when the words name no counted thing: not a
    rank ("59 places", "the 400 richest people")."""
    if words and words[0].lower() in _RANK_NOUNS:
        return None
    if words == ["head"]:
        return "head"  # livestock: "(948 head)", "238 head of cattle" ("3 head teachers" run on)
    # the phrase up to the end of its first run of plural-looking words (the head noun);
    # capitalised words may lead ("Hard Rock Cafes") but a capitalised head needs company,
    # unless it names people by nationality ("30 million Americans")
    for i, word in enumerate(words):
        if _plural(word) and (word[0].islower() or i > 0 or word[:-1] in DEMONYMS):
            j = i
            # "with-profits investors": a hyphenated plural modifies the next plural; otherwise
            # the first plural is the head ("1,300 bosses suggests" must stop at "bosses")
            while (
                j + 1 < len(words)
                and "-" in words[j]
                and words[j + 1][0].islower()
                and _plural(words[j + 1])
            ):
                j += 1
            if (
                j + 1 < len(words)
                and words[j + 1][0].islower()
                and _plural(words[j + 1])
                and (
                    words[j].lower() in _MODIFIER_PLURALS
                    or (words[j].lower() == "staff" and words[j + 1] in _STAFF_HEADS)
                )
            ):
                j += 1  # "200 sales staff", "5,000 savings accounts": the plural modifies
            if any(w[0].isupper() for w in words[i + 1 : j + 1]):
                return None
            return " ".join(words[: j + 1])
        if word[0].islower() and i - sum(w in ("and", "or") for w in words[:i]) >= 3:
            break  # (a joined modifier's "and" is no word of its own: "motor and home ...")
    return None


# "6,700 scientists and support staff": a second head noun joined by "and"/"or" (up to two
# lowercase modifiers before it); "14 kinds of plastic": a classifier head and its "of" noun
_JOINED_WORDS = r" (?:and|or)((?: [a-z][a-z-]*){1,4})"
_JOINED = re.compile(_JOINED_WORDS)
# ... after a list's items ("1,100 flight attendants, pilots and ground staff"), the last
# joined by "and"/"or" with or without a comma before it
_LIST_JOINED = re.compile(",?" + _JOINED_WORDS)
_LIST_ITEM = re.compile(r", ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?=,? (?:and|or) |, [a-z])")
_LIST_ITEMS = 3
_CLASSIFIERS = frozenset(["kinds", "types", "sorts", "varieties", "categories", "courses"])
_CLASSIFIED = re.compile(r" of((?: [a-z][a-z-]*){1,2})")
_PHRASE_STOP = re.compile(r"[,.;:)]|$")
# what may follow a noun phrase that ends there: a relative, an auxiliary, a preposition of
# place; after a bare joined plural only those ("and looks at", "and relies on", "and plans
# to" are verbs), after a modified one a few more ("and office staff at its site")
_PHRASE_ENDS = frozenset(
    ["in", "across", "over", "around", "throughout", "within", "nationwide", "worldwide",
     "who", "which", "that", "were", "are", "was", "is", "had", "have", "has", "will",
     "would", "could", "can", "may", "might", "should", "did"]
)  # fmt: skip
_MODIFIED_ENDS = frozenset(["at", "for", "from"])
# a time said after the phrase ends it too: "300 drivers and riders next year"
_TIME_ENDS = frozenset(["next", "last", "this", "during", "since", "before", "after"])
# verbs a firm's acts put before their object: "hired 300 staff and cut prices" joins a clause,
# not a second noun ("and cut prices")
_ACTS = frozenset(
    ["cut", "cuts", "sold", "built", "paid", "lost", "won", "shed", "bought", "made", "took",
     "added", "hired", "opened", "closed", "raised", "reduced", "created", "axed", "slashed",
     "increased", "boosted", "lifted", "lowered", "launched", "expanded", "froze", "set",
     "sell", "build", "pay", "lose", "win", "buy", "make", "take", "add", "hire", "open",
     "close", "raise", "reduce", "create", "axe", "slash", "increase", "boost", "lift",
     "lower", "launch", "expand", "freeze"]
)  # fmt: skip
_AMOUNT_WORDS = frozenset(["a", "an", "half", "one", "two", "three", "four", "five", "ten",
                           "twenty", "fifty", "hundred", "thousand"])  # fmt: skip


def joined_tail(text: str, stop: int, listed: int = 0) -> str:
    """The rest of a counted noun phrase that runs on after its first head at ``stop``: " and
    support staff", " or leisure centres", " of plastic" (empty when none). The joined words
    must end in a plural (after "of", any noun) that ends the phrase (punctuation, a
    preposition, a relative or an auxiliary next), and none may be a function word, a number
    word or a verb of saying, so "300 jobs and plans to" and "40 stores and the" are left
    alone. A list's items may stand between the first head and the joined one ("flight
    attendants, pilots and ground staff", ``_listed_tail``; ``listed``: the items read so far,
    after which the joined one may follow a comma)."""
    head = text[max(0, stop - 12) : stop].split()[-1:]
    classed = bool(head) and head[0].lower() in _CLASSIFIERS
    m = (_CLASSIFIED if classed else _LIST_JOINED if listed else _JOINED).match(text, stop)
    if m is None:
        return "" if classed or listed >= _LIST_ITEMS else _listed_tail(text, stop, listed)
    spans = list(re.finditer(r"\S+", m.group(1)))
    words = [w.group(0) for w in spans]
    for n, word in enumerate(words[:3], 1):
        if word in STOP_WORDS or word in WORD_NUMBERS or word in _SAYING or word in MONTHS:
            return ""
        if n == 1 and word in _ACTS:
            return ""  # "300 staff and cut prices": a second act, no second noun
        if word in DURATIONS or not (classed or _plural(word)):
            continue
        if word in _MODIFIER_PLURALS and n < len(words) and _plural(words[n]):
            continue  # "scientists and sales staff": a plural that modifies the next noun
        if classed and n > 1:
            return ""  # "kinds of plastic": one noun after "of"
        if any(_plural(w) and w not in _MODIFIER_PLURALS for w in words[: n - 1]):
            return ""  # "40 shops and closes stores": a verb, not a modifier
        end = m.start(1) + spans[n - 1].end()
        if _PHRASE_STOP.match(text, end):
            return text[stop:end]
        after = words[n] if n < len(words) else ""
        ends = (_PHRASE_ENDS | _MODIFIED_ENDS if n > 1 else _PHRASE_ENDS) | _TIME_ENDS
        if text[end : end + 1] != " " or after not in ends:
            return ""
        # "and operates in 12 countries": a verb whose place is counted after it; "and
        # produces around a fifth of the crop": a hedge before its object's amount
        rest = text[end + len(after) + 2 : end + len(after) + 12]
        first = rest.split()[0].lower() if rest.split() else ""
        amount = rest[:1].isdigit() or (after == "around" and first in _AMOUNT_WORDS)
        return "" if amount else text[stop:end]
    return ""


def _listed_tail(text: str, stop: int, listed: int) -> str:
    """ "1,100 flight attendants, pilots and ground staff": list items after the first head,
    each a plural noun (a lowercase modifier before it allowed), then the joined last one."""
    item = _LIST_ITEM.match(text, stop)
    if item is None:
        return ""
    words = item.group(1).split()
    if any(w in STOP_WORDS or w in WORD_NUMBERS or w.endswith("ly") for w in words):
        return ""  # (", mostly technicians and growers": what the count holds, no list)
    if words[0] == "including" or not _plural(words[-1]):
        return ""
    rest = joined_tail(text, item.end(), listed + 1)
    return text[stop : item.end()] + rest if rest else ""


# unit words that also name things, and the words before them that keep them units: "120,000
# smart meters" and "2,800 reefer points" are things counted, "45,000 square metres" and "25
# basis points" quantities
_THING_UNITS = frozenset(["points", "meters", "metres"])
# "units" a modifier makes a unit of measure: containers' twenty-foot equivalent units, a
# sample's colony-forming units
_MEASURED_UNITS = ("equivalent units", "forming units")
_UNIT_MODIFIERS = frozenset(["basis", "percentage", "index", "square", "cubic", "linear",
                             "running", "sq", "million", "billion", "thousand"])  # fmt: skip


def kind_of_count(noun: str) -> FigureKind:
    low = noun.lower()
    words = low.split()
    if low.endswith(_MEASURED_UNITS):
        return "other"  # "3.86 million twenty-foot equivalent units": containers' volume
    if words[-1] not in MEASURES:
        return "count"
    thing = len(words) > 1 and words[-1] in _THING_UNITS and words[-2] not in _UNIT_MODIFIERS
    return "count" if thing and words[-2].isalpha() else "other"
