"""The dollar a story's own press means by a bare "$", and the currency its "cents" are in.

A paper in Winnipeg, Sydney or Auckland writes its own dollar as "$" and the US one as "US$"
("the province will borrow $2.1 billion"); a wire writing for the world marks the local one
("C$1.2 billion ($880 million)") and leaves "$" to the US. So a bare "$" is the local dollar
when the story is set in a country whose currency is a dollar (other than the US) and does not
itself mark that dollar with its letters; otherwise it stays the US dollar. "Set in" means the
country (or a city, province or exchange of it) is named before any US place in the story's
opening and named again later, or named once as the seat of the story's own government ("tabled
in NSW Parliament") in a story naming no US place: a US story that mentions Canada once keeps
its dollars, and so does a story that writes pounds or converts its dollars into euros or yen
("$434m (£231m)": written for readers elsewhere).

"Cents" with no currency in their sentence or before them are the home currency's the same
way, and South Africa's too ("headline earnings per share of 412.6 cents" in a JSE filing).

The places read are in ``home_places``, the dollars' marks in ``dollar_marks``; the pound a "£"
means is ``home_pounds``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.figures.dollar_marks import (
    BARE_SUM,
    US_MARKED,
    contrasted,
    local_sums,
    marked_now_and_then,
    marked_once_first,
    marked_seldom,
    marks_own,
    one_marked,
)
from reader.figures.gate import Gated
from reader.figures.home_places import HOME, OPENING, SOUTH_AFRICA, US, first, homes_named

# a story's own word on its currency: "All figures are in New Zealand dollars unless stated"
_DECLARED = Gated(  # (gate.py: a story that never writes "dollars" is not searched)
    re.compile(
        r"\b(?:figures|amounts|prices|values|sums|numbers)\b[^.]{0,30}?"
        r"\b(?:in|expressed in|quoted in) "
        r"(?P<dollar>New Zealand|Australian|Canadian|Singapore|Hong Kong|US|U\.S\.|Jamaican"
        r"|Trinidad and Tobago|Barbados|Bahamian|Belize|Guyana|Guyanese|Fiji|Fijian|Namibian"
        r"|Bermuda|Brunei|Cayman Islands) dollars\b",
        re.I,
    ),
    ("dollars",),
)
_DECLARED_CODES = {"new zealand": "NZD", "australian": "AUD", "canadian": "CAD",
                   "singapore": "SGD", "hong kong": "HKD", "us": None, "u.s.": None,
                   "jamaican": "JMD", "trinidad and tobago": "TTD", "barbados": "BBD",
                   "bahamian": "BSD", "belize": "BZD", "guyana": "GYD", "guyanese": "GYD",
                   "fiji": "FJD", "fijian": "FJD", "namibian": "NAD", "bermuda": "BMD",
                   "brunei": "BND", "cayman islands": "KYD"}  # fmt: skip


# a home place's own government or parliament named after it: the story is set there
_SEAT = re.compile(
    r" (?:Parliament|parliament|Legislature|legislature|Legislative Assembly|[Gg]overnment|"
    r"Premier|Treasurer|Treasury)\b"
)


# a story that converts its dollars ("$434m (£231m)") or writes pounds before any bare dollar
# sum is written for readers elsewhere (a London paper on a Toronto firm): its "$" is the US
# dollar (a Canadian trade paper's "In Britain, the same bottle retails for £34" after its own
# "$2.94 million" is not)
_FOREIGN_READERS = re.compile(
    r"\$[\d.,]+ ?(?:bn|m|billion|million)? \((?:about )?[\u00a3\u20ac\u00a5]"
)


def _foreign_readers(story: str) -> bool:
    """Whether the story is written for readers elsewhere (``_FOREIGN_READERS``)."""
    if _FOREIGN_READERS.search(story):
        return True
    pound = story.find("\u00a3")
    if pound < 0:
        return False
    dollar = BARE_SUM.search(story)
    return dollar is None or pound < dollar.start()


@lru_cache(maxsize=8)
def home_dollar(story: str) -> str | None:
    """The ISO code of the dollar a bare "$" means in ``story`` when that is not the US
    dollar, else None (module doc)."""
    opening = story[:OPENING]
    if (said := _DECLARED.search(story)) is not None:
        # "All figures are in New Zealand dollars unless stated": the story says so
        return _DECLARED_CODES[said.group("dollar").lower()]
    if _foreign_readers(story):
        return None
    if (own := _us_marked_home(story)) is not None:
        return own  # "US$18 in Chicago" beside "$17.60 an hour": the bare "$" is the home's
    us = first(US, opening)
    named = homes_named(opening)
    if not named:  # no dollar country in the opening
        return _spelled_home(story) or _macron_home(story)
    code, place = min(named.items(), key=lambda item: item[1].start())
    local = local_sums(story)
    if local is not None and marked_once_first(code, story, local):
        return code  # "the FJ$50,000 winners' cheque ... Lomaiviti took home $25,000"
    if len(named) > 1 and (other := _unmarked_other(story, named)):
        return other  # (the one named dollar left bare beside one marked: "A$5.90" / "$5.70")
    if len(named) > 1 and not _outnamed(story, code, named):
        return None  # several, none of them the story's own: no one home
    if 0 <= us < place.start():
        return None
    if local is not None and marked_seldom(code, story, local):
        return code  # "$19.99 a month" throughout, "NZ$66.2 million" in the results paragraph
    if marks_own(code, story):
        # the country named writes its dollar marked ("Tasman Mutual, the Australian-owned
        # insurer ... would be A$96 million after reinsurance, from gross claims of NZ$240m"):
        # a bare "$" is the dollar marked against it, the story's own
        return contrasted(code, story)
    # named twice, or once as the seat of the story's own government ("the annual report
    # tabled in NSW Parliament", "the Ontario government"), in a story naming no US place
    seat = _SEAT.match(opening, place.end())
    if len(HOME[code].findall(story)) < 2 and (seat is None or US.search(story)):
        return _spelled_home(story)
    return code


def _us_marked_home(story: str) -> str | None:
    """A story that marks the US dollar with its letters and leaves other sums bare ("a case
    that sold for US$18 in Chicago" / "the minimum wage of $17.60") writes its own dollar bare:
    the dollar country it names most (anywhere), unless it marks that one too in more than
    a few of its sums (``marked_now_and_then``)."""
    if US_MARKED.search(story) is None or BARE_SUM.search(story) is None:
        return None
    times = {code: len(place.findall(story)) for code, place in HOME.items()}
    ranked = sorted((n, code) for code, n in times.items() if n)
    if not ranked or (len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]):
        return None
    code = ranked[-1][1]  # (named most: "Ontario's minimum wage" beside "workers from Jamaica")
    if marks_own(code, story) and not marked_now_and_then(code, story):
        return None
    return code


def _unmarked_other(story: str, named: dict[str, re.Match[str]]) -> str | None:
    """The one dollar country named in the opening whose dollar the story leaves bare, every
    other one named marked with its letters, when no US place is named: a
    Christchurch paper on an Australian bidder ("values the company at about $386 million
    (A$352 million)", "shares jumped 33% to $2.75 on the NZX") writes its own dollar bare and
    marks the other; a story for US readers would name a US place or mark both."""
    if US.search(story):
        return None
    bare = [code for code in named if not marks_own(code, story)]
    return bare[0] if len(bare) == 1 else None


# the Commonwealth press spells "per cent"; the US press writes "percent"
_PER_CENT = re.compile(r"\d per cent\b")
# words the US spells otherwise ("centre", "programme", "labour"; not "tonnes" or "metres",
# which US wires write too)
_SPELLED = re.compile(
    r"\b(?:[Cc]entres?|programmes?|[Ll]abour|organisations?|colour|favour|neighbours?|"
    r"neighbourhoods?|licence|defence|travelled|cancelled|paediatric)\b"
)
# (those words are weaker than "per cent": a wire on a Kazakh fund writes "favour" and names
# Singapore in passing; they count for a place named in the story's first lines)
_LEAD = 400


def _spelled_home(story: str) -> str | None:
    """A story that spells "per cent", names no US place, and names one dollar country's
    place, wherever and however often ("Manitoba's education department would have to sign
    off", near its end): that country's dollar, unless the story marks it with its letters. So
    does one spelling "centre" or "programme" that names the place in its first lines ("South
    Australia's ambulance ramping crisis ..."), and one naming that country's places twice or
    more (``_SETTING_TIMES``)."""
    if US.search(story):
        return None
    codes = [code for code, p in HOME.items() if p.search(story)]
    if len(codes) != 1 or marks_own(codes[0], story):
        return None
    if (
        _PER_CENT.search(story) is None
        and not (_SPELLED.search(story) and HOME[codes[0]].search(story, 0, _LEAD))
        and len(HOME[codes[0]].findall(story)) < _SETTING_TIMES
    ):
        return None
    return codes[0]


# a story that names one dollar country's places this often, and no US place, is set there
# (a New Zealand radio site writes "percent": "hardship grants for food in the Waikato region",
# "Waikato" again later)
_SETTING_TIMES = 2


# a word written with a macron, as New Zealand's press writes te reo Maori ("Tūī Energy",
# "Tāmaki Makaurau", "whānau"); Hawaiian names take them too ("Mānoa"), hence no US place
_MACRON = "[\u0101\u0113\u012b\u014d\u016b\u0100\u0112\u012a\u014c\u016a]"
_MACRON_CHAR = re.compile(_MACRON)
_MACRON_WORD = re.compile(rf"\w*{_MACRON}\w*")
_HAWAII = re.compile(r"\bHawai|Honolulu|Maui\b")


def _macron_home(story: str) -> str | None:
    """A story naming no dollar country or US place that writes words with macrons twice or
    more (one name twice will do: "Tūī Energy ... Tūī"): a New Zealand paper's, in New Zealand
    dollars. (In the 56 labelled rounds and the hand sets every file with such words is a New
    Zealand one.)"""
    end = 20 * OPENING
    if _MACRON_CHAR.search(story, 0, end) is None:  # (most stories: one quick scan)
        return None
    if US.search(story) or _HAWAII.search(story):
        return None
    found = _MACRON_WORD.findall(story, 0, end)
    return "NZD" if len(found) >= 2 and not marks_own("NZD", story) else None


def _outnamed(story: str, code: str, named: dict[str, re.Match[str]]) -> bool:
    """The dollar country named first is named more often than every other one named: the
    story's own ("SINGAPORE - Undergraduates at Singapore's universities ..." beside one
    mention of Australian fees)."""
    times = len(HOME[code].findall(story))
    return all(times > len(HOME[other].findall(story)) for other in named if other != code)


def home_cents(story: str) -> str | None:
    """The currency of "cents" no amount before them names: the story's home dollar, the one
    dollar its sums are all marked with (``one_marked``), or the rand in a story set in South
    Africa (named twice, before any US place), the lilangeni or the Namibian dollar likewise
    (``_CENT_HOMES``), else None."""
    dollar = home_dollar(story) or one_marked(story)
    if dollar is not None:
        return dollar
    opening = story[:OPENING]
    us = first(US, opening)
    for code, place in (("ZAR", SOUTH_AFRICA), *_CENT_HOMES):
        at = first(place, opening)
        if at >= 0 and (us < 0 or at < us) and len(place.findall(story)) >= 2:
            return code
    return None


# the other currencies of a hundred cents a story set there means ("cut the interim dividend to
# 42 cents a share" in an Eswatini sugar miller's story)
_CENT_HOMES = (
    ("SZL", re.compile(r"\b(?:Eswatini|Swaziland|Swazi|Mbabane|Manzini)\b")),
    ("NAD", re.compile(r"\b(?:Namibia|Namibian|Windhoek)\b")),
    # the leone's cents ("up 95 cents a litre" in a Freetown fuel story)
    ("SLE", re.compile(r"\b(?:Sierra Leone(?:an|ans)?|Freetown)\b")),
)
