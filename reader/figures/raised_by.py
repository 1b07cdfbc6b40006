"""What a verb of change raised or cut "by" a figure: its object. "agreed to raise pilots' pay
by 9%" (pilots' pay), "would raise the pay of its 9,200 store workers by 4.5%" (pay): the
figure after "by" (hedges aside) measures the noun phrase between the verb (raise, cut, lift,
increase, reduce, lower, boost, hike, trim, slash) and "by".

The object's head is the noun before its first preposition ("the pay of its ... workers"),
with one lower-case word or a plural possessive before it that says whose or which ("pilots'
pay"); determiners and owners ("its", "the company's") are dropped. A head that is no plain
lower-case noun (a name, a pronoun, a stop word) gives nothing. The figure takes the object
only when the rules gave it no measure. One bounded look back per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_BY = re.compile(
    r"\b(?:raise|raises|raised|raising|cut|cuts|cutting|lift|lifts|lifted|lifting|increase|"
    r"increases|increased|increasing|reduce|reduces|reduced|reducing|lower|lowers|lowered|"
    r"lowering|boost|boosts|boosted|boosting|hike|hikes|hiked|hiking|trim|trims|trimmed|"
    r"trimming|slash|slashes|slashed|slashing) (?P<obj>[^;:.()\"]{1,60}?) by "
    r"(?:about |around |up to |as much as |some |roughly |nearly |almost |just |a further |"
    r"another |an average of |more than |at least )?$"
)
_PREPOSITIONS = frozenset(["of", "for", "in", "on", "at", "to", "from", "across", "with",
                           "among", "under", "over"])  # fmt: skip
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "your",
                          "this", "these", "those", "all"])  # fmt: skip
_NOUN = re.compile(r"[a-z][a-z-]*[a-z]")
_OWNER = re.compile(r"[a-z][a-z-]*s['\u2019]")  # a plural possessive: "pilots'"
_WINDOW = 100


def raised_by_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure a verb of change moved "by" with no measure of its own takes the verb's
    object (module doc); other figures unchanged, order kept."""
    return [_raised(f) or f for f in figures]


def _raised(f: Figure) -> Figure | None:
    if f.metric or f.kind not in ("percent", "money", "other"):
        return None
    at = surface_at(f)
    if at <= 0:
        return None
    m = _BY.search(f.sentence, max(0, at - _WINDOW), at)
    if m is None:
        return None
    words = m.group("obj").split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    phrase = words[:cut]
    while phrase and (phrase[0].lower() in _DETERMINERS or phrase[0].endswith(("'s", "\u2019s"))):
        phrase = phrase[1:]  # "its", "the company's"
    if not phrase or not _plain(phrase[-1]):
        return None
    noun = phrase[-1]
    if len(phrase) >= 2 and (_plain(phrase[-2]) or _OWNER.fullmatch(phrase[-2])):
        noun = f"{phrase[-2]} {noun}"  # "pilots' pay", "store rents"
    return replace(f, metric=noun, measure=None)


def _plain(word: str) -> bool:
    """A lower-case common word that is no stop word."""
    return _NOUN.fullmatch(word) is not None and word not in sumy_stop_words()
