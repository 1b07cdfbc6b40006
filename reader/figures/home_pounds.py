"""The pound a story's own press means by "£" (``home_pound``: Gibraltar's, the Falklands',
St Helena's) or by the word "pounds" (``home_word_pound``: Egypt's, Sudan's, Lebanon's, Syria's)
when that is not sterling."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.figures.home_places import OPENING, first

# places whose own pound their press writes "£": a story set there (named in its opening
# before any UK place, and named again) means that pound ("fined £18,500" in a Gibraltar court)
_POUND_HOMES = {
    "GIP": re.compile(r"\bGibraltar(?:ians?)?\b|\bGIBRALTAR\b"),
    "FKP": re.compile(r"\bFalkland(?:s| Islands| Islanders?)\b|\bStanley, Falklands\b"),
    "SHP": re.compile(r"\b(?:St\.?|Saint) Helena\b"),
}
_POUND_HOME_WORDS = ("Gibraltar", "GIBRALTAR", "Falkland", "Helena")
_UK = re.compile(r"\b(?:UK|U\.K\.|Britain|British|England|English|London|Scotland|Wales)\b")


# ... and whose pound the word "pounds" means where a country of another pound leads the story
# ("300 million pounds" in a Cairo paper: Egyptian pounds; its press writes "£" seldom)
_WORD_POUND_HOMES = {
    "EGP": re.compile(r"\b(?:Egypt(?:ian|ians)?|Cairo|Alexandria|Giza)\b"),
    "SDG": re.compile(r"\b(?:Sudan(?:ese)?|Khartoum|Omdurman)\b(?<!South Sudan)"),
    "SSP": re.compile(r"\bSouth Sudan(?:ese)?\b|\bJuba\b"),
    "LBP": re.compile(r"\b(?:Leban(?:on|ese)|Beirut)\b"),
    "SYP": re.compile(r"\b(?:Syria(?:n|ns)?|Damascus|Aleppo)\b"),
}
_WORD_POUND_HOME_WORDS = ("Egypt", "Cairo", "Alexandria", "Giza", "Sudan", "Khartoum", "Juba",
                          "Leban", "Beirut", "Syria", "Damascus", "Aleppo")  # fmt: skip


@lru_cache(maxsize=8)
def home_pound(story: str) -> str | None:
    """The ISO code of the pound a "£" means in ``story`` when that is not sterling, else
    None (``_POUND_HOMES``)."""
    return _home_of(story, _POUND_HOMES, _POUND_HOME_WORDS)


@lru_cache(maxsize=8)
def home_word_pound(story: str) -> str | None:
    """The ISO code of the pound the word "pounds" means in ``story`` when that is not
    sterling, else None (``_WORD_POUND_HOMES``)."""
    return _home_of(story, _WORD_POUND_HOMES, _WORD_POUND_HOME_WORDS)


def _home_of(story: str, homes: dict[str, re.Pattern[str]], words: tuple[str, ...]) -> str | None:
    """The pound of the place ``homes`` names first in the story's opening, before any UK
    place, and twice or more in the story; None when there is none."""
    opening = story[:OPENING]
    if not any(word in opening for word in words):
        return None  # (most stories: a few substring tests, no pattern run)
    uk = first(_UK, opening)
    found = [
        (at, code)
        for code, place in homes.items()
        if (at := first(place, opening)) >= 0
        and (uk < 0 or at < uk)
        and len(place.findall(story)) >= 2
    ]
    return min(found)[1] if found else None
