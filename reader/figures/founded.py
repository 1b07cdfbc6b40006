"""The firm a person founded or runs, named in apposition ("her company, Umvelo Botanicals,
expects ..."): a later clause opened by "her company" or "his firm" ("In March, her company
raised $175m", "Her company plans to open a factory ... at a cost of R850m") is that firm's,
not the person's nor a place or an investor its sentence names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import Gated
from reader.figures.surface import surface_at
from reader.model import Figure

_FIRM_NOUN = r"(?:his|her|their) (?:own )?(?:company|firm|business|start-?up|brand)"
# "her company, Umvelo Botanicals," / "his firm, Kestrel Ltd."
_NAMED = Gated(  # (gate.py: a story without the noun and its comma is not searched)
    # (every match begins with h or t, which (?i) folds from no other letter: the look-ahead
    # lets the engine pass every other position at once)
    re.compile(
        r"(?=[HhTt])\b(?i:" + _FIRM_NOUN + r"), ([A-Z][\w&'-]*(?: (?:&|of|[A-Z][\w&'-]*)){0,4})[,.]"
    ),
    ("company,", "firm,", "business,", "startup,", "start-up,", "brand,"),
)
# "her company" opening the figure's clause, before its verb: no comma between
_OPENS = re.compile(
    r"(?:^|[,;] |\b(?:and|but) )(?i:" + _FIRM_NOUN + r") [a-z][^,;]*"
    r"(?:, (?:at|valuing|giving|taking|up|down) [^,;]*)*$"  # "..., at a valuation of $2.1bn"
)
# a sentence "her company" opens ("In March, her company raised ...", "Her company plans"), whom
# an "It" opening the next sentence means
_OPENED = re.compile(r"(?:[A-Z][^,;]{0,30}, )?(?i:" + _FIRM_NOUN + r") [a-z]")


def founded_firms(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Give a figure whose clause "her company" opens the firm the story named so (module
    doc); the others unchanged."""
    story = " ".join(sentences)
    named = {m.group(1) for m in _NAMED.finditer(story)}
    if len(named) != 1:
        return list(figures)  # none, or two people's firms: no telling which
    firm = named.pop()
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        if (
            at > 0
            and f.subject != firm
            and (_OPENS.search(f.sentence, 0, at) or _it_after(f, sentences))
        ):
            f = replace(f, subject=firm)
        out.append(f)
    return out


def _it_after(f: Figure, sentences: Sequence[str]) -> bool:
    """The figure's sentence opens with "It" right after a sentence "her company" opens ("Her
    company plans to open a factory ... It will employ about 600 people")."""
    i = f.sentence_index
    return (
        f.sentence.startswith("It ")
        and 0 < i < len(sentences)
        and _OPENED.match(sentences[i - 1]) is not None
    )
