"""What a story's words are: the places that describe a name rather than own a figure, the
words that are never names ("The", "March"), nationalities ("Irish", "South African"), the
people ("Mr Chen" makes "Chen Jiulin" a person), and what the story says about each word
(seen capitalised mid-sentence, written lower case too) — the filters the name runs
(proper_nouns.py) and the owner rules (names.py) ask.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.figures.demonyms import is_demonym
from reader.figures.gate import led, word_led
from reader.figures.letters import CAP, LOWER, UPPER
from reader.figures.memo import per_story
from reader.figures.patterns import PREFIX_CURRENCY
from reader.figures.word_scan import count_whole_word

# places that describe the name after them ("US media giant Initech", "South Korea's Hanbit")
PLACES = frozenset(
    ["US", "UK", "EU", "UN", "UAE", "Britain", "China", "Japan", "India", "Korea", "South Korea",
     "Germany", "France", "Italy", "Spain", "Russia", "Brazil", "Canada", "Australia", "Mexico",
     "Indonesia", "Taiwan", "Hong Kong", "Singapore", "Switzerland", "Sweden", "Netherlands",
     "Europe", "Asia", "America", "Africa", "South Africa", "Saudi Arabia", "Turkey", "Israel",
     "Ireland", "Norway", "Denmark", "Finland", "Poland", "Argentina", "Chile", "Nigeria",
     "Vietnam", "Thailand", "Malaysia", "Philippines", "New Zealand", "Gulf", "Wall Street",
     "London", "New York", "Tokyo", "Beijing", "Shanghai", "Paris", "Berlin", "Silicon Valley",
     "San Francisco", "California", "Texas", "Scotland", "Wales", "Dutch", "German", "French",
     "British", "American", "Chinese", "Japanese", "Indian", "Korean", "Swiss", "Australian"]
)  # fmt: skip
_NOT_NAMES = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "But", "And", "Its", "It", "This", "That",
     "These", "Those", "He", "She", "They", "We", "I", "Shares", "Revenue", "Sales", "Profit",
     "Net", "Analysts", "According", "If", "When", "While", "As", "After", "Despite", "With",
     "By", "From", "Under", "Over", "Since", "Last", "Next", "Some", "Many", "Most", "All",
     "Both", "Other", "Our", "Their", "His", "Her", "There", "Here", "Why", "What", "How",
     "Yet", "So", "Then", "Now", "AI", "CEO", "CFO", "COO", "IPO", "ADS", "ADR", "EPS", "EBITA",
     "EBITDA", "EBIT", "CET1", "YoY", "QoQ", "RMB", "USD", "EUR", "GBP", "CNY", "HK", "ET", "GMT", "Rs", "INR",
     "Nu",  # the ngultrum's letters ("Nu 35,000"), no name
     # a government's budget is a document or an event, never its owner ("Tabling Budget
     # 2038, he said RM335.2bil would go to ..."; "the Budget", "the Mini-Budget")
     "Budget", "Mini-Budget",
     "However", "Meanwhile", "Overall", "Still", "Also", "January", "February", "March",
     "April", "May", "June", "July", "August", "September", "October", "November", "December",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
     "Easter", "Celsius", "Fahrenheit", "No", "Nos", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)  # fmt: skip
# the letters of common things and units, never a firm's or a person's name: "EV charging",
# "GDP", "VAT", "per MWh"
_NOT_NAMES |= frozenset(
    ["EV", "EVs", "GDP", "LNG", "LPG", "ATM", "ATMs", "HGV", "HGVs", "SUV", "SUVs", "CCTV",
     "VAT", "PPE", "ICU", "ESG", "CPI", "RPI", "APR", "ISA", "ISAs", "PAYE", "PCs",
     "SIM", "GPS", "API", "APIs", "KPI", "KPIs", "FTE", "FTEs", "AGM", "EGM", "R&D", "M&A",
     "MWh", "kWh", "GWh", "TWh", "TEU", "TEUs", "HEPS", "DPS", "NAV", "AUM", "ARPU", "NIM",
     "CAGR", "EBITDAR", "PBT", "NPAT", "FFO", "AFFO",
     # a measure's letters, as results stories define them ("gross order value (GOV)",
     # "annual recurring revenue (ARR)") or write them in lower case ("Ebitda")
     "ARR", "MRR", "GMV", "GOV", "GTV", "TTV", "AOV", "NRR", "ACV", "TCV", "DAU", "DAUs",
     "MAU", "MAUs", "RevPAR", "RASK", "CASK", "Ebitda", "Ebit", "Ebita", "Ebitdar",
     # an accounting basis: "Non-GAAP earnings per share came to 66 cents"
     "GAAP", "Non-GAAP", "IFRS", "Non-IFRS"]
)  # fmt: skip
# a currency's code is never a name either: "CHF 212", "SEK"
_NOT_NAMES |= frozenset(PREFIX_CURRENCY.values())
# words that open a clause or link one and are never a name, however capitalised ("Because
# the claimant did not appeal, the award is reduced by 15%")
_NOT_NAMES |= frozenset(
    ["Because", "Although", "Though", "Unless", "Whether", "Until", "Once", "Before",
     "During", "Whereas", "Whilst", "Amid", "Among", "Following", "Including", "Unlike",
     "Without", "Within", "Against", "Instead", "Indeed", "Perhaps", "Moreover",
     "Furthermore", "Nevertheless", "Therefore", "Thus", "Otherwise", "Previously",
     "Currently", "Separately", "Elsewhere", "Nonetheless", "Additionally", "Starting",
     "Beginning",
     # where a sentence's figures are, fronted: "Overseas, the film added $58.5 million"
     "Overseas", "Abroad", "Domestically", "Internationally", "Globally", "Worldwide",
     "Nationally", "Nationwide", "Locally", "Regionally"]
)  # fmt: skip
# an analyst's rating is never a firm's or a person's name ("Rating: Hold (from Buy)"), nor is
# a trial's phase
_NOT_NAMES |= frozenset(
    ["Buy", "BUY", "Hold", "HOLD", "Sell", "SELL", "Overweight", "OVERWEIGHT", "Underweight",
     "UNDERWEIGHT", "Outperform", "OUTPERFORM", "Underperform", "UNDERPERFORM", "Neutral",
     "NEUTRAL", "Accumulate", "ACCUMULATE", "Equal-weight", "Rating", "RATING",
     # a vehicle's or a share's class ("Class 2 vehicles will pay ₱342", "Class A shares")
     "Class",
     # a trial's stage: "a Phase 3 trial"
     "Phase"]
)  # fmt: skip
_HONORIFICS = (
    "Mr ",
    "Ms ",
    "Mrs ",
    "Dr ",
    "Mr. ",
    "Ms. ",
    "Mrs. ",
    "Dr. ",
    "Sir ",
    "President ",
    "Prime Minister ",
    "Chancellor ",
    "Governor ",
    "Judge ",
    "Senator ",
    "Minister ",
    "Professor ",
    "Prof ",
    "Prof. ",
    "Councillor ",
    "Cllr ",
)
# a capitalised kind-of-firm word leading a name run: "Chipmaker Orrin", "Retailer Next"
_PERSON_MARK = "\x00"
_TITLED = led(rf"\b(?:Mr|Ms|Mrs|Dr|Sir)\.? ({CAP}[{UPPER}{LOWER}'-]{{1,30}})")
_CAPITAL_WORD = word_led(CAP, rf"[{UPPER}{LOWER}0-9&'\u2019-]{{1,30}}")
# a capitalised word right after a number, with its scale word if any: "35.2 million TEUs"
# (the digit first, then the look-behind: the engine scans for digits itself, gate.py)
_COUNTED = re.compile(
    rf"\d(?<![\w.,]\d)(?:[\d.,]*\d)?(?: (?:million|billion|thousand|trillion|m|bn))? ({CAP}[{UPPER}{LOWER}]{{1,15}})\b"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d ")
_LOWER_WORD = word_led("[a-z]", r"[a-z'-]{2,30}\b")
# a capital after a small letter, "," or ";" and a space (the capital first: the engine scans
# for it, then looks behind)
_MID_CAPITAL = re.compile(rf"{CAP}(?<=[{LOWER},;] .)[{UPPER}{LOWER}0-9&'-]{{0,30}}")


def story_names(paragraphs_text: str) -> frozenset[str]:
    """What the story says about its words: capitalised words seen mid-sentence (evidence
    that a word is a name), "\\x00Surname" for each "Mr Surname" (a person, not a firm), and
    every lowercase word (a capitalised opener also written lowercase is a common word)."""
    names: set[str] = set()
    for word in set(_MID_CAPITAL.findall(paragraphs_text)):  # (each distinct word once)
        names.add(word.removesuffix("'s").removesuffix("\u2019s"))
    if any(t in paragraphs_text for t in ("Mr", "Ms", "Dr", "Sir")):  # what _TITLED needs
        for m in _TITLED.finditer(paragraphs_text):
            names.add(_PERSON_MARK + m.group(1))
    # a capitalised word written twice or more ("Telvia, Spain's ..." / "Telvia's chairman"),
    # its possessive counted with it
    times: dict[str, int] = {}
    for m, n in Counter(_CAPITAL_WORD.findall(paragraphs_text)).items():
        word = m.removesuffix("'s").removesuffix("\u2019s")
        times[word] = times.get(word, 0) + n
    names.update(word for word, n in times.items() if n > 1)
    names.update(_LOWER_WORD.findall(paragraphs_text))
    for word in _counted_words(paragraphs_text):  # "3.71 million TEUs": a unit, never a name
        names.discard(word)
        names.add(word.lower())
    if "(" in paragraphs_text:
        for word in _term_acronyms(paragraphs_text):  # "orange juice (FCOJ)": a thing's letters
            names.add(TERM_MARK + word)
    return frozenset(names)


# marks an acronym the story defines for a thing in ``story_names``' set: "\x01FCOJ"
TERM_MARK = "\x01"
# an acronym in brackets after the words it abbreviates: "frozen concentrated orange juice
# (FCOJ)", "not-from-concentrate (NFC)", "annual percentage rate (APR)"
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{2,6})s?\)")
_LOWER_WORDS = re.compile(r"[a-z]+")


def _term_acronyms(text: str) -> set[str]:
    """Acronyms the story defines for lower-case words (a thing, not a firm or a body: "Orange
    Juice Growers (OJG)" is a name): the first letters of the words right before the bracket
    spell the acronym."""
    found: set[str] = set()
    for m in _BRACKETED_ACRONYM.finditer(text):
        letters = m.group(1).lower()
        words = re.split(r"[ -]", text[max(0, m.start() - 16 * len(letters)) : m.start()])
        words = words[-len(letters) :]
        spelt = len(words) == len(letters) and "".join(w[:1] for w in words) == letters
        if spelt and all(_LOWER_WORDS.fullmatch(w) for w in words):
            found.add(m.group(1))
    return found


def _counted_words(text: str) -> set[str]:
    """Capitalised words the story only ever writes right after a number ("3.71 million TEUs",
    "41.1 million TEUs last year"): what is counted, a unit, not a name. A year before the word
    does not count ("the 2028 Olympics"), and a word also written anywhere else stays a name."""
    counted = Counter(m.group(1) for m in _COUNTED.finditer(text) if not _YEAR.match(m.group()))
    return {w for w, n in counted.items() if n == count_whole_word(w, text)}


def is_person(name: str, names: frozenset[str]) -> bool:
    """ "Mr Chen" anywhere in the story makes "Chen Jiulin" (and "Paul Chen") a person."""
    return name.startswith(_HONORIFICS) or any(_PERSON_MARK + w in names for w in name.split())


def is_adjective(words: list[str]) -> bool:
    """ "Irish", "South African", "Japanese": a nationality describing what follows."""
    return is_demonym(words)


def antecedent(name: str, names: frozenset[str]) -> bool:
    """A name "it" or "the company" can stand for: not a place, a person or a common word."""
    return not (
        name in PLACES or is_person(name, names) or (" " not in name and name.lower() in names)
    )


# a currency's letters against the digits of an amount ("RM1.47bil", "VND212", "Dh2"): an
# amount, not a name; a code of three capitals with a short number is a name ("COP26")
_GLUED_AMOUNT = re.compile(r"([A-Z][A-Za-z]{0,2})(\d[\d,.]*)")


def _amount_word(word: str) -> bool:
    m = _GLUED_AMOUNT.match(word)
    if m is None or PREFIX_CURRENCY.get(m.group(1)) is None:
        return False
    digits = m.group(2)
    return len(m.group(1)) < 3 or len(digits) >= 3 or "." in digits or "," in digits


# words that open a numbered part of a law or a text, or a post on a road: "Section 20",
# "Chapter 11", "Km 46" (a clause or a place, never a name; proper_nouns, resubject)
NUMBERED_PARTS = frozenset(["Km", "KM", "Section", "Article", "Clause", "Chapter", "Schedule",
                            "Regulation", "Paragraph"])  # fmt: skip


@per_story  # (asked of each word of each name run, most words again and again: memo.py)
def not_name(word: str) -> bool:
    """ "The", "March", "July-September" (every hyphen part a non-name), a fiscal period
    ("FY26", "Q2FY26", "H1") and an amount in a currency's letters ("RM1.47bil")."""
    if word[:1] in "FQH" and _FISCAL.fullmatch(word):
        return True
    if word[:1].isupper() and _amount_word(word):
        return True
    if word in _NOT_NAMES:
        return True
    # "July-September", "July-to-September": every part a non-name or a joining word
    parts = word.split("-")
    if len(parts) > 1 and parts[0] in _PREFIXES and all(p.islower() for p in parts[1:]):
        return True  # "Ex-finance (manager)", "Non-resident (buyers)": a prefixed common word
    return (
        len(parts) > 1
        and all(p in _NOT_NAMES or p in _JOINING for p in parts)
        and any(p in _NOT_NAMES for p in parts)
    )


_JOINING = frozenset(["to", "and", "through", "or"])
# prefixes that make a common word of a common word ("Ex-finance", "Non-resident",
# "Self-employed"; not "Co-op", a retailer's name)
_PREFIXES = frozenset(
    ["Ex", "Non", "Pre", "Post", "Anti", "Mid", "Self", "Semi", "Multi", "Cross", "Half", "Full",
     "Part", "Long", "Short", "Record", "Year", "Well", "Over", "Under", "Sub", "Re"]
)  # fmt: skip


_FISCAL = re.compile(r"(?:Q[1-4]|H[12])?(?:FY)?(?:\d{2}|\d{4})?|Q[1-4]|H[12]")
