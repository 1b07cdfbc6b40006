"""Who says a clause a reference opens: the firm a sentence's closing reporting clause names
("The chemist chain made £212m sales in the half, Medway Health said." - what "the chemist
chain" or "it" means is the firm saying it, not the firm of the sentence or story before: in a
paste of several stories, the previous story's firm), and the name right before "said it"
("In a filing with the SEC, Sina said its shares ...": Sina, not the SEC)."""

from __future__ import annotations

import re

from reader.figures.letters import CAP, LOWER, TITLE

_TRAILING_SAID = re.compile(
    rf", ((?:{CAP}[\w&.'\u2019-]*)(?: (?:&|of|{CAP}[\w&.'\u2019-]*)){{0,4}})"
    r" (?:said|says|reported|announced|added|confirmed)\b[^,;]{0,60}$"
)


def trailing_speaker(text: str, lo: int) -> tuple[str, int] | None:
    """(name, start) of the name in a reporting clause that closes ``text`` after ``lo``
    (", Medway Health said."), or None."""
    m = _TRAILING_SAID.search(text, lo, len(text))
    return (m.group(1), m.start(1)) if m is not None else None


_SAYS_GAP = re.compile(
    r"(?:, [^,;]{1,80},)? (?:said|says|added|announced|reported|confirmed)"
    r"(?: on [A-Z][a-z]+| last [a-z]+)?(?: that)? $"
)


def said_by(text: str, before: list[tuple[str, int, int]], ref: int) -> str | None:
    """The name that says the clause a reference opens ("In a filing with the SEC, Sina said
    its shares ...": Sina), or None."""
    for i in range(len(before) - 1, -1, -1):
        name, _, end = before[i]
        if not _SAYS_GAP.fullmatch(text, end, ref):
            continue
        j = i
        while j > 0 and before[j - 1][2] + 1 == before[j][1]:
            j -= 1  # a long name cut in two runs: "National Association of Purchasing Management"
        return name if j == i else text[before[j][1] : end].removeprefix("The ")
    return None


# a person named with a title, saying what follows: "Mayor Sofia Teles said", "Analyst Jo Park
# told reporters"
_TITLED = re.compile(rf"(?:\w+ ){{0,2}}?(?i:{TITLE}),? {CAP}[{LOWER}'-]+ {CAP}[\w'-]*")
_SAYS = re.compile(
    r" (?:said|says|told [^,.;\d]{1,40}?|added|thinks|believes|estimated|estimates)"
    r"(?: that)? "
)


def titled_speaker(text: str, name: str, start: int) -> bool:
    """Whether ``name`` is a person named with a title who says the clause the figure at
    ``start`` sits in ("Mayor Sofia Teles said about 40,000 people work nights"): the speaker,
    not the figure's owner."""
    at = text.rfind(name, 0, start)
    if at < 0 or _TITLED.fullmatch(name) is None:
        return False
    said = _SAYS.match(text, at + len(name))
    return said is not None and said.end() <= start
