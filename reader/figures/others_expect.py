"""What someone else forecasts is what the market expects: a figure read as a forecast whose
sentence names, before it, an analyst, an economist, a broker, a consultancy, a poll or the
consensus ("Meera Bhandari of Konkan Securities expects net additions to slow to about 30 lakh
a quarter", "Atoll Economics, a Malé consultancy, expects about 2.55 million arrivals") is
``expected``; a company's or a government's own outlook stays a forecast.

Measured on the development rounds before it was written: of the figures read as forecasts
whose sentence names such a forecaster before them, 178 are labelled expected, 16 forecast, 36
hypothetical, 6 actual, 3 planned (without such a name: 255 expected, 1,582 forecast). One
bounded look back per forecast figure, so the work is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.figures.sentence_groups import sentence_start
from reader.model import Figure

# who forecasts for others: a trade's word, or a firm of analysts by its name's last word
_FORECASTER = re.compile(
    r"\b(?:analysts?|economists?|strategists?|brokerage|brokers?|consultancy|consultants|"
    r"consensus|polled|surveyed)\b"
    r"|\b[A-Z][\w&'\u2019-]* (?:Securities|Research|Capital|Economics|Advisory|Analytics|"
    r"Partners|Consulting|Intelligence)\b"
)
_REACH = 240  # characters read back from a figure for its sentence's start


def others_expect(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each forecast whose sentence names another's forecaster before it
    made ``expected`` (module doc)."""
    out: list[Figure] = []
    at = 0
    for fig in figures:
        start = text.find(fig.surface, at)
        if start >= 0:
            at = start + len(fig.surface)
        if (
            fig.status == "forecast"
            and start >= 0
            and _FORECASTER.search(text, sentence_start(text, start, _REACH), start)
        ):
            fig = replace(fig, status="expected")
        out.append(fig)
    return out
