"""Which place "the province", "the state", "the county" means, and the figures it owns.

A figure is the place's when, in its sentence and before it, "the province" is the last actor:
it opens a clause with a verb ("The province announced that the royalty would rise to 5%",
"Minister Jo Bell said the province collected C$1.1 billion") or owns a thing ("raise the
province's take by C$350 million"), and the figure's owner is not named after it (the owner the
rules gave is not in the sentence, or is named before "the province": the speaker).

The place is the one the story names: by its kind word ("the province of Alder", "Alder
province", "the state of Corvin", "Corvin's state government", "the government of Alder"), else
the one name the story sets things in or of ("in Alder", "the people of Alder", "across
Alder") that it names most often, at least twice. Nothing changes when no place is found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.clause_split import is_verb
from reader.figures.gate import Gated
from reader.figures.letters import CAP
from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure

_NAME = rf"{CAP}[\w'\u2019-]*(?: {CAP}[\w'\u2019-]*){{0,2}}"
# "the province collected", "The state's budget": the place as an actor before a figure
_ACTOR = Gated(  # (gate.py: a text without the place's kind is not searched)
    re.compile(
        r"\b[Tt]he (province|state|county)(?:(?:'s|\u2019s) | (?:also |now |then |still )?([a-z]+)\b)"
    ),
    ("the province", "the state", "the county"),
)
# "the province of Alder", "Alder province", "Corvin's state government", "government of Alder"
_BY_KIND = {
    noun: re.compile(
        rf"\b[Tt]he {noun} of (?P<a>{_NAME})|(?P<b>{_NAME}) {noun}(?![\w-]| of)"
        rf"|(?P<c>{_NAME})(?:'s|\u2019s) (?:{adjective} )?government\b"
        rf"|\b[Tt]he (?P<d>{_NAME}) {adjective} government\b"
        rf"|\b(?:[Tt]he )?(?:{adjective} )?government of (?P<e>{_NAME})"
    )
    for noun, adjective in (("province", "provincial"), ("state", "state"), ("county", "county"))
}
# "in Alder", "the people of Alder", "across Alder": a name things are set in
_SET_IN = re.compile(rf"\b(?:in|across|throughout|people of|residents of) ({_NAME})")
_NOT_NAME = frozenset(["The", "A", "An", "It", "Its", "This", "That", "He", "She", "They"])


def place_owned(figures: Sequence[Figure], sentences: Sequence[str], title: str) -> list[Figure]:
    """Each figure "the province" / "the state" / "the county" is the last actor of, given the
    place the story names (module doc); the others unchanged."""
    places: dict[str, str | None] = {}  # each place noun read once a story

    def place_of(f: Figure) -> str | None:
        noun = _actor_noun(f)
        if noun is None:
            return None
        if noun not in places:
            places[noun] = _place(noun, sentences, title)
        return places[noun]

    return resubject(figures, place_of)


def _actor_noun(f: Figure) -> str | None:
    """The place noun that is the last actor before the figure in its sentence, else None."""
    text = f.sentence
    start = surface_at(f, text)
    if start < 0:
        return None
    last = None
    for m in _ACTOR.finditer(text, 0, start):
        if m.group(2) is None or is_verb(m.group(2)) or m.group(2).endswith("ed"):
            last = m
    if last is None:
        return None
    owner_at = text.rfind(f.subject, 0, start) if f.subject else -1
    return last.group(1) if owner_at < last.start() else None


def _place(noun: str, sentences: Sequence[str], title: str) -> str | None:
    text = "\n".join([title, *sentences])
    for m in _BY_KIND[noun].finditer(text):
        name = next(g for g in m.groups() if g)
        words = name.removesuffix("'s").removesuffix("\u2019s").split()
        if words[0] in _NOT_NAME:
            words = words[1:]
        if words:
            return " ".join(words)
    counts: dict[str, int] = {}
    for m in _SET_IN.finditer(text):
        name = m.group(1).removesuffix("'s").removesuffix("\u2019s")
        if name.split()[0] not in _NOT_NAME and name not in counts:
            counts[name] = len(re.findall(rf"\b{re.escape(name)}\b", text))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
