"""A subject noun phrase made a name: determiners and "shares in" dropped, a possessive's
owner kept ("the government's budget" → government) unless a descriptor follows it ("dunmore's
rival pellam oil" → pellam oil), a leading descriptor dropped ("miner glenrock"), an
apposition's naming part kept ("vireo stream, the european video service,"), a measure's owner
read from its own words ("Sydney home prices" → Sydney). "it", "the company", "the club", "the
film"… are a reference to the story's firm; "he", "she", "her", "the 23-year-old" to its last
person; these come back as ``REF`` / ``PERSON`` for the caller to resolve.
"""

from __future__ import annotations

import re

from reader.figures.body_nouns import TRADES
from reader.figures.gate import Gated
from reader.figures.letters import CAP
from reader.figures.lower_refs import LOWER_NAME, LOWER_POSSESSOR, TITLED
from reader.figures.markets import traded_measure

REF = "\x01ref"
PERSON = "\x01person"
# an aside saying how a thing began or where it is: "the group, founded in 1868,"
_PARTICIPLE_ASIDE = re.compile(
    r"(?:founded|established|set up|based|formed|created|launched|started|known|owned|"
    r"backed|headquartered|listed|run|built)\b",
    re.I,
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])
_DESCRIPTORS = frozenset(
    ["miner", "rival", "retailer", "carrier", "airline", "lender", "insurer", "chipmaker",
     "carmaker", "automaker", "drugmaker", "group", "firm", "company", "studio", "club",
     "striker", "midfielder", "defender", "rapper", "singer", "start-up", "startup", "fintech",
     "bank", "conglomerate", "broker", "explorer", "producer", "developer", "supplier",
     "peer", "competitor", "partner", "subsidiary", "owner", "operator", "giant", "chain",
     "newcomer", "heir", "founder", "star", "actor", "actress", "player", "brand", "platform",
     "regulator", "watchdog", "investor", "fund", "parent", "unit", "sequel", "film", "movie",
     "drama", "comedy", "thriller", "documentary", "musical", "franchise"]
)  # fmt: skip
# (compiled once: a call of ``re.search`` with a pattern string looks it up in re's cache,
# which a story's new patterns keep emptying)
_DIGIT = re.compile(r"\d")
# a quantity's hedge before its number: "Almost 41 percent of what we raised" is no owner
_QUANTITY_LEAD = re.compile(
    r"(?:almost|about|around|nearly|some|roughly|over|under|just|only|fewer than|less than|"
    r"more than|up to)\s+\d",
    re.I,
)
_YEARISH = re.compile(r"\d{1,4}")
_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s)$")
_ITS = re.compile(r"(?:its|their) ", re.I)
_HIS = re.compile(r"(?:his|her) ", re.I)
_SHARES_END = re.compile(r"(?<=[A-Za-z]) (?:shares|stock)$")
_SHARES_IN = re.compile(
    # (a trust's "Units of Keppel Harbour REIT", named)
    r"^(?:shares|stock|stocks|units(?= (?:in|of) (?-i:[A-Z]))|the price|prices?|bonds)"
    r"(?: (?:in|of)) ",
    re.I,
)
KIND_NOUNS = (
    r"company|firm|group|business|[a-z]*maker|"
    r"manufacturer|carrier|"
    r"airline|miner|lender|bank|insurer|retailer|start-?up|conglomerate|operator|producer|"
    r"developer|supplier|platform|service|brand|giant|chain|club|side|team|film|movie|"
    r"studio|network|broadcaster|channel|app|charity|fund|federation|association|union|"
    r"council|authority|regulator|utility|insurer|outfit|label|publisher|university|"
    r"school|hospital|trust|unit|division|thriller|comedy|sequel|drama|blockbuster|"
    r"animation|show|series|album|game|title|release|side|squad|provider|" + "|".join(TRADES)
)
# a nationality before a kind noun describes, it does not name: "the Chinese tech giant", "the
# South Korean chipmaker", "the US carmaker"
_DEMONYM = r"(?:(?:North|South|East|West|New) )?[A-Z][a-z]+(?:ese|ian|an|ish|ic|i|ch)|US|UK|EU|UAE"
_FIRM_REF = re.compile(
    # (a town and its state set off by commas describe the firm too: "the Santa Clara,
    # California, chipmaker")
    r"^(?:it|its|the (?:(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?,) )?"
    r"(?:(?-i:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|[A-Z][a-z]+(?= [A-Z][\w]*-[a-z])|"
    + _DEMONYM
    + r") ){0,3}?(?:"
    + KIND_NOUNS
    + r"))(?:'s|\u2019s)?$",
    re.I,
)
# a noun phrase naming a measure rather than an owner (searched only when one of the
# _MEASURE_GATE words, which every match holds, is there: gate.py)
_MEASURE_GATE = ("revenue", "sales", "profit", "income", "earnings", "margin", "debt", "salary",
                 "pay", "output", "production", "threshold", "price", "cost", "spending",
                 "budget", "share", "value", "valuation", "dividend", "growth", "inflation",
                 "rate", "figure", "total", "loss", "ebit", "eps", "turnover", "takings",
                 "bookings", "subscribers", "users", "members", "shipments", "deliveries",
                 "exports", "imports", "volume", "per", "workforce", "capex", "cash",
                 "adjusted", "number", "expend", "expense")  # fmt: skip
MEASURE_WORDS = Gated(
    re.compile(
        r"\b(?:revenues?|sales|profits?|income|earnings|margin|debt|salary|pay|output|production|"
        r"threshold|prices?|costs?|spending|budget|shares? of|value|valuation|dividend|growth|"
        r"inflation|rate|figures?|total|losses|loss|ebitda|eps|turnover|takings|bookings|"
        r"subscribers|users|members|shipments|deliveries|exports|imports|volumes?|per (?:share|member|user)|workforce|capex|cash|ebita|adjusted|"
        r"expenditures?|expenses|numbers|number of)\b",
        re.I,
    ),
    _MEASURE_GATE,
)
# a leading phrase of time or place before the subject: "In 2003, the economy expanded"
_ADVERBIAL = re.compile(
    r"^(?:in|on|at|for|by|since|after|during|last|this|over|across|earlier|later|meanwhile|"
    r"separately|elsewhere|overall|still|however|according to)\b",
    re.I,
)
_PERSON_REF = re.compile(
    r"^(?:he|she|his|her|him|the [a-z]+ (?:boss|chief)"
    # "the 29-year-old from Bayamón": the person, not the town
    r"|the \d{1,3}-year-old(?: (?:from|of) [\w'\u2019.-]+(?: [\w'\u2019.-]+){0,2})?)"
    r"(?:'s|\u2019s)?$",
    re.I,
)


# "New York-listed", "Paris-based": a place made an adjective describes, it names no unit
_PLACE_ADJECTIVE = re.compile(
    r"^(?:[A-Z][\w.]* )*[A-Z][\w.]*-(?:listed|based|owned|traded|registered|headquartered)\b"
)


def _possessor(words: list[str]) -> list[str]:
    """The owner a possessive names, or the name after it when that is a unit or a rival."""
    for i, w in enumerate(words):
        if w.lower().endswith(("'s", "\u2019s")):
            rest = words[i + 1 :]
            if rest and rest[0].lower() in _DESCRIPTORS and len(rest) > 1:
                return rest[1:]  # "dunmore's rival pellam oil"
            if rest and rest[0][:1].isupper() and not _PLACE_ADJECTIVE.search(" ".join(rest)):
                return rest  # "the company's Cloud Intelligence Group": the unit itself
            out = words[: i + 1]  # "the government's £2bn budget"
            out[-1] = out[-1][:-2]
            return out
    return words


def _head_name(words: list[str]) -> list[str]:
    """Determiners and descriptors dropped; a name the lower-case words describe kept."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    while len(words) > 1 and words[0].lower().strip(",") in _DESCRIPTORS:
        words = words[1:]
    caps = len(words)
    while caps > 0 and words[caps - 1][:1].isupper():
        caps -= 1
    if (
        0 < caps < len(words)
        and all(w.islower() for w in words[:caps])
        and words[caps - 1] in _DESCRIPTORS
    ):
        words = words[caps:]  # "animated sequel Paper Moons": the name the words describe
    return [w for w in words if not _DIGIT.search(w) or _YEARISH.fullmatch(w)]


# an apposition that describes the name before it: "the european video service", "a dutch maker"
_APPOSED = re.compile(r"^(?:the|a|an) (?:[\w'\u2019-]+ ){0,4}?(?:" + KIND_NOUNS + r")\b", re.I)


_TRADE_OF = re.compile(
    r"^(?:the )?(?:[A-Z][a-z]+ )?(?:exports|imports|shipments|sales|output|production|prices?) of "
    r"(?!(?:about|around|some|more|less|up|the (?:company|firm|group)\b))([^\d]{2,40})$",
    re.I,
)


def _names_thing(part: str) -> bool:
    """A short phrase that can be a name ("vireo stream", "Halcyon"), not a time, a place
    phrase or a referring one ("In March", "the company", "it")."""
    words = part.split()
    return (
        0 < len(words) <= 4
        and not _ADVERBIAL.match(part)
        and not _FIRM_REF.match(part)
        and not _PERSON_REF.match(part)
        and words[0].lower() not in _DETERMINERS
        and not _DIGIT.search(part)
        and not MEASURE_WORDS.search(part)
    )


_TIME_LEAD = re.compile(
    r"^(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|"
    r"year|night)|earlier this (?:week|month|year)|this (?:week|month|year)|in (?:a|its) "
    r"(?:statement|filing|report)) (?=\S)",
    re.I,
)
_TIME_TAIL = re.compile(
    r" (?:(?:last|this|next|earlier this|later this) (?:week|month|year|quarter|season|weekend)|"
    r"(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"today)$"
)
# "its rival Penrose & Co", "their parent company Alphabet": a related firm named
_ITS_NAMED = re.compile(
    rf"^(?:its|their|his|her) (?:[a-z-]+ ){{1,2}}((?-i:{CAP})[\w&.'-]*(?: (?:&|(?-i:{CAP})[\w&.'-]*))*)$",
    re.I,
)


def _measure_owner(np: str, at: int) -> str | None:
    """Whose a measure phrase is, when its own words say: a name written before the measure
    ("Sydney home prices" → Sydney; in lower-case text the first of two or more words before
    it: "sydney home prices" → sydney); None for a bare measure ("operating profit")."""
    owner = _POSSESSIVE_END.sub("", np[:at].strip())
    if owner and traded_measure(owner) and np[at:].lower().startswith("price"):
        return owner  # "Copper prices", "Jet fuel prices": the commodity's (markets.py), not
        # "iron ore output" (a producer's)
    if owner and _FIRM_REF.match(owner):
        return REF  # "The US carmaker's deliveries": the firm's
    if np.islower() and LOWER_POSSESSOR.fullmatch(np[:at].strip()):
        return owner  # lower case "fibrenet's revenue fell 2%": fibrenet's
    before = [w for w in np[:at].split() if w.lower() not in _DETERMINERS]
    caps = [w for w in before if w[:1].isupper()]
    if len(before) == 1 and caps and caps[0].endswith(("'s", "\u2019s")):
        return caps[0][:-2]  # "Harrowby's sales grew 5%": a possessive is a name's
    if caps and not np[:1].islower():
        return " ".join(caps) if caps[0] != np.split()[0] or len(caps) > 1 else None
    first = before[0] if before else ""
    adjective = first.endswith(("er", "est", "ed", "ing", "al", "ly", "ic", "ive", "ous"))
    qualifier = adjective or first in _MODIFIERS or _ADVERBIAL.match(first) is not None
    if np.islower() and len(before) >= 2 and first.isalpha() and not qualifier:
        return first
    return None


# words that qualify a measure, never own it: "net sales", "quarterly revenue"
_MODIFIERS = frozenset(
    ["net", "gross", "total", "annual", "quarterly", "monthly", "weekly", "daily", "average",
     "median", "organic", "underlying", "core", "adjusted", "overall", "domestic", "global",
     "national", "regional", "local", "online", "retail", "wholesale", "operating", "pretax",
     "consumer", "producer", "headline", "basic", "diluted", "reported", "comparable",
     "full", "half", "first", "second", "third", "fourth", "new", "old", "public", "private"]
)  # fmt: skip


# an apposition describing what the phrase before it is: "Britain's biggest mortgage lender"
_POSSESSIVE_DESCRIPTION = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*(?:'s|\u2019s) [a-z]")


_LOWER_RUN = re.compile(r"[a-z][\w&'-]*(?: [a-z][\w&'-]*){0,2}")
_ITS_KIN = re.compile(
    r"(?:its|their) (?:[a-z-]+ )?(?:rival|rivals|competitor|peer|subsidiary|unit|parent|owner|"
    r"partner|neighbour|sister company)$"
)


# where the thing is, set off after it: ", at Unit 4, Wheatley Hall Road,", ", near Leeds,"
_PLACE_ASIDE = re.compile(r"(?:at|near|outside|on) ")


# an apposition that says what kind of thing the phrase before it is ("a measure closely
# watched in Japan", "mostly its share of the league's deal")
_DESCRIBED_AS = re.compile(r"(?:an? |mostly |largely |mainly |chiefly )[a-z]")


def _apposition_head(np: str) -> str:
    """Of a phrase with an apposition, the part that names what the clause is about."""
    if "," not in np:
        return np  # one part: no apposition (every test below needs two parts)
    parts = [p.strip() for p in np.split(",") if p.strip()]
    if len(parts) == 2 and _APPOSED.match(parts[1]) and _names_thing(parts[0]):
        return parts[0]  # "vireo stream, the european video service,": the name it describes
    if len(parts) == 2 and TITLED.search(parts[0]) and LOWER_NAME.fullmatch(parts[1]):
        return parts[1]  # lower case "brightwave's chief executive, tom adeyemi,": the person
    if len(parts) == 2 and parts[0][:1].isupper() and _ITS_KIN.match(parts[1]):
        return parts[0]  # "Brenton, its closest rival,": Brenton, not the firm "its" means
    if len(parts) == 2 and _ITS_KIN.fullmatch(parts[0].lower()) and _LOWER_RUN.fullmatch(parts[1]):
        return parts[1]  # lower case "its bigger rival, tunecast,": the rival, named
    if len(parts) == 2 and _FIRM_REF.match(parts[0]) and _POSSESSIVE_DESCRIPTION.match(parts[1]):
        return parts[0]  # "The bank, Britain's biggest mortgage lender,": the bank, not Britain
    if len(parts) > 1 and _PARTICIPLE_ASIDE.match(parts[1]):
        return parts[0]  # "the group, founded as a single paper in 1868,": the group
    if len(parts) > 1 and _PLACE_ASIDE.match(parts[1]) and not parts[0][:1].isdigit():
        return parts[0]  # "The plant, at Unit 4, Wheatley Hall Road,": the plant, not its address
    if len(parts) == 2 and _DESCRIBED_AS.match(parts[1]) and MEASURE_WORDS.search(parts[0]):
        return parts[0]  # "Ordinary profit, a measure closely watched in Japan,": the measure
    if len(parts) > 1 and (
        parts[-1][:1].isupper() or _FIRM_REF.match(parts[-1]) or _ADVERBIAL.match(parts[0])
    ):
        return parts[-1]  # "The company's DRAM rival, Samsung,", "In March, the company"
    return np


def clean_phrase(phrase: str) -> str | None:
    """A subject noun phrase cleaned of determiners, "shares in", possessives and descriptors;
    ``REF``/``PERSON`` for a referring phrase; None for no usable phrase."""
    np = " ".join(phrase.strip(" ,\"'\u201c\u201d").split())
    np = np.lstrip("-*\u2022\u2013\u2014 ")  # a list's marker: "- £26 million will be" is a sum
    np = _apposition_head(np)
    np = _TIME_TAIL.sub("", np)  # "Its rival Skyline last week cut": the time is no name
    np = _TIME_LEAD.sub("", np)  # "said on tuesday it had": the time is no subject
    if not np or len(np.split()) > 7 or _DIGIT.search(np.split()[0]) or _QUANTITY_LEAD.match(np):
        return None
    rival = _ITS_NAMED.match(np)
    if rival is not None:
        return rival.group(1)  # "Its rival Penrose & Co": the name, not the firm "its" means
    if _FIRM_REF.match(np) or _ITS.match(np):
        return REF  # "its gross margin": the firm's
    if _PERSON_REF.match(np) or _HIS.match(np):
        return PERSON
    np = _SHARES_IN.sub("", np)
    np = _SHARES_END.sub("", np)  # "SK Hynix shares": the firm
    trade = _TRADE_OF.match(np)
    if trade is not None:
        return clean_phrase(trade.group(1))  # "exports of French wine": the wine's
    measure = MEASURE_WORDS.search(np)
    if measure is not None:
        return _measure_owner(np, measure.start())  # "operating profit": what is measured
    words = _possessor(np.split())
    if _FIRM_REF.match(" ".join(words)):
        return REF  # "The Austin-based company's cloud division": the firm's
    words = _head_name(words)
    if not words:
        return None
    out = " ".join(words)
    if _FIRM_REF.match(out):
        return REF
    if _PERSON_REF.match(out):
        return PERSON
    return out
