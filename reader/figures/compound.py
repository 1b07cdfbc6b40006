"""A bare measure word kept with the words that say which one, as the sentence names it:
"merchandise revenue", "US sales", "organic growth", "operating margin", "sales growth",
"average selling price" (not "its revenue", "annual sales", "rising prices" or "Acme sales",
where the word before names a time, a manner or an owner); a market written after sales
("sales to the US": "US sales"); what a price is of or for ("prices for a dozen eggs": "egg
price"). At most four words, so a callout stays readable ("+14% US sales").

One look back of at most two words and one bounded look after the vocabulary match, so the
work per figure is constant.
"""

from __future__ import annotations

import re

from reader.figures.context import OWN_CLAUSE, clause_start
from reader.figures.gate import led
from reader.figures.names import PLACES
from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

# measure words that say only "how much of what kind": a noun before them says which
BARE_MEASURES = frozenset(["sales", "revenue", "revenues", "income", "profit", "profits",
                           "price", "prices", "costs", "cost", "shipments", "exports",
                           "imports", "deliveries", "bookings", "spending", "inflation",
                           "output", "earnings", "fees", "bills", "rents", "wages",
                           "investment", "subscriptions", "orders", "growth", "margin",
                           "production", "volumes", "budget"])  # fmt: skip
# accounting qualifiers that make another measure of the same word: "adjusted EBITDA" is not
# EBITDA, "net debt" not debt, "like-for-like sales" not sales
MEASURE_QUALIFIERS = frozenset(["adjusted", "underlying", "reported", "net", "gross", "operating",
                                "pre-tax", "pretax", "post-tax", "like-for-like", "organic",
                                "diluted", "normalised", "normalized", "recurring"])  # fmt: skip
# words before a measure that are times, scales, manners or how it moved, never which measure
_NOT_WHICH = frozenset(["annual", "quarterly", "monthly", "weekly", "daily", "yearly", "total",
                        "overall", "group", "core", "headline", "higher", "lower", "weaker", "stronger", "better", "worse",
                        "bigger", "smaller", "record", "strong", "weak", "flat", "solid",
                        "combined", "further", "more", "less", "same", "last", "next", "first",
                        "second", "third", "fourth", "half", "year", "quarter", "month",
                        "week", "day", "season", "period", "million", "billion", "trillion",
                        "crore", "lakh", "won", "new", "old", "high", "low", "top", "rising",
                        "falling", "per", "cent", "percent", "expected", "said",
                        "says", "its", "their", "his", "her", "our", "whose", "such", "both",
                        "own", "full", "latest", "current", "previous", "prior", "early",
                        "late", "big", "small", "huge", "key", "main", "other", "overseas",
                        "domestic", "foreign", "global", "local", "national", "regional",
                        "world", "worldwide", "international"])  # fmt: skip
_TIME_PART = re.compile(r"(?:^|-)(?:year|quarter|half|month|week|day|on|over|to|date|time)(?:-|$)")
# adjective and participle endings ("seasonal", "electric", "rising", "expected")
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ly|ed|est|ern|ese|ish)$")
# the one or two words right before the measure, each after a space, a "(" or the start
_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:(?P<first>[A-Za-z][a-z-]*[a-z]) )?"
                     r"(?P<word>[A-Za-z][A-Za-z-]*[a-z]|[A-Z]{2,}) $")  # fmt: skip
# what may stand before a capitalised word that opens its sentence
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


_MAX_WORDS = 4  # a callout stays readable: "+14% US sales", "£2.64 wholesale egg price"


def whole_measure(text: str, at: int, metric: str) -> str:
    """``metric`` (read from a bare measure word at ``at``) with the words that say which
    measure (module doc): up to two before it, what a price is of, or the market written after
    sales; else ``metric`` unchanged."""
    verb = _COSTS_VERB.match(text, at) if metric in ("cost", "costs") else None
    if verb is not None:  # "a ticket costs £9": its price; "the scheme costs £3bn": its cost
        what = "cost" if verb.group("scale") else "price"
        return " ".join([*_before(text, at, what)[-1:], what])
    before = _before(text, at, metric)
    of = _price_of(text, at, metric)[-1:] if before else _price_of(text, at, metric)
    if not before and not of:
        market = _market(text, at, metric)
        if market:
            return f"{market} {metric}"
        per = _PER.match(
            text, at + len(metric) + int(text[at : at + len(metric) + 1].endswith("s"))
        )
        return f"{metric} per {per.group(1).lower()}" if per else _spent_on(text, at, metric)
    return " ".join((before + of + [metric])[-_MAX_WORDS:])


# "costs" as a verb of price: "a digital subscription costs £5.99"
_COSTS_VERB = re.compile(
    r"costs? (?:about |around |just |only |from )?[$£€¥]?\d[\d.,]*"
    r"(?P<scale> ?(?:bn|bln|billion|m|mn|mln|million|tn|trn|trillion|k|thousand)\b)?"
)


def _before(text: str, at: int, metric: str) -> list[str]:
    """The one or two words right before the measure word that say which measure."""
    m = _BEFORE.search(text, max(0, at - 40), at)
    word = None if m is None else _which(text, m.start("word"), m.group("word"), metric)
    if m is None or word is None:
        return []
    first = m.group("first")
    if first is not None and first.islower() and _which(text, m.start("first"), first, metric):
        return [first, word]  # "average selling price", "standard ticket price"
    return [word]


# what a price is of or for: "the price of a standard ticket", "prices for a dozen large
# free-range eggs", "the cost of each pint", "the price of a barrel of oil"
_PRICE_OF = re.compile(
    r"(?:[Pp]rices?|[Cc]ost) (?:of|for) (?:(?:a single|a|an|each|one|every|half a|two|three|four|"
    r"five|six|ten|twelve|\d+|its|their|the|his|her|our|this|that) )?(?:(?P<qty>dozen|pint|litre|liter|kilo|kilogram|loaf|bag|box|pack|"
    r"packet|pair|tonne|ton|barrel|gallon|bottle|carton|tin|can|pound|tray)s?(?: of)? )?"
    r"(?P<run>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z]){0,3})"
)


# verbs of level that may follow a price's noun: "the price of crude oil remains 30% higher"
_LEVEL_VERBS = frozenset(["remains", "stays", "stands", "rises", "falls", "hits", "tops", "jumps",
                          "climbs", "slips", "eases", "reaches", "doubles", "soars", "surges",
                          "drops", "increases", "decreases", "continues", "looks", "seems",
                          "averages", "varies", "ranges", "starts", "costs"])  # fmt: skip
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "eight", "ten", "twelve"])


def _kind_participle(words: list[str]) -> bool:
    """Whether the run opens with a participle before a noun ("mixed paper", "used cars")."""
    if len(words) < 2 or not words[0].endswith("ed") or words[1].endswith("ed"):
        return False
    return words[1] not in sumy_stop_words() and words[1] not in VERBS


def _price_of(text: str, at: int, metric: str) -> list[str]:
    """What a price is of or for (``_PRICE_OF``): its noun, singular ("egg"), with the word
    before it when that is its only modifier ("standard ticket"); else nothing."""
    m = _PRICE_OF.match(text, at) if metric in ("price", "cost", "costs") else None
    if m is None:
        return []
    run: list[str] = []
    words = m.group("run").split()
    kind = None  # "prices for mixed paper": a participle before the noun says which paper
    if _kind_participle(words):
        kind, words = words[0], words[1:]
    for word in words:
        if not run and word in _COUNT_WORDS:
            continue  # "a pack of six apples"
        if (
            word in sumy_stop_words()
            or word in VERBS
            or word in _LEVEL_VERBS
            or word.endswith("ed")
        ):
            break
        run.append(word)
    plural = next((k for k, w in enumerate(run) if w.endswith("s") and not w.endswith("ss")), None)
    run = run[: plural + 1] if plural is not None else run[-2:]
    if not run:  # "the price of a barrel of Brent": the measure of a name's quantity
        return [m.group("qty")] if m.group("qty") and m.group("qty") != "dozen" else []
    noun = modifier_form(run[-1])
    if kind is not None and len(run) == 1:
        return [kind, noun]
    attr = _which(text, m.start("run"), run[0], metric) if len(run) == 2 else None
    return [attr, noun] if attr else [noun]


def modifier_form(noun: str) -> str:
    """A plural noun as it modifies another ("eggs" → "egg price")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "as", "is"))
    return noun[:-1] if plural else noun  # not "gas", "bus", "crisis"


# the market sales are made in: "Sales to the US", "sales in India"
_MARKET = re.compile(
    r"(?i:sales|revenues?) (?:to|in) (?:the )?(?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*)?)"
)


# "spending per visitor", "revenue per room": the measure per what
_PER = re.compile(r"\w* per ([a-z]{3,})\b(?<!share)")
# "spending on content": what the money is spent on
_SPENT_ON = re.compile(r"(?i:spending) on (?:the |new )?(?P<noun>[a-z][a-z-]*[a-z])\b")


def _spent_on(text: str, at: int, metric: str) -> str:
    """ "spending on content": "content spending" (a plain noun, not a time or a stop word);
    "spending on books and equipment": the whole phrase (``spent_on_phrase``); else
    ``metric``."""
    m = _SPENT_ON.match(text, at) if metric == "spending" else None
    if m is None:
        return metric
    whole = spent_on_phrase(text[m.start("noun") - 4 : m.start("noun") + 80])
    if whole is not None and " " in whole:
        return f"spending on {whole}"
    noun = _which(text, m.start("noun"), m.group("noun"), metric) or (
        m.group("noun") if m.group("noun").endswith("s") and m.group("noun") not in VERBS else None
    )
    return f"{modifier_form(noun)} spending" if noun else metric


# what money is spent on, after the figure: " on weekend clinics", " this year on marketing",
# " on a new sales system"; the words of a plain noun phrase, "and" joining two
_ON_PHRASE = re.compile(
    r"^(?: (?:this|next|last|a|each|per|every) (?:year|month|week|quarter|season)"
    r"| over (?:the next )?\w+ (?:years|months))?"
    r" on (?:(?:the|a|an|its|their|his|her|new|extra|more) )*(?P<np>[a-z][a-z -]{1,80})"
)
_PHRASE_STOP = frozenset(["to", "by", "in", "at", "for", "from", "over", "this", "next", "last",
                          "which", "that", "than", "as", "with", "after", "before", "since",
                          "and", "or", "but", "while", "so", "of", "the", "a", "an", "its",
                          "their", "is", "was", "were", "are", "will", "would", "could", "it",
                          "has", "had", "have", "may", "might", "should", "must", "during", "per",
                          "each", "every", "across", "within", "under", "among", "into",
                          "through", "including", "rose", "rise", "rises", "fell", "fall",
                          "falls", "grew", "grow", "grows", "reach", "reaches", "hit", "hits",
                          "came", "comes", "stood", "stands", "totals"])  # fmt: skip


_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "to", "that"])


def spent_on_phrase(tail: str) -> str | None:
    """The noun phrase money is spent on, from the text after the figure (``_ON_PHRASE``):
    up to four words, stopping at a preposition, a clause word or a time ("over five years");
    two such runs joined by "and" are one ("books and equipment"). None when there is none.
    ``tail`` may be a window cut short: a word running to its end is left out."""
    m = _ON_PHRASE.match(tail)
    if m is None:
        return None
    given = m.group("np").split(" ")
    cut = m.end("np") == len(tail)
    if cut:
        given = given[:-1]  # the window may end inside a word: "private" read as "privat"
    words: list[str] = []
    for k, w in enumerate(given):
        after = given[k + 1] if k + 1 < len(given) else ""
        if words and words[-1] == "and" and w.endswith("s") and after in _DETERMINERS:
            break  # "on shows and expects a profit": a verb, not a second noun
        if w == "and" and words and words[-1] != "and":
            words.append(w)
            continue
        past = w.endswith("ed") and len(w) > 4  # "reached", "doubled": a verb follows
        plain = re.fullmatch(r"[a-z][a-z-]*[a-z]", w) is not None  # not a dash: "campaign - second"
        if not plain or w in _PHRASE_STOP or past or _TIME_PART.search(w) or len(words) >= 5:
            break
        words.append(w)
    while words and words[-1] == "and":
        words.pop()
    if cut and len(words) < 2:
        return None  # "a new quantum computi...": not the whole phrase
    return " ".join(words) or None


def _market(text: str, at: int, metric: str) -> str | None:
    """The place a firm's sales are made in, written after them (``_MARKET``), else None."""
    m = _MARKET.match(text, at) if metric in ("sales", "revenue") else None
    if m is None:
        return None
    place = m.group("place")
    first = place.split()[0]
    if place in PLACES or first in PLACES:
        return place if place in PLACES else first
    return first if first.isupper() and 2 <= len(first) <= 4 else None


def _which(text: str, at: int, word: str, metric: str = "") -> str | None:
    """``word`` as a word saying which measure (lower case unless an acronym or a place),
    else None: a noun, an adjective of kind ("organic", "wholesale", "digital"), a place
    ("US", "European"), or a measure of its own before a rate ("sales growth")."""
    if word.isupper():
        return word if 2 <= len(word) <= 4 else None  # "US sales", "EU exports"
    if word in PLACES or word in _REGIONS:
        return word  # "European sales", "India sales"
    if word[0].isupper():
        if not _OPENS.search(text, max(0, at - 3), at):
            return None  # "Acme sales": an owner, not which sales
        word = word.lower()
    low = word.lower()
    if low in MEASURE_QUALIFIERS:  # "adjusted EBITDA", "net debt": another measure
        return low if not low.endswith("ed") or _qualifies(text, at) else None
    if low in _NOT_WHICH or low in sumy_stop_words() or _TIME_PART.search(low):
        return None
    if low.endswith("ing"):
        return low if low in WHICH_ING else None  # "selling price", not "rising prices"
    if low.endswith("s") and not low.endswith("ss") and metric in _RATES and low in METRIC_OF:
        return low  # "sales growth", "earnings growth"
    if _ADJECTIVE.search(low) and not (_KIND.search(low) and low not in _NOT_KIND):
        return None  # "seasonal sales", "expected revenue", "quarterly profit"
    if _MANNER.search(low) and low not in _NT_NOUNS:
        return None  # "dominant growth engine", "consistent growth", "recent sales"
    if low in VERBS or (low.endswith("s") and not low.endswith("ss")):
        return None  # "raise prices", "boosts sales"
    if _MODAL.search(text, max(0, at - 8), at):
        return None  # "to hit profits", "will drive revenue"
    return low


# the word before a participle: a function word or a possessive opens a noun phrase ("while
# reported revenue", "the group's adjusted EBITDA"); a noun, a name or a clause's comma makes
# it a verb ("the group reported revenue of", "Acme adjusted prices", "..., reported profit")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z][\w'’-]*)\s+$")


def _qualifies(text: str, at: int) -> bool:
    """Whether the participle at ``at`` modifies the measure after it (``_WORD_BEFORE``)."""
    if not text[:at].strip():
        return True  # the sentence opens with it: "Adjusted EBITDA rose ..."
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return False  # "Harlow's, which employs 61,000 people, reported profit of"
    word = m.group(1)
    return word.lower() in sumy_stop_words() or word.endswith(("'s", "’s", "s'"))


# rates a measure of its own may qualify: "sales growth", "profit margin"
_RATES = frozenset(["growth", "margin", "inflation"])
# adjective endings that may name a kind of measure ("organic growth", "digital sales",
# "electric car sales"), but not these words of manner, degree, time or direction
_KIND = re.compile(r"(?:al|ic|ive|ary)$")
_NOT_KIND = frozenset(["additional", "potential", "typical", "initial", "final", "original",
                       "actual", "real", "nominal", "general", "special", "usual", "normal",
                       "official", "critical", "historic", "historical", "dramatic",
                       "substantial", "marginal", "massive", "excessive", "extensive",
                       "positive", "negative", "effective", "competitive", "aggressive",
                       "expensive", "seasonal", "exceptional", "sequential", "incremental",
                       "cumulative", "relative", "comparative", "respective", "primary",
                       "necessary", "temporary", "ordinary", "extraordinary", "secondary",
                       "voluntary", "preliminary", "provisional", "cyclical", "structural",
                       "minimal", "optimal", "vital", "crucial", "central", "principal",
                       "annual", "biannual", "periodic", "basic", "chronic", "drastic",
                       "impressive", "total", "several", "arrival"])  # fmt: skip
# "-ant"/"-ent" words are mostly adjectives of manner ("dominant", "consistent"), these nouns
# aside ("restaurant sales", "student spending"); "-ment" nouns never match
_MANNER = re.compile(r"(?:ant|(?<!m)ent)$")
_NT_NOUNS = frozenset(["restaurant", "student", "rent", "tenant", "parent", "patient", "client",
                       "agent", "content", "event", "talent", "plant", "grant", "merchant",
                       "consultant", "accountant", "implant", "parliament", "accident",
                       "resident", "descent", "percent", "cent", "spent", "giant"])  # fmt: skip
# regions and nationalities a measure may be of, beside the places of ``names.PLACES``
_REGIONS = frozenset(["European", "Asian", "African", "Nordic", "Arab", "Scottish", "Welsh",
                      "Irish", "English", "Canadian", "Mexican", "Brazilian", "Italian",
                      "Spanish", "Russian", "Danish", "Swedish", "Norwegian", "Polish",
                      "Turkish"])  # fmt: skip


def compound_near(text: str, start: int, end: int, metric: str | None) -> str | None:
    """``metric`` kept whole when it was read from a bare measure word (``BARE_MEASURES``) in
    the figure's clause: the nearest such word before the figure, else the first within 60
    characters after it."""
    forms = _FORMS.get(metric or "")
    if forms is None or metric is None:
        return metric
    before = list(forms.finditer(text, max(0, start - 120), start))
    if before:  # (the clause is looked for only when there is a measure word to bound)
        lo = clause_start(text, start)
        before = [m for m in before if m.start() >= lo]
    at: re.Match[str] | None
    if before:
        at = before[-1]
    else:  # (not past a clause of its own: "to US$2.45 per pound, blaming diesel prices")
        cut = OWN_CLAUSE.search(text, end, end + 60)
        at = forms.search(text, end, cut.start() if cut else end + 60)
    return whole_measure(text, at.start(), metric) if at is not None else metric


_FORMS = {
    metric: re.compile(rf"\b(?:{'|'.join(words)})\b", re.I)
    for metric, words in {
        "sales": ["sales"], "revenue": ["revenue", "revenues"], "income": ["income"],
        "profit": ["profit", "profits"], "price": ["price", "prices"],
        "costs": ["costs", "cost"], "cost": ["cost", "costs"], "shipments": ["shipments"], "exports": ["exports"],
        "imports": ["imports"], "deliveries": ["deliveries"], "bookings": ["bookings"],
        "spending": ["spending"], "inflation": ["inflation"], "output": ["output"],
        "growth": ["growth"], "margin": ["margin", "margins"], "production": ["production"],
        "budget": ["budget", "budgets"],
    }.items()
}  # fmt: skip
WHICH_ING = frozenset(["selling", "housing", "heating", "borrowing", "building", "shipping",
                        "advertising", "licensing", "streaming", "gaming", "banking",
                        "betting", "lending", "trading", "clothing", "catering", "broadcasting",
                        "publishing", "printing", "mining", "farming", "parking", "roaming",
                        "ticketing", "packaging", "marketing", "consulting", "engineering",
                        "manufacturing", "processing", "retailing", "wholesaling",
                        "insurance", "operating", "fishing", "recycling"])  # fmt: skip
VERBS = frozenset(["raise", "cut", "boost", "hit", "lift", "increase", "lower", "pay", "charge",
                    "drive", "hurt", "push", "pull", "keep", "hold", "freeze", "slash",
                    "reduce", "grow", "report", "post", "see", "expect", "forecast", "record",
                    "generate", "bring", "add", "lose", "book", "make", "take", "earn", "set",
                    "put", "fix", "cap", "control", "curb", "dent", "squeeze", "weigh", "help",
                    "support", "spur", "fuel", "double", "halve", "match", "beat", "miss",
                    "affect", "dampen", "include", "exclude", "cover", "meet", "pass",
                    "offset", "split", "share", "return", "turn", "want", "need", "get",
                    "give", "drag", "weighed", "grew", "rose", "fell", "saw", "made", "took",
                    "drove", "paid", "sold", "gave", "got", "kept", "held", "brought", "carry",
                    "extra", "lift", "send", "sent", "push", "lower", "tip", "nudge", "knock", "despite", "than", "from", "into", "when",
                    "where", "while", "after", "before", "since", "until", "whether"])  # fmt: skip
_MODAL = led(r"\b(?:to|will|would|could|can|may|might|must|should|did|does|do|not|"
                    r"n't|they|we|you|i|it|he|she)\s+$", re.I)  # fmt: skip
