"""Whom a reference means: "it", "the bank" (the previous sentence's firm, or the story's
main firm when only it is of that kind), a sentence opening "That is 16% below ..." (the
previous sentence's figure), and a lower-case story's firm (the subject of its lead)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.clause import PERSON, REF, clause_subject, clean_phrase
from reader.figures.letters import CAP
from reader.model import Figure

SAID = re.compile(r"\b(?:said|says|told|added|estimated|reported|posted|announced)\b")


def demonstrative_followers(figures: Sequence[Figure]) -> list[Figure]:
    """ "That is 16% below last year's harvest": a sentence opening with "That is"/"This is"
    compares the previous sentence's figure, so its figures take that figure's subject (and
    its status when that is an estimate or a forecast) where they have none."""
    out: list[Figure] = []
    last: dict[int, Figure] = {}
    for f in sorted(figures, key=lambda g: g.sentence_index):
        ref = last.get(f.sentence_index - 1)
        if ref is not None and _THAT_IS.match(f.sentence):
            if f.subject is None and ref.subject is not None:
                f = replace(f, subject=ref.subject)
            if f.status is None and ref.status in ("expected", "forecast"):
                f = replace(f, status=ref.status)
        out.append(f)
        last.setdefault(f.sentence_index, f)  # the sentence's first figure: what "that" means
    return out


_THAT_IS = re.compile(r"(?:That|This) (?:is|was|would be|will be) (?:about |around |some )?\d")
_REF_KIND = re.compile(r"\b[Tt]he ([a-z]+)\b")


def ref_target(text: str, start: int, prior: str | None, main: str | None) -> str | None:
    """Whom "it"/"the bank" means: the previous sentence's firm, unless the phrase names a
    kind only the story's main firm is ("The bank" after "The FCA fined Castellan Bank")."""
    if prior and main and prior != main:
        kinds = [m.group(1).lower() for m in _REF_KIND.finditer(text, max(0, start - 160), start)]
        if kinds and kinds[-1] in main.lower().split() and kinds[-1] not in prior.lower().split():
            return main
    return prior or main


def lower_case_main(sentences: Sequence[str]) -> str | None:
    """A lower-case story's firm: the subject of its lead's first clause, when a later
    sentence names it again ("shares in dunmore energy fell ..." / "dunmore's rival")."""
    if not sentences or re.search(rf"{CAP}", sentences[0][1:300]):
        return None
    lead = sentences[0][:300]
    verb = re.search(r"\d", lead)
    subject = clause_subject(lead, verb.start() if verb else len(lead))
    said = SAID.search(lead, 0, verb.start() if verb else len(lead))
    if (subject is None or subject in (REF, PERSON)) and said is not None and said.start() > 0:
        speaker = _AUXILIARY.sub("", lead[: said.start()])
        subject = clean_phrase(speaker)  # "brindle foods said net sales rose 6.3%"
    if subject is None or subject in (REF, PERSON):
        return None
    first = subject.split()[0]
    again = re.compile(r"\b" + re.escape(first) + r"\b")
    later = sentences[1:40]
    if any(again.search(s[:2000]) for s in later) or any(_opens_with_ref(s) for s in later):
        return subject
    return None


_AUXILIARY = re.compile(r"(?:\s(?:has|have|had|also|is|was|on \w+day))+\s*$")


def _opens_with_ref(sentence: str) -> bool:
    """ "it also said", "its shares", "the packaged-food maker cut": a story about one firm."""
    words = sentence[:80].split()
    return any(clean_phrase(" ".join(words[:k])) == REF for k in (1, 2, 3))
