"""How a story marks its dollar sums: each dollar country's letters or name (``MARKED``), the US
dollar's letters (``US_MARKED``), bare sums, conversions, and what those marks say of which
dollar a bare "$" is (``home_currency`` asks)."""

from __future__ import annotations

import re

from reader.figures.home_places import US

# a sum written with the dollar's name: "40 million Australian dollars" (not the currency
# named as itself: "the Australian dollar slipped to 64.85 US cents")
_SUM = r"\d[\d.,]*(?: (?:thousand|million|billion|trillion|bn|m))? "


def _marked(letters: str, *names: str) -> re.Pattern[str]:
    """A dollar's letters, or a sum written with one of its names ("Fijian", "Fiji")."""
    return re.compile("|".join([letters, *(rf"{_SUM}{name} dollars?" for name in names)]))


# the local dollar marked with its letters or its name: then a bare "$" is the US one
MARKED = {
    "CAD": _marked(r"\bC\$|\bCA?\$|\$CA?(?=\d)|\bCAD\b", "Canadian"),
    "AUD": _marked(r"\bA\$|\bAU\$|\$AU?(?=\d)|\bAUD\b", "Australian"),
    "NZD": _marked(r"\bNZ\$|\$NZ(?=\d)|\bNZD\b", "New Zealand"),
    "SGD": _marked(r"\bS\$|\$S(?=\d)|\bSGD\b", "Singapore"),
    "HKD": _marked(r"\bHK\$|\$HK(?=\d)|\bHKD\b", "Hong Kong"),
    "JMD": _marked(r"\bJ\$|\bJMD\b", "Jamaican"),
    "TTD": _marked(r"\bTT\$|\bTTD\b", "Trinidad and Tobago"),
    "BBD": _marked(r"\bBds\$|\bBBD\b", "Barbados"),
    "BSD": _marked(r"\bB\$|\bBSD\b", "Bahamian"),
    "BZD": _marked(r"\bBZ\$|\bBZD\b", "Belize"),
    "GYD": _marked(r"\bG\$|\bGYD\b", "Guyanese", "Guyana"),
    "FJD": _marked(r"\bFJ?\$|\bFJD\b", "Fijian", "Fiji"),
    "NAD": _marked(r"\bN\$|\bNAD\b", "Namibian"),
    "BMD": _marked(r"\bBD\$|\bBMD\b", "Bermuda"),
    "BND": _marked(r"\bB\$|\bBND\b", "Brunei"),
    "KYD": _marked(r"\bCI\$|\bKYD\b", "Cayman Islands"),
}


_BRACKETS = re.compile(r"\([^()]*\)")


def marks_own(code: str, story: str) -> bool:
    """The story marks the local dollar with its letters, so its bare "$" is the US one (a
    conversion in brackets marks no dollar the story writes: "A$40,000 (about S$35,600)")."""
    return MARKED[code].search(_BRACKETS.sub("", story)) is not None


# a marked sum with its conversion: "C$1.2 billion ($880 million)", "A$120m, or $80m",
# written for readers whose "$" is the US one
_CONVERTED = re.compile(
    r"[A-Z]{1,3}\$ ?[\d.,]+(?: ?(?:bn|m|million|billion))?"
    r"(?:,? or (?:about |around |some )?| \((?:about |around |some )?)(?:US)?\$"
)
_DOLLAR_SUM = re.compile(r"(?<![\w$])(?:[A-Z]{1,3})?\$ ?\d")


# a story's dollar sums, and the places among them of those marked with letters ("NZ$")
_Sums = tuple[list[re.Match[str]], list[int]]


def local_sums(story: str) -> _Sums | None:
    """The story's dollar sums and the places among them of those marked with letters, when
    none is a conversion and no US place is named; None otherwise (a wire marks each local sum
    and leaves "$" to the US: "C$1.2 billion ($880 million)")."""
    if _CONVERTED.search(story) or US.search(story):
        return None
    sums = list(_DOLLAR_SUM.finditer(story))
    return sums, [k for k, m in enumerate(sums) if m.group(0)[0] != "$"]


def marked_once_first(code: str, story: str, local: _Sums) -> bool:
    """The story's first dollar sum is marked with the home's letters and every later one is
    bare (``local``: its sums and the marked ones, ``local_sums``): a paper in Suva writing
    "FJ$50,000" once and "$25,000" after it means its own dollar both times."""
    sums, marked = local
    if marked != [0] or len(sums) < 2:
        return False
    return MARKED[code].match(story, sums[0].start()) is not None


def marked_seldom(code: str, story: str, local: _Sums) -> bool:
    """The story marks a few sums with the home's letters and leaves more than twice as many
    bare (``local``, ``local_sums``), and marks no US dollar: an Auckland paper writing
    "$19.99 a month" through a story and "NZ$66.2 million" in its results paragraph means its
    own dollar both ways."""
    sums, marked = local
    if US_MARKED.search(story) or not marked:
        return False
    if any(MARKED[code].match(story, sums[k].start()) is None for k in marked):
        return False
    return len(sums) - len(marked) > 2 * len(marked)


# the US dollar marked with its letters ("US$18", "U.S.$2 billion", "$US40 million")
US_MARKED = re.compile(r"\bU\.?S\.?\$|\$US(?=\d)")
BARE_SUM = re.compile(r"(?<![\w$])\$ ?\d")


def contrasted(code: str, story: str) -> str | None:
    """The one other dollar a sentence marks beside ``code``'s ("A$96 million ... NZ$240m"),
    when the story marks it nowhere else alone and writes bare sums: a paper marks its own
    dollar only to set it against another's. None when there is no such dollar or more than
    one."""
    if BARE_SUM.search(story) is None:
        return None
    sentences = _SENTENCE_SPLIT.split(story)
    own = [MARKED[code].search(s) is not None for s in sentences]
    others = {
        o
        for s, marked in zip(sentences, own, strict=True)
        if marked
        for o, pattern in MARKED.items()
        if o != code and pattern.search(s)
    }
    if len(others) != 1:
        return None
    (other,) = others
    alone = any(
        not marked and MARKED[other].search(s) for s, marked in zip(sentences, own, strict=True)
    )
    return None if alone else other


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def one_marked(story: str) -> str | None:
    """The one dollar every dollar sum of the story is marked with, its letters those of a
    dollar country's press ("N$388 million", "N$14.25": a Windhoek paper's), none bare or
    another's; None otherwise."""
    sums = [m.group(0) for m in _DOLLAR_SUM.finditer(story)]
    if not sums or any(s[0] == "$" for s in sums):
        return None
    codes = {code for code, marked in MARKED.items() if marked.match(sums[0])}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code if all(MARKED[code].match(s) for s in sums) else None


def marked_now_and_then(code: str, story: str) -> bool:
    """The story marks the home's dollar with its letters in a few sums and leaves more than
    twice as many bare (conversions in brackets left out): "Revenue dropped to A$9.74 billion"
    once among "net profit fell to $2.38 billion" and a dozen more, in a Perth paper that also
    writes "US$87.40 a tonne"."""
    plain = _BRACKETS.sub("", story)
    return len(BARE_SUM.findall(plain)) > 2 * len(MARKED[code].findall(plain))
