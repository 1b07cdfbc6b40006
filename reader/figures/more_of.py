"""A percentage more or less of something measures that thing.

"The farm had stocked 14% more fish than its licence allowed", "Dealers sold 12% more cars than a
year earlier", "The plant used 30% less water": a percentage left without a measure, followed by
"more", "fewer" or "less" and a noun, measures that noun, with the verb just before it when there
is one ("fish stocked", "cars sold", "water used"). One bounded look after each such figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# "14% more fish than", "30% less water", "8% fewer flights": the word after
_MORE = re.compile(r" (?:more|fewer|less) ([a-z][a-z-]+)\b")
# the verb right before the figure, one whose past is its participle: "stocked 14%", "sold
# about 12%" (not "flew 8% fewer passengers": passengers flown)
_VERB = re.compile(
    r"\b([a-z]+ed|sold|bought|made|built|sent|spent|brought|won|lost|kept|held|caught|paid)"
    r"(?: (?:about|around|nearly|almost|roughly|some|just|over))? $"
)
# an adjective or adverb, not a noun: "more efficient", "less likely", "more competitive"
_ADJECTIVE = re.compile(r"(?:ly|ive|ible|able|ful|ous|ic|ent|ant)$")
_NOT_NOUNS = frozenset(["than", "money", "time", "often", "likely", "expensive", "people"])


def more_of_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Percentages without a measure, more or less of a noun, measure it (module doc)."""
    out: list[Figure] = []
    for fig in figures:
        if fig.kind == "percent" and fig.metric is None:
            fig = _more_of(fig)
        out.append(fig)
    return out


def _more_of(fig: Figure) -> Figure:
    at = surface_at(fig)
    if at < 0:
        return fig
    m = _MORE.match(fig.sentence, at + len(fig.surface))
    if m is None:
        return fig
    noun = m.group(1)
    if noun in sumy_stop_words() or noun in _NOT_NOUNS or _ADJECTIVE.search(noun):
        return fig  # "5% more than", "12% more expensive", "35% more efficient"
    verb = _VERB.search(fig.sentence, max(0, at - 30), at)
    return replace(fig, metric=f"{noun} {verb.group(1)}" if verb else noun)
