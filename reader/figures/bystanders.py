"""Names in a sentence that never own its figures: the ends of a route ("flights from Reading
to London", "a season ticket from Leeds to York"), a street address ("its main site, 200
Gloucester Road,"), and the agents of a founding or backing
phrase ("Founded in 2009 by Maya Osei and Tom Berg, Tillwood ...", "Tillwood, which was
founded by Maya Osei, now sells ..."), and where travellers go ("passengers to North America
rose 19%"), the market a firm sells in ("Sales to the US fell 14%"), a name inside a relative
clause that has closed ("The company, which runs roads in Spain and Portugal, reported ..."),
a place set aside between commas (", in Harrogate,"), a place something stands near ("a
warehouse near Keith"), the exchange a firm is listed on ("The company, listed on the Toronto
Stock Exchange (TSX: NVT), said ...") and who gives the money a figure
measures ("The park's budget from Congress was cut by 8%"):
they describe the owner, the firm the sentence is about;
and a firm whose parent, rival or unit an apposition names ("Shares in Halcyon's parent,
Westbridge Media, rose 4.5%": Westbridge Media's shares).
"""

from __future__ import annotations

import re

from reader.figures.letters import CAP

# the ends of a route: "from Reading to London", "from Leeds to Paris"
_ROUTE_FROM = re.compile(rf" to {CAP}")
_ROUTE_TO = re.compile(rf"\bfrom {CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*)* to $")
# "between Bangor and Caernarfon": the two ends of a route or a stretch
_ROUTE_AND = re.compile(rf" and {CAP}")
_ROUTE_BETWEEN = re.compile(rf"\bbetween {CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*)* and $")


# where travellers or goods go: "passengers to North America rose 19%", "flights to Lisbon"
_BOUND_FOR = (
    r"\b(?:passengers|flights|routes|services|trips|visitors|travellers|travelers|traffic|"
    r"journeys|sailings|tourists) (?:to|bound for) (?:the )?"
)
_DESTINATION = re.compile(_BOUND_FOR + "$", re.I)
# the later ends of a list of destinations: "routes to Bangkok and Jakarta", "flights to Lisbon,
# Porto and Faro"
_DESTINATIONS_AND = re.compile(
    _BOUND_FOR
    + rf"{CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*)*(?:, {CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*)*)*,? and $"
)


# a market a firm sells in: "Sales to the US", "sales in India", "revenue in China", "average
# revenue per user in North America", "subscribers in Asia"
# (not a country's retail sales: "Retail sales volumes in Great Britain fell 1.4%" are Britain's)
_SEGMENT_PLACE = re.compile(
    r"\b(?<!retail )(?<!retail sales )"
    r"(?:sales|revenues?|exports|shipments|deliveries|orders|volumes|subscribers|customers|"
    r"users|per (?:user|customer|subscriber|member|account)) (?:to|in) (?:the )?$",
    re.I,
)
# a place something stands near, or who gives the money a figure measures
_NEAR_OR_GIVER = re.compile(
    r"\b(?:near|close to)(?: the)? $"
    r"|\b(?:budget|funding|grants?|loans?|subsid(?:y|ies)|aid|donations?|bail-?out) from (?:the )?$",
    re.I,
)
# a name inside a relative clause that closes before the figure's clause goes on
_IN_RELATIVE = re.compile(r", (?:which|who) (?:[^,;()]|,(?=\d))*$")
_CLOSES = re.compile(r"[^,;()\d£$€]{0,60},")


def _on_route(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is one end of a route "from X to Y" or "between X
    and Y" ("A single adult ticket between Bangor and Caernarfon will go up to £3.40"), or a
    later one of a list of destinations ("routes to Bangkok and Jakarta")."""
    if text.endswith("from ", 0, start):
        return _ROUTE_FROM.match(text, end) is not None
    if text.endswith("between ", 0, start):
        return _ROUTE_AND.match(text, end) is not None
    if text.endswith(" and ", 0, start):
        return (
            _ROUTE_BETWEEN.search(text, max(0, start - 60), start) is not None
            or _DESTINATIONS_AND.search(text, max(0, start - 80), start) is not None
        )
    return (
        text.endswith(" to ", 0, start)
        and _ROUTE_TO.search(text, max(0, start - 60), start) is not None
    )


# an opening participle phrase and its comma: the names in it describe the subject after it
_PARTICIPLE_OPENER = re.compile(
    r"(?:[A-Z][a-z]+ed|Set up|Led|Run|Built|Born|Owned|Backed)\b[^,;]{0,80} by [^,;]{1,80}, "
)
# the agent of a founding or backing phrase: "founded in 2009 by Maya Osei and "
_AGENT_BEFORE = re.compile(
    r"\b(?:[Ff]ounded|[Cc]o-founded|[Ss]et up|[Ss]tarted|[Cc]reated|[Bb]acked|[Oo]wned|[Rr]un)"
    rf"\b[^,;]{{0,40}} by (?:{CAP}[\w'-]*,? )*(?:and )?$"
)


# a firm's relation named by the apposition after it: "Halcyon's parent, Westbridge Media,"
_RELATION_NAMED = re.compile(
    r"(?:'s|\u2019s) (?:[a-z-]+ )?(?:parent|owner|parent company|subsidiary|unit|division|arm|"
    rf"rival|partner|backer|shareholder|buyer|bidder|suitor), {CAP}"
)

_POSSESSIVES = ("'s", "\u2019s")


def _relation_named(text: str, at: int) -> bool:
    """``_RELATION_NAMED`` matches at ``at`` (tried only where a possessive stands: a match
    opens with one, and most names have none after them)."""
    return text.startswith(_POSSESSIVES, at) and _RELATION_NAMED.match(text, at) is not None


# a street address: "200 Gloucester Road", "14 Rue du Rhone", "at 1900 Albert Street"
_HOUSE_NUMBER = re.compile(r"(?<![\w$£€.,])\d{1,5}[A-Za-z]? $")
_STREET = re.compile(
    r"(?:Road|Street|St|Avenue|Lane|Way|Place|Square|Drive|Boulevard|Terrace|Crescent|Row|Quay|"
    r"Wharf|Parade|Close)\b|(?:Rue|Via|Calle|Avenida|Rua|Boulevard|Avenue)(?= )"
)


# the rest of a street's name after its particles: "14 Rue du Rhone", "3 Via della Spiga"
_PARTICLES = frozenset(["du", "de", "des", "la", "le", "del", "della", "di", "da", "do", "dos"])
_PARTICLE_ENDS = frozenset(p[-2:] for p in _PARTICLES)
_STREET_LEAD = re.compile(r"\d{1,5}[A-Za-z]? (?:Rue|Via|Calle|Avenida|Rua)(?: [a-z]{1,5}){1,2} $")


def _address(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the street of an address ("200 Gloucester Road")."""
    if text[start - 2 : start - 1].isdigit():
        return (
            _HOUSE_NUMBER.search(text, max(0, start - 7), start) is not None
            and _STREET.search(text, start, end + 12) is not None
        )
    if text[max(0, start - 3) : start - 1] not in _PARTICLE_ENDS:
        return False  # (a cheap look first: this runs for every name)
    if text[max(0, start - 7) : start - 1].rsplit(" ", 1)[-1] not in _PARTICLES:
        return False
    return _STREET_LEAD.search(text, max(0, start - 30), start) is not None


def bystander(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a route's end, a street address, a
    founder/backer, or the firm whose parent (rival, unit, ...) an apposition names (module
    doc)."""
    if _on_route(text, start, end) or _address(text, start, end):
        return True
    if _AFTER_LINK.search(text, max(0, start - 14), start) and _after_link(text, start, end):
        return True  # (the look-ups that need "to", "in", "near", "from" … right before it)
    if text.endswith((", in ", ", at "), 0, start) and text.startswith(",", end):
        return True  # "open a seventh hospice, in Harrogate, by 2028": a place set aside
    if " on " in text[max(0, start - 8) : start] and _LISTED_ON.search(
        text, max(0, start - 24), start
    ):
        return True  # "The company, listed on the Toronto Stock Exchange, said": its market
    before = text[max(0, start - 100) : start]
    if (
        (", which " in before or ", who " in before)  # (the cheap look first)
        and _CLOSES.match(text, end)
        and _IN_RELATIVE.search(text, max(0, start - 100), start)
    ):
        return True  # "The company, which runs roads in Spain and Portugal, reported": the firm
    if _relation_named(text, end) or _relation_named(text, max(start, end - 2)):
        return True  # ("Halcyon\u2019s parent": the name run may stop before the apostrophe)
    # (the agent pattern needs " by " within its 80 characters)
    return (
        " by " in before[-80:] and _AGENT_BEFORE.search(text, max(0, start - 80), start) is not None
    )


# the exchange a firm's shares are listed or traded on: "listed on the Toronto Stock Exchange"
_LISTED_ON = re.compile(r"\b(?:listed|traded|quoted|floated|trade|trades) on (?:the )?$", re.I)


# the word right before a name that a destination, a market, a place nearby or a giver needs
_AFTER_LINK = re.compile(r"\b(?:to|for|in|near|from)(?: the)? $", re.I)


def _after_link(text: str, start: int, end: int) -> bool:
    """A destination, a market the firm sells in, a place nearby, or who gives the money."""
    if _DESTINATION.search(text, max(0, start - 30), start):
        return True
    possessive = text.endswith(("'s", "\u2019s"), start, end) or text.startswith(
        ("'s", "\u2019s"), end
    )
    if not possessive and _SEGMENT_PLACE.search(text, max(0, start - 30), start):
        return True  # "Sales to the US fell 14%" (not "Sales in Dr Reddy's generics business")
    return _NEAR_OR_GIVER.search(text, max(0, start - 30), start) is not None  # "near Keith"


def past_opener(text: str, lo: int, hi: int | None = None) -> int:
    """Where the sentence's subject may start: after an opening participle phrase with an
    agent ("Founded in 2009 by A and B, "), when that ends by ``hi``; else ``lo``."""
    opener = _PARTICIPLE_OPENER.match(text, lo)
    if opener is None or (hi is not None and opener.end() > hi):
        return lo
    return opener.end()
