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
when the story has no main company to fall back on). Null rather than junk. The name runs are
proper_nouns.py's, what the story's words are (places, people, common words) name_words.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.body_nouns import REFERRING_KINDS
from reader.figures.bystanders import past_opener
from reader.figures.clause import modifier_only
from reader.figures.context import clause_start
from reader.figures.datelines import dateline_end
from reader.figures.gate import led
from reader.figures.letters import CAP
from reader.figures.name_words import PLACES as PLACES  # re-exported
from reader.figures.name_words import antecedent as antecedent  # re-exported
from reader.figures.name_words import is_adjective as is_adjective  # re-exported
from reader.figures.name_words import is_person as is_person  # re-exported
from reader.figures.name_words import story_names as story_names  # re-exported
from reader.figures.noun_phrase import MEASURE_WORDS
from reader.figures.proper_nouns import clean_name, names_in
from reader.figures.proper_nouns import name_runs as name_runs  # re-exported
from reader.figures.settings import (
    described_after,
    lead_subjects,
    modifies_noun,
)
from reader.figures.speaker import closing_firm, said_by

_PERSON = led(
    r"(?:executive|officer|chairman|chairwoman|president|analyst|director|minister|founder|"
    r"spokesman|spokeswoman|spokesperson|economist|head|chief|boss|leader|chancellor|professor|"
    r"mayor|chair|secretary|governor|treasurer|(?<=[a-z] )(?<!ed )by),? $",  # "a seascape by": its author
    re.I,
)
_SEGMENT = re.compile(
    r"(?: [a-z][a-z-]+){0,2} (?:revenue|revenues|sales|profits?|business|operations|unit|division|"
    r"arm|market share)\b"
)
# a firm's route or site a one-word name after "the" only places ("the Rotterdam route")
_SITE = re.compile(
    r" (?:route|routes|line|branch|store|shop|plant|factory|site|depot|terminal|office|mill|"
    r"mine|bakery|hub|outlet|warehouse|yard|campus|crossing|service|sailings?)\b(?!['\u2019])"
)
_PRONOUN = r"it|its"
# "A judge at", "An analyst with", "A spokesman for": the person is the subject, not the name
# (not one who speaks for it: "A spokeswoman for Hanover Re said" is Hanover Re's sentence)
ROLE_OF = re.compile(
    r"^(?:A|An|The) (?!spokes|representative|executive|official|director|boss|chief|head|"
    r"member|source)[a-z]+ (?:at|of|for|with|from|in) "
)
# what "the ... lender" may say of the firm first: "the Frankfurt-based lender", "the German
# company", "the world's biggest insurer" (not "the central bank", "the rival firm")
_DESCRIBED = (
    r"(?:(?:(?-i:[A-Z][a-z]+-based|[a-z]+-[a-z]+|[A-Z][a-z]*(?:an|ish|ese|ch)|US|UK|EU)"
    r"|(?-i:[a-z]+|[A-Z][a-z]+)(?:'s|\u2019s) (?:largest|biggest|second-largest)) )?"
)
_WEEKDAY_OR_MONTH = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
_REFERRING = re.compile(
    r"\b(?:(?P<pro>"
    + _PRONOUN
    + r")|the "
    + _DESCRIBED
    + r"(?:"
    + "|".join(REFERRING_KINDS)  # body_nouns.py
    + r")"
    # (not a description of the name after it: "The low-cost carrier Brindair carried 610,000")
    r"(?! (?!(?-i:" + _WEEKDAY_OR_MONTH + r"))(?-i:[A-Z])[\w&-]+))"
    r"(?:'s|\u2019s)?\b(?!-)(?! of [A-Z])",  # not "The Bank of Japan"
    re.I,
)


# a clause opening on a measure in lower case after its first letter, then an apposition
# that describes it ("Ordinary profit, a measure closely watched in Japan, ", "Broadcast
# income, mostly its share of the league's deal, ")
_MEASURE_ASIDE = re.compile(
    r"\s*[A-Za-z][a-z-]*(?: [a-z-]+){0,3}, ((?:an?|mostly|largely|mainly|chiefly) [^,;]{3,100}), "
)


def _past_measure_aside(
    text: str, c0: int, start: int, found: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The names found, less those in an apposition that describes the measure opening the
    clause at ``c0`` ("Ordinary profit, a measure closely watched in Japan, reached ¥241
    billion": its place owns nothing)."""
    aside = _MEASURE_ASIDE.match(text, c0) if found else None
    if (
        aside is None
        or aside.end() > start
        or MEASURE_WORDS.search(text, c0, aside.start(1)) is None
    ):
        return found
    return [n for n in found if not aside.start(1) <= n[1] < aside.end()]


def lead_name(sentence: str, names: frozenset[str], words: int = 4) -> str | None:
    """The firm that opens a sentence (its grammatical subject, within its first ``words``
    words), if one does: not a place or a person, nor a capitalised common word."""
    # (a wire dateline before the subject is no word of its clause: "HELSINKI, July 23
    # (Nordwire) - Finnish sauna heater maker Lampokivi Oyj reported"; nor are its names:
    # "HALIFAX, Nova Scotia, Nov 19 (Wire) - Fundy Shore Seafoods Inc said")
    opens = max(past_opener(sentence, 0), dateline_end(sentence))
    found = names_in(sentence, 0, min(len(sentence), 300), names, strict=True)
    found = [f for f in found if f[1] >= opens] if opens else found
    # (not a place or kind word setting the subject: "A Swansea takeaway", "Copenhagen biotech
    # Nordlys Bio": settings.py)
    found = lead_subjects(sentence, found, names)
    if not found or len(sentence[opens : found[0][1]].split()) > words:
        return None  # a subject opens its sentence: "... were RMB 8 (US$1)" has none
    name, start, name_end = found[0]
    opener = sentence[:start]
    if _describes_firm(sentence, start, name_end):
        return None  # "The Austin, Texas, company said": a place describing the firm
    if _VERB_BEFORE.search(opener, opens):
        return None  # "This week's big cheque went to Karachi": an object, not the subject
    if opener.endswith(("its ", "their ", "his ", "her ")):
        return None  # "The ASX-listed miner will place its Mount Wendell mine": the miner's
    if ROLE_OF.fullmatch(opener) or _AGENT_OPENER.match(opener) or _WATCHERS_AT.match(opener):
        return None  # "A judge at ... fined", "Founded in 2016 by X, the firm": not the subject
    if _WATCHER_KIND.match(name) or _WATCHER_KIND.match(opener):
        return None  # "Brokerage Dalal Street Capital raised its target": it watches the firm
    if name.endswith(_DESKS):
        return None  # "Your weekly round-up of charity news from the Third Sector Desk."
    if modifier_only(sentence, min(len(sentence), start + 300), name):
        return None  # "In North America the film", "at the Quayside arena": a setting
    return name if is_firm(sentence, name, start, names) else None


# a past or present verb of motion or giving before the name: the name is its object
_VERB_BEFORE = re.compile(r"\b(?:went|goes|go|came|comes|gone) to (?:the )?$")
# people who watch a firm from another: "Analysts at Harcourt Securities had expected ..." is
# not Harcourt's sentence, and "the company" after it is not Harcourt; nor is the pollster's
# ("Analysts polled by LSEG had expected ...", "A consensus of economists compiled by Refinitiv")
_WATCHERS_AT = re.compile(
    r"(?:(?:A|The) [Cc]onsensus of )?(?:Analysts|Economists|Strategists|Brokers|Researchers|"
    r"Traders|analysts|economists|strategists)"
    r"(?: (?:at|from|with)| (?:polled|surveyed|questioned|asked|compiled|quoted) by) (?:the )?$"
)
# a newsroom's own desk, the publisher and not anyone the story is about
_DESKS = (" Desk", " Newsroom", " News Desk", " Newsdesk")
# a firm that watches another, named by its kind: "Brokerage X", "Broker Y", "Ratings agency Z"
_WATCHER_KIND = re.compile(r"(?:Brokerage|Broker|Stockbroker|Ratings? agency|Research firm) ")
# an opening participle phrase's agent: "Founded in 2016 by X, ...", "Backed by Y, ..."
_AGENT_OPENER = re.compile(r"(?:[A-Z][a-z]+ed|Set up|Led|Run|Built)\b[^,;]{0,40} by $")


def is_firm(text: str, name: str, start: int, names: frozenset[str]) -> bool:
    """A name "it" can stand for: not "Chief executive Wang Lei", "a seascape by JMW Turner"."""
    return antecedent(name, names) and not _PERSON.search(text[max(0, start - 30) : start])


# a body penalising the firm its lead names next: the story is the firm's
_PENALISES = re.compile(
    r" (?:has |have |had )?(?:fined|censured|penalised|penalized|sanctioned|reprimanded) [A-Z]"
)


def penalises(sentence: str, name: str) -> bool:
    """Whether ``sentence`` has ``name`` fining or censuring a named firm ("Ofwat has fined
    Severnside Water"): the body, not whom "the company" in the next sentence means."""
    at = sentence.find(name)
    return at >= 0 and _PENALISES.match(sentence, at + len(name)) is not None


# a subject noun phrase whose place says where those it is for are: "A 24-hour radio appeal
# for hospices in" (not "Prices in", "The number of civil servants in", "Demand for homes in":
# a measure's place owns it)
_NESTED_SETTING = re.compile(
    r"((?:[A-Z][a-z-]*|[a-z\d][\w-]*)(?: [a-z\d][\w-]*){0,4}) for "
    r"(?:[a-z\d][\w-]* ){1,3}(?:in|across|throughout|around|near|outside) (?:the )?"
)


# a clause opening on a common noun, the name in a phrase that only sets it: "Tickets for the
# next home game against Rovers", "The stadium on Quay Road"
_SET_BESIDE = re.compile(r"(?:The |A |An |[A-Z][a-z-]+ )(?:[a-z][\w-]* ){0,6}(?:against|on) ")
_GAME_AGAINST = re.compile(
    r"\b(?:game|games|match|matches|fixture|fixtures|tie|clash|derby|final|semi-final) "
    r"against (?:the )?$"
)
_STREET = re.compile(r" (?:Road|Street|Avenue|Lane|Drive|Way|Quay|Boulevard|Place|Square)\b")


# what is measured of those it is for: "Demand for homes in London", "bids for flats in"
_ASKED_FOR = re.compile(
    r"\b(?:demand|appetite|need|orders|bids|applications|searches|enquiries|inquiries|funding|"
    r"support|subsidies|grants|waiting times?|rents?|fees|tariffs?)$",
    re.I,
)


# "an appeal for hospices in Yorkshire has raised": the place is a setting ("Shares in X" is
# not)
SETTING_BEFORE = led(
    r"(?<!shares )(?<!stake )(?<!stock )(?<!stakes )(?<!investment )"
    r"\b(?:in|across|throughout|around|near|outside) $",
    re.I,
)


def _kind_of(ref: str, name: str) -> bool:
    """Whether a description's noun ends the name: "the bank" is "Harcourt Bank"'s, "the
    airline" "Brisa Airline"'s; "it" and "the company" name no kind."""
    words = ref.lower().split()
    return len(words) > 1 and name.lower().split()[-1].rstrip("s") == words[-1].rstrip("s'\u2019")


def _set_in(text: str, at: int, end: int) -> bool:
    """A name set after a preposition of place ("rose 5% in Madrid, giving it"): where, not
    whom "it" means ("Shares in Brisa", "in Pakistan's case" are whose)."""
    if text[max(at, end - 2) : end] in ("'s", "\u2019s") or text.startswith(("'s", "\u2019s"), end):
        return False
    return SETTING_BEFORE.search(text, max(0, at - 12), at) is not None


def opens_with_reference(sentence: str) -> bool:
    """Whether ``sentence`` opens with "It", "Its", "The company", "The Frankfurt-based
    lender" ..."""
    m = _REFERRING.match(sentence)
    return m is not None and m.group(0)[:1].isupper()


# "Halvex's [annual] " just before the figure: the name that owns it
_POSSESSOR = re.compile(
    rf"({CAP}[\w&.-]*(?: {CAP}[\w&.-]*){{0,3}})(?:'s|\u2019s|\u2018s) "
    r"(?:[a-z-]+ )?(?:[a-z-]+ (?:to|of|at) )?$"  # "the Bank of England's base rate to 3.5%"
)


# a reported clause its possessive name opens: "said that Kestrel's average revenue ... rose"
_REPORTED_POSSESSIVE = re.compile(
    r"\b(?:said|says|noted|notes|pointed out|points out|added|adds|warned|warns|argued|argues|"
    rf"found|finds|showed|shows) (?:that )?({CAP}[\w&.-]*(?: {CAP}[\w&.-]*){{0,3}})(?:'s|\u2019s) "
    r"[a-z][^,;]*$"
)


def _reported_possessor(text: str, lo: int, start: int, names: frozenset[str]) -> str | None:
    """The name whose possessive opens the reported clause holding the figure, after a
    reference that reports it ("It pointed out that Kestrel's average revenue per user rose
    8%": Kestrel's, not whom "It" means), else None."""
    m = _REPORTED_POSSESSIVE.search(text, lo, start)
    if m is None or not all(w in names for w in m.group(1).split()):
        return None
    return m.group(1)


# whom a statement is made to is not who made it: "The general insurer told the ASX on
# Wednesday it had received 31,400 claims" (the insurer's claims, not the exchange's)
_RECIPIENT = re.compile(r"\b(?:told|tells|informed|informs|notified|notifies|wrote to|writes to)"
                        r" (?:the )?$")  # fmt: skip


def subject_for(
    text: str,
    start: int,
    names: frozenset[str] = frozenset(),
    main: str | None = None,
    prior: str | None = None,
) -> str | None:
    """Whose figure it is (see module doc); null rather than a guess. ``main`` is the story's
    main company, ``prior`` the firm that opened the previous sentence."""
    poss = _POSSESSOR.search(text[max(0, start - 60) : start])
    if poss:
        name = clean_name(poss.group(1).split(), False, names)
        if name:
            return name
    strict = main is not None
    c0 = clause_start(text, start)
    clause = names_in(text, c0, start, names, strict)
    refs = list(_REFERRING.finditer(text, c0, start)) if main or prior else []
    if refs:
        reported = _reported_possessor(text, refs[-1].end(), start, names)
        if reported is not None:
            return reported  # "It pointed out that Kestrel's revenue per user rose 8%"
        first, last = refs[0], refs[-1]
        leads = not text[c0 : first.start()].strip(" ,\u201c\"'")
        if leads or not clause or last.start() > clause[-1][2]:
            ref = first if leads else last
            # "Marsh said it would pay": the firm this sentence opened with, else the one the
            # last sentence opened with, else the story's main company
            before = _names_before(text, ref.start(), names, strict)
            own = said_by(text, before, ref.start()) or next(
                (
                    n
                    for n, at, end in before
                    if is_firm(text, n, at, names)
                    and not _set_in(text, at, end)
                    and not _RECIPIENT.search(text, max(0, at - 16), at)
                ),
                None,
            )
            if own and main and _kind_of(ref.group(0), main) and not _kind_of(ref.group(0), own):
                own = main  # "The FCA found that the bank opened ...": the bank, Harcourt Bank
            if own or prior or main:
                return own or prior or main
    found = clause or names_in(text, 0, min(start, 300), names, strict)  # bounded: linear
    found = _past_measure_aside(text, c0, start, found)
    if not found:
        return main
    name, at, end = _reported_subject(text, found, start) or found[0]
    described = described_after(text, found, names) if at == found[0][1] else None
    if described is not None and described[1] < start:
        name, at, end = described  # "Malmo biotech Fjordgen Bio has raised €48 million"
    elif main and at == found[0][1] and modifies_noun(text, name, at, end):
        return main  # "A Wakefield bakery ... is to close, with the loss of 210 jobs"
    if _describes_firm(text, at, end):
        # "The Santa Clara, California, chipmaker reported": the firm the place describes
        return main or prior
    if main and name in PLACES and _SEGMENT.match(text, end):
        return main  # "China e-commerce revenue" in a company's story is the company's
    if " " not in name and text[max(0, at - 4) : at] in ("the ", "its ") and _SITE.match(text, end):
        # "Fares on the Rotterdam route to rise by 4%": the route is the firm's, the story's
        # or the one a closing reporting clause names ("Fares on the Picton crossing will fall
        # 30 cents, Tasman Ferries said"); a known place owns nothing, another name its site
        # ("the Live-Shot site")
        return main or closing_firm(text, start, names) or (None if name in PLACES else name)
    nested = _NESTED_SETTING.fullmatch(text, c0, at) if clause and at < start else None
    if nested is not None and not (
        MEASURE_WORDS.search(nested.group(1)) or _ASKED_FOR.search(nested.group(1))
    ):
        # "An appeal for hospices in Yorkshire has raised £4.7m": the place sets the
        # hospices, the appeal is the actor: the clause's next name, else the story's firm
        later = [n for n, a, _ in clause[1:] if a < start]
        return later[0] if later else main
    # "Tickets for the home game against Rovers", "The stadium on Quay Road": no owner's name
    return main if _only_sets(text, c0, at, end, start, bool(clause)) else name


def _only_sets(text: str, c0: int, at: int, end: int, start: int, in_clause: bool) -> bool:
    """The clause's name at ``at``..``end``, before the figure, only sets the common noun the
    clause opens on: a rival a game is against or a street (``_address_or_rival``)."""
    return (
        in_clause
        and at < start
        and _SET_BESIDE.fullmatch(text, c0, at) is not None
        and _address_or_rival(text, at, end)
    )


def _address_or_rival(text: str, at: int, end: int) -> bool:
    """The name at ``at``..``end`` is a rival a game is against ("the home game against
    Rovers"; not "claims against Nairobi county": whom they are against) or a street after
    "on"."""
    if _GAME_AGAINST.search(text, max(0, at - 40), at):
        return True
    return text[max(0, at - 3) : at] == "on " and _STREET.search(text, at, end) is not None


def _names_before(
    text: str, end: int, names: frozenset[str], strict: bool
) -> list[tuple[str, int, int]]:
    """The name runs before ``end`` (a referring word), without a place and a trade that only
    describe the name after them ("Shetland salmon farmer Voe Aquaculture has cut its")."""
    before = names_in(text, 0, min(end, 300), names, strict)
    return before[1:] if described_after(text, before, names) is not None else before


# a town and its state or country set off by commas before a common noun: "The Austin, Texas,
# company", "the Santa Clara, California, chipmaker"
_PLACE_STATE_NOUN = re.compile(r", [A-Z][a-z]+(?: [A-Z][a-z]+)?, [a-z]")


def _describes_firm(text: str, at: int, end: int) -> bool:
    """Whether the name at ``at``..``end`` (its span may hold "The") is a town a state follows
    before a common noun, after "the": the firm's description, no owner."""
    return _PLACE_STATE_NOUN.match(text, end) is not None and (
        text.startswith(("The ", "the "), at) or text[max(0, at - 4) : at] in ("The ", "the ")
    )


# a speech verb ending right before a name: "Featherby said that", "welcomed it, noting that"
_REPORTS_THAT = re.compile(
    r"\b(?:said|says|noted|noting|added|adding|warned|warning|argued|arguing|explained|stressed|"
    r"insisted|confirmed|pointed out) (?:that )?$|\btold [a-z]+ that $"
)  # (not "told the Reuters news agency that": the name after "told" is who heard it)
# a speaker named after the quote: '"...," said Geoff Graber'
_INVERTED = re.compile(r"[\"\u201d',] ?(?:said|says|added|adding)? ?$")


def _reported_subject(
    text: str, found: Sequence[tuple[str, int, int]], start: int
) -> tuple[str, int, int] | None:
    """The name opening what a speaker reports, before the figure ("Featherby said that
    Sunderby Council still owns 25%": the council, not its speaker), else None."""
    for run in reversed(found[1:]):
        said = _REPORTS_THAT.search(text, max(0, run[1] - 40), run[1])
        if (
            run[1] < start
            and said
            and not _INVERTED.search(text, max(0, said.start() - 3), said.end())
            and run[0] not in PLACES
            and not _measure_after(text, run[2])  # "said UK sales rose 5%": a segment
        ):
            return run
    return None


def _measure_after(text: str, end: int) -> bool:
    """The word after a name is a measure it modifies ("UK sales", "Kestrel revenue")."""
    m = _NEXT_LOWER.match(text, end, end + 30)
    return m is not None and MEASURE_WORDS.search(m.group(1)) is not None


_NEXT_LOWER = re.compile(r" ([a-z]+)")


def resolved(f_subject: str | None, sentence: str) -> bool:
    """Whether a figure's subject comes from its own sentence (named there, or referred to as
    "it"/"the company"), rather than lent by the story."""
    if not f_subject:
        return False
    return f_subject.split()[0] in sentence or _REFERRING.search(sentence[:300]) is not None
