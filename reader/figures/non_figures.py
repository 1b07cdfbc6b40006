"""Numbers that are not figures: a year, a date or a time, an age, an ordinal, a rank list,
a model name ("iPhone 15", "737 Max 10"), a race distance ("the 5,000m"), a distance that
places something ("14 miles north of"), a phone number, a duration, the base of odds or of
a score ("1 in 13,983,816", "4 out of 5 stars"). Each rule looks at a small fixed window next to the number."""

from __future__ import annotations

import re

from reader.figures.patterns import AGE_BEFORE, DURATIONS, MONTHS
from reader.figures.words import SUPERLATIVE, after_word, before_word, time_measure

_PHONE_TAIL = re.compile(r"[-. ]\d{3,4}(?:[-. ]\d{2,4}\b|\b(?! [A-Za-z]))")
# more groups of digits after a "+" and its country code ("+32 3 203 41 10")
_PHONE_GROUPS = re.compile(r"(?: \d{1,4}){2,}\b")
# a number after "<digits> <Capitalised word> ": the variant of a model ("737 Max 10")
_SERIES_BEFORE = re.compile(r"\b\d[\w-]* [A-Z][A-Za-z]{1,10} $")
_MODEL_AFTER = re.compile(
    r" (?:Max|MAX|Pro|Plus|Ultra|Mini|Neo|Series|Mark|Mk|Air|Lite|XL|Classic|Edition|Type)"
    r" \d{1,4}\b"
)
_NUMBER_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d[\d,]{0,9}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|dozen) $",
    re.I,
)
_RACE_WORDS = frozenset(
    ["race", "final", "finals", "heat", "heats", "hurdles", "record", "title", "freestyle",
     "relay", "steeplechase", "run", "in", "at", "on", "and", "or", "gold", "silver", "bronze",
     "world", "champion", "event", "breaststroke", "backstroke", "butterfly", "medley", "sprint",
     "semi", "semi-final", "semi-finals", "hurdle"]
)  # fmt: skip
_RACE_METRES = frozenset(["100", "200", "400", "800", "1500", "3000", "5000", "10000"])
_NOT_MODEL_WORDS = frozenset(["The", "A", "An", "In", "On", "At", "By", "Of", "To", "And", "Some"])
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_PERIOD_TAIL = re.compile(r"-(?:year|month|week|day|quarter)")
_CLOCK_OR_DATE = re.compile(r"[:/]\d")
_AM_PM = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)")
_WORD_TAIL = re.compile(r"-[A-Za-z]")
_UNIT_TAIL = re.compile(
    r"-(?:million|billion|thousand|cents?|pence|dollars?|pounds?|euros?|yuan|strong"
    r"|percentage|percent|per-cent)\b"
    r"|" + r"-(?:seat|bed|room|berth|pupil|place|home|unit|acre|hectare|mile|kilomet(?:re|er))\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


_RESOLUTION = re.compile(
    r"K (?:Ultra HD |UHD |HDR |video )?(?:streams?|streaming|video|TVs?|televisions?|sets?|"
    r"resolution|screens?|displays?|cameras?|content|monitors?|footage|quality|projectors?)\b"
)


def _resolution(text: str, end: int, raw: str) -> bool:
    """A picture's resolution: "4K streams", "an 8K television" (not "4K tonnes")."""
    return raw in ("2", "4", "5", "8") and _RESOLUTION.match(text, end) is not None


# an age before "year-olds", or the first end of a range of them: "3 to 14 year-olds"
_YEAR_OLDS = re.compile(r"(?:(?: to |-|\u2013| and )\d{1,3})?[- ]years?[- ]olds?\b", re.I)
# an age a count is compared with: "41 of the victims were older than 65", "under the age of
# 18", "children younger than five"
_AGE_COMPARED = re.compile(r"\b(?:(?:older|younger) than|the age of) (?:about |around )?$")
# the second end of an age range: "aged 16 to 18", "aged between 18 and 25", "ages 5-11"
_AGE_RANGE_BEFORE = re.compile(
    r"\b(?:aged|ages?|between the ages of)(?: between| from)? \d{1,3}"
    r"(?: to | and |-|\u2013| or )$",
    re.I,
)
# words a number after names a thing by ("Section 21", "Phase 3", "junction 3", "Ward 12")
LABEL_WORDS = frozenset(
    ["section", "article", "chapter", "clause", "schedule", "level", "phase", "tier", "grade",
     "category", "platform", "page", "junction", "route", "ward", "gate", "terminal", "exit",
     "stage", "division", "zone", "room", "floor", "pier", "bay", "lane", "row", "unit"]
)  # fmt: skip
# capitalised words a number after names a thing by ("Bus 73 stops", "Channel 4 viewers",
# "Year 11 pupils", "Model 3 cars", "Class B shares"): in lower case they may be no label
# ("last year 300 people", "a group 5 times larger"), so only written with a capital
_CAPITAL_LABELS = frozenset(
    ["bus", "flight", "channel", "radio", "line", "model", "series", "version", "type", "class",
     "band", "round", "game", "match", "track", "item", "question", "step", "block", "stand",
     "size", "act", "paragraph", "group", "league", "seat", "year", "day", "week", "month",
     "highway", "interstate", "studio", "ward", "district", "lot", "pitch", "court", "hole",
     "part", "volume", "episode", "season", "book", "figure", "table", "chart", "appendix",
     "exhibit", "note"]
)  # fmt: skip
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# a number opening a street or building name ("221B Baker Street"; not "12 Oxford Street shops")
_ADDRESS = re.compile(
    r"[A-Z]?(?: [A-Z][a-z]+){1,3} (?:Street|Road|Avenue|Lane|Square|Place|Buildings|Building|"
    r"House|Court|Row|Drive|Way|Terrace|Crescent|Gardens|Close|Wharf|Plaza|Boulevard|Walk|"
    r"Yard|Hill|Mews|Parade)\b(?! [a-z]+s\b| [A-Z])"
)


# a street's word before its number, as most of the world writes an address ("Dunajska cesta
# 119", "Rua Augusta 45", "Andr\u00e1ssy \u00fat 60"); no English word ("via", "gate")
_STREET_WORDS = frozenset(["cesta", "ulica", "ulice", "utca", "\u00fat", "ulitsa", "strasse",
                           "stra\u00dfe", "gasse", "weg", "laan", "straat", "vej", "gade",
                           "gatan", "gata", "katu", "iela", "gatv\u0117", "calle", "avenida",
                           "rua", "viale", "rue", "bulevar", "sokak", "caddesi",
                           "jalan", "carrera"])  # fmt: skip
# share indices named with a number: "FTSE 100", "S&P 500", "Nikkei 225", "Stoxx 600"
_INDEX_WORDS = frozenset(["ftse", "s&p", "nikkei", "stoxx", "cac", "dax", "asx", "s&p/asx",
                          "tsx", "ibex", "topix", "russell", "nasdaq", "mib", "aex", "smi"])  # fmt: skip
# words before a number that make "N largest ..." a rank list
_DETERMINERS = frozenset(["its", "their", "his", "her", "our", "the", "your", "whose"])
# words ending "-est" or "most" that are no superlative after a number ("5 interest", "the
# 2 almost")
_NOT_SUPERLATIVE = frozenset(["interest", "almost", "request", "protest", "harvest", "forest",
                              "guest", "guests", "test", "west", "chest", "nest", "rest"])  # fmt: skip


# a scale word after the number: no model's or product's number takes one
_SCALED = re.compile(r"[ -]?(?:million|billion|trillion|bn|mn)\b")


def is_non_figure(text: str, start: int, end: int, raw: str, has_prefix: bool) -> bool:
    # a bare 19xx/20xx is a year (tested first: a fifth of the numbers news text writes are
    # years, and every test in ``_non_figure`` only says "no figure" too, so the order of the
    # tests changes no answer)
    return (not has_prefix and _YEAR.fullmatch(raw) is not None) or _non_figure(
        text, start, end, raw, has_prefix
    )


def _non_figure(text: str, start: int, end: int, raw: str, has_prefix: bool) -> bool:
    after = text[end : end + 12]
    before = text[max(0, start - 2) : start]
    if _ORDINAL.match(after) or _PERIOD_TAIL.match(after):
        return True
    if _CLOCK_OR_DATE.match(after) or _AM_PM.match(after) or _YEAR_OLDS.match(text, end):
        return True  # (and "14 year-olds", "all 3 to 14 year-olds": ages)
    if not has_prefix and _WORD_TAIL.match(after) and not _UNIT_TAIL.match(after):
        return True  # "3-decade", "GPT-4o"-like tails
    if before.endswith("-") and start >= 2 and text[start - 2].isalpha():
        return True  # "GPT-4", "Qwen3-235B"
    if start > 0 and ((text[start - 1].isalpha() and not has_prefix) or text[start - 1] == "#"):
        return True  # "A380", "#1" (but "R31bn" is rand)
    if not has_prefix and raw.isdigit() and _PHONE_TAIL.match(text, end):
        return True  # "555-123-4567", "020 7946 0000": phone-like digit groups
    if (
        not has_prefix
        and start > 0
        and text[start - 1] == "+"
        and (_PHONE_TAIL.match(text, end) or " " in raw or _PHONE_GROUPS.match(text, end))
    ):
        return True  # "+244 923 160 600", "+32 3 203 41 10": an international number
    if (
        not has_prefix
        and "," not in raw
        and "." not in raw
        and _model_name_before(text, start)
        and not _SCALED.match(text, end)  # "fined Nordhavn 52 million kroner": an amount
    ):
        return True  # "iPhone 15", "Boeing 737", "Windows 11"
    if not has_prefix and (
        _model_or_distance(text, start, end, raw)
        or _odds_or_score(text, start, raw)
        or _resolution(text, end, raw)
    ):
        # (and "odds of 1 in 13,983,816", "4 out of 5 stars"; "4K streams", "an 8K
        # television": a picture's resolution)
        return True
    prev = before_word(text, start)
    if (
        (prev in MONTHS and _day_or_year(raw))  # (not "At the end of September 412 households")
        or prev in AGE_BEFORE
        or (raw.isdigit() and _AGE_COMPARED.search(text, max(0, start - 24), start) is not None)
        or prev in ("no.", "number")
        or (prev == "q" and not has_prefix)  # "Q3" (but the quetzal's "Q210", read as money)
        or _CODE_FIELD.search(text, max(0, start - 24), start)  # "RNS Number: 4417K", "Ref: 2231"
    ):
        return True
    if _age_range_end(text, start) or (
        prev in ("top", "bottom") and _rank_list(text, start, raw, has_prefix)
    ):
        return True  # "aged 16 to 18": both ends are ages; "the top 10 retailers": a rank list
    if not has_prefix and (prev in _INDEX_WORDS or _label_or_address(text, end, raw, prev)):
        return True  # "the FTSE 100 telecoms sector" (an index's name), "Section 21", an address
    nxt = after_word(text, end)
    if (
        nxt in MONTHS
        or (nxt in DURATIONS and time_measure(text, end, raw, False) is None)
        or nxt in _SCORE_WORDS
        or (not has_prefix and (_TEMPERATURE.match(text, end) or _BAND.match(text, end)))
    ):
        # ("21,800 hours" is an amount of time: see words.time_measure; "melted at 1,450
        # degrees Celsius", "a high of 31°C": a temperature; "in the 700 MHz and 3300 MHz
        # bands": a band's name, no amount of spectrum)
        return True
    # "the world's 500 largest companies", "its 40 largest investors"; "Calls to 911
    # reporting shots", "the emergency numbers 112 and 999"
    return not has_prefix and (
        ranked(prev, nxt) or _emergency_line(text, start, raw, nxt) or _pack_size(text, start, end)
    )


# the size of one pack a price is quoted for: "a 10kg bag", "each 2-litre bottle", "the 50kg
# sacks" (a weight or volume written before the container it names)
_PACK_SIZE = re.compile(
    r"(?: |-)?(?:kg|g|ml|l|litre|liter|kilo|kilogram|gram)s? (?:[a-z]+ )?"
    r"(?:bags?|packs?|packets?|sacks?|bottles?|tins?|cans?|jars?|tubs?|cartons?|crates?|"
    r"boxes|box|buckets?|drums?|cylinders?|bales?|loaf|loaves|trays?)\b"
)
_PACK_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ee]ach|[Ee]very|[Pp]er|[Oo]ne) $")


def _pack_size(text: str, start: int, end: int) -> bool:
    """ "a 10kg bag of maize meal cost R112": the pack's size, not an amount."""
    return (
        _PACK_SIZE.match(text, end) is not None
        and _PACK_BEFORE.search(text, max(0, start - 8), start) is not None
    )


# a radio band named by its frequency: "the 700 MHz band", "the 700 MHz and 3300 MHz bands"
_BAND = re.compile(
    r" ?(?:[kMG]Hz)(?: (?:and|or|,) (?:the )?\d[\d,.]* ?[kMG]Hz)* (?:(?:spectrum )?bands?\b"
    # ... or a band's name over what it holds: "the 3.5GHz licences", "its 3.5GHz spectrum",
    # "the average 3.5GHz price" (not an amount of spectrum: "10MHz of spectrum")
    r"|(?:spectrum|airwaves|licen[cs]es?|frequenc(?:y|ies)|prices?|auction|network|blocks?|lots?)\b)"
)
# an emergency line's number, dialled or called, no count: "Calls to 911 reporting shots fell"
_EMERGENCY = frozenset(["999", "911", "112", "000", "111", "101", "988"])
_CALL_AFTER = frozenset(["call", "calls", "caller", "callers", "operator", "operators",
                         "dispatcher", "dispatchers", "line", "lines", "hotline"])  # fmt: skip
_CALL_BEFORE = re.compile(
    r"\b(?:calls?|called|calling|dial(?:l?ed|l?ing)?|ring|rang|phoned?|emergency numbers?|"
    r"hotline)\b[^.]{0,20}$",
    re.I,
)


def _emergency_line(text: str, start: int, raw: str, nxt: str) -> bool:
    """An emergency line's number, dialled or called: no count."""
    return raw in _EMERGENCY and (
        nxt in _CALL_AFTER or _CALL_BEFORE.search(text, max(0, start - 30), start) is not None
    )


# a temperature after the number: " degrees Celsius", "°C", " degrees" alone (an angle is rare
# in news)
_TEMPERATURE = re.compile(r" ?(?:degrees?(?: (?:Celsius|Fahrenheit|centigrade|C|F))?\b|°[CF]?)")
# a reference code's field label right before a number: "Number: ", "Ref: ", "ID #"
# a cricket score's or a bowler's figures: "beat Chennai by 23 runs", "took 14 wickets"
_SCORE_WORDS = frozenset(["runs", "wickets", "overs"])
_CODE_FIELD = re.compile(
    r"\b(?:[Nn]umber|[Nn]o\.?|[Rr]ef(?:erence)?\.?|ID|[Cc]ode|[Ss]erial)(?: ?[:#]) ?$"
)


def _age_range_end(text: str, start: int) -> bool:
    """The second end of an age range: "aged 16 to 18", "aged between 18 and 25"."""
    return _AGE_RANGE_BEFORE.search(text, max(0, start - 40), start) is not None


def ranked(prev: str, nxt: str) -> bool:
    """A number between a possessive or determiner and a superlative names a rank list ("the
    world's 500 largest", "its five largest customers"), not a count."""
    owned = prev.endswith(("'s", "\u2019s")) or prev in _DETERMINERS
    return owned and SUPERLATIVE.fullmatch(nxt) is not None and nxt not in _NOT_SUPERLATIVE


def _label_or_address(text: str, end: int, raw: str, prev: str) -> bool:
    """ "Section 21 notices", "Phase 3", "junction 3", "Bus 73" (a label); "4 Bream Buildings",
    "221B Baker Street" (an address)."""
    if prev in LABEL_WORDS and not text.startswith("%", end):
        return True
    if prev in _CAPITAL_LABELS and raw.isdigit() and len(raw) <= 4:
        word = _CAPITAL_WORD_BEFORE.search(text, max(0, end - len(raw) - 14), end - len(raw))
        if word is not None and word.group(1).lower() == prev:
            return True  # "Bus 73 stops", "Year 11 pupils": a capitalised label names it
    if not raw.isdigit() or len(raw) > 4:
        return False
    if prev in _STREET_WORDS:
        return True  # "Dunajska cesta 119", "Calle Mayor 12": a street's word, then the number
    head = text[end : end + 2]  # (a capital must follow: "221B", " Bream")
    if not (head[:1].isupper() or (head[:1] == " " and head[1:].isupper())):
        return False
    return _ADDRESS.match(text, end) is not None


# the base of odds or of a rating: "1 in 13,983,816", "one in every 40", "4 out of 5 stars"
# (a chance or a score; not "28 out of the 1,200", a part of a whole)
_ODDS_BEFORE = re.compile(r"(?<![\w.,])(?:1|one|a) in (?:every )?$", re.I)
_SCORE_BEFORE = re.compile(r"(?<![\w,])\d{1,2}(?:\.\d)? out of $")
_SCORE_SCALES = frozenset(["5", "10", "100"])


# a model's number joined to its variant's: "72-600", "737-800", "8-400" (not a range with a
# share or a scale after it: "Acme 3-4% higher", "Nordhavn 2-3 million")
_PAIR_SECOND = re.compile(
    r"\d{1,4}(?![\d,.%])(?![ -]?(?:%|per\b|percent|pct|million|billion|bn|mn)\b)"
)
# the maker's or the type's name before it: "ATR ", "Boeing ", "Dash " (a capitalised word)
_PAIR_WORD = re.compile(r"(?<![\w'’&-])([A-Z][A-Za-z0-9]*) $")


def _model_pair(text: str, start: int, end: int) -> bool:
    """Either number of a hyphened pair after a capitalised name: a model and its variant."""
    if end - start > 4:
        return False
    first = start
    if text[end : end + 1] == "-":
        second = end + 1
    elif start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        second = start
        first = start - 1
        while first > 0 and text[first - 1].isdigit():
            first -= 1
        if start - 1 - first > 4:
            return False
    else:
        return False
    if not _PAIR_SECOND.match(text, second):
        return False
    word = _PAIR_WORD.search(text, max(0, first - 24), first)
    if word is None or word.group(1).lower() in MONTHS:
        return False
    name = word.group(1)
    # (a sentence's capitalised first word is no name unless it has more capitals: "ATR
    # 72-600s fly ..." but not "In 2036-37 ...")
    before = text[max(0, word.start() - 2) : word.start()]
    opens = not before.strip(' "“') or before in (". ", "? ", "! ")
    return not opens or any(c.isupper() or c.isdigit() for c in name[1:])


def _odds_or_score(text: str, start: int, raw: str) -> bool:
    head = text[max(0, start - 16) : start]
    return _ODDS_BEFORE.search(head) is not None or (
        raw in _SCORE_SCALES and _SCORE_BEFORE.search(head) is not None
    )


_MODEL_DIGITS = re.compile(r"\d{3,4}")
# "29 new Boeing 737 jets", "two Airbus 350 jets": a count, then a maker's name, then the
# model's number
_COUNT_MAKER_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a dozen|dozens of))(?: (?:new|more|extra|additional|further|used|second-hand))?"
    r" [A-Z][A-Za-z-]+ $"
)
# a distance that places something, not an amount: "14 miles north of Lincoln", "25km
# south-west of", "60 nautical miles off the coast"
_LOCATED = re.compile(
    r" ?(?:nautical miles|miles|mile|kilometres|kilometers|km|metres|meters)"
    r" (?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
    r"northwest|southeast|southwest) of\b|off\b|offshore\b)"
)
_SPACE_CAPITAL = re.compile(r" [A-Z]")
_METRES_TAIL = re.compile(r"m(?:\W|$)(?: ?([A-Za-z]+))?")
_SHARE_AFTER = re.compile(r" ?(?:%|per)")


def _model_or_distance(text: str, start: int, end: int, raw: str) -> bool:
    """A bare number that names a model, a race distance or a place's distance, not an
    amount."""
    if raw.isdigit() and _model_pair(text, start, end):
        return True  # "ATR 72-600 turboprops", "Dash 8-400": a model and its variant
    if "," not in raw and _MODEL_AFTER.match(text, end):
        return True  # "the 737 Max 10 jets": a model number with its variant
    if (
        _MODEL_DIGITS.fullmatch(raw)
        and _SPACE_CAPITAL.match(text[end : end + 2]) is not None
        and _NUMBER_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True  # "400 737 Max jets": the second number names the model
    if _SERIES_BEFORE.search(text, max(0, start - 24), start):
        return True  # "737 Max 10 jets", "Galaxy S 24": a model's variant number
    if _MODEL_DIGITS.fullmatch(raw) and _COUNT_MAKER_BEFORE.search(text, max(0, start - 40), start):
        return True  # "29 new Boeing 737 jets": the 29 counts them, the 737 names them
    if _LOCATED.match(text, end):
        return True  # "190 kilometres north of Perth": where a place is
    return _race_distance(text, start, end, raw)  # "the women's 5,000m": metres


def _race_distance(text: str, start: int, end: int, raw: str) -> bool:
    """ "5,000m", "the 400m hurdles", "10,000m": a distance in metres written like millions."""
    if text[end : end + 1] != "m" or raw.replace(",", "") not in _RACE_METRES:
        return False
    tail = _METRES_TAIL.match(text[end : end + 24])
    if tail is None:
        return False
    word = (tail.group(1) or "").lower()
    if word == "individual":  # "the 400m individual medley", not "200m individual investors"
        return "medley" in text[end : end + 30].lower()
    return not word or word in _RACE_WORDS  # ("5,000m yen", "5,000m people" stay amounts)


def _rank_list(text: str, start: int, raw: str, has_prefix: bool) -> bool:
    """ "the top 10 retailers", "FTSE top 250 firms"; not "the top 1%" (a share) nor "sales
    to top 500,000" (a verb)."""
    digits = raw.replace(",", "")
    if has_prefix or not digits.isdigit() or int(digits) > 10_000:
        return False  # ("the top 1,000 earners" is a rank list too)
    if _SHARE_AFTER.match(text[start + len(raw) : start + len(raw) + 5]):
        return False
    head = text[max(0, start - 30) : start].split()
    return not (len(head) >= 2 and head[-2].lower() in ("to", "will", "would", "could", "may"))


def _day_or_year(raw: str) -> bool:
    """A number a month's name dates: a day ("September 30") or a year ("May 2025")."""
    return raw.isdigit() and (int(raw) <= 31 or (len(raw) == 4 and raw[:2] in ("19", "20")))


def _model_name_before(text: str, start: int) -> bool:
    """A capitalised product-like word right before a bare number: "iPhone 15", "Galaxy 24"."""
    if start < 2 or text[start - 1] != " ":
        return False
    head = text[max(0, start - 32) : start - 1]
    word = head.split()[-1] if head.split() else ""
    if not word or not word[0].isalpha() or word in _NOT_MODEL_WORDS:
        return False
    if word.endswith(("'s", "\u2019s", "'", "\u2019", ",", ";", ":", ")", ".")):
        return False  # "the WTO's 148 members", "in September, 3 million": not a product name
    if not any(c.isupper() for c in word) or (word.isupper() and len(word) <= 1):
        return False
    at_start = not text[max(0, start - 1 - len(word) - 2) : start - 1 - len(word)].strip()
    if at_start and not any(c.isupper() or c.isdigit() for c in word[1:]):
        return False  # "Only 30 firms": a capitalised sentence opener, not a product name
    # the number itself must not carry a unit/noun; callers check this by having no prefix,
    # and a following lowercase plural noun still makes it a count ("Tesla 500 cars" is rare)
    tail = text[start : start + 40].split()
    after = tail[1] if len(tail) > 1 else ""
    then = tail[2].lower() if len(tail) > 2 else ""
    # ("Channel 12 keeps 18 matches": a word ending in "s" followed by a number or an article
    # is a verb, so the name stands)
    verb = then[:1].isdigit() or then in ("a", "an", "the", "its", "their", "his", "her")
    plural = after[:1].islower() and after.endswith("s") and not verb
    # a share written in words is no model: "and China 9 percent", "the European Union 37 per
    # cent" (a list's later items, their verb left out)
    share = after.lower().rstrip(".,;:") in ("percent", "pct") or (
        after.lower() == "per" and then.startswith("cent")
    )
    return not plural and not share and "%" not in tail[0]
