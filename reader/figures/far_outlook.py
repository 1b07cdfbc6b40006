"""An outlook verb that reaches its figure across a long subject: "Kwela expects headline
earnings per share (HEPS) for the 26 weeks ending 28 December 2026 (the "period") to be
between 412.6 cents and 441.3 cents". The status rules read a clause's verb within a window
before the figure, and a trading statement's defined terms push "expects" out of it; the
infinitive right before the figure ("to be", "to reach", "to total", with "between", "about"
…) says the figure is what the verb looks for, so the verb is looked for further back, as far
as the clause goes (no ";" or sentence end between).
"""

from __future__ import annotations

import re

_TO_BE = re.compile(
    r"\bto (?:be|reach|total|come in at|rise to|fall to|grow to|climb to|increase to|"
    r"decrease to|decline to|exceed|hit)"
    r"(?: (?:between|about|around|roughly|approximately|at least|at most|up to|some|"
    r"in the range of|in a range of|within a range of|within the range of))?\s*$"
)
_OUTLOOK = re.compile(
    r"\b(?:expects?|expected|forecasts?|sees|anticipates?|predicts?|projects?|guides?|"
    r"estimates?|believes?)\b"
)
REACH = 320  # characters looked back for the verb


def far_outlook(text: str, start: int) -> bool:
    """Whether the figure at ``start`` completes an outlook verb's "to be" (module doc)."""
    if _TO_BE.search(text, max(0, start - 48), start) is None:
        return False
    window = text[max(0, start - REACH) : start]
    cut = max(window.rfind(";"), window.rfind(". "))
    return _OUTLOOK.search(window, cut + 1) is not None
