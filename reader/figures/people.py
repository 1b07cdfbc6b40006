"""People in a figure's sentence: a person named with a title ("chief executive Dana
Whitlock"), the measures a person can own (a salary, a fortune), and the company measures a
clause parse gave to a person that are the firm's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.groups import people_word
from reader.figures.letters import TITLED_PERSON
from reader.figures.names import is_person
from reader.figures.surface import surface_at
from reader.model import Figure


def last_person(sentence: str) -> str | None:
    """The last person the sentence names with a title ("chief executive Dana Whitlock")."""
    found = None
    for m in TITLED_PERSON.finditer(sentence[:2000]):
        found = m.group(1)
    return found


def latest_person(sentences: Sequence[str], lo: int, hi: int) -> str | None:
    """The last person sentences[lo..hi] name with a title (each read to 300 characters, as
    ``extract_figures`` reads them): read from the last one back, only as far as needed."""
    for i in range(hi, lo - 1, -1):
        found = last_person(sentences[i][:300])
        if found is not None:
            return found
    return None


# what a person can own; any other measure a person's sentence gives is a firm's or a place's
PERSONAL_METRICS = frozenset(
    ["salary", "pay", "bonus", "wealth", "transfer fee", "goals", "games", "shares", "stake",
     "options", "fine", "price"]
)  # fmt: skip
# what only a person has: a fortune, a salary, a bonus
_OWN_MONEY = frozenset(["wealth", "salary", "bonus", "pay"])


def _paid_group(subject: str | None) -> bool:
    """A counted group of people given the pay ("nine other staff"), not a firm or a list."""
    words = (subject or "").split()
    return len(words) > 1 and words[0][:1].islower() and people_word(words[-1])


def not_a_persons(
    figures: Sequence[Figure],
    person: str | None,
    names: frozenset[str],
    firm: str | None,
) -> list[Figure]:
    """A company measure (profit, revenue, unemployment) that the clause parse gave to a
    person ("Chief executive Maria Quayle said she expected profit of £220m") is the firm's;
    a fortune, salary or bonus given to a firm or list is the person's its sentence named
    before it ("payments founder Priya Raman ... with a fortune estimated at £14.2bn")."""
    out: list[Figure] = []
    for f in figures:
        personal = f.subject == person or (f.subject is not None and is_person(f.subject, names))
        if firm and f.subject and f.metric and f.metric not in PERSONAL_METRICS and personal:
            f = replace(f, subject=firm)
        elif f.metric in _OWN_MONEY and person and not personal and not _paid_group(f.subject):
            at = f.sentence.find(person)
            if 0 <= at < surface_at(f):
                f = replace(f, subject=person)  # "founder Priya Raman ... with a fortune of"
        out.append(f)
    return out
