"""Owners read off a clause a sentence opens or closes with: a participle's phrase opening the
sentence owns nothing ("Tabling Budget 2038 in the Dewan Rakyat on Friday, he said ..."), and a
name a "with" clause moves owns its move ("Technology shares slipped 0.7 per cent, with Ottawa
software maker Rideau Cloud Inc. sliding 9.4 per cent to $63.05"), and a name in a leading
setting ("In the US, ...") gives way to the clause's next name. ``whose.subject_of`` asks."""

from __future__ import annotations

import re

from reader.figures.clause import REF, clean_phrase
from reader.figures.clause_split import VERB, has_verb
from reader.figures.common_words import is_common_word
from reader.figures.name_words import not_name
from reader.figures.names import subject_for


def with_moving(text: str, start: int) -> str | None:
    """The name a "with" clause right before the figure moves by it, else None."""
    if ", with " not in text[max(0, start - 140) : start]:
        return None
    moving = _WITH_MOVING.search(text, max(0, start - 140), start)
    if moving is None:
        return None
    phrase = moving.group("phrase")
    runs = list(_CAP_RUN.finditer(phrase))
    if (
        not runs
        or runs[-1].end() != len(phrase)
        or _PLACED_BEFORE.search(phrase, 0, runs[-1].start())
    ):
        return None  # (not "with passengers to North America rising 19%": where they fly)
    name = runs[-1].group(0).rstrip(".")
    return name if not all(map(not_name, name.split())) else None


# a "with" clause whose subject moves by the figure: ", with Ottawa software maker Rideau Cloud
# Inc. sliding 9.4 per cent to", ", with Harbour Bank climbing"
_WITH_MOVING = re.compile(
    r", with (?P<phrase>[^,;:]{2,70}?) (?:ris|fall|slid|climb|jump|dropp|gain|los|add|shedd|eas|"
    r"slipp|surg|soar|tumbl|sink|advanc|declin|retreat|rally|edg|plung|plummet|sagg|rebound|"
    r"tick|inch|fad|dipp)ing(?: up| down| back)?(?: by)?(?: about| almost| nearly| some| roughly"
    r"| more than| just)? (?:[^\s,;]+ (?:per ?cent|%|points?) to (?:about |almost |nearly )?)?$"
)
_CAP_RUN = re.compile(r"[A-Z][\w&.'-]*(?: (?:& )?[A-Z][\w&.'-]*)*")
_PLACED_BEFORE = re.compile(r"\b(?:to|in|from|for|of|at|on|by|across|outside|near) $")


# a sentence opening on a participle's phrase: "Tabling Budget 2038 in the Dewan Rakyat on
# Friday, he said ...", "Citing weak demand from Hartwell Foods, the company cut ..."
_PARTICIPLE = re.compile(r"(?P<word>[A-Z][a-z]{3,}ing) [^,;:]{3,90}?, ")
# words in -ing that open a person's title, no participle: "Managing director Kavitha Rao, 52,"
_TITLE_ING = frozenset(["managing", "acting", "leading", "founding", "outgoing", "incoming",
                        "presiding", "reigning", "serving", "sitting", "visiting", "ruling",
                        "consulting", "contributing", "supervising", "commanding", "opposing",
                        "competing", "ranking", "retiring", "governing", "operating"])  # fmt: skip
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")


def past_participle(
    text: str,
    start: int,
    base: str,
    names: frozenset[str],
    main: str | None,
    prior: str | None,
) -> str | None:
    """A name inside a participle's phrase opening the sentence is no subject of the clause
    after it: the owner is the clause's own (None when it names none, for the rules after)."""
    m = _PARTICIPLE.match(text)
    word = m.group("word").lower() if m is not None else ""
    if m is None or m.end() > start or word in _TITLE_ING or not is_common_word(word):
        return base
    at = text.find(base, 0, m.end())
    if at < 0 or has_verb(text, m.end("word"), m.end() - 2) or _SAYS.search(text, 0, m.end()):
        return base  # (the name after the phrase; "Managing director Kefilwe Sebego said ...")
    later = subject_for(text[m.end() :], start - m.end(), names, main, prior)
    return later if later != base else None


# a preposition opening a sentence: the phrase it opens sets the scene ("On the Santiago–Calama
# route, ...", "In a filing with the exchange, ...")
OPENING_PREPOSITION = re.compile(
    r"(?:On|In|At|For|Under|With|Across|From|Through|After|Before|During|Since|Along|Among|"
    r"Between|Outside|Inside|Near|Over|Without|Despite|Unlike|Like|Beyond|Around)\s"
)
# a setting, not an owner: "In the US, ...", "Across Europe, ..."
_SETTING = re.compile(r"^(?:In|At|On|Across|Outside|Inside|Throughout|Elsewhere in) (?:the )?$")


def _past_setting(
    text: str,
    start: int,
    base: str,
    names: frozenset[str],
    main: str | None,
    prior: str | None,
) -> str:
    """A name in a leading "In the US," phrase, or in any phrase a preposition opens the
    sentence with up to its first comma ("In a disclosure to the Philippine Stock Exchange on
    Tuesday, the Pasig City-based food maker said ..."), gives way to the next name of the
    clause, or to the story's firm when the clause opens on a reference to it ("the company",
    "the Pasig City-based food maker")."""
    at = text.find(base, 0, start)
    if at < 0:
        return base
    wide = False
    if _SETTING.match(text[:at]) and "," in text[at : at + len(base) + 2]:
        rest = text.index(",", at) + 1
    elif OPENING_PREPOSITION.match(text) and "," not in text[:at]:
        rest = text.find(",", at + len(base), start) + 1
        wide = True
        if rest <= 0:
            return base
    else:
        return base
    while rest < start and text[rest] == " ":
        rest += 1
    if wide and (speaker := _NAME_SAYS.match(text, rest, start)) is not None:
        # "In a statement to the Tel Aviv Stock Exchange, Tavor said gross margin widened":
        # the sentence is the name's that says it
        name = speaker.group(1)
        if not all(map(not_name, name.split())):
            return name
    # (past a wider phrase only to a reference: "In Norway, inflation rose" stays Norway's)
    later = None if wide else subject_for(text[rest:], start - rest, names, main, prior)
    if later is not None:
        return later or base
    clause = text[rest:start]
    if wide and _ASIDE.match(clause):
        # past an aside on the setting: "On the Tromsø-Longyearbyen route, where it added a
        # second daily rotation, flight PF 418, in June, the carrier flew 23,900 passengers"
        clause = next((c for c in _after_commas(clause) if _refers_to_firm(c)), clause)
    return (prior or main or base) if _refers_to_firm(clause) else base


def _after_commas(clause: str) -> list[str]:
    """What follows each comma of ``clause``, nearest the start first."""
    return [clause[k + 1 :].lstrip() for k, ch in enumerate(clause) if ch == ","]


# a name and its saying verb opening the clause after a phrase: "Tavor said", "Kestrel Air
# told"
_NAME_SAYS = re.compile(
    r"([A-Z][\w&'’.-]*(?: (?:of |& )?[A-Z][\w&'’.-]*){0,4})"
    r" (?:said|says|told|reported|announced|added)\b"
)


def set_before_firm(sentence: str, name: str, main: str | None = None) -> bool:
    """Whether ``name`` stands in a phrase a preposition opens ``sentence`` with, before a
    clause that opens on a reference to the story's firm ("In a filing with Bursa Malaysia, the
    insurer said ...": the sentence is the insurer's, Bursa Malaysia only its setting) or on
    the firm's name ``main``, past an aside on the setting ("On the Santiago-Calama route,
    which serves the copper mines, Cordillera now runs ...")."""
    if OPENING_PREPOSITION.match(sentence) is None:
        return False
    comma = sentence.find(",")
    at = sentence.find(name)
    if not 0 <= at < comma:
        return False
    rest = sentence[comma + 1 :].lstrip()
    if _ASIDE.match(rest) and (close := rest.find(",")) > 0:
        rest = rest[close + 1 :].lstrip()  # (past ", which serves the copper mines,")
    if _refers_to_firm(rest):
        return True
    first = main.split()[0] if main else ""
    return bool(first) and first != name.split()[0] and rest.startswith(f"{first} ")


# an aside on an opening phrase's place or thing: ", which serves ...,", ", where ...,"
_ASIDE = re.compile(r"(?:which|where|whose|who) ")


def _refers_to_firm(clause: str) -> bool:
    """Whether ``clause`` opens on a reference to the story's firm before its verb ("the
    company said", "the Leeds-based grocer expects")."""
    verbs = [m.start() for m in (VERB.search(clause), _SAYS.search(clause)) if m is not None]
    return bool(verbs) and min(verbs) > 0 and clean_phrase(clause[: min(verbs)]) == REF


def past_openers(
    text: str,
    start: int,
    base: str,
    names: frozenset[str],
    main: str | None,
    prior: str | None,
) -> str | None:
    """The name rules' owner, past a setting ("In the US, ...") or a participle's phrase
    ("Tabling Budget 2038 in the Dewan Rakyat, he said ...") that opens the sentence."""
    if base != main:
        base = _past_setting(text, start, base, names, main, prior)
    lead = _SOURCE_LEAD.match(text)
    if lead is not None and start > lead.end() and text.find(base, 0, lead.end()) >= 0:
        # the source is no owner: "Figures from the Communications Authority of Kenya (CA)
        # show Kilele held 29.4 per cent" is Kilele's
        after = lead.end()
        base = subject_for(text[after:], start - after, names, main, prior) or base
    return past_participle(text, start, base, names, main, prior)


# figures a source publishes, opening the sentence before the clause they show
_SOURCE_LEAD = re.compile(
    r"(?:Figures|Data|Statistics|Numbers) (?:published |released )?(?:from|by) [^,;]{1,80}?"
    r" (?:show|shows|showed|suggest|suggests|suggested)(?: that)? (?=[A-Z])"
)
