"""Intentions, decisions and comparisons that the clause's first verb does not show (rules of
``status.status_for``; bounded windows, so linear).

Planned:
- an intention verb and its to-infinitive, whatever the verb: "aimed to hire 500", "hopes to
  open 30 stores", "sought to raise $2bn" ("expects to" is a projection, not an intention);
- a price, fee, tax or pay someone sets that will change: "fares will rise by 4.6%", "the cap
  would rise by 6%, or £104", "minimum pay will rise to A$95,000";
- what a plan or proposal does: "Under the proposals, a Band D bill would rise to £2,211",
  "Up to 140 jobs will go under the plans";
- the figure as the subject of a decided action: "Twelve libraries are to close", "140 jobs
  will be cut", "300 stores would shut";
- what is sought or demanded: "is demanding a 14% pay rise", "seeking a valuation of up to
  €7bn"; a deal's terms not yet done: "The listing would value the firm at €6bn", "its
  proposed takeover values the group at £1bn";
- a pledge named after the figure: "spending will reach 3.5% of GDP by 2030, the government
  pledged".
Each reads only while no result verb ("rose", "posted", "was") follows the intention: "Tamsin,
which aims to expand abroad, posted sales of £410m" is a result.

- an action someone will take (not a level something will reach): "would import 3 million
  eggs a week", "The winner will receive £680,000";
- what someone is urged or called on to do: "Nato urged its members to spend at least 3.5%".
- a figure in a plan or timetable: "380 planned depots", "part of a £9bn national plan",
  "costing £85m, is due to begin in March"; a limit set for later: "will be capped at
  60,000"; what an offer values the company at: "a 215p cash offer ..., valuing the company
  at about £1bn" (``offer_terms``).

``words_after``: the words after a figure that may govern it, read past the whole a part is
taken from ("Twelve of its 40 depots will be closed").

Base: "That compares with £61m a year earlier", "a year earlier it was £61m"; an earlier
projection a new figure replaces: "almost double the 52 billion crowns forecast when the
project was approved", "The company's earlier forecast was 11.5 million".

Forecast: what an estimated or projected amount has become ("The estimated cost of the line
has risen to 98 billion crowns"); expected, not forecast, when analysts or researchers are the
ones who say it ("Analysts at Brenner Bank said the bill could reach €400m").
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led


def _cues(words: str) -> re.Pattern[str]:
    """A case-sensitive search for any of ``words`` in lower-cased text: far cheaper than the
    case-insensitive rules it gates."""
    return re.compile("|".join(sorted(words.split(), key=len, reverse=True)))


# a movement or level already reported: "sales rose 5% starting in January" is a result
RESULT_VERB = led(
    r"\b(?:rose|fell|grew|increased|decreased|jumped|climbed|gained|dropped|declined|slipped|"
    r"slid|surged|soared|plunged|tumbled|eased|was|were|stood|reached|totalled|totaled|posted|"
    r"reported|earned|made|sold)\b",
    re.I,
)
_HEDGES = r"(?:about |around |some |up to |nearly |almost |roughly |at least |more than )?"
_INTENDS = led(
    r"\b(?:aims?|aimed|aiming|plans?|planned|planning|intends?|intended|intending|seeks?|sought|"
    r"seeking|hopes?|hoped|hoping|targets?|targeted|targeting|wants?|wanted|wanting|"
    r"promised|promises|pledged|pledges|vowed|vows|committed) to "
    r"(?!be\b|have been\b)[a-z]+",
    re.I,
)
_SET_LEVEL = led(
    r"\b(?:fares?|fees?|tax|taxes|duty|duties|levy|tariffs?|cap|pay|salary|salaries|wages?|"
    r"pensions?|tuition|rents?|allowances?|benefits?|subsid(?:y|ies)|tolls?|charges?|stipends?|"
    # what an operator or funder sets: "Season-ticket prices will rise 8%", "A pass for a
    # motorcycle will rise to $30", "The council's grant will fall to £2.6m"
    r"(?:[a-z-]*ticket|admission|entry) prices?|season tickets?|pass|passes|grants?|prize money|"
    r"prize fund)"
    r"(?: [a-z-]+){0,8}? (?:will|would|is to|are to|is set to|are set to) (?:now |also )?"
    r"(?:rise|increase|go up|climb|fall|drop|be cut|be raised|be increased|be lifted|be frozen|"
    r"be reduced|be capped|be set)\b(?:[^,;.]|[,.](?=\d)|, or )*$",
    re.I,
)
_UNDER = r"\bunder (?:the|its|their|these|those|a|new|his|her) (?:[a-z-]+ ){0,2}"
_UNDER_PLAN = led(
    _UNDER + r"(?:plans?|proposals?|scheme|blueprint|programme|program|restructuring)\b",
    re.I,
)
# ... and, written before the figure, the terms of a budget, a bill or a deal: "Under the
# ordinance, social services get ₱14.2 billion", "Under the deal, Acme will pay $40m" (after
# it they say where money already paid came from: "brought in ₹640 crore under the agreement")
_UNDER_TERMS = led(
    _UNDER + r"(?:ordinance|budget|bill|agreement|deal|settlement|terms)\b",
    re.I,
)
_DECIDED = re.compile(
    r"^(?: [a-z'\u2019-]+){0,3}? (?:will|would|are to|is to|are set to|is set to|are due to|"
    r"is due to)"
    r"(?: also| now)? (?:be )?(?:cut|axed|lost|go|close|closed|shut|merged|created|added|built|"
    r"opened|hired|recruited|sold|scrapped|spent|invested|raised|made redundant|removed|"
    r"replaced|phased out)\b",
    re.I,
)
# an obligation still to be met: "with £1.5 million to be paid on account within 28 days", "a
# further 200 homes to be built by 2030" (not "the first 100 patients to be treated", done)
_ORDINAL_END = re.compile(r"\b(?:first|last|only|latest|youngest|oldest|next)(?: [a-z-]+)? $", re.I)
_TO_BE_DONE = re.compile(
    r"^(?: (?!(?:yet|have|has|had|are|is|was|were|due|allowing|able)\b)[a-z'\u2019-]+){0,3}? "
    r"(?:still )?to be (?:paid|repaid|spent|invested|raised|borrowed|built|created|cut|axed|"
    r"shed|hired|added|opened|closed|returned|refunded|allocated|awarded|given|handed over|"
    r"paid out|laid off|made redundant)\b"
)
# a limit someone sets: "Entries for next year's race will be capped at 60,000"
_LIMIT_SET = led(
    r"\b(?:will|would|is to|are to|is set to|are set to|is due to|are due to) be (?:capped|limited|"
    rf"fixed|frozen|held|restricted|set) (?:at|to) {_HEDGES}$",
    re.I,
)
# an action someone will take (not a level something will reach): "would import 3 million eggs
# a week", "The winner will receive £680,000", "players would receive 27%"; a deal's terms:
# "would keep all 1,100 staff", "shareholders will own about 58% of the enlarged group", "would
# propose a dividend of MAD 18"
_WILL_ACT = led(
    r"\b(?:will|would|shall|'ll)(?: (?:also|now|then|still|instead|only))? (?:import|export|"
    r"receive|hire|recruit|spend|invest|build|buy|acquire|sell|launch|pay|award|donate|lend|"
    r"borrow|repay|order|introduce|charge|relocate|fund|finance|cap|keep|retain|own|propose)"
    r"\b(?!-)",
    re.I,
)  # (not "cut", "create": "the move would cut its profits", "A merger would create a bank")
_SOUGHT = led(
    r"\b(?:seeking|seeks|sought|demanding|demands|demanded|proposing|proposes|asking for|"
    r"calling for|calls for|called for|pushing for|pressing for)(?: an?| its| their| the)?"
    r"(?: [a-z-]+){0,3}?"
    rf" (?:of )?{_HEDGES}$",
    re.I,
)
_TERMS = led(
    r"\b(?:would|will|could) value\b"
    r"|\b(?:proposed|planned|intended|mooted|potential|possible) (?:[a-z-]+ ){0,2}(?:takeover|"
    r"deal|merger|bid|offer|listing|ipo|flotation|acquisition|sale|purchase)\b",
    re.I,
)
_PLEDGED_AFTER = re.compile(
    r"^[^;.]{0,80}?, (?:the |a )?(?:[\w'\u2019-]+ ){1,4}?(?:has |have |had )?(?:pledged|promised|"
    r"vowed|proposed)(?: on [A-Z]\w+| last \w+| this \w+)?(?=[,.;]|$)"
)  # the pledge is the sentence's attribution: "..., the government pledged."
_COMPARES = led(
    rf"\b(?:compares?|comparing) (?:with|to) {_HEDGES}$"
    r"|\b(?:a year|twelve months|a month|a quarter|the year) (?:earlier|ago|before),? (?:it|the "
    rf"figure|that|they|the total) (?:was|were|stood at|had been|came to|totalled) {_HEDGES}$",
    re.I,
)


_URGED = led(
    r"\b(?:urged|urges|urging|called on|calls on|calling on|pressed|presses|pressing)"
    r" (?:[\w'\u2019-]+ ){1,4}?to (?!be\b)[a-z]+",
    re.I,
)
_SUPERSEDED_BEFORE = led(
    rf"\b(?:double|twice|triple|treble|three times|half) (?:the|its|their) {_HEDGES}$"
    r"|\b(?:earlier|previous|prior|original|old|initial) (?:forecast|target|estimate|guidance|"
    rf"projection|budget)s? (?:was|were|of|had been|at|stood at) {_HEDGES}$",
    re.I,
)
_FORECAST_THEN = re.compile(
    # (not a gap to it: "NZ$1.6 billion more than forecast in May" is the miss, a fact)
    r"^(?! (?:more|less|higher|lower|above|below|over|under)\b)"
    r"(?: [a-z-]+){0,2} (?:forecast|projected|estimated|budgeted|expected) (?:when|in (?:19|20)\d\d|"
    r"at the time|originally|initially|back in|earlier|previously"
    # (an estimate of an earlier time: "up from the €1.6 million estimated last year", "from
    # the £7m forecast in March")
    r"|last (?:year|month|week|spring|summer|autumn|fall|winter|season)|a (?:year|month) (?:ago|earlier)"
    r"|in (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))\b",
    re.I,
)
_ESTIMATED_SUBJECT = led(
    r"\b(?:estimated|projected|expected|forecast|likely) (?:total |final |overall )?(?:cost|bill|"
    r"price|spending|bill|outlay|cost overrun)s?\b",
    re.I,
)
_ANALYSTS_SPEAK = re.compile(
    r"\b(?:analysts?|economists?|researchers?|strategists?|forecasters)(?: (?:at|from|with) "
    r"[^,;]{1,40}?)? (?:said|say|says|estimated|estimate|estimates|expect|expects|predicted|"
    r"predict|predicts|reckon|reckons|believe|believes)\b",
    re.I,
)


def superseded(before: str, after: str) -> bool:
    """Whether the figure is an earlier projection a new figure replaces (module doc)."""
    if _FORECAST_THEN.match(after) is not None:
        return True
    return _EARLIER_CUES.search(before.lower()) is not None and (
        _SUPERSEDED_BEFORE.search(before) is not None
    )


def estimated_subject(head: str) -> bool:
    """Whether the clause is about an estimated or projected amount (module doc)."""
    return _ESTIMATE_CUES.search(head.lower()) is not None and (
        _ESTIMATED_SUBJECT.search(head) is not None
    )


def analysts_speak(clause: str) -> bool:
    """Whether analysts, economists or researchers are the ones saying the clause's figure."""
    return _ANALYSTS_SPEAK.search(clause) is not None


def governs(pattern: re.Pattern[str] | Gated, head: str) -> bool:
    """Whether the last match of ``pattern`` in ``head`` has no result verb after it."""
    found = pattern.search(head)
    if found is None:
        return False
    end = found.end()
    while (found := pattern.search(head, end)) is not None:
        end = max(found.end(), end + 1)
    return RESULT_VERB.search(head, end) is None


# words one of which each rule's match holds: a clause with none of them is not searched
_INTENT_CUES = _cues("aim plan intend seek sought hop target want value propos mooted potential "
                     "possible demand asking call push press urg under promis pledg vow "
                     "committed")  # fmt: skip
_LEVEL_CUES = _cues("fare fee tax dut levy tariff cap pay salar wage pension tuition rent "
                    "allowance benefit subsid toll charge stipend ticket admission entry pass "
                    "grant prize")  # fmt: skip
_PLEDGE_CUES = _cues("pledged promised vowed proposed")
_EARLIER_CUES = _cues("compar earlier ago before double twice triple treble three half previous "
                      "prior original old initial")  # fmt: skip
_ESTIMATE_CUES = _cues("estimated projected expected forecast likely")


def decided(head: str, after: str) -> bool:
    """Whether the figure is planned by one of the module doc's rules; ``head`` is its clause
    before it, ``after`` the words after it (within its sentence)."""
    low = head.lower()
    if _INTENT_CUES.search(low) is not None and (
        governs(_INTENDS, head)
        or governs(_TERMS, head)
        or _SOUGHT.search(head)
        or governs(_UNDER_PLAN, head)
        or governs(_UNDER_TERMS, head)
        or governs(_URGED, head)
    ):
        return True
    if (
        ("will" in low or "would" in low or " to " in low)
        and _LEVEL_CUES.search(low) is not None
        and _SET_LEVEL.search(head)
    ):
        return True
    if ("will" in low or "would" in low or "'ll" in low) and governs(_WILL_ACT, head):
        return True  # "would import 3 million eggs a week", "The winner will receive £680,000"
    if " be " in low and _LIMIT_SET.search(head):
        return True  # "Entries will be capped at 60,000"
    low = after.lower()
    if ("will" in low or "would" in low or " to " in low) and _DECIDED.match(after):
        return True
    if " to be " in low and _TO_BE_DONE.match(after) and not _ORDINAL_END.search(head):
        return True  # "with £1.5 million to be paid on account"
    if _PLEDGE_CUES.search(low) is not None and _PLEDGED_AFTER.match(after):
        return True
    plan = _UNDER_PLAN.search(after) if "under" in low else None
    return plan is not None and RESULT_VERB.search(after, 0, plan.start()) is None


# a figure written as part of a plan or timetable: "380 planned depots", "a £9bn national
# plan", "costing about £85m, is due to begin next summer"
_PLANNED_WORD = re.compile(r"\b(?:planned|proposed|promised|pledged)\b")
# (not a share of them: "redeemed 84% of pledges", "12% of plans"; nor a pension plan's own
# accounts: "a 2.1% return on plan assets")
_PLAN_AFTER = re.compile(
    r"^(?: (?!of\b)[a-z-]+){0,2} (?:plan|plans|pledge|pledges)\b"
    r"(?! to\b| (?:assets|liabilities|members|participants|trustees|sponsors?)\b)"
)
_DUE_AFTER = re.compile(
    r"^[^.;\d]{0,30}?\bdue to (?:begin|start|open|launch|finish|be completed|be finished|"
    r"take effect|come into force|be built|be paid)\b"
)


def scheduled(surface: str, after: str) -> bool:
    """Whether the figure's own words or the words right after it make it part of a plan or a
    timetable (the comment above)."""
    return bool(
        _PLANNED_WORD.search(surface) or _PLAN_AFTER.match(after) or _DUE_AFTER.match(after)
    )


def compared_before(before: str) -> bool:
    """Whether the words before the figure make it a base (module doc)."""
    return _EARLIER_CUES.search(before.lower()) is not None and _COMPARES.search(before) is not None


# an offer, an appeal or a plan is not (yet) a result (status.py)
PROPOSAL = r"(?:offer|bid|appeal|proposal|approach)"
# the whole a part is taken from, written right after the part: " of its 40"
_PART_OF_WHOLE = re.compile(
    r" of (?:its|the|their|his|her|our)(?: [\w-]+(?:'s|\u2019s))? [\d,.]*\d"
)
_OFFER_VALUES = re.compile(
    rf"\b{PROPOSAL}\b[^;]{{0,160}}, valuing (?:the company|the group|the firm|the business|it|"
    r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)?) at(?: about| around| some| roughly| nearly| almost)? $"
)


def offer_terms(text: str, start: int) -> bool:
    """What an offer values the company at: "a 215p cash offer from X, valuing the company at
    £1bn" (not a deal done: "bought X for 310p a share, valuing it at £2.2bn")."""
    if ", valuing" not in text[max(0, start - 60) : start]:
        return False
    return _OFFER_VALUES.search(text, max(0, start - 220), start) is not None


def words_after(text: str, end: int, next_start: int | None) -> str:
    """The words after the figure that may govern it: up to the next figure, or past the whole
    a part is taken from ("Twelve of its 40 depots will be closed": the part is the subject
    the verb acts on)."""
    part = _PART_OF_WHOLE.match(text, end) if next_start is not None else None
    if part is not None and next_start is not None and part.end() > next_start:
        return text[part.end() : min(len(text), part.end() + 80)]
    stop = end + 80 if next_start is None else min(end + 80, next_start + 1)
    return text[end : min(len(text), stop)]


# an analyst's price target is their forecast of the share price: "who has a price target of
# $55", "raised its target price on the stock to Rs 13,200", "kept its 'buy' rating and a
# 3,200p target"
_PRICE_TARGET_BEFORE = re.compile(
    r"\b(?:(?:share )?price target|target price)(?: (?:for|on) (?:the|its|their) (?:stock|shares))?"
    r" (?:of|at|to)(?: about| around| some| roughly)? $",
    re.I,
)
_TARGET_AFTER = re.compile(r" (?:(?:share[- ])?price[- ])?target\b", re.I)
_BROKER = re.compile(
    r"\b(?:broker(?:age)?s?|analysts?|rating|outperform|overweight|underweight)\b", re.I
)


def price_target(text: str, start: int, end: int) -> bool:
    """Whether the figure is an analyst's price target (a forecast)."""
    if _PRICE_TARGET_BEFORE.search(text, max(0, start - 70), start):
        return True
    return bool(_TARGET_AFTER.match(text, end) and _BROKER.search(text, max(0, start - 120), start))
