"""A count's measure named by the class of thing it counts, not the story's word for it.

Stories count one measure in many words: "33.2 million arrivals", "tourists", "foreign
overnight guests" are all visitors; "travellers" and "riders" are passengers; "subs" are
subscribers; "mortgages" are loans; "workers", "staff" and "personnel" are employees. A
metric whose head noun (its last word) belongs to one of these classes is named by the class;
any other head noun stays the metric itself ("incidents", "beds"), and so does a metric whose
head is the class's own word, with the words that say which ("public rental homes"; not a
participle, "fired employees", which says what was done to them). Metrics that say more than
what is counted ("spending per visitor", "jobs cut", "cars recalled") are left alone: their
last word is not the counted noun. A stadium's "seats" and a hospice's "beds" are its
capacity. A function word ("this", "that") is never a metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_CLASSES: dict[str, tuple[str, ...]] = {
    "visitors": ("visitors", "tourists", "arrivals", "holidaymakers", "guests", "sightseers",
                 "daytrippers", "day-trippers"),
    "passengers": ("passengers", "travellers", "travelers", "riders", "fliers", "flyers"),
    "subscribers": ("subscribers", "subs"),
    "employees": ("employees", "workers", "staff", "staffers", "personnel", "workforce",
                  "headcount"),
    "loans": ("loans", "mortgages"),
    "homes": ("homes", "houses", "dwellings", "flats", "apartments"),
    "customers": ("customers", "clients"),
    "capacity": ("seats", "beds"),
}  # fmt: skip
_CLASS_OF = {noun: name for name, nouns in _CLASSES.items() for noun in nouns}
# words before the head that make the phrase another measure than the class ("guests" of
# "guest nights" aside): a rate or share of the counted thing
_NOT_A_COUNT = frozenset(["per", "of", "to", "share", "rate", "average"])


def noun_class(metric: str | None) -> str | None:
    """The class a metric's head noun names (module doc), else the metric unchanged."""
    if not metric:
        return metric
    if metric.lower() in sumy_stop_words():
        return None  # "38% of this year's appeal": "this" names no measure
    words = metric.split()
    head = words[-1].lower()
    name = _CLASS_OF.get(head)
    if name is None or any(w.lower() in _NOT_A_COUNT for w in words[:-1]):
        return metric
    if head == name and not any(w.lower().endswith(("ed", "en")) for w in words[:-1]):
        return metric  # "public rental homes": the class's own word keeps its qualifiers
    return name  # (a participle says what was done to them: "fired employees")


def classed(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure's metric named by its noun's class (``noun_class``)."""
    out: list[Figure] = []
    for f in figures:
        name = noun_class(f.metric)
        out.append(f if name == f.metric else replace(f, metric=name))
    return out
