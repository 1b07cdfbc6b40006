"""Names that open a lead without being its subject: where the subject is, or what kind.

A lead often names a place before the body it is about, and that place is no owner of the
story's figures:

- a name modifying the noun after an indefinite article: "A Swansea takeaway and its owner
  have been ordered to pay", "A Tulsa County jury ordered", "A Soweto co-operative that buys";
- a place a singular subject is set in: "A third-generation family bakery in Carlisle is to
  open", "The new city stadium in Novi Sad will cost" (a measure in a place is the place's:
  "House prices in Portugal rose", "Dengue cases in Selangor", "The rise in ...");
- a place that ranks what follows: "One of Glasgow's largest office blocks has been bought",
  "Norway's biggest bank, Nordbank, said" (the bank is the subject);
- a one-word place or field before a noun and the name it describes: "Copenhagen biotech
  Nordlys Bio has licensed" (the subject is Nordlys Bio);
- a possessor whose thing an apposition names: "The State's new auto-enrolment pension
  scheme, My Future Fund, returned" (the subject is the fund).

``lead_subjects`` drops such names from the front of a sentence's name runs, so that the
first one left is the subject's (if any).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.body_nouns import NAMED_KINDS, REFERRING_KINDS
from reader.figures.name_words import is_person
from reader.figures.proper_nouns import name_span, names_in
from reader.text.stop_words import sumy_stop_words

# a lower-case word right after "A <name>" that is a verb, not the noun the name modifies
# ("An Accra Circuit Court has sentenced"): the name is then the subject
_VERB_NEXT = re.compile(
    r" (?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|said|says|"
    r"did|does|told|announced|reported|posted|made|won|lost|plans|wants|expects)\b"
    r"|(?: [a-z][\w-]*ed)\b"
)
_LOWER_WORD = re.compile(r" [a-z][\w-]*")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:A|An|a|an) $")
# a singular subject set in the name's place: "A ... bakery in", "The new city stadium in"
# (its head noun does not end in "s"; not a change: "The rise in Norway's output")
_SET_IN = re.compile(
    r"^(?:A|An|The|One of the) (?:[\w'\u2019-]+ ){0,5}?"
    r"(?!(?:rise|fall|jump|increase|drop|growth|decline|surge|slump|cut|gain|number|share|"
    r"price|cost|value|rate|level|demand|supply)\b)"
    r"[a-z][\w-]*[^s\W] (?:in|at|near|outside) $"
)
_RANKED = re.compile(
    r"(?:'s|\u2019s) (?:largest|biggest|oldest|newest|busiest|best-known|leading|top|"
    r"(?:second|third)-(?:largest|biggest))\b"
)
# a possessor whose thing the apposition after it names: "The State's new auto-enrolment pension
# scheme, My Future Fund,"
_POSSESSOR_OF_NAMED = re.compile(r"['\u2019]s(?: [a-z][\w-]*){1,5}, ")
_ONE_OF = re.compile(r"(?:^|\s)(?:One|one) of $")
# the kind of body a one-word place or field describes before its name (body_nouns.py, and
# the words a lead calls a body or a performer by before the name)
_KINDS = (
    *REFERRING_KINDS,
    *NAMED_KINDS,
    "biotech", "co-?operative", "chain", "distiller", "brewer", "grower", "shipyard",
    "shipbuilder", "studio", "label", "publisher", "broadcaster", "exporter", "refiner",
    "rival", "parent", "owner", "unit", "subsidiary", "star", "singer", "band", "team", "side",
    "farmer", "hotelier",  # "Shetland salmon farmer Voe Aquaculture"
)  # fmt: skip
# a body or a firm's site after a place's name: "A Wakefield bakery", "A Leeds bakery chain"
_BODY_AFTER = re.compile(
    r"(?: [a-z][\w-]*)? (?:"
    + "|".join((*_KINDS, "bakery", "factory", "plant", "mill", "brewery", "distillery", "mine"))
    + r")\b"
)
# (up to two words before the kind, none of them a function word: ``_kind_between``)
_KIND_BETWEEN = re.compile(r"((?: [a-z][\w-]*){0,2}) (?:" + "|".join(_KINDS) + r") ")


def _setting(sentence: str, start: int, end: int, nxt: tuple[str, int, int] | None) -> bool:
    """Whether the name at sentence[start:end] is a place or kind word of the lead's subject,
    not the subject itself (module doc)."""
    opener = sentence[:start]
    after = sentence[end : end + 40]
    if _INDEFINITE_BEFORE.search(opener) and _LOWER_WORD.match(after):
        return _VERB_NEXT.match(after) is None
    if _SET_IN.match(opener):
        return True
    if _RANKED.match(after):
        # "One of Glasgow's largest office blocks"; "Norway's biggest bank, Nordbank,"
        return _ONE_OF.search(opener) is not None or nxt is not None
    if nxt is not None and _POSSESSOR_OF_NAMED.fullmatch(sentence, end, nxt[1]):
        return True  # "The State's new pension scheme, My Future Fund, returned"
    if " " in sentence[start:end] or nxt is None:
        return False
    # "Copenhagen biotech Nordlys Bio": a kind of body, and up to two words before it, between
    # the two names ("Italy will give Lumetra", "Stockholm and Oslo": no kind)
    return _kind_between(sentence, end, nxt[1])


def _kind_between(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a kind of body and up to two words before it, none of them a
    function word (nor opening on one before a hyphen: "well-known")."""
    m = _KIND_BETWEEN.fullmatch(text, start, end)
    return m is not None and not any(
        w.split("-", 1)[0] in sumy_stop_words() for w in m.group(1).split()
    )


def lead_subjects(
    sentence: str, found: Sequence[tuple[str, int, int]], names: frozenset[str]
) -> list[tuple[str, int, int]]:
    """``found`` (a sentence's name runs, in order) without the names at its front that only
    set its subject (module doc); a person the next name is stops the skipping ("Apple chief
    executive Tim Cook": the firm's sentence)."""
    k = 0
    while k < len(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and is_person(nxt[0], names):
            nxt = None
        # (a run may start on its article and end past its "'s": "A Soweto", "The State's")
        at, end = name_span(sentence, *found[k]) or found[k][1:]
        if not _setting(sentence, at, end, nxt):
            break
        k += 1
    return list(found[k:])


def opens_on_setting(sentence: str, names: frozenset[str]) -> bool:
    """Whether the sentence's first name only sets its subject ("A High Court judge has
    ordered ...", "A Tulsa County jury ordered ..."): the story's firm is named further on."""
    found = names_in(sentence, 0, min(len(sentence), 300), names, strict=True)
    return bool(found) and len(lead_subjects(sentence, found[:2], names)) < len(found[:2])


def described_after(
    text: str, found: Sequence[tuple[str, int, int]], names: frozenset[str]
) -> tuple[str, int, int] | None:
    """The name a one-word place or field before a kind of body describes ("Malmo biotech
    Fjordgen Bio": Fjordgen Bio), when ``found`` opens on such a pair; else None."""
    if len(found) < 2 or " " in found[0][0] or is_person(found[1][0], names):
        return None
    _, end = name_span(text, *found[0]) or found[0][1:]
    return found[1] if _kind_between(text, end, found[1][1]) else None


def modifies_noun(text: str, name: str, start: int, end: int) -> bool:
    """The name run at ``start`` (its span may hold "A") modifies a body or site after "A" or
    "An": "A Wakefield bakery ... with the loss of 210 jobs" (the bakery's, not Wakefield's; not
    "A Powerball line costs $1.50", "an Auckland couple")."""
    span = name_span(text, name, start, end)
    if span is None:
        return False
    at, end = span
    return (
        _INDEFINITE_BEFORE.search(text, max(0, at - 4), at) is not None
        and _BODY_AFTER.match(text, end, end + 40) is not None
    )
