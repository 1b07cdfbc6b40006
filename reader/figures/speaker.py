"""The firm a sentence's closing reporting clause names: "The chemist chain made £212m sales in
the half, Medway Health said." - what "the chemist chain" (or "it") in that sentence means is
the firm saying it, not the firm of the sentence (or the story) before: in a paste of several
stories, the previous story's firm."""

from __future__ import annotations

import re

from reader.figures.letters import CAP

_TRAILING_SAID = re.compile(
    rf", ((?:{CAP}[\w&.'\u2019-]*)(?: (?:&|of|{CAP}[\w&.'\u2019-]*)){{0,4}})"
    r" (?:said|says|reported|announced|added|confirmed)\b[^,;]{0,60}$"
)


def trailing_speaker(text: str, lo: int) -> tuple[str, int] | None:
    """(name, start) of the name in a reporting clause that closes ``text`` after ``lo``
    (", Medway Health said."), or None."""
    m = _TRAILING_SAID.search(text, lo, len(text))
    return (m.group(1), m.start(1)) if m is not None else None
