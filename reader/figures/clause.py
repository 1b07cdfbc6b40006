"""A shallow parse of the clause a figure sits in: who its subject is.

Works on words, not capitals, so lower-case text has subjects too. Within a bounded window
before the figure:
- the clause starts after the last boundary (sentence start, ";", ", while", ", but",
  "after", "as", "said", "that", ", and"); a reporting aside ("..., its studio X said,")
  is skipped;
- a relative clause (", which ...", ", who ...", ", whose shares ...") belongs to the noun
  phrase before its comma;
- else the subject is the noun phrase before the clause's first finite verb ("gold rose",
  "shares in dunmore energy fell", "the government's £2bn budget is meant to");
- the noun phrase is cleaned: determiners and "shares in" dropped, a possessive's owner
  kept ("the government's budget" → government) unless a descriptor follows it ("dunmore's
  rival pellam oil" → pellam oil), a leading descriptor dropped ("miner glenrock");
- "it", "the company", "the club", "the film"… are a reference to the story's firm; "he",
  "she", "her", "the 23-year-old" to its last person; these come back as ``REF`` /
  ``PERSON`` for the caller to resolve.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, WordChoice, led
from reader.figures.letters import CAP, has_capital
from reader.figures.lower_refs import ITS_THING, LOWER_NAME, LOWER_POSSESSOR, TITLED, lower_rival
from reader.figures.markets import traded_measure
from reader.figures.memo import per_story

REF = "\x01ref"
PERSON = "\x01person"
_WINDOW = 160

# (behind a look-ahead for the characters a boundary begins with: gate.led; no empty "^"
# alternative, whose match at the text's start moved no clause start)
_BOUNDARY = led(
    r"[;:\u2014]|,\s(?:while|but|whereas|although|though|and)\s|\bwhile\b|\b(?:after|as|"
    r"because|since|when|before|although|though|whereas)\s|\bsaid\s(?:that\s)?|\bsays\s"
    r"(?:that\s)?|\bthat\s"
    # what a source's evidence shows is a clause of its own: "Data from Kantar showed Tesco held";
    # [A-Z] under re.I takes any word on purpose: a lower-case paste has no capital to go by
    # ("data from kantar showed tesco held 27%": tesco), and "showed the market grew" is a
    # clause too (measured: requiring a capital made those subjects the whole phrase)
    r"|\b(?:showed|shows|found|finds|suggested|suggests|indicated|indicates|revealed|reveals)"
    r"\s(?=(?:the\s)?[A-Z]|(?:it|its|they|the\s(?:company|firm|group|club|bank))\s)"
    # a second clause joined by "and": "shares in x lost 4% and the sector index fell 1.8%"
    r"|(?<=\d%\s)and\s(?=(?:the\s|its\s)?[\w-]+(?:\s[\w-]+){0,2}\s(?:rose|fell|gained|lost|"
    r"dropped|climbed|added|slipped|jumped|eased|increased|declined|grew|edged|slid|sank|surged|"
    r"plunged|tumbled|rallied)\s)",
    re.I,
)
# an aside saying how a thing began or where it is: "the group, founded in 1868,"
_PARTICIPLE_ASIDE = re.compile(
    r"(?:founded|established|set up|based|formed|created|launched|started|known|owned|"
    r"backed|headquartered|listed|run|built)\b",
    re.I,
)
# "as" after these names what a thing is or was, it opens no clause of its own
_AS_NAMED = re.compile(
    r"\b(?:founded|known|set up|started|began|begun|described|listed|ranked|registered|"
    r"established|created|formed|launched|built|designed|trading|such|classed|named) $",
    re.I,
)
_RELATIVE = re.compile(r",\s(?:which|who|whose)\s", re.I)
_ASIDE = Gated(  # (gate.py: searched only when one of these words is there)
    re.compile(r",\s[^,]{1,60}?\s(?:said|says|reported|added|told [A-Za-z]+),\s", re.I),
    ("said", "says", "reported", "added", "told"),
)
_VERB = WordChoice(  # (gate.py: a set look-up per word, same matches)
    re.compile(
        r"\b(?:rose|rises|fell|falls|gained|gains|eased|eases|climbed|climbs|jumped|jumps|dropped|"
        r"drops|slid|slides|slipped|lost|loses|added|adds|closed|closes|ended|posted|posts|"
        r"reported|reports|made|makes|earned|earns|took|takes|sold|sells|paid|pays|received|"
        r"receives|has|had|have|is|was|are|were|holds|held|raised|raises|cut|cuts|expects|"
        r"expected|forecast|forecasts|grew|grows|reached|reaches|hit|hits|won|wins|came|comes|"
        r"employ|employs|employed|operates|operated|flew|flies|ordered|orders|signed|signs|"
        r"agreed|agrees|declared|declares|plans|will|would|could|may|might|can|must|should|"
        r"surged|soared|plunged|tumbled|rallied|sank|slumped|edged|traded|settled|now|also|"
        r"already|got|gets|spent|spends|owes|owed|borrowed|returned|delivered|shipped|booked|"
        r"generated|generates|recorded|records|saw|sees|increased|decreased|declined|doubled|"
        r"scored|scores|bought|buys|launched|opened|set|sets|lifted|lowered|fined|fines|wants|"
        r"wanted|aims|aimed|hopes|hoped|intends|intended|seeks|sought|demands|demanded|offers|"
        r"offered|proposes|proposed|asks|asked)\b",
        re.I,
    )
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
_SHARES_IN = re.compile(r"^(?:shares|stock|stocks|the price|prices?|bonds)(?: (?:in|of)) ", re.I)
_KIND_NOUNS = (
    r"company|firm|group|business|[a-z]*maker|"
    r"manufacturer|carrier|"
    r"airline|miner|lender|bank|insurer|retailer|start-?up|conglomerate|operator|producer|"
    r"developer|supplier|platform|service|brand|giant|chain|club|side|team|film|movie|"
    r"studio|network|broadcaster|channel|app|charity|fund|federation|association|union|"
    r"council|authority|regulator|utility|insurer|outfit|label|publisher|university|"
    r"school|hospital|trust|unit|division|thriller|comedy|sequel|drama|blockbuster|"
    r"animation|show|series|album|game|title|release|side|squad|provider"
)
# a nationality before a kind noun describes, it does not name: "the Chinese tech giant", "the
# South Korean chipmaker", "the US carmaker"
_DEMONYM = r"(?:(?:North|South|East|West|New) )?[A-Z][a-z]+(?:ese|ian|an|ish|ic|i|ch)|US|UK|EU|UAE"
# a name used only as a modifier of a kind noun, a venue or a possessive: "The US carmaker's
# deliveries", "the 27,500-seat Abbey Lane stadium", "the British brewer's exports" describe the
# story's firm; or a setting opening the sentence before the firm named as its subject ("In
# North America the film made"); the name is a place or a market, not the owner
_MOD_BEFORE = led(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his) (?:[a-z\d][\w,-]* ){0,2}$")
_MOD_AFTER = re.compile(
    r"(?: [a-z][\w-]*){0,2}? (?:(?:"
    + _KIND_NOUNS
    + r"|stadium|ground|arena|plant|factory|refinery|mine|smelter|site|airport|terminal|store|"
    r"hotel|campus|warehouse|depot)\b|[a-z][\w-]*(?:'s|\u2019s))"
)
_SET_BEFORE = re.compile(r"(?:In|Across|Throughout|Outside) (?:the )?")
_SET_AFTER = re.compile(r",? (?:it|its|the (?:[a-z-]+ )?(?:" + _KIND_NOUNS + r"))\b")
_FIRM_REF = re.compile(
    r"^(?:it|its|the (?:(?-i:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|"
    + _DEMONYM
    + r") ){0,3}?(?:"
    + _KIND_NOUNS
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
                 "adjusted")  # fmt: skip
_MEASURE_WORDS = Gated(
    re.compile(
        r"\b(?:revenues?|sales|profits?|income|earnings|margin|debt|salary|pay|output|production|"
        r"threshold|prices?|costs?|spending|budget|shares? of|value|valuation|dividend|growth|"
        r"inflation|rate|figures?|total|losses|loss|ebitda|eps|turnover|takings|bookings|"
        r"subscribers|users|members|shipments|deliveries|exports|imports|volumes?|per (?:share|member|user)|workforce|capex|cash|ebita|adjusted)\b",
        re.I,
    ),
    _MEASURE_GATE,
)
# a lower-case measure phrase that names its owner only as "its": "print circulation across
# its titles" (the firm's)
_OWN_TAIL = re.compile(r"^[a-z][\w-]*(?: [\w-]+){0,3} (?:its|their) ")
# a leading phrase of time or place before the subject: "In 2003, the economy expanded"
_ADVERBIAL = re.compile(
    r"^(?:in|on|at|for|by|since|after|during|last|this|over|across|earlier|later|meanwhile|"
    r"separately|elsewhere|overall|still|however|according to)\b",
    re.I,
)
_PERSON_REF = re.compile(
    r"^(?:he|she|his|her|him|the \d{1,3}-year-old|the [a-z]+ (?:boss|chief))(?:'s|\u2019s)?$",
    re.I,
)


@per_story
def _clause_from(text: str, start: int) -> tuple[int, int | None]:
    """Where the figure's clause starts, and where "said" stands when the clause is the
    thing said ("Castellan said 14 of 22 branches ..."). Kept for the story (memo.py): the
    subject, status and metric each ask it for the same figure."""
    lo = max(0, start - _WINDOW)
    last, said = lo, None
    for m in _BOUNDARY.finditer(text, lo, start):
        if text[m.end() - 1 : m.end() + 1] == " ," or text[m.end() : m.end() + 1] == ",":
            continue  # "..., its studio X said, comfortably beating": an aside
        if m.group(0)[:3].lower() == "as " and _AS_NAMED.search(
            text, max(lo, m.start() - 16), m.start()
        ):
            continue  # "the group, founded as a single paper in 1868, made": no new clause
        if m.end() > last and m.end() < start:
            last = m.end()
            said = m.start() if m.group(0).lower().startswith(("said", "says")) else None
    return last, said


def is_verb(word: str) -> bool:
    """Whether ``word`` is one of the finite verbs the clause parse knows ("had", "reported")."""
    return word.lower() in _VERB.words


def has_verb(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a finite verb of the clause parse's list or a past tense."""
    return _VERB.search(text, lo, hi) is not None or _past_verb(text[lo:hi]) is not None


def clause_begin(text: str, start: int) -> int:
    """Where the figure's clause starts (after "after", "as", "said", ";" ...)."""
    return _clause_from(text, start)[0]


def clause_subject(text: str, start: int) -> str | None:
    """The noun phrase the figure's clause is about (module doc), ``REF``, ``PERSON`` or None."""
    lo, said = _clause_from(text, start)
    head = _ASIDE.sub(" ", text[lo:start])
    rel = max(_RELATIVE.finditer(head), key=lambda m: m.start(), default=None)
    if rel is not None:
        if _VALUES_FIRM.match(head, rel.end()):
            return REF  # "its listing, which values the company at €6bn": the firm's value
        # the relative clause's antecedent: the phrase before its comma
        antecedent = _last_phrase(head[: rel.start()])
        if ITS_THING.search(antecedent):
            return REF  # "spend £1.1 billion on its network, which now passes 14 million homes"
        return lower_rival(text, antecedent, _MEASURE_WORDS.search) or clean_phrase(antecedent)
    verb = _VERB.search(head)
    if verb is None:
        verb = _past_verb(head)  # (a short noun phrase only: "the utility admitted")
        if verb is not None and len(head[: verb.start()].split()) > 4:
            verb = None
    if (verb is None or verb.start() == 0) and said is not None and said > 0:
        return clause_subject(text, said)  # the clause said has no subject: the speaker's
    if verb is None or verb.start() == 0:
        return None
    if _OWN_TAIL.match(head) and not has_capital(text[:300]):
        return REF  # lower-case "print circulation across its titles fell": the firm's measure
    return lower_rival(text, head[: verb.start()], _MEASURE_WORDS.search) or clean_phrase(
        head[: verb.start()]
    )


# a past-tense verb outside the list: "the utility admitted 38 offences" (not "New York-listed",
# "the listed firm", "diluted", "adjusted")
_PAST = re.compile(r"(?<![-\w])(?<!the )(?<!a )(?<!an )[a-z]{3,}ed\b")
_NOT_VERBS = frozenset(["adjusted", "diluted", "listed", "based", "owned", "backed", "red",
                        "combined", "estimated", "unaudited", "expected", "planned"])  # fmt: skip


def _past_verb(head: str) -> re.Match[str] | None:
    for m in _PAST.finditer(head):
        if m.group(0) not in _NOT_VERBS and m.start() > 0:
            return m
    return None


def _last_phrase(text: str) -> str:
    """The last comma-free stretch, and at most six words of it."""
    part = re.split(r"[,;(]", text)[-1]
    verbs = list(_VERB.finditer(part))
    if verbs:
        part = part[verbs[-1].end() :]  # "One bright spot was its business unit, which"
    return " ".join(part.split()[-6:])


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
    return [w for w in words if not re.search(r"\d", w) or re.fullmatch(r"\d{1,4}", w)]


# an apposition that describes the name before it: "the european video service", "a dutch maker"
_APPOSED = re.compile(r"^(?:the|a|an) (?:[\w'\u2019-]+ ){0,4}?(?:" + _KIND_NOUNS + r")\b", re.I)


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
        and not re.search(r"\d", part)
        and not _MEASURE_WORDS.search(part)
    )


# "its rival Penrose & Co", "their parent company Alphabet": a related firm named
_VALUES_FIRM = re.compile(
    r"(?:would |will |could )?(?:values?|valued) (?:the|its) (?:" + _KIND_NOUNS + r")\b"
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
_ITS_NAMED = re.compile(
    rf"^(?:its|their|his|her) (?:[a-z-]+ ){{1,2}}((?-i:{CAP})[\w&.'-]*(?: (?:&|(?-i:{CAP})[\w&.'-]*))*)$",
    re.I,
)


def _measure_owner(np: str, at: int) -> str | None:
    """Whose a measure phrase is, when its own words say: a name written before the measure
    ("Sydney home prices" → Sydney; in lower-case text the first of two or more words before
    it: "sydney home prices" → sydney); None for a bare measure ("operating profit")."""
    owner = re.sub(r"(?:'s|\u2019s)$", "", np[:at].strip())
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


_ITS_KIN = re.compile(
    r"(?:its|their) (?:[a-z-]+ )?(?:rival|rivals|competitor|peer|subsidiary|unit|parent|owner|"
    r"partner|neighbour|sister company)$"
)


def _apposition_head(np: str) -> str:
    """Of a phrase with an apposition, the part that names what the clause is about."""
    parts = [p.strip() for p in np.split(",") if p.strip()]
    if len(parts) == 2 and _APPOSED.match(parts[1]) and _names_thing(parts[0]):
        return parts[0]  # "vireo stream, the european video service,": the name it describes
    if len(parts) == 2 and TITLED.search(parts[0]) and LOWER_NAME.fullmatch(parts[1]):
        return parts[1]  # lower case "brightwave's chief executive, tom adeyemi,": the person
    if len(parts) == 2 and parts[0][:1].isupper() and _ITS_KIN.match(parts[1]):
        return parts[0]  # "Brenton, its closest rival,": Brenton, not the firm "its" means
    if len(parts) == 2 and _FIRM_REF.match(parts[0]) and _POSSESSIVE_DESCRIPTION.match(parts[1]):
        return parts[0]  # "The bank, Britain's biggest mortgage lender,": the bank, not Britain
    if len(parts) > 1 and _PARTICIPLE_ASIDE.match(parts[1]):
        return parts[0]  # "the group, founded as a single paper in 1868,": the group
    if len(parts) > 1 and (
        parts[-1][:1].isupper() or _FIRM_REF.match(parts[-1]) or _ADVERBIAL.match(parts[0])
    ):
        return parts[-1]  # "The company's DRAM rival, Samsung,", "In March, the company"
    return np


def clean_phrase(phrase: str) -> str | None:
    """A subject noun phrase cleaned of determiners, "shares in", possessives and descriptors;
    ``REF``/``PERSON`` for a referring phrase; None for no usable phrase."""
    np = " ".join(phrase.strip(" ,\"'\u201c\u201d").split())
    np = _apposition_head(np)
    np = _TIME_TAIL.sub("", np)  # "Its rival Skyline last week cut": the time is no name
    np = _TIME_LEAD.sub("", np)  # "said on tuesday it had": the time is no subject
    if not np or len(np.split()) > 7 or re.search(r"\d", np.split()[0]):
        return None
    rival = _ITS_NAMED.match(np)
    if rival is not None:
        return rival.group(1)  # "Its rival Penrose & Co": the name, not the firm "its" means
    if _FIRM_REF.match(np) or re.match(r"(?:its|their) ", np, re.I):
        return REF  # "its gross margin": the firm's
    if _PERSON_REF.match(np) or re.match(r"(?:his|her) ", np, re.I):
        return PERSON
    np = _SHARES_IN.sub("", np)
    np = re.sub(r"(?<=[A-Za-z]) (?:shares|stock)$", "", np)  # "SK Hynix shares": the firm
    trade = _TRADE_OF.match(np)
    if trade is not None:
        return clean_phrase(trade.group(1))  # "exports of French wine": the wine's
    measure = _MEASURE_WORDS.search(np)
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


def modifier_only(text: str, start: int, name: str) -> bool:
    """Whether ``name`` stands in the figure's clause only as the modifier of a kind noun
    ("The US carmaker's deliveries fell 8%": US describes the carmaker, it owns nothing)."""
    if not name[:1].isupper():
        return False
    at = text.find(name, max(0, start - 300), start)  # every mention before the figure
    if at < 0:
        return False
    while 0 <= at < start:
        end = at + len(name)
        modifies = _MOD_BEFORE.search(text, max(0, at - 40), at) and _MOD_AFTER.match(text, end)
        sets = _SET_BEFORE.fullmatch(text, 0, at) and _SET_AFTER.match(text, end)
        if not (modifies or sets):
            return False
        at = text.find(name, end, start)
    return True
