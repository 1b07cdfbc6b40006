"""The proper-noun runs of a text: "Bank of Ostrava", "Hanbit Electronics", each with its
descriptors left out ("China-based PDD Holdings" → PDD Holdings, "South Korea's Hanbit" →
Hanbit, "Chipmaker Orrin" → Orrin), a dateline, a bystander ("flights from Reading to London")
and a capitalised common word at a sentence's start left out ("Shipments rose": no name).
A name the words before another describe ("US media giant Initech") gives way to it. The
dateline is found by ``datelines``; the runs whose surroundings say they name no owner (a sum,
a grade, a stamp, an address, a ticker, a bystander) by ``non_names``.
"""

from __future__ import annotations

import re

from reader.figures.bystanders import past_opener
from reader.figures.clause_split import is_verb
from reader.figures.datelines import dateline_end
from reader.figures.gate import word_led
from reader.figures.letters import CAP, LOWER, SMALL, UPPER
from reader.figures.markets import INDEX_NAMES
from reader.figures.memo import per_story
from reader.figures.name_words import PLACES, is_adjective, not_name
from reader.figures.non_names import set_aside
from reader.figures.openers import acts, common_opener

# "Bank of Ostrava", "Ministry of Commerce": "of" joins a name only after an institution word
_INSTITUTIONS = (
    "Bank", "Ministry", "Department", "Federation", "Association", "University", "Institute",
    "Council", "Court", "Board", "Chamber", "Office", "Society", "Commission", "Authority",
    "College", "Museum", "Republic", "Kingdom", "League", "Union", "Agency", "Bureau",
    "Organisation", "Organization", "Secretary", "Governor", "Mayor", "Port", "City", "Duke",
    "Centre", "Center", "Minister", "Commissioner",
)  # fmt: skip
# (the look-ahead first: the institution look-behinds are tried only before "of "/"for ")
_OF = (
    "(?=of |for )(?:"
    + "|".join(f"(?<={w} )" for w in _INSTITUTIONS)
    + ")(?:of|for)(?= "
    + CAP
    + SMALL
    + ")"
)
# "Isle of Wight Council", "Vale of Glamorgan Council", "City of Edinburgh Council": "of" inside
# a local body's name, the name after it ending in what the body is (not "Leader of Westmoor
# County Council": a role before "of" is the person's)
_OF_BODY = (
    r"(?<!Leader )(?<!Member )(?<!Head )(?<!Chief )(?<!Chair )(?<!Clerk )(?<!Executive )"
    r"(?<!Officer )(?<!Director )(?<!Councillor )of(?=(?: "
    + CAP
    + r"[\w'-]*){1,3} (?:Council|Authority|Corporation|Government|Assembly)\b)"
)
# a particle inside a name: "Femke de Wit", "Ursula von der Leyen", "Banco do Brasil"
_PARTICLE = (
    r"(?:de|van|von|der|den|da|di|du|do|del|della|dos|das|ter|ten)(?= (?:der |den )?" + CAP + ")"
)
# (up to six capitalised words: "The Botswana Public Service Retirement Fund")
_NAME_RE = word_led(
    CAP,
    rf"[{UPPER}{LOWER}0-9&.'-]{{0,30}}(?: (?:&|"
    + _OF
    + "|"
    + _OF_BODY
    + r"|"
    + _PARTICLE
    + rf"|{CAP}[{UPPER}{LOWER}0-9&.'-]{{0,30}})){{0,5}}",
)
_SUBJECT_VERBS = frozenset(
    ["said", "says", "posted", "posts", "reported", "reports", "grew", "rose", "fell", "made",
     "earned", "sold", "has", "had", "is", "was", "will", "plans", "expects", "made", "won",
     "lost", "paid", "pays", "bought", "raised", "cut", "saw", "sees", "announced", "shares"]
)  # fmt: skip
# "San Francisco start-up Nimbus": lowercase words ending in one of these describe the name after
_DESCRIPTOR = re.compile(
    r"^ (?:[a-z0-9][a-z0-9-]* ){0,3}(?:group|giant|firm|company|start-?up|carrier|airline|retailer|"
    r"lender|bank|insurer|conglomerate|operator|producer|miner|brand|platform|rival|owner|"
    r"investor|fund|developer|supplier|subsidiary|unit|outfit|[a-z]*maker|manufacturer|"
    r"service|exchange|regulator|chain|business|consortium|agency|broker|club|team|app) $"
)
_KIND_WORD = re.compile(
    r"(?:[A-Z][a-z]*maker|[A-Z][a-z]*builder|Retailer|Lender|Insurer|Carrier|Airline|Miner|Bank|"
    r"Broker|Grocer|Conglomerate|Start-?up|Fintech|Developer|Publisher|Operator|Supplier|Manufacturer|"
    r"Regulator|Watchdog|Drugmaker|Utility|Rival|Peer|Competitor)$"
)
_DESCRIPTOR_SUFFIX = re.compile(r"-(?:based|listed|owned|backed|born|led|run)$")
_NEXT_WORD = re.compile(r" ([a-z]+)")
# a description set off after a name: ", the discount homeware chain, " / ", a Leeds firm, "
# a share index keeps its number ("FTSE 100", "S&P 500", "Nikkei 225"): two indexes can share
# a name
_INDEX = re.compile(INDEX_NAMES)
_INDEX_NUMBER = re.compile(r" \d{2,4}(?![\d%]|[.,]\d| points?\b)")
# an apposition that defines a measure: "Churn, the share of subscribers who cancel, fell"
_DEFINED_MEASURE = re.compile(
    r", (?:the|a) (?:share|number|proportion|percentage|ratio|rate|amount|value|measure|sum) "
    r"(?:of|at|by)\b"
)
_APPOSITIVE = re.compile(r", (?:the|a|an) [^,;.]{2,60}?, (?=[a-z])")


def _looks_like_subject(next_word: str) -> bool:
    """A sentence-initial capitalised word followed by a verb is a name: "Acme grew ..."."""
    w = next_word.lower()
    return w in _SUBJECT_VERBS or (len(w) > 4 and w.endswith("ed"))


def clean_name(
    words: list[str],
    at_start: bool,
    names: frozenset[str],
    next_word: str = "",
    strict: bool = False,
) -> str | None:
    # descriptors: "China-based PDD Holdings" -> "PDD Holdings"; "New York-listed" -> nothing
    for i in range(len(words) - 1, -1, -1):
        if "-" in words[i] and _DESCRIPTOR_SUFFIX.search(words[i]):
            words = words[i + 1 :]
            break
    # a place's possessive describes the name after it ("South Korea's Hanbit Electronics");
    # a firm's owns it ("Serrano's American depositary shares", "Apple's iPhone")
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "\u2019s")):
            owner = " ".join(words[: i + 1])[:-2]
            if owner in PLACES or not_name(owner):  # "Tuesday's Ecofin meeting"
                words, at_start = words[i + 1 :], False
            elif is_adjective(words[i + 1 :]):  # not "Claire's Stores"
                words = words[: i + 1]
            break
    if len(words) > 1 and words[0] == "THE" and not words[1].isupper():
        words = words[1:]  # an all-capitals article opening a lede: "THE Toll Regulatory Board"
    while words and (
        not_name(words[0])
        or words[0] == "of"
        or (len(words) > 1 and _KIND_WORD.match(words[0]) and words[1] != "of")
    ):  # (not "Bank of England": a kind word before "of" is the name's own)
        words.pop(0)  # "The", "Chipmaker Orrin Semiconductor", "Shares of Apple"
        at_start = False
    if words and at_start and len(words) == 1:
        w = words[0].rstrip(".,")
        bare = w.removesuffix("'s").removesuffix("\u2019s")
        inner_caps = any(c.isupper() or c.isdigit() for c in bare[1:])
        verb_led = acts(bare, next_word) or (not strict and _looks_like_subject(next_word))
        verb_led = verb_led or next_word == ", which"  # "Kyoto, which received ...": a name
        common = bare.lower() in names  # the story also writes "shipments"
        if not inner_caps and common_opener(bare, next_word, _looks_like_subject(next_word)):
            return None
        if not inner_caps and (common or not (bare in names or verb_led)):
            return None
    words = _without_tail(words, at_start)
    if not words:
        return None
    if is_adjective(words):
        return None  # "Irish shares", "South African mines": a nationality, not a name
    name = " ".join(words).rstrip(".,'-")
    for suffix in ("'s", "\u2019s", "\u2019"):
        name = name.removesuffix(suffix)
    return name or None


def _without_tail(words: list[str], at_start: bool) -> list[str]:
    """The name's words without the non-names that end it ("by June."); none left when only
    a measure's modifier opening the sentence is ("Diluted EPS was $1.12", "Adjusted EBITDA
    rose": a measure, no name)."""
    before = len(words)
    while words and (not_name(words[-1].rstrip(".,")) or words[-1] == "of"):
        words.pop()  # "by June.": a month, not a name
    if at_start and len(words) == 1 < before and common_opener(words[0], "", False):
        return []
    return words


_BULLETS = "-\u2022*\u2013\u00b7"


def _bullet_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a bulleted item ("- Paying customers: 6,840")."""
    if at < 2 or text[at - 1] != " " or text[at - 2] not in _BULLETS:
        return False  # (read from a window: a sentence is never sliced whole per name)
    head = text[max(0, at - 4) : at].rstrip()
    return (at - 2 == 0 or text[at - 3] == "\n") and head[-1:] in _BULLETS


def names_in(
    text: str, lo: int, hi: int, names: frozenset[str], strict: bool = False
) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name run in text[lo:hi], descriptors left out (a new list;
    kept for the story, memo.py: a quarter of the calls repeat one, from owner.py and others)."""
    return list(_name_runs_in(text, lo, hi, names, strict))


def name_span(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``name`` itself stands in its run ``text[start:end]`` (a run's span may hold a
    word left out of its name: "A Soweto", "By Luiza Tavares", "The State's"); None when the
    name is not written in it as it is."""
    at = text.find(name, start, end)
    return (at, at + len(name)) if at >= 0 else None


# a tabloid's lead opening in capitals: a function word, maybe more words in capitals, then
# lower case ("THE world darts championship will ...", "THESE shops have ..."; not "A": "A US
# report" is plain text)
_CAPS_OPENING = re.compile(
    r"(?:THE|AN|THIS|THESE|THOSE|ONE|TWO|THREE|FOUR|FIVE|SIX|SOME|MORE|MOST|EVERY|ALL|OUR"
    r"|YOUR|HUNDREDS|THOUSANDS|MILLIONS)(?: [A-Z][A-Z'\u2019-]*)*(?= [a-z])"
)


# a transcript's speaker label opening a turn, in capitals: "OPERATOR: ", "SILJE BREKKE, CHIEF
# EXECUTIVE: " (the figures of the turn are the firm's: "we", "our")
_SPEAKER = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][A-Z&'\u2019 -]{1,40})?: "
)


@per_story
def _name_runs_in(
    text: str, lo: int, hi: int, names: frozenset[str], strict: bool
) -> tuple[tuple[str, int, int], ...]:
    found: list[tuple[str, int, int]] = []
    if lo == 0:
        lo = min(dateline_end(text), hi)  # "SEOUL, Nov 27 (Reuters) - Daehan said ..."
    lo = past_opener(text, lo, hi)  # "Founded in 2009 by A and B, Tillwood ...": not A or B
    for m in _NAME_RE.finditer(text, lo, hi):
        name = _run_name(text, m.start(), m.end(), names, strict)
        if name:
            found.append((name, m.start(), m.end()))
    # "US media giant Initech", "San Francisco start-up Nimbus": these describe the next name
    while len(found) > 1 and _describes(
        found[0][0], text[found[0][2] : found[1][1]], text[found[1][2] : found[1][2] + 1] == ","
    ):
        found.pop(0)
    return tuple(_and_acronyms(text, found))


# a name's letters in brackets after it: "Lualaba Copper and Cobalt (LCC)"
_ACRONYM = re.compile(r" \(([A-Z]{2,8})\)")


def _and_acronyms(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Two runs joined by "and" or "&" that the letters in brackets after them spell are one
    name ("Lualaba Copper and Cobalt (LCC)": not "Lualaba Copper"; "Tigris and Euphrates
    Shipping (TES)")."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(found):
        if k + 1 < len(found):
            (a, s1, e1), (b, s2, e2) = found[k], found[k + 1]
            letters = _ACRONYM.match(text, e2)
            words = [w for w in text[s1:e2].split() if w not in ("and", "&")]
            if (
                text[e1:s2] in (" and ", " & ")
                and letters is not None
                and "".join(w[0] for w in words).upper() == letters.group(1)
                and a == text[s1:e1]
                and b == text[s2:e2]
            ):
                out.append((text[s1:e2], s1, e2))
                k += 2
                continue
        out.append(found[k])
        k += 1
    return out


@per_story
def _run_name(text: str, start: int, end: int, names: frozenset[str], strict: bool) -> str | None:
    """The name the capitalised run ``text[start:end]`` gives, None for none: read from the
    whole text, never from the window a caller asks about (so kept for the story, memo.py:
    a clause's names are asked for again from each of its figures)."""
    run = text[start:end]
    prev = text[max(0, start - 8) : start].rstrip()[-1:]
    # where a transcript's speaker label opening the text ends ("HENRIK DAHL, CFO: "), else 0
    turn = _SPEAKER.match(text) if start < 80 else None
    turn_end = turn.end() if turn is not None else 0
    # (a bullet's marker opens its item as a full stop opens a sentence: "- Paying ...")
    at_start = (
        start == 0
        or prev in ("", ".", "\u201c", '"')
        or _bullet_start(text, start)
        or text[max(0, start - 3) : start] == " | "  # a field of a barred line: "| Target price:"
        # a dateline's sentence starts after it: "JOHANNESBURG \u2014 Ride-hailing app ..."
        or (prev in "-\u2013\u2014" and dateline_end(text) == start)
        # a transcript's turn starts after its speaker: "HENRIK DAHL, CFO: Feed costs rose"
        or (prev == ":" and start == turn_end)
    )
    if start > 0 and text[start - 1] in "-/":
        return None
    if text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit():
        return None  # a currency's letters glued to its amount: Peru's "S/54.3 million"
    if start < 40 and (caps := _CAPS_OPENING.match(text)) is not None and start < caps.end():
        return None  # "THE world darts championship": a tabloid's opening words
    if start < turn_end:
        return None  # "HENRIK DAHL, CHIEF FINANCIAL OFFICER: Thank you.": who speaks, no owner
    # the words themselves first: nearly half the runs name nothing by their words ("The",
    # "But", a measure opening the sentence), and the look-ups around the run below (each
    # returning None too, so their order changes no answer) need not be made for those
    nxt = _NEXT_WORD.match(text, end, end + 20)
    nxt_word = nxt.group(1) if nxt else ""
    if text.startswith((", which ", ", who "), end) or (
        _APPOSITIVE.match(text, end) and not _DEFINED_MEASURE.match(text, end)
    ):
        nxt_word = ", which"  # "Tesco, the supermarket chain, said": a name described
    name = clean_name(run.split(), at_start, names, nxt_word, strict)
    if not name or set_aside(text, start, end, names):
        return None
    if _INDEX.fullmatch(name) and (number := _INDEX_NUMBER.match(text, end)):
        name = f"{name}{number.group(0)}"  # "the FTSE 250": not the FTSE 100
    return name


def name_runs(text: str, names: frozenset[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name run of ``text`` (strict: no capitalised common word)."""
    return names_in(text, 0, len(text), names, strict=True)


_LINKS = frozenset(["to", "and", "or", "with", "from", "by", "for", "of", "as", "after"])


def _clause_word(word: str) -> bool:
    """A word that ends a description: a link or a verb ("to", "agreed", "bought")."""
    if word in _LINKS or word in _SUBJECT_VERBS:
        return True
    return "-" not in word and (word.endswith("ed") or is_verb(word))


def _describes(name: str, gap: str, closed: bool = False) -> bool:
    """ "San Francisco start-up", "US gaming consortium": the words before a name say what
    it is, so the name they lead up to is the subject; so do they set off by commas around the
    name (``closed``: a comma after it), "The company's DRAM rival, Samsung, was ..."."""
    if closed and gap.endswith(", "):
        gap = gap[:-2] + " "
    if _DESCRIPTOR.match(gap):
        # not a clause between them: "Halvex agreed to buy rival Penmore" (a verb or "to")
        return not any(_clause_word(w) for w in gap.split()[:-1])
    words = gap.split()
    return (
        name in PLACES
        and 1 <= len(words) <= 3
        and gap == " " + " ".join(words) + " "
        and all(w.islower() and w not in _SUBJECT_VERBS for w in words)
    )
