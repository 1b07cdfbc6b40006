"""A press release's boilerplate: a section headed "About SomnaTech" describes that firm, so a
figure its sentences give "it" or "the company" ("It has 420 employees.", "Founded in 1968,
the company employs 11,500 people") is the headed firm's, not the story's main one (the
acquirer the release is from). The section ends at the next heading (a line with no closing
stop: "Forward-Looking Statements")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

_ABOUT = re.compile(r"About ([A-Z][\w&.,'-]*(?: (?:&|of|[A-Z][\w&.,'-]*)){0,5})")
# the firm a sentence refers to without its name, as its subject
_REFERS = re.compile(r"(?:[^,;]{0,60}, )?(?:It|Its|[Tt]he (?:company|firm|group|business))\b")
_CLOSED = re.compile(r"[.!?:\"\u201d)]$")


def about_sections(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Give a figure of an "About X" section that refers to a firm without naming it X
    (module doc); the others unchanged."""
    heads = {
        i: m.group(1).rstrip(".,")
        for i, s in enumerate(sentences)
        if (m := _ABOUT.fullmatch(s.strip())) is not None
    }
    if not heads:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        firm = _section_of(f.sentence_index, heads, sentences)
        if (
            firm is not None
            and _REFERS.match(f.sentence)
            and (f.subject is None or f.subject.split()[0] not in firm.split())
        ):
            f = replace(f, subject=firm)
        out.append(f)
    return out


def _section_of(index: int, heads: dict[int, str], sentences: Sequence[str]) -> str | None:
    """The firm of the "About" section sentence ``index`` is in, else None."""
    for i in range(index - 1, -1, -1):
        if i in heads:
            return heads[i]
        if not _CLOSED.search(sentences[i].strip()):
            return None  # another heading ("Conference Call") closed any section before
    return None
