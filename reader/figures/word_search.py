"""Word searches over a story's sentences without a regex compiled per name: a name searched
as a whole word, and a firm or event named again later ("the mutual" for "Ashgrove Mutual",
"the storm" for "Storm Isolde")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.figures.body_nouns import REFERRING_KINDS

# a name whose first word says what it is: "Storm Isolde" is "the storm" later
_EVENT_KINDS = frozenset(
    ["storm", "hurricane", "typhoon", "cyclone", "tropical", "wildfire", "operation", "project",
     "festival", "summit", "tournament", "championship", "cup", "games", "expo", "fund"]
)  # fmt: skip


# the last word of a club's name that the story calls it by alone: "Athletic, by contrast,
# made a profit" (Hollins Athletic)
_CLUB_WORDS = frozenset(
    ["Athletic", "City", "United", "Rovers", "Town", "Wanderers", "Albion", "County",
     "Rangers", "Celtic", "Hotspur", "Villa", "Palace", "Forest", "Olympic", "Athletico"]
)  # fmt: skip


# the capitalised plural a team or brand is called by: "the Hawks" (not "the UK")
_TEAM = re.compile(r"[A-Z][a-z]{2,}s")


# the letters a club's or a firm's name opens with before its own name: "SC Neckarstadt
# Mannheim", "FC Valdora", "PT Nusantara Seluler" (the story then says "Neckarstadt")
_CLUB_PREFIXES = frozenset(["SC", "FC", "AC", "AFC", "CF", "CD", "SV", "VfB", "VfL", "TSG", "RB",
                            "AS", "SS", "SK", "FK", "NK", "IF", "BK", "AIK", "IFK", "KV", "RC",
                            "PT", "CV", "SD", "UD", "RCD", "OGC", "PSV", "KRC"])  # fmt: skip
# a firm's legal form after its name: not a word a story names it by again
_LEGAL_FORMS = frozenset(["S.A", "SA", "S.A.B", "Ltd", "Limited", "Inc", "plc", "PLC", "AG",
                          "GmbH", "NV", "N.V", "BV", "SpA", "S.p.A", "AB", "ASA", "Tbk", "JSC",
                          "LLC", "Corp", "Co", "Bhd", "Berhad", "Pty", "SE", "S.L", "SAS",
                          "Oyj", "A/S", "KK", "PJSC", "OJSC", "Ltda"])  # fmt: skip


def named_again(name: str, later: Sequence[str]) -> bool:
    """Named again by its first word, or as "the mutual" for "Ashgrove Mutual", "the storm"
    for "Storm Isolde", "the Hawks" for "Portland Hawks" (a person is never "the Brooks"), or
    by the two words after a first word of kind ("Caribe Real" for "Hoteles Caribe Real
    S.A.", "Nusantara Seluler" for "PT Nusantara Seluler Tbk"), or without the letters a
    club's name opens with ("Neckarstadt" for "SC Neckarstadt Mannheim")."""
    words = name.split()
    needles = [words[0]]
    if len(words) > 1 and words[-1].isalpha():
        needles += [f"The {words[-1].lower()}", f"the {words[-1].lower()}"]
    if len(words) > 1 and _TEAM.fullmatch(words[-1]):
        needles += [f"The {words[-1]}", f"the {words[-1]}"]  # "the Hawks" of "Portland Hawks"
    if len(words) > 1 and words[-1] in _CLUB_WORDS:
        needles.append(words[-1])  # "Athletic" of "Hollins Athletic", "City" of "Dunmore City"
    if len(words) > 1 and words[0].lower() in _EVENT_KINDS:
        needles += [f"The {words[0].lower()}", f"the {words[0].lower()}"]  # "the storm"
    core = [w for w in words if w.rstrip(".,") not in _LEGAL_FORMS]
    if len(core) >= 2 and core[0] in _CLUB_PREFIXES and core[1][:1].isupper():
        # "Neckarstadt" of "SC Neckarstadt Mannheim", "Valdora" of "FC Valdora": the name
        # without its letters, named again by its first word or as the rule below reads it
        return named_again(" ".join(core[1:]), later)
    if len(core) >= 3 and all(w[:1].isupper() and w.isalpha() for w in core[1:3]):
        needles.append(" ".join(core[1:3]))  # "Caribe Real" of "Hoteles Caribe Real S.A."
    return any(_alone(s[:2000], words[0]) for s in later) or any(
        whole_word(s[:2000], needle) for s in later for needle in needles[1:]
    )


# capitalised words that may stand right before a name without being part of it
BEFORE_NAME = frozenset(
    ["The", "A", "An", "In", "At", "For", "By", "From", "With", "And", "But", "Of", "On", "To"]
)


def _alone(text: str, word: str) -> bool:
    """``word`` written in ``text`` as a whole word once at least, not as a later word of a
    longer name: the "Builders" of "the Home Builders Council" does not name "Builders"
    again (a capitalised word other than ``BEFORE_NAME`` one space before it)."""
    return any(not _inside_name(text, at) for at in _word_starts(text, word))


def _inside_name(text: str, at: int) -> bool:
    """The word at ``at`` follows a capitalised word (not ``BEFORE_NAME``) and one space."""
    if at < 1 or text[at - 1] != " ":
        return False
    prev = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
    return prev[:1].isupper() and prev.isalpha() and prev not in BEFORE_NAME


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_starts(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` (not empty) stands in ``text`` with a word boundary at both ends."""
    first, last = _word_char(needle[0]), _word_char(needle[-1])
    at = text.find(needle)
    while at != -1:
        end = at + len(needle)
        before = at > 0 and _word_char(text[at - 1])
        after = end < len(text) and _word_char(text[end])
        if before != first and after != last:
            yield at
        at = text.find(needle, at + 1)


def whole_word(text: str, needle: str) -> bool:
    """``re.search(r"\\b" + re.escape(needle) + r"\\b", text)``, without compiling a pattern
    for each name: an occurrence whose both ends are word boundaries."""
    if not needle:
        return re.search(r"\b", text) is not None
    return next(_word_starts(text, needle), -1) >= 0


def number_at(text: str, surface: str) -> int:
    """Where ``surface`` is first written with no digit, "." or "," right before it (a
    figure's own place, not "3%" inside "0.3%"), else -1: ``re.search(r"(?<![\\d.,])" +
    re.escape(surface), text)``'s start, without compiling a pattern for each surface
    (``\\d``: a decimal digit of any script)."""
    at = text.find(surface)
    while at > 0 and (text[at - 1].isdecimal() or text[at - 1] in ".,"):
        at = text.find(surface, at + 1)
    return at


# the kind an apposition gives the name before it: "Lagon Bleu Resorts Ltd, the hotel group
# listed on ...", "Brisa, a low-cost airline,"
_APPOSED = re.compile(
    r", (?:the|a|an) (?:[\w'\u2019-]+ ){0,3}?(" + "|".join(REFERRING_KINDS) + r")\b(?![-'\u2019])"
)


# the kind a firm is described by right before its name: "Rare earths producer Menzies Rare
# Earths lifted ...", "brewer Namib Breweries"
_KIND_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(REFERRING_KINDS) + r") $")
# a later sentence's description of a firm by its kind ("the Perth-based miner said")
_KIND_LATER = re.compile(
    r"\b[Tt]he (?:[A-Z][\w-]*-based |[a-z]+ ){0,2}?(?:"
    + "|".join(REFERRING_KINDS)
    + r")\b(?![-'\u2019])"
)


def named_by_apposition(head: str, name: str, later: Sequence[str]) -> bool:
    """Whether later sentences call ``name`` by the kind its apposition in ``head`` gives it, or
    "the company" ("Lagon Bleu Resorts Ltd, the hotel group ..." / "The group, which owns five
    resorts"; "Moselle Orbital, the Luxembourg satellite operator, ..." / "The company reports");
    or, when a kind stands right before the name ("Rare earths producer Menzies Rare Earths"),
    by any firm's kind ("the Perth-based miner said")."""
    at = head.find(name)
    if at < 0:
        return False
    m = _APPOSED.match(head, at + len(name))
    if m is None:
        if _KIND_BEFORE.search(head, 0, at) is None:
            return False
        return any(_KIND_LATER.search(s[:2000]) for s in later[:3])
    kinds = (m.group(1), "company")  # (a firm described by its kind is "the company" too)
    return any(
        whole_word(s[:2000], f"The {kind}") or whole_word(s[:2000], f"the {kind}")
        for s in later
        for kind in kinds
    )
