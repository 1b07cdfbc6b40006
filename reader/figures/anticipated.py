"""What someone had anticipated before the outcome is an expectation, not a result: the past
perfect of a verb of expecting or hoping names a figure the news is set against ("She had
expected about 330,000 deliveries", "The firm had been expecting a fine of up to £120m", "the
'roughly 20%' the market had hoped for"). ``status.status_for`` reads it as ``expected``.

A plain "expected" ("it expected sales of £2m next year") is a forecast; the past perfect
("had expected") alone marks the expectation the outcome is measured against. Bounded windows,
so linear.
"""

from __future__ import annotations

import re

from reader.figures.gate import led

_VERBS = (
    r"(?:expected|expecting|anticipated|anticipating|hoped for|hoping for|predicted|predicting|"
    r"forecast|forecasting|bargained for|counted on|banked on|pencilled in|penciled in)"
)
# "had expected about", "had been expecting a fine of up to", "had hoped for a rise of"
_HAD_BEFORE = led(
    r"\bhad (?:(?:long|always|widely|originally|initially|earlier) )?(?:been )?"
    + _VERBS
    + r"(?: (?:a|an|the|its|their))?(?: [a-z-]+){0,2}?(?: of| for)?"
    r"(?: about| around| some| roughly| nearly| almost| up to| as much as| as many as)? $",
    re.I,
)
# "the 20% the market had hoped for", "the 5,000 its owners had counted on"
# (not a comparison: "15% lower than analysts had expected" is the company's own figure)
_HAD_AFTER = re.compile(
    r"^[\"'\u201d\u2019]?(?: (?!than\b|as\b)[a-z-]+){0,1}(?: (?!than\b|as\b)[A-Za-z][\w&'-]*){1,3}"
    r" had (?:(?:long|always|widely|originally|initially) )?(?P<been>been )?" + _VERBS + r"\b"
)
# "The 3.3% fall in car sales had been expected": a result that came as expected is a fact
_DETERMINED = re.compile(r"\b(?:the|its|their|this|that)\s*$", re.I)


def anticipated(before: str, after: str) -> bool:
    """Whether the figure is what someone had anticipated (module doc); ``before`` and
    ``after`` are the words right before and after it."""
    if "had" in before and _HAD_BEFORE.search(before):
        return True
    if " had " not in after[:60]:
        return False
    m = _HAD_AFTER.match(after)
    return m is not None and not (m.group("been") and _DETERMINED.search(before))
