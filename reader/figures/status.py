"""When a figure holds: its status (how exactly it is written, its hedge, is ``hedge``).

Status, from the words of the figure's own clause (bounded windows, so linear):
- ``base``: the earlier value a new one is compared with — after "from", "compared with",
  "versus", "than", "against" ("up from $615 million", "to 40% from 29%"), or followed by
  "in its previous round"; a level beaten ("beating last year's total of £3.9m"), a previous
  close a premium is measured to, earlier offers ("rejected two earlier approaches, at 180p");
- ``expected``: what analysts expected — "the $6.2 billion analysts had expected", "the 6
  million Wall Street had forecast", "Analysts had expected earnings of 92 cents",
  "consensus of $1.20";
- ``hypothetical``: "would have faced a £2.6m penalty"; what a scenario or a stress test
  supposes (scenario.py);
- ``planned``: an intention of the subject — "will cut 3,500 jobs", "plans to hire 250",
  "tries to save €1.2 billion", "a proposed 5% rise"; a sale's terms ("set a price range of
  €26 to €31", "expects to price its shares between $22 and $25"); what someone wants or aims
  for ("wants 40m members by 2029", "aiming for 1,200 outlets"); an offer or appeal ("a 215
  pence-per-share cash offer", "The offer is a premium of 38%"); a change that takes effect
  later ("to £34.99 starting March 1", "6.5% from next year"), unless a past movement governs it;
- ``forecast``: a projection or guidance — "forecast sales of $4.5bn", "could surpass $10bn",
  "expects profit of £540m", "would reach 58%", "raised its guidance to $45bn", and what a
  "guidance:" or "outlook:" label introduces;
- else ``None`` (an actual, reported figure).

bases.py holds the words that mark a base; earlier.py reads the bases no "from" or "compared
with" marks ("well below the $3.9bn it made in 2025", "in its previous round").

The look-back stops at the previous figure of the sentence only when a new clause starts
between them ("..., after cutting 4%"); an apposition ("3,500 jobs, about 8% of its
workforce") shares the status of the figure before it.
"""

from __future__ import annotations

import re

from reader.figures.anticipated import anticipated
from reader.figures.bases import (
    BRACKETED_PRIOR,
    EARLIER_LEVEL,
    RANGE_BASE,
    SHORT_OF,
    set_against,
)
from reader.figures.budgeted import budgeted, priced
from reader.figures.earlier import earlier
from reader.figures.expectations import (
    ANALYSTS_OWN,
    BODY_SAYS_NOW,
    CONSENSUS_AFTER,
    ESTIMATE_AFTER,
    ESTIMATES,
    EXPECTED_AFTER,
    EXPECTED_BEFORE,
    EXPECTED_OF,
    IT_EXPECTED,
    said_after,
)
from reader.figures.far_outlook import REACH, far_outlook
from reader.figures.gate import Gated, led
from reader.figures.intent import (
    analysts_speak,
    estimated_subject,
    offer_terms,
    price_target,
    scheduled,
    superseded,
    words_after,
)
from reader.figures.planned import PAST_HEAD, later_change, planned
from reader.figures.referred import referred_change
from reader.figures.scenario import imagined
from reader.figures.subject_modal import subject_outlook

_WINDOW = 110  # characters looked back for the clause's verb
_JOINERS = frozenset(["-", "\u2013", "to", "and", "or"])
# "would shut two depots and cut about 450 jobs": a second verb under the same modal
_AND_VERB = re.compile(
    r"(?: [a-z0-9-]+){1,3} and (?:also |then )?(?!expect|forecast|sees? |predict|estimat|said |"
    r"says |reported |posted |plans? |aims? |wants? )[a-z]+(?: [a-z]+){0,3}?(?: of)?"
    r"(?: about| around| some| up to| at least| nearly| almost)? "
)
_COORDINATED = re.compile(r" (?:and|or) [a-z]+ (?:[a-z]+ )?")
# "guidance of revenue between $3.45bn and $3.55bn and adjusted EPS of $4.10": a second measure
# of the same verb
_AND_MEASURE = re.compile(
    r" (?:and|or) (?:an? |its |their )?(?:[A-Za-z-]+ ){1,3}of(?: about| around| some| roughly)? "
)
# after a comma, the verb the first measure's clause opened: "expects net sales of ¥126 billion
# for the year, up from ¥112 billion, and operating profit of ¥18.5 billion"
_AND_MEASURE_AFTER = re.compile(
    r"[^;:.]{0,60}, and (?:an? |its |their )?(?:[a-z-]+ ){1,3}of(?: about| around| some| roughly)? "
)
# "would rise 4.5% in April, to £11.40": the level the change reaches shares its verb
_TO_LEVEL = re.compile(r"[^,;]{0,40}, to (?:about |around |some |nearly |almost |roughly |just )?")
_APPOSITION = re.compile(r"[^,;]{0,25}, (?:or )?(?:about |around |almost |nearly |some |roughly )?")
# "would cut 1,500 jobs, or 6% of its staff, and save $400 million": a second action verb (bare,
# as under the same modal or "to") after a comma
_AND_ACTION = re.compile(
    r"[^;:.]{0,60}, and (?:to )?(?:cut|axe|shed|slash|hire|add|create|recruit|invest|spend|build|"
    r"open|close|shut|save|fund|raise|buy|acquire|pay|return|lay off|reduce|borrow|issue|sell|"
    r"lift|increase|boost|double|give|provide|deliver|put|lower|freeze|expand|scrap)"
    r"(?: [a-z-]+){0,3} (?:about |around |some |up to |nearly |almost |roughly |a further "
    r"|another )?"
)
# "would cut 80 jobs, saving about £2m a year": what the action brings about shares its verb
_RESULTING = re.compile(
    r"[^;:.,]{0,40}, (?:saving|costing|freeing up|freeing|generating|raising|bringing in)"
    r" (?:about |around |some |up to |nearly |almost |roughly |an estimated |a further )?"
)

# a new clause (or the end of the previous one) between a verb and the figure
_NEW_CLAUSE = led(
    r"[;:\u2014(]|\.\s|,\s(?=(?:after|before|as|when|since|while|which|who|whose|but|although|"
    r"though|whereas|meaning|giving|valuing|lifting|taking|having|helped|driven|boosted|hit|hurt|"
    r"fuelled|fueled|supported|offset|dragged|weighed|thanks|beating|missing|and\s)\b)"
    # (not a measure's qualifier: "and adjusted EPS of", "and diluted earnings of")
    r"|\b(?:and|but) (?=(?!(?:adjusted|diluted|unadjusted|annualised|annualized|combined|"
    r"projected|expected|estimated|planned)\b)[a-z]+ed\b)"
    # (not a profit "after tax" or one "before tax": the measure's own words)
    r"|\bsaid\b|\bsays\b|\b(?:after(?! (?:tax|taxes|interest|minorities)\b)|because|since|"
    r"according)\b",
    re.I,
)
# the whole a part is taken from: "640 of its 2,900 posts", "nine of the council's 27 centres"
_WHOLE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|half|most|all|many)) of (?:its|the|their|his|her|our)(?: [\w-]+(?:'s|\u2019s))? $",
    re.I,
)
_HYPOTHETICAL = led(
    r"\b(?:would|could|might) have\b|\bhad it (?:not|been)\b|\bwould otherwise\b", re.I
)
# "may" the modal, not the month: "Sales in May rose", "since may the", "May 2025" are no
# forecast (the look-behinds see the words before it only where the clause is read whole)
MAY_MODAL = (
    r"(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\bfrom )(?<!\bby )(?<!\bon )"
    r"(?<!\bearly )(?<!\blate )(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bmid-)(?<!\bend )"
    r"(?:(?-i:may)|(?-i:May)(?= (?:be|have|not|also|still|well|need|take|reach|rise|fall)\b))"
    r"(?! ?[\d,.;:]| (?:the|a|an|this|that|its|his|her|their|our|and|or|last|next|to)\b)"
)
_FORECAST_RE = led(
    r"\b(?:will|would|could|"
    + MAY_MODAL
    + r"|might|should|shall|(?:is|are|was|were) (?:expected|set|likely|"
    r"forecast|projected|predicted|due|on course|on track) to|"
    # "Full-year output is now expected at 2.15 million to 2.25 million ounces"
    r"(?:is|are) (?:now |still )?(?:expected|forecast|projected|seen) (?:at|between)|expects?|expecting|forecasts?|"
    r"forecasting|expected(?: [\w'\u2019-]+){0,5} to|(?<!had )(?<!have )(?<!were )(?<!was )"
    r"expected(?: [a-z-]+){1,3} of|projects?|projected|projecting|projections?|predicts?|predicted|predicting|predictions?|guidance|"
    r"outlook|guided|guides|guiding|sees|seeing|(?:we|I) (?:now |still |also )?see|targets?|targeting|targeted|aims? for|estimates? (?:that|it)|"
    r"anticipates?|likely|set to|on track|on course|next year|by 20\d\d)\b",
    re.I,
)
# (gate.py: a head without one of the words every match holds is not searched)
_FORECAST = Gated(
    _FORECAST_RE,
    ("will", "would", "could", "may", "might", "should", "shall", "expect", "forecast", "set",
     "likely", "project", "predict", "due", "on course", "on track", "see", "guid", "outlook",
     "target", "aim", "estimate", "anticipat", "next year", "by 20"),
)  # fmt: skip
# a past verb after a noun "project": the figure is done there ("its Mount Isa East project
# fell 6%")
_PAST_MOVE = re.compile(
    r"\b(?:fell|rose|grew|dropped|slipped|climbed|jumped|gained|declined|increased|decreased|"
    r"was|were|produced|reached|totalled|totaled|came in)\b"
)
# the word before "project" that makes it a noun: a name's ("its Mount Isa East project"), a
# determiner's ("the project", "a new project")
_PROJECT_NOUN = re.compile(r"(?:\b(?:the|its|their|a|an|this|that|new|whose)|[A-Z][\w-]*) $")


def _forecast_in(head: str) -> bool:
    """Whether ``head`` holds a word of forecasting (``_FORECAST``); "project" as a noun only
    when no past verb follows it ("a project costing around £18 million" is a plan; "output at
    its Mount Isa East project fell 6%" is done)."""
    for m in _FORECAST.finditer(head):
        noun = m.group(0).lower() in ("project", "projects") and _PROJECT_NOUN.search(
            head, max(0, m.start() - 30), m.start()
        )
        if not noun or _PAST_MOVE.search(head, m.end()) is None:
            return True
    return False


# a central bank's rate named by its target, which it sets now: "kept the target reverse
# repurchase rate at 5.25%", "held its policy rate target at 2%" (not a goal: "its 2%
# inflation target", "a target range of £8m to £11m")
_RATE_TARGET = re.compile(
    r"\btarget (?!inflation)(?:[a-z]+ ){0,3}rate\b"
    r"|\b(?:policy|cash|interest|repo|lending|overnight|funds) rate target\b",
    re.I,
)
# "a deal worth 5.5% this year and 3.8% next year": the figure of a period still to come
_NEXT_PERIOD = re.compile(r"^ (?:in |for )?next (?:year|season|quarter|month|financial year)\b")
_FORECAST_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:by 20\d\d|next (?:year|quarter|month)|in (?:the )?coming (?:years?|"
    r"months?)|in 20\d\d)\b"
)
# an estimate put on a sum: "estimated its gross claims from the fire at between $260 million
# and $310 million", "put the cost of rebuilding the network at $210 million to $260 million",
# "is heading for a £36.4 million overspend" (a sum "estimated at" is a fact's size: "a fortune
# estimated at £14.2bn", "damage was estimated at ₱2.86 billion")
_AT = r" at (?:between |about |around |roughly |some |up to |as much as |nearly |almost |least )?$"
_ESTIMATED_AT = re.compile(
    # (its object between: what one estimates, not "a fortune estimated at £14.2bn", a fact)
    r"\b(?:estimates?|estimated|estimating)\b(?: (?!at\b)[\w'\u2019$,.-]+){1,10}"
    + _AT
    # (a sum one puts a cost at, not one something is put on sale at)
    + r"|\bput(?:s|ting)?(?: [\w'\u2019-]+){0,4} (?:cost|costs|bill|figure|total|value|loss|"
    r"losses|damage|toll|price tag|shortfall|gap|deficit|overspend|number)\b"
    r"(?: (?!at\b)[\w'\u2019$,.-]+){0,6}"
    + _AT
    + r"|\b(?:heading|headed|on course|on track) for (?:a|an)?(?: [\w-]+){0,2} ?$",
    re.I,
)
# an assumption the figure is: "a 2.1% return against an assumed 5.25% a year", "the budget
# assumes turnover of about £4.1 million" (not what it assumes happens: "Ofgem assumes a home
# uses 2,700 kWh", labelled a fact of the cap)
_ASSUMED = re.compile(
    r"\b(?:an |the |its |their )?assumed(?: [a-z-]+){0,2} $"
    r"|\bassum(?:es|ing|ed)(?: an?| the)?(?: [a-z-]+){0,3} of(?: about| around| roughly| some)? $",
    re.I,
)
# "they'll spend $18bn": the contracted "will" reads as the word itself
_CONTRACTED_WILL = re.compile(r"(?<=[a-z])['\u2019]ll\b", re.I)
# "guidance: q4 revenue of $3.5bn-$3.6bn": a label that makes the figures after it projections
# (within its sentence; a decimal point is not a sentence end)
_FORECAST_LABEL = Gated(  # (gate.py: most windows hold no colon, and every label ends in one)
    re.compile(
        r"\b(?:guidance|outlook|forecasts?|projections?|upside|downside)"
        r"(?:\s(?:[^;:.!?]|\.(?=\d)){0,60}?)?\s*:(?:[^;:.!?]|\.(?=\d))*$",
        re.I,
    ),
    (":",),
)


# a clause that looks ahead by its verb alone (no noun like "target" or "goal"): "is expected to
# join", "expects demand to recover", "could lift"
_AHEAD_VERB = led(
    r"\b(?:will|would|could|" + MAY_MODAL + r"|might|shall|expects?|expecting|(?:is|are) expected"
    r"|forecasts?|predicts?|(?:is|are) (?:set|likely|due|on course|on track) to)\b",
    re.I,
)


def clause_outlook(text: str, at: int) -> str | None:
    """ "planned" or "forecast" when the clause ending at ``at`` looks ahead by its verb ("plans
    to introduce tickets from June", "expects demand to recover"), else None."""
    head = _CONTRACTED_WILL.sub(" will", _look_back(text, at, None, _WINDOW + 60))
    if planned(head, ""):
        return "planned"  # (any intention verb: "plans to introduce", "aims to bring")
    if _AHEAD_VERB.search(head) and not PAST_HEAD.search(head):
        return "forecast"
    return None


def _look_back(text: str, start: int, prev_end: int | None, window: int = _WINDOW) -> str:
    """The clause text before the figure that may govern it (bounded)."""
    lo = max(0, start - window)
    head = text[lo:start]
    cut = max((m.end() for m in _NEW_CLAUSE.finditer(head)), default=0)
    head = head[cut:]
    if (
        prev_end is not None
        and lo < prev_end
        and (
            _AND_ACTION.fullmatch(text, prev_end, start)
            or _RESULTING.fullmatch(text, prev_end, start)
            or _AND_MEASURE_AFTER.fullmatch(text, prev_end, start)
        )
    ):
        # the verb the previous figure's clause opened ("would cut 1,500 jobs, ..., and save"),
        # read past the ", and" that otherwise starts a new clause
        return _look_back(text, prev_end, None, window) + text[prev_end:start]
    if prev_end is None or prev_end <= lo + cut:
        return head
    gap = text[prev_end:start]
    # a range or an apposition shares the previous figure's verb: "between £540m and £560m",
    # "3,500 jobs, about 8% of its"
    if (
        gap.strip() in _JOINERS
        or _APPOSITION.fullmatch(gap)
        or _COORDINATED.fullmatch(gap)
        or _AND_MEASURE.fullmatch(gap)
        or _AND_VERB.fullmatch(gap)
        or _TO_LEVEL.fullmatch(gap)
    ):
        return head  # ("would lift capacity by 30% and create 800 jobs": the same "would")
    return gap if "," in gap or " and " in gap else head


# a figure that answers: the count of those who said what follows (their intent is theirs)
_RESPONDENTS = re.compile(r" (?:said|say|says|told us|answered|replied|responded)\b")


def _named(text: str, start: int, end: int, head: str, before: str) -> str | None:
    """The status the words right before the figure name: analysts' expectations, a price
    target (intent.py), a level not yet reached again, a supposition (scenario.py), or a
    count the subject already has ("actual")."""
    if EXPECTED_BEFORE.search(head):
        return "expected"
    if price_target(text, start, end):
        # an analyst's price target ("a 3,200p target") is the analyst's expectation of the
        # share price (labels/attrib/README: "expected", analysts' expectation; the rounds
        # from a54 on label it so, 99 figures, against 29 "forecast" in rounds a16-a52)
        return "expected"
    if SHORT_OF.search(before):
        return "base"
    if _HYPOTHETICAL.search(head) or imagined(text, start, end, head):
        return "hypothetical"  # (and what a scenario, a stress test or an "if it had" supposes)
    if _POSSESSED.search(before) and _COUNTED.fullmatch(text, start, end):
        return "actual"  # "raise the pay of its 9,200 store workers": what it has now
    if _OWN_TARGET_BEFORE.search(before) and _OWN_TARGET_AFTER.match(text, end):
        return "planned"  # "closed the fund at $2.85bn, above its $2.5bn target"
    return None


# a figure that is the subject's own target, written as one noun phrase: "above its $2.5-billion
# target", "Kenya's 40% renewables goal" (not "the 80% target set by the WHO", which rounds
# label a fact; an analyst's price target aside: ``price_target``)
_OWN_TARGET_BEFORE = re.compile(
    r"\b(?:its|their|our|[A-Z][\w&-]*(?:'s|\u2019s)) (?:about |around |some |roughly )?$"
)
_OWN_TARGET_AFTER = re.compile(
    r"(?: (?!(?:share|stock|price)\b)[a-z-]+){0,2} (?:target|goal)\b(?! price)"
)


# a count the subject already has: "its 9,200 store workers", "England's 131 universities" (not
# "its 380 planned connections", "its 2% target", "its £612 million budget")
_POSSESSED = re.compile(
    r"\b(?:its|their|our|[A-Z][\w&-]*(?:'s|\u2019s)) (?:about |around |some |roughly |nearly )?$"
)
_COUNTED = re.compile(
    r"[\d,.]+(?: (?!(?:planned|proposed|new|extra|additional|more|further|targeted)\b)"
    r"[a-z-]+){1,2}(?<!target)(?<!goal)(?<!budget)(?<!plan)"
)


def _labelled_ahead(text: str, start: int, before: str, head: str) -> str | None:
    """ "forecast" for a figure under a guidance label or after "it is expected", for an
    estimate put on a sum (``_ESTIMATED_AT``: "expected" when analysts put it) and for an
    assumed one (``_ASSUMED``); else None."""
    if _FORECAST_LABEL.search(text, max(0, start - _WINDOW), start) or (
        "expected" in before and IT_EXPECTED.search(before)
    ):
        return "forecast"
    tail = text[max(0, start - 40) : start]
    if (
        (" at " in tail or " for " in tail)
        and _ESTIMATED_AT.search(text, max(0, start - 120), start)
        and not PAST_HEAD.search(head)
    ):
        return "expected" if analysts_speak(text[max(0, start - _WINDOW) : start]) else "forecast"
    if "ssum" in before and _ASSUMED.search(before):
        return "forecast"  # "against an assumed 5.25% a year", "assumes turnover of about £4.1m"
    return None


# a relative clause whose past verb moves the figure, right before it: what it says is done
# whatever the sentence's main verb plans ("will cut winter sailings, blaming fuel costs that
# rose 22% this year", "tries to cut a waiting list that has grown to 48,200 patients")
RELATIVE_PAST = re.compile(
    r"\b(?:that|which) (?:(?:has|have|had) (?:already |now |since )?)?(?:rose|risen|fell|fallen|"
    r"grew|grown|jumped|climbed|dropped|slid|soared|plunged|"
    r"increased|decreased|declined|doubled|surged|slumped|reached|hit|topped)(?: by| to)? "
    r"(?:about |around |some |nearly |almost |more than |roughly )?$"
)


def status_for(
    text: str, start: int, end: int, prev_end: int | None = None, next_start: int | None = None
) -> str | None:
    """The figure's status (see module doc); ``None`` for an actual."""
    before = text[max(0, start - 60) : start]
    after = words_after(text, end, next_start)  # intent.py
    if "(" in before and BRACKETED_PRIOR.search(before):
        return "base"  # "rose to £31.4m (2024: £24.9m)": the prior period's value
    if (
        EXPECTED_OF.search(before)
        or (EXPECTED_AFTER.match(after) and not superseded(before, after))
        or CONSENSUS_AFTER.match(after)
        or (ESTIMATE_AFTER.match(after) and ANALYSTS_OWN.search(before))
        # "she had expected about 330,000" (a level fallen short of stays a base: _named)
        or (anticipated(before, after) and not SHORT_OF.search(before))
    ):
        return "expected"  # (before a base: "against the €828m analysts had forecast")
    against = set_against(text, start, end, before)  # bases.py
    if against is not None:  # (and "from 287 to 310": the first is the old value)
        return None if against == "actual" else against
    if earlier(before, after, next_start) or RANGE_BASE.search(text, max(0, start - 100), start):
        return "base"
    if (told := said_after(text, end, after)) is not None:
        return told
    if EARLIER_LEVEL.search(text, max(0, start - 90), start):
        return "base"
    if " of " in text[max(0, start - 50) : start] and _WHOLE.search(
        text, max(0, start - 50), start
    ):
        # "640 of its 2,900 posts": the whole the part is taken from is a fact, unless it is
        # written as a plan ("72 of its 380 planned depots")
        return "planned" if scheduled(text[start:end], "") else None
    head = _CONTRACTED_WILL.sub(" will", _look_back(text, start, prev_end))
    named = _named(text, start, end, head, before)
    if named is not None:
        return None if named == "actual" else named
    if _RESPONDENTS.match(after) or RELATIVE_PAST.search(head):
        # "Just 28 of the 1,200 said they would cut": the 28 answered, that is done; "will cut
        # sailings, blaming fuel costs that rose 22%": a past verb of its own
        return None
    if (
        planned(head, after)
        or scheduled(text[start:end], after)
        or offer_terms(text, start)
        or later_change(text, start, end)
        or budgeted(text, start, end)  # "approved a £312m budget", "still has to find £14.7m"
        or priced(head)  # "day tickets would cost up to 8% more" (budgeted.py)
    ):
        return "planned"
    if (ahead := _labelled_ahead(text, start, before, head)) is not None:
        return ahead
    if _forecast_in(_RATE_TARGET.sub("rate", head)) and not PAST_HEAD.search(head):
        said = analysts_speak(text[max(0, start - _WINDOW) : start]) or ESTIMATES.search(head)
        return "expected" if said or BODY_SAYS_NOW.match(text[end : end + 160]) else "forecast"
    if far_outlook(text, start):  # "expects HEPS for the 26 weeks ... to be between 412.6"
        return "expected" if analysts_speak(text[max(0, start - REACH) : start]) else "forecast"
    if (
        estimated_subject(head)  # "The estimated cost has risen to 98 billion crowns"
        or (
            _FORECAST_AFTER.match(after) and _FORECAST.search(text[max(0, start - _WINDOW) : start])
        )
        or _NEXT_PERIOD.match(after)
    ):
        return "forecast"
    # "900 researchers could lose their posts"; "The increase adds £89.46 a year" after a rise
    # "from April" (referred.py)
    return (
        subject_outlook(text, start, end)
        or referred_change(text, start, end)
        or _hung_on_forecast(text, start)
    )


def _hung_on_forecast(text: str, start: int) -> str | None:
    """ "forecast" for a figure in a participle phrase hung on a forecast ("The airline
    expects to return to profit in 2027, helped by savings of NZ$25 million": foreseen with
    it), else None."""
    hung = _HUNG_ON.search(text, max(0, start - _WINDOW), start)
    if hung is None:
        return None
    main = _look_back(text, hung.start(), None)
    return "forecast" if _forecast_in(main) and not PAST_HEAD.search(main) else None


# a participle phrase hung on the clause before it, the figure inside: ", helped by savings of"
_HUNG_ON = re.compile(
    r", (?:helped|driven|boosted|supported|lifted|aided|underpinned|fuelled|fueled) by "
    r"[^,;:]{0,40}$|, thanks to [^,;:]{0,40}$"
)
