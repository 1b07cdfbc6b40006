"""The story's main company: the firm its lead opens on, when later sentences name it again,
call it by its kind ("the brewer", "the miner") or open with "It"/"The company" (a story about
one firm); else the firm the lead describes and the next sentence names, or the one a lead that
opens on a judge, a regulator or a place comes back to. ``names.py`` finds the names;
this module decides which of them the story is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.country_letters import LETTERS as COUNTRY_LETTERS
from reader.figures.lead import lead_at
from reader.figures.markets import is_index
from reader.figures.measure_words import ACTORS
from reader.figures.name_words import PLACES, antecedent, is_person
from reader.figures.names import (
    ROLE_OF,
    SETTING_BEFORE,
    is_firm,
    lead_name,
    opens_with_reference,
    penalises,
)
from reader.figures.patterns import LETTER_PREFIXES
from reader.figures.proper_nouns import names_in
from reader.figures.settings import modifies_noun, opens_on_setting
from reader.figures.word_search import named_again, named_by_apposition
from reader.text.calendar import WEEKDAY_NAMES

# where a sentence's first figure starts (not "FTSE 100", "Nov 27")
_FIGURE_START = re.compile(
    # (a dollar's letters with it: "NT$486 million", "HK$3bn"; "NT" is no firm)
    r"(?:\b[A-Z]{1,3})?[$€£¥₹₩]\s?\d|\b\d[\d,.]{0,20}\s?(?:%|per ?cent|bn|billion|million|trillion|crore|m\b|k\b)"
)
_PLACED = re.compile(r"\b(?:in|at|near|outside|across|around) $")
# a person the name before describes: "A High Court judge", "A Treasury spokesman"
_PERSON_OF = re.compile(
    r" (?:judge|justice|spokes(?:man|woman|person)|official|minister|lawyer|barrister|"
    r"inspector|source|insider)s? (?!of\b)"
)


# a lead describing its firm by its place and trade: "A Dartmouth seafood processor says",
# "An Ipswich software maker has"
_DESCRIBED_FIRM = re.compile(
    r"(?:A|An) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?(?:[ -][a-z][\w-]*){1,3} "
    r"(?:says|said|has|have|is|was|will|plans|expects|wants)\b"
)
# the next sentence opening on a name and its reporting verb: "Atlantic Tidewater Seafoods
# said Tuesday ..."
_SAID_BY_NAME = re.compile(
    r"([A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,4}) (?:said|says|reported|announced)\b"
)


def _described_firm(head: str, sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The firm the sentence after a lead that describes it names ("A Dartmouth seafood
    processor says it will hire ..." / "Atlantic Tidewater Seafoods said Tuesday its sales rose
    ..."), else None."""
    if len(sentences) < 2 or not _DESCRIBED_FIRM.match(head):
        return None
    said = _SAID_BY_NAME.match(sentences[1])
    if said is None or " " not in said.group(1) or not antecedent(said.group(1), names):
        return None
    if _ORDERING_BODY.search(said.group(1)):
        return None  # "The Employment Relations Authority said ...": the body that ruled on it
    return said.group(1)


# a lead whose subject is a description, then its name between commas, then the verb: "The
# State's new auto-enrolment pension scheme, My Future Fund, returned 7.8 per cent"
_APPOSED = re.compile(
    r"(?:The |A |An )?[^,;:]{3,80}? (?P<kind>[a-z][a-z-]+), (?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4}),"
    r" (?:[a-z]+ ){0,2}?[a-z]+(?:ed|s)\b"
)


def _apposed_subject(head: str, later: Sequence[str]) -> str | None:
    """The name set between commas after the lead's described subject, when the story names it
    again or calls it by its description's noun ("the scheme"; ``_APPOSED``), else None."""
    m = _APPOSED.match(head)
    if m is None:
        return None
    kind = f"the {m.group('kind')}"
    if named_again(m.group("name"), later) or any(kind in s.lower() for s in later[:20]):
        return m.group("name")
    return None


# a one-word name used as the modifier of a body it is not: "Manchester independent label",
# "Perth mining services firm" (where or what field, not who)
ATTRIBUTIVE = re.compile(
    r" (?:[a-z][a-z-]+ ){1,3}(?:label|firm|lender|retailer|carrier|airline|insurer|maker|"
    r"manufacturer|developer|publisher|studio|chain|operator|start-?up|miner|producer|exporter|"
    r"broadcaster|provider|supplier|company|group|bank|club|charity|trust|council|agency|"
    # (a trade: "Shetland salmon farmer Voe Aquaculture has cut ...")
    r"farmer|grower|brewer|distiller|refiner|shipbuilder|builder|grocer|hotelier|utility|"
    r"cooperative|co-op)\b"
)


# a currency's letters written before the lead's first figure ("earned KSh 300 million",
# "Kshs. 4 billion", "Tk 1,240 crore"): part of the figure, never the lead's firm
_LETTERS_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{0,4})\.? ?$")


def _without_currency(head: str) -> str:
    """``head`` without the currency letters it ends on (``_LETTERS_BEFORE``)."""
    m = _LETTERS_BEFORE.search(head)
    if m is not None and (m.group(1) in LETTER_PREFIXES or m.group(1) in COUNTRY_LETTERS):
        return head[: m.start()]
    return head


def main_company(sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The story's main company: the name opening its lead, when later sentences name it
    again or open with "It"/"The company" (a story about one firm)."""
    sentences = sentences[lead_at(sentences) :]
    if not sentences:
        return None
    lead = sentences[0][:500]
    figure = _FIGURE_START.search(lead)
    head = _without_currency(lead[: figure.start()]) if figure else lead
    if (described := _described_firm(head, sentences, names)) is not None:
        return described
    later = sentences[1:40]
    if (apposed := _apposed_subject(head, later)) is not None:
        return apposed
    name = lead_name(head, names, words=8)
    if name is None and (ROLE_OF.match(head) or opens_on_setting(head, names)):
        name = ""  # "A judge at Lewes Crown Court fined Meridale Water": look further
    elif name and (_not_the_firm(name, head) or _sets_a_body(head, name) or _no_firm(name)):
        name = ""
    if name is None:  # (named before any figure: "Shares in delivery firm Exel rose 9%")
        return None
    again = bool(name) and named_again(name, later)
    if name and not again and named_by_apposition(head, name, later):
        return name  # "Lagon Bleu Resorts Ltd, the hotel group ..." / "The group, which"
    if not again:
        # "A judge at Lewes Crown Court fined Meridale Water ...": the lead's name the story
        # comes back to is its firm, not the one only named once
        found = names_in(head, 0, len(head), names, strict=True)
        # (a regulator the firm asks is no more the story's firm than the body the lead
        # opens on, nor is either's short name: "Authority (Nepra) on Friday allowed")
        body = not name and bool(found)
        for other, at, _ in found[1:]:
            if _PLACED.search(head, max(0, at - 8), at):
                continue  # "close its factory in Wisbech": a place, not the story's firm
            short = body and head[at - 1 : at] == "("
            body = short or _ORDERING_BODY.search(other) is not None
            if other == name or body:
                continue
            if is_firm(head, other, at, names) and (
                _again_or_short(head, other, at, later) or _described(head, found[0], at, later)
            ):
                return other
    if again:
        return name
    if name and not SETTING_BEFORE.search(head[: head.find(name)]):
        # "It said ..." later means the lead's subject, not a place it is set in
        return name if any(opens_with_reference(s) for s in later) else None
    return _named_next(later, names) if name == "" else None


def _described(head: str, first: tuple[str, int, int], at: int, later: Sequence[str]) -> bool:
    """The name at ``at`` is the one the lead's first name and its trade describe ("Shetland
    salmon farmer Voe Aquaculture has cut ..."), and the story refers back to a firm ("The
    company said ...")."""
    name, start, _ = first
    trade = ATTRIBUTIVE.match(head, start + len(name))
    return (
        start == 0
        and trade is not None
        and head[trade.end() : at] == " "
        and any(opens_with_reference(s) for s in later)
    )


def _again_or_short(head: str, name: str, at: int, later: Sequence[str]) -> bool:
    """``name`` named again later, or the short name in brackets after it ("Mehran Electric
    Supply Company (Mesco)", then "Mesco estimates ...")."""
    if named_again(name, later):
        return True
    short = _SHORT_NAME.match(head, at + len(name))
    return short is not None and named_again(short.group(1), later)


_SHORT_NAME = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")


# people a lead opens on who are no firm (not a nationality: "Australians spent more ...")
_PEOPLE_OPENERS = frozenset(["shareholders", "investors", "customers", "passengers", "residents",
                             "workers", "employees", "members", "users", "voters", "shoppers",
                             "consumers", "households", "families", "fans", "staff", "parents",
                             "patients", "students", "tenants", "drivers", "farmers"])  # fmt: skip


def _no_firm(name: str) -> bool:
    """A lead's first name that names no firm: a weekday ("Tuesday's network failure at Shannon
    Mobile"), people a story counts or who act ("Shareholders in Harrowgate Homes have
    staged ...")."""
    low = name.lower()
    return low in WEEKDAY_NAMES or low in ACTORS or low in _PEOPLE_OPENERS


def _sets_a_body(head: str, name: str) -> bool:
    """The lead's first name only sets the body it opens on ("A Limerick broadband provider
    added 41,000 customers"): the firm is named further on."""
    at = head.find(name)
    return modifies_noun(head, name, at, at + len(name))


def _named_next(later: Sequence[str], names: frozenset[str]) -> str | None:
    """The firm the sentence after a lead that names none opens on ("A Limerick broadband
    provider added 41,000 customers ... / Dunmore Telecom said revenue rose 7%"), when a
    sentence after that refers back to it or names it again; else None."""
    if not later:
        return None
    found = names_in(later[0], 0, min(len(later[0]), 200), names, strict=True)
    if not found or found[0][1] != 0 or not is_firm(later[0], found[0][0], 0, names):
        return None
    name = found[0][0]
    if is_person(name, names) or name in PLACES:
        return None
    rest = later[1:40]
    return name if named_again(name, rest) or any(opens_with_reference(s) for s in rest) else None


def _not_the_firm(name: str, head: str) -> bool:
    """The lead opens on a name that is not the story's firm, so look further: a market's
    index ("London's FTSE 100 index fell 0.8%", markets.py), a judge's court ("A High Court
    judge has ordered X to pay"), a place modifying a body ("Manchester independent label
    raises its outlook"), a regulator fining a firm ("Ofwat has fined Severnside Water"), or
    what the writer acted on ("This was the year we bought Longmoor Meadows")."""
    at = head.find(name)
    return (
        is_index(name, head, at)
        or _PERSON_OF.match(head, at + len(name)) is not None
        or (" " not in name and ATTRIBUTIVE.match(head, at + len(name)) is not None)
        or penalises(head, name)
        or (
            _ORDERING_BODY.search(name) is not None
            and _ORDERS.match(head, at + len(name)) is not None
        )
        or _FIRST_PERSON.search(head, 0, at) is not None
    )


# a court, tribunal or regulator ordering a firm ("The Labour Court in Johannesburg has ordered
# JSE-listed Umkhonto Freight Holdings to pay ..."): the body, not the story's firm
_ORDERING_BODY = re.compile(
    r"\b(?:Court|Tribunal|Ombudsman|Arbitrator|Commission|Authority|Regulator|Watchdog|Board)$"
)
_ORDERS = re.compile(
    r"(?: \([A-Z][A-Za-z]{1,9}\))?(?: (?:in|of|at) [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?"
    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,? (?:has |have |had )?"
    r"(?:ordered|fined|told|directed|instructed|required|banned|barred|penalised|censured|"
    # a regulator deciding what a firm may charge: "Nepra on Friday allowed Mehran Electric
    # Supply Company to raise ...", "The Toll Regulatory Board (TRB) has approved a ₱13 increase"
    r"allowed|approved|permitted|authori[sz]ed|let)\b"
)


# the writer acting in the first person: what the lead names after it is what "we" acted on
# (the writer is the story's firm: a report's or a letter's, read from its headline)
_FIRST_PERSON = re.compile(r"\b(?:we|We|I|our|Our)\b")
