"""What analysts and others expect or estimate, as the words around a figure say it (read by
``status.status_for``): "the $6.2 billion analysts had expected", "consensus of $1.20", "our
own 3% estimate", "..., the trade body has estimated", "said it expected about 1.2 million
passengers", "in a preliminary estimate".
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led
from reader.figures.letters import CAP

# "said it expected about 1.2 million passengers": what the speaker expects is a forecast
IT_EXPECTED = led(
    r"\b(?:it|they|we|he|she) (?:now |still )?expected (?:about |around |some |roughly |nearly |"
    r"almost |more than |up to |at least |between )?$",
    re.I,
)
EXPECTED_AFTER = re.compile(
    rf"^(?: [a-z-]+){{0,1}}(?: (?:{CAP}[\w&.-]*|analysts?|economists?|traders?|trackers?|"
    r"investors?|markets?|consensus|observers|the market|forecasters)){0,3}"
    # "that analysts polled by Menara Consensus had expected", "analysts at Kestrel Bank"
    rf"(?: (?:(?:polled|surveyed|questioned|asked|compiled) by|at|from|with)(?: the)?"
    rf"(?: {CAP}[\w&.'-]*){{1,4}})?"
    # (not a bank's provision "for expected credit losses": an accounting term, no outlook)
    r"(?: had| have| were| was)? (?:expected(?! credit loss)|forecast|predicted|estimated|"
    r"projected|pencilled in|penciled in|anticipated|been expecting|expecting|looking for)\b"
)
# the figure names the consensus itself: "ahead of the $37.5 billion consensus"
CONSENSUS_AFTER = re.compile(r"^ (?:market |street |analyst |analysts' )?consensus\b")
# an analyst's own number named after it: "our own 3% estimate", "analysts' 3% estimate"
ESTIMATE_AFTER = re.compile(r"^ estimates?\b")
ANALYSTS_OWN = re.compile(
    r"\b(?:our(?: own)?|analysts?(?:'|\u2019)s?|(?:the )?brokers?(?:'|\u2019)s?) (?:about |around )?$",
    re.I,
)
EXPECTED_BEFORE = led(
    r"\b(?:analysts?|economists?|wall street|the market|markets|consensus|forecasters|traders)"
    r"(?:'s?|\u2019s?)?(?: (?:at|from|with|(?:polled|surveyed|questioned) by) [\w&.' -]{1,30}?"
    # "Analysts on average had expected"
    r"| \w+)?(?: (?:on average|on balance|broadly|mostly|generally|largely|typically))?"
    r"(?: had| have| were| are)?(?: been)?"  # ("Analysts had been looking for $5.94")
    # "Analysts had on average expected $355 million"
    r"(?: (?:on average|on balance|broadly|mostly|generally|largely|typically|widely))?"
    r" (?:expected|expecting|expect|forecast|predicted|predict|estimated|estimates|estimate|"
    r"expectations|"
    r"forecasts?|consensus|anticipated|looking for|pencilled in|penciled in|"
    # "which analysts value at between €300m and", "markets pricing the rate at 3.5%"
    r"value|values|valued|pricing|pricing in)\b"
    r"|\b(?:consensus|expectations?|estimates?) (?:of|for)\b"
    r"|\bexpected by analysts\b",
    re.I,
)
EXPECTED_OF = led(
    r"\b(?:expectations?|estimates?|consensus|(?:analysts?|economists?)(?:'|\u2019)s? forecasts?)"
    r"(?: (?:of|for|to))?(?: about| around| some| roughly)? $",
    re.I,
)
# "..., analysts at Fenwick Securities estimate": an expectation named after the figure
ANALYSTS_SAY = re.compile(
    r"^[^;.]{0,40}?, (?:according to )?(?:analysts?|economists?|forecasters)"
    r"(?: (?:at|from|with) [^,;.]{1,40}?)? (?:estimate|estimates|estimated|expect|expects|"
    r"expected|forecast|forecasts|predict|predicts|predicted|reckon|believe|believes)\b"
)
# "which Universities UK estimates will be worth", "the sector body, estimates that 72": what
# someone estimates of what is to come is their expectation
ESTIMATES = re.compile(r"\b(?:it|they|[a-z]+) estimates (?:that )?(?!\d)", re.I)
# "..., the Association of British Insurers has estimated": a third party's estimate
# a sum given in an estimate the sentence names after it: "..., CatIQ said on Thursday in a
# preliminary estimate" (a modeller's first figure for a loss, revised later)
IN_AN_ESTIMATE = re.compile(
    r"[^;]{0,140}?\bin (?:a|an|its|their) (?:preliminary |initial |early |first |provisional )"
    r"?estimate\b"
)
ESTIMATED_AFTER = Gated(  # (gate.py: a text without the verb is not searched)
    re.compile(
        r"^(?:[^;.]|\.\d){0,60}?, (?!according\b)(?:the |a |an )?[\w&'\u2019 -]{1,60}?"
        r" (?:has |have |had )?(?:estimated|estimates)(?! (?:from|of|by|for)\b)(?=[,.;]|$| that\b)"
    ),
    ("estimate",),
)
# "..., this year, the agriculture ministry said": an official body's estimate of this period
BODY_SAYS_NOW = re.compile(
    r"^[^;.]{0,60}?\bthis (?:year|season|month|quarter)\b[^;.]{0,120}?, (?:the |a )?"
    r"[\w' -]{0,40}?\b(?:ministry|agency|office|association|federation|institute|bureau|"
    r"statistics body|trade body) (?:said|says|reported)\b"
)


def said_after(text: str, end: int, after: str) -> str | None:
    """The status the words after a figure give it: an expectation ("..., analysts had
    expected", "..., the trade body has estimated") or a first estimate ("caused about $740
    million in damage, X said in a preliminary estimate": a forecast), else None."""
    if (
        EXPECTED_AFTER.match(after)
        or ANALYSTS_SAY.match(after)
        or ESTIMATED_AFTER.match(text[end : end + 140])
    ):
        return "expected"
    return "forecast" if IN_AN_ESTIMATE.match(text, end, end + 160) else None
