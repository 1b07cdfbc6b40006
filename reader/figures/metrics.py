"""What a figure measures, beyond the metric phrase next to it (``context.metric_for``).

Rules of general news English, each within the figure's sentence (bounded windows); each kind
of figure has its own module: money ``money_metric.py``, percentages ``percent_metric.py``,
counts ``count_metric.py``. Here, for every kind:
- money paid to a person ("his contract pays him $38 million") is a salary;
- a share or a number of those who cast a vote are votes ("84% of its members had voted",
  "29,700, or 72%, backed the offer"), votes against when they voted against.
"""

from __future__ import annotations

import re

from reader.figures.count_metric import count_metric
from reader.figures.gate import led
from reader.figures.money_metric import money_metric
from reader.figures.percent_metric import percent_metric
from reader.figures.spelled import NUMBER_WORD
from reader.model import FigureKind


def refine_metric(
    text: str, start: int, end: int, kind: FigureKind, unit: str | None, metric: str | None
) -> str | None:
    """A better metric than the nearest phrase, where a rule of the module doc applies."""
    if kind == "money":
        if _PAYS_PERSON.search(text, max(0, start - 50), start):
            return "salary"  # "his contract pays him $38 million", "will pay the 26-year-old"
        return money_metric(text, start, end, metric)
    if _voted(text, start, end, unit):
        # "84% of its members had voted to", "29,700, or 72%, backed the offer"; "38% of
        # shareholders voted against the pay report": the votes against
        voted = _VOTED_AFTER.match(text[end : end + 90])
        against = voted is not None and text.startswith(" against", end + voted.end())
        return "votes against" if against else "votes"
    if kind == "percent":
        return percent_metric(text, start, end, metric)
    return count_metric(text, start, end, unit, metric)


# money paid to a person: their salary
_PAYS_PERSON = re.compile(
    r"\b(?:pay|pays|paid|paying) (?:him|her|the [\d]+-year-old)(?: about| around| some| nearly|"
    r" almost| up to| more than| over)? $"
)
# a share or a number of those who cast a vote: "84% of its members had voted", "29,700, or
# 72%, backed the offer", "91% of members who voted backed strikes", "the votes of 142 of"
_VOTED_AFTER = re.compile(
    r"^(?:,? or [\d.]+ ?%,?)?(?: of(?: its| the| their| all)?(?: [\w'-]+){0,4}?"
    r"(?: who (?:voted|took part))?)?,? (?:had |have |has )?(?:voted|backed|supported|approved|"
    r"rejected|opposed)\b"
)
_VOTES_OF = led(r"\b(?:votes|ballots|backing|support) of(?: about| around| some)? $", re.I)


def _voted(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the figure counts votes cast or a share of them (``_VOTED_AFTER``)."""
    if _VOTES_OF.search(text, max(0, start - 30), start) is not None:
        return True
    if unit and unit != "%" and not _PART_OF_WHOLE.match(text, end):
        return False  # "nine members voted to hold": a count of members who voted (but "Seven
    return _VOTED_AFTER.match(text[end : end + 90]) is not None  # of the nine backed": votes


_PART_OF_WHOLE = re.compile(rf" of (?:the|its|their|all) (?:\d[\d,]*|{NUMBER_WORD}) ", re.I)
