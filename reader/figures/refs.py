"""Whom a clause opened by a reference ("it", "its", "the chain") means, in its own sentence:
the firm a closing reporting clause names ("The chain made £212m sales, Medway Health said":
in a paste, not the previous story's firm), the speaker that opened the sentence ("Marlow
Mutual, one of the largest insurers, said it had"), else the previous sentence's or the
story's firm (``coreference.ref_target``)."""

from __future__ import annotations

import re

from reader.figures.clause import clause_begin
from reader.figures.coreference import ref_target
from reader.figures.letters import CAP
from reader.figures.names import antecedent
from reader.figures.speaker import trailing_speaker


def ref_owner(
    text: str,
    start: int,
    base: str | None,
    names: frozenset[str],
    main: str | None,
    prior: str | None,
) -> str | None:
    """Whom a clause opened by "it"/"the chain" means: the firm a closing reporting clause
    names ("The chain made £212m sales, Medway Health said"), else the previous sentence's or
    the story's firm when the name rules found none in the clause ("its business unit, which
    posted")."""
    speaker = trailing_speaker(text, start) if base in (None, main) else None
    if speaker is not None and antecedent(speaker[0], names):
        return speaker[0]
    if (prior or main) and (
        base is None or _possessed(text, start, base) or _not_in_clause(text, start, base, names)
    ):
        return ref_target(text, start, prior, main)
    return base


# a sentence opened by a name (and an apposition) that says: "Marlow Mutual, ..., said "
_SPEAKER_FIRM = re.compile(
    rf"{CAP}[^,;]{{1,60}}(?:, [^,;]{{1,80}},)? (?:said|says|added|warned) (?:that )?$"
)


# "it"/"its" opening the clause, after a time phrase ("said earlier this month it would")
_ITS_OPENS = re.compile(
    r"\s*(?:(?:earlier|later) this \w+ |last \w+ |this \w+ |on \w+day )?(?:it|its)\b", re.I
)


def _not_in_clause(text: str, start: int, base: str, names: frozenset[str]) -> bool:
    """A name the story does not know, or one written outside the figure's clause ("A tribunal
    in Leeds fined X after the operator admitted 17 breaches": Leeds is not the operator)."""
    lo = clause_begin(text, start)
    its = _ITS_OPENS.match(text, lo, start) is not None
    if (
        its
        and text.startswith(base)
        and (_SPEAKER_FIRM.match(text[:lo]) or antecedent(base, names))
    ):
        return False  # "Marlow Mutual, one of the largest insurers, said it had": the speaker
    if base not in names and base.split()[0] not in names:
        return True  # (names holds words: "Marlow" for "Marlow Mutual")
    if its:
        return False  # "its" may mean the firm its own sentence named before the clause
    return text.find(base.split()[0], lo, start) < 0


# (or the firm named by its kind, possessive: "the group's four Diani and Watamu properties")
_POSSESSOR = re.compile(r"\b(?:its|their|[Tt]he [a-z]+(?:'s|\u2019s)(?: [a-z0-9-]+)?) $")


def _possessed(text: str, start: int, base: str) -> bool:
    """The name found is written as the referred firm's possession ("The miner will place its
    Mount Wendell nickel operation into care and maintenance, cutting about 420 jobs"): the
    figure is the firm's, not the mine's."""
    at = text.rfind(base, 0, start)
    return at > 0 and _POSSESSOR.search(text, max(0, at - 30), at) is not None
