"""Whose figure it is: the company or body a figure belongs to, read from its sentence and,
when the sentence does not say, from the story.

Rules, in order:
- a possessive name right before the figure ("Samsung's 34%");
- a referring phrase ("it", "its", "the company", "the carmaker") in the subject position of
  the figure's clause, or after the clause's last name ("The company sold ...", "... said it
  would spend $3bn", "Its shares rose 31%"): the firm its own sentence named first, else the
  firm that opened the previous sentence, else the story's main company;
- the first proper-noun run of the clause, else of the sentence, leaving out descriptors
  ("China-based", "San Francisco start-up", "South Korea's", "July-September");
- the story's main company: the name that opens the lead and comes back later in the story.

A capitalised sentence-initial word counts as a name only when it looks like one (inner
capitals, an acronym, capitalised mid-sentence elsewhere in the story, or followed by a verb
when the story has no main company to fall back on). Null rather than junk.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.figures.bystanders import bystander, past_opener
from reader.figures.clause import is_verb, modifier_only
from reader.figures.context import clause_start
from reader.figures.gate import led, word_led
from reader.figures.lead import lead_at
from reader.figures.letters import CAP, LOWER, SMALL, UPPER
from reader.figures.markets import is_index
from reader.figures.memo import per_story
from reader.figures.openers import acts, common_opener
from reader.figures.speaker import said_by
from reader.figures.word_search import named_again

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
_NAME_RE = word_led(
    CAP,
    rf"[{UPPER}{LOWER}0-9&.'-]{{0,30}}(?: (?:&|"
    + _OF
    + rf"|{CAP}[{UPPER}{LOWER}0-9&.'-]{{0,30}})){{0,4}}",
)
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
     "EBITDA", "YoY", "QoQ", "RMB", "USD", "EUR", "GBP", "CNY", "HK", "ET", "GMT", "Rs", "INR",
     "However", "Meanwhile", "Overall", "Still", "Also", "January", "February", "March",
     "April", "May", "June", "July", "August", "September", "October", "November", "December",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
     "Easter", "No", "Nos"]
)  # fmt: skip
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
    r"service|exchange|regulator|chain|business|consortium|agency|broker|club|team) $"
)
_PERSON = led(
    r"(?:executive|officer|chairman|chairwoman|president|analyst|director|minister|founder|"
    r"spokesman|spokeswoman|spokesperson|economist|head|chief|boss|leader|chancellor|professor|"
    r"mayor|chair|secretary|governor|treasurer|(?<=[a-z] )(?<!ed )by),? $",  # "a seascape by": its author
    re.I,
)
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
)
# a capitalised kind-of-firm word leading a name run: "Chipmaker Orrin", "Retailer Next"
_KIND_WORD = re.compile(
    r"(?:[A-Z][a-z]*maker|Retailer|Lender|Insurer|Carrier|Airline|Miner|Bank|Broker|Grocer|"
    r"Conglomerate|Start-?up|Fintech|Developer|Publisher|Operator|Supplier|Manufacturer|"
    r"Regulator|Watchdog|Drugmaker|Utility)$"
)
# a place naming a company's segment: "China e-commerce revenue", "US sales" (not "UK economy")
_SEGMENT = re.compile(
    r"(?: [a-z][a-z-]+){0,2} (?:revenue|revenues|sales|profits?|business|operations|unit|division|"
    r"arm|market share)\b"
)
# where a sentence's first figure starts (not "FTSE 100", "Nov 27")
_FIGURE_START = re.compile(
    r"[$€£¥₹₩]\s?\d|\b\d[\d,.]{0,20}\s?(?:%|per ?cent|bn|billion|million|trillion|crore|m\b|k\b)"
)
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{1,30}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .]{1,30}\))? [-\u2013\u2014]{1,2} "
)
_PERSON_MARK = "\x00"
_TITLED = led(rf"\b(?:Mr|Ms|Mrs|Dr|Sir)\.? ({CAP}[{UPPER}{LOWER}'-]{{1,30}})")
_CAPITAL_WORD = word_led(CAP, rf"[{UPPER}{LOWER}0-9&'\u2019-]{{1,30}}")
_LOWER_WORD = word_led("[a-z]", r"[a-z'-]{2,30}\b")
# a capital after a small letter, "," or ";" and a space (the capital first: the engine scans
# for it, then looks behind)
_MID_CAPITAL = re.compile(rf"{CAP}(?<=[{LOWER},;] .)[{UPPER}{LOWER}0-9&'-]{{0,30}}")
_DESCRIPTOR_SUFFIX = re.compile(r"-(?:based|listed|owned|backed|born|led|run)$")
_NEXT_WORD = re.compile(r" ([a-z]+)")
# a description set off after a name: ", the discount homeware chain, " / ", a Leeds firm, "
_APPOSITIVE = re.compile(r", (?:the|a|an) [^,;.]{2,60}?, (?=[a-z])")
_ADJECTIVE = led(
    r"(?:ian|ean|ese|ish|ican|lan|^German|^French|^Dutch|^Greek|^Thai|^Swiss|^Saudi|^Iraqi|"
    r"^Israeli|^Pakistani|^Kuwaiti|^Qatari)$"
)
_PRONOUN = r"it|its"
# "A judge at", "An analyst with", "A spokesman for": the person is the subject, not the name
# (not one who speaks for it: "A spokeswoman for Hanover Re said" is Hanover Re's sentence)
_ROLE_OF = re.compile(
    r"^(?:A|An|The) (?!spokes|representative|executive|official|director|boss|chief|head|"
    r"member|source)[a-z]+ (?:at|of|for|with|from|in) "
)
# what "the ... lender" may say of the firm first: "the Frankfurt-based lender", "the German
# company", "the world's biggest insurer" (not "the central bank", "the rival firm")
_DESCRIBED = (
    r"(?:(?:(?-i:[A-Z][a-z]+-based|[a-z]+-[a-z]+|[A-Z][a-z]*(?:an|ish|ese|ch)|US|UK|EU)"
    r"|(?-i:[a-z]+|[A-Z][a-z]+)(?:'s|\u2019s) (?:largest|biggest|second-largest)) )?"
)
_REFERRING = re.compile(
    r"\b(?:(?P<pro>"
    + _PRONOUN
    + r")|the "
    + _DESCRIBED
    + r"(?:company|firm|group|business|[a-z]*maker|"
    r"manufacturer|carrier|airline|miner|lender|bank|insurer|retailer|start-?up|conglomerate|"
    r"operator|producer|developer|supplier|platform|service|brand|giant|council|authority|"
    r"regulator|club|utility|agency))(?:'s|\u2019s)?\b(?!-)(?! of [A-Z])",  # not "The Bank of Japan"
    re.I,
)


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
    return frozenset(names)


def is_person(name: str, names: frozenset[str]) -> bool:
    """ "Mr Chen" anywhere in the story makes "Chen Jiulin" (and "Paul Chen") a person."""
    return name.startswith(_HONORIFICS) or any(_PERSON_MARK + w in names for w in name.split())


def is_adjective(words: list[str]) -> bool:
    """ "Irish", "South African", "Japanese": a nationality describing what follows."""
    return bool(_ADJECTIVE.search(words[-1])) and all(
        w in ("South", "North", "East", "West", "New") or _ADJECTIVE.search(w) for w in words
    )


def antecedent(name: str, names: frozenset[str]) -> bool:
    """A name "it" or "the company" can stand for: not a place, a person or a common word."""
    return not (
        name in PLACES or is_person(name, names) or (" " not in name and name.lower() in names)
    )


def _not_name(word: str) -> bool:
    """ "The", "March", and "July-September" (every hyphen part a non-name)."""
    return word in _NOT_NAMES or ("-" in word and all(p in _NOT_NAMES for p in word.split("-")))


def _looks_like_subject(next_word: str) -> bool:
    """A sentence-initial capitalised word followed by a verb is a name: "Acme grew ..."."""
    w = next_word.lower()
    return w in _SUBJECT_VERBS or (len(w) > 4 and w.endswith("ed"))


def _clean_name(
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
            if owner in PLACES or _not_name(owner):  # "Tuesday's Ecofin meeting"
                words, at_start = words[i + 1 :], False
            elif is_adjective(words[i + 1 :]):  # not "Claire's Stores"
                words = words[: i + 1]
            break
    while words and (
        _not_name(words[0])
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
    while words and (_not_name(words[-1].rstrip(".,")) or words[-1] == "of"):
        words.pop()  # "by June.": a month, not a name
    if not words:
        return None
    if is_adjective(words):
        return None  # "Irish shares", "South African mines": a nationality, not a name
    name = " ".join(words).rstrip(".,'-")
    for suffix in ("'s", "\u2019s", "\u2019"):
        name = name.removesuffix(suffix)
    return name or None


def _names_in(
    text: str, lo: int, hi: int, names: frozenset[str], strict: bool = False
) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name run in text[lo:hi], descriptors left out (a new list;
    kept for the story, memo.py: a quarter of the calls repeat one, from owner.py and others)."""
    return list(_name_runs_in(text, lo, hi, names, strict))


@per_story
def _name_runs_in(
    text: str, lo: int, hi: int, names: frozenset[str], strict: bool
) -> tuple[tuple[str, int, int], ...]:
    found: list[tuple[str, int, int]] = []
    if lo == 0 and (dateline := _DATELINE.match(text)) is not None:
        lo = min(dateline.end(), hi)  # "SEOUL, Nov 27 (Reuters) - Daehan said ..."
    lo = past_opener(text, lo, hi)  # "Founded in 2009 by A and B, Tillwood ...": not A or B
    for m in _NAME_RE.finditer(text, lo, hi):
        prev = text[max(0, m.start() - 8) : m.start()].rstrip()[-1:]
        at_start = m.start() == 0 or prev in ("", ".", "\u201c", '"')
        if m.start() > 0 and text[m.start() - 1] in "-/":
            continue
        if len(m.group(0)) == 1 and text[max(0, m.start() - 2) : m.start()].rstrip()[-1:].islower():
            continue  # "a band D household", "grade A shares": a letter, not a name
        if bystander(text, m.start(), m.end()):
            continue  # "flights from Reading to London", "founded by Maya Osei": no owner
        nxt = _NEXT_WORD.match(text, m.end(), m.end() + 20)
        words = m.group(0).split()
        nxt_word = nxt.group(1) if nxt else ""
        if text.startswith((", which ", ", who "), m.end()) or _APPOSITIVE.match(text, m.end()):
            nxt_word = ", which"  # "Tesco, the supermarket chain, said": a name described
        name = _clean_name(words, at_start, names, nxt_word, strict)
        if name:
            found.append((name, m.start(), m.end()))
    # "US media giant Initech", "San Francisco start-up Nimbus": these describe the next name
    while len(found) > 1 and _describes(found[0][0], text[found[0][2] : found[1][1]]):
        found.pop(0)
    return tuple(found)


def name_runs(text: str, names: frozenset[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name run of ``text`` (strict: no capitalised common word)."""
    return _names_in(text, 0, len(text), names, strict=True)


_LINKS = frozenset(["to", "and", "or", "with", "from", "by", "for", "of", "as", "after"])


def _clause_word(word: str) -> bool:
    """A word that ends a description: a link or a verb ("to", "agreed", "bought")."""
    if word in _LINKS or word in _SUBJECT_VERBS:
        return True
    return "-" not in word and (word.endswith("ed") or is_verb(word))


def _describes(name: str, gap: str) -> bool:
    """ "San Francisco start-up", "US gaming consortium": the words before a name say what
    it is, so the name they lead up to is the subject."""
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


def lead_name(sentence: str, names: frozenset[str], words: int = 4) -> str | None:
    """The firm that opens a sentence (its grammatical subject, within its first ``words``
    words), if one does: not a place or a person, nor a capitalised common word."""
    found = _names_in(sentence, 0, min(len(sentence), 300), names, strict=True)
    if not found or len(sentence[past_opener(sentence, 0) : found[0][1]].split()) > words:
        return None  # a subject opens its sentence: "... were RMB 8 (US$1)" has none
    name, start, _ = found[0]
    opener = sentence[:start]
    if _ROLE_OF.fullmatch(opener) or _AGENT_OPENER.match(opener) or _WATCHERS_AT.match(opener):
        return None  # "A judge at ... fined", "Founded in 2016 by X, the firm": not the subject
    if modifier_only(sentence, min(len(sentence), start + 300), name):
        return None  # "In North America the film", "at the Quayside arena": a setting
    return name if _firm(sentence, name, start, names) else None


# people who watch a firm from another: "Analysts at Harcourt Securities had expected ..." is
# not Harcourt's sentence, and "the company" after it is not Harcourt
_WATCHERS_AT = re.compile(
    r"(?:Analysts|Economists|Strategists|Brokers|Researchers|Traders) (?:at|from|with) (?:the )?$"
)
# an opening participle phrase's agent: "Founded in 2016 by X, ...", "Backed by Y, ..."
_AGENT_OPENER = re.compile(r"(?:[A-Z][a-z]+ed|Set up|Led|Run|Built)\b[^,;]{0,40} by $")


def _firm(text: str, name: str, start: int, names: frozenset[str]) -> bool:
    """A name "it" can stand for: not "Chief executive Wang Lei", "a seascape by JMW Turner"."""
    return antecedent(name, names) and not _PERSON.search(text[max(0, start - 30) : start])


def main_company(sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The story's main company: the name opening its lead, when later sentences name it
    again or open with "It"/"The company" (a story about one firm)."""
    sentences = sentences[lead_at(sentences) :]
    if not sentences:
        return None
    lead = sentences[0][:500]
    figure = _FIGURE_START.search(lead)
    head = lead[: figure.start()] if figure else lead
    name = lead_name(head, names, words=8)
    later = sentences[1:40]
    if name is None and _ROLE_OF.match(head):
        name = ""  # "A judge at Lewes Crown Court fined Meridale Water": look further
    elif name and is_index(name, head, head.find(name)):
        name = ""  # "London's FTSE 100 index fell 0.8%": a market's, look further (markets.py)
    if name is None:  # (named before any figure: "Shares in delivery firm Exel rose 9%")
        return None
    if not name or not named_again(name, later):
        # "A judge at Lewes Crown Court fined Meridale Water ...": the lead's name the story
        # comes back to is its firm, not the one only named once
        for other, at, _ in _names_in(head, 0, len(head), names, strict=True)[1:]:
            if other != name and _firm(head, other, at, names) and named_again(other, later):
                return other
    if name and named_again(name, later):
        return name
    if name and not _SETTING_BEFORE.search(head[: head.find(name)]):
        # "It said ..." later means the lead's subject, not a place it is set in
        return name if any(_opens_with_reference(s) for s in later) else None
    return None


# "an appeal for hospices in Yorkshire has raised": the place is a setting ("Shares in X" is
# not)
_SETTING_BEFORE = led(
    r"(?<!shares )(?<!stake )(?<!stock )(?<!stakes )(?<!investment )"
    r"\b(?:in|across|throughout|around|near|outside) $",
    re.I,
)


def _opens_with_reference(sentence: str) -> bool:
    m = _REFERRING.match(sentence)
    return m is not None and m.group(0)[:1].isupper()


def subject_for(
    text: str,
    start: int,
    names: frozenset[str] = frozenset(),
    main: str | None = None,
    prior: str | None = None,
) -> str | None:
    """Whose figure it is (see module doc); null rather than a guess. ``main`` is the story's
    main company, ``prior`` the firm that opened the previous sentence."""
    poss = re.search(rf"({CAP}[\w&.-]*(?: {CAP}[\w&.-]*){{0,3}})(?:'s|\u2019s|\u2018s) (?:[a-z-]+ )?$",
                     text[max(0, start - 60) : start])  # fmt: skip
    if poss:
        name = _clean_name(poss.group(1).split(), False, names)
        if name:
            return name
    strict = main is not None
    c0 = clause_start(text, start)
    clause = _names_in(text, c0, start, names, strict)
    refs = list(_REFERRING.finditer(text, c0, start)) if main or prior else []
    if refs:
        first, last = refs[0], refs[-1]
        leads = not text[c0 : first.start()].strip(" ,\u201c\"'")
        if leads or not clause or last.start() > clause[-1][2]:
            ref = first if leads else last
            # "Marsh said it would pay": the firm this sentence opened with, else the one the
            # last sentence opened with, else the story's main company
            before = _names_in(text, 0, min(ref.start(), 300), names, strict)
            own = said_by(text, before, ref.start()) or next(
                (n for n, at, _ in before if _firm(text, n, at, names)), None
            )
            if own or prior or main:
                return own or prior or main
    found = clause or _names_in(text, 0, min(start, 300), names, strict)  # bounded: linear
    if not found:
        return main
    name, _, end = found[0]
    if main and name in PLACES and _SEGMENT.match(text, end):
        return main  # "China e-commerce revenue" in a company's story is the company's
    return name


def resolved(f_subject: str | None, sentence: str) -> bool:
    """Whether a figure's subject comes from its own sentence (named there, or referred to as
    "it"/"the company"), rather than lent by the story."""
    if not f_subject:
        return False
    return f_subject.split()[0] in sentence or _REFERRING.search(sentence[:300]) is not None
