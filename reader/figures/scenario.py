"""A figure of an imagined case: what a scenario, a stress test or a simulation supposes, and
what comes out under it, is hypothetical, not a fact of the world.

- the clause sets it under a scenario ("came closest to the line under a scenario with a deep
  recession and a 33% fall in house prices", "projected losses under the test came to £11bn",
  "in a worst-case scenario, sales would fall 40%");
- its sentence's subject is a scenario, test or model that supposes it ("The test imagines
  unemployment rising to 8.5% and the base rate climbing to 7%", "the model assumes oil at
  $60 a barrel").

A counterfactual condition makes a case imagined too: a figure in an "if" clause whose verb is
"had" + participle or "were" ("If the bank had cut by 100 basis points, ..."; "Had it
sold ..."), and a figure of the clause a "would", "could" or "might" heads after it ("..., a
family with a $150,000 mortgage would be paying $90 less"). An open condition ("only if their
household earns less than £7,400", "if unemployment, now at 5.8%, kept rising") is no
supposition: the figure is a threshold or a fact.

"In the test match he scored 150" is no supposition: "in" sets a figure in a scenario or a
simulation only, "under" in a test or a model too.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated
from reader.figures.sentence_groups import SENTENCE_END, sentence_start

_DET = r"(?:a|an|the|its|their|this|that|each|every|his|her|our)"
_SUPPOSED = r"(?:scenarios?|simulations?|stress[- ]tests?|stress[- ]testing|hypotheticals?)"
# "under a scenario with", "under the test", "in its worst-case scenario"
_UNDER = Gated(
    re.compile(
        rf"\b(?:under\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}(?:{_SUPPOSED}|tests?|models?)"
        rf"|in\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}{_SUPPOSED})\b",
        re.I,
    ),
    ("scenario", "simulation", "test", "model", "hypothetical"),
)
# "The test imagines", "the scenario assumes", "Its model envisages"
_SUPPOSES = Gated(
    re.compile(
        rf"\b(?:{_SUPPOSED}|tests?|models?|modelling|modeling|exercises?)"
        r"\s+(?:also\s+)?(?:imagines?|imagined|assumes?|assumed|envisages?|envisaged|envisions?|"
        r"posits?|supposes?|supposed|simulates?|simulated|pictures?|pictured)\b",
        re.I,
    ),
    ("imagin", "assum", "envis", "posit", "suppos", "simulat", "pictur"),
)
_REACH = 200  # characters of its sentence read before the figure


# a counterfactual condition: "if" + "had" + participle or "were", or an inverted "Had it ..."
_IF_HAD = r"(?:\b[Ii]f\b(?:[^,;:.!?]|[.,](?=\d)){0,80}?\b(?:had(?: not)? \w+(?:ed|en|t|n|d)|were)\b|(?:^|[.!?]\s+|, )(?-i:Had) (?:it|they|we|he|she|the|[A-Z]\w+)\b)"
_IN_IF_HAD = re.compile(_IF_HAD + r"(?:[^,;:!?]|[.,](?=\d))*$")
_AFTER_IF_HAD = re.compile(
    _IF_HAD + r"(?:[^;:!?]|[.,](?=\d))*?, (?:[^;:!?]|[.,](?=\d))*?\b(?:would|could|might)\b"
)
_MODAL_AFTER = re.compile(
    r"^(?:(?! [-\u2013\u2014] )[^,;:.!?\u2013\u2014]|[.,](?=\d)){0,60}?\b(?:would|could|might)\b"
)
# the figure stands in a relative clause of its own ("sales - which account for nearly 23% of")
# (after a comma, "that" is the case a condition supposes: "If rates fall 10 percent, that's
# roughly $1.4 million")
_RELATIVE = re.compile(r"\b(?:which|who|whose|(?<!, )that)\b[^,;:]*$|[-\u2013\u2014] [^,;:]*$")


# An open condition with a modal consequence supposes a case too ("If PC shipments fall another
# 10% next year, we estimate Northlake would lose roughly $3.5 billion"; "if every giver added
# £1 a week, parishes would raise around £830,000"): the figure of the "if" clause, when a
# comma and a "would", "could" or "might" follow it in the sentence, and the figure after that
# modal. (Measured on the development rounds before it was written: 49 of the 51 labelled
# figures of such sentences are hypothetical.) A threshold ("only if ...") is no supposition.
_ANY = r"(?:[^;:!?.]|[.,](?=\d))"
_IN_IF = re.compile(r"(?<!\bonly )\b[Ii]f\b(?:[^,;:!?.]|[.,](?=\d))*$")
_THEN_MODAL = re.compile(rf"{_ANY}*?, {_ANY}*?\b(?:would|could|might)\b")
_AFTER_IF_MODAL = re.compile(
    rf"(?<!\bonly )\b[Ii]f\b{_ANY}*?, {_ANY}*?\b(?:would|could|might)\b{_ANY}*$"
)


# ... and so does a modal consequence written before its condition ("gains in the Western Cape
# could reach 9% next year if the Reserve Bank cuts rates again", "losses could reach ₹1,200
# crore if the fields stay under water"): the figure after the clause's "would", "could" or
# "might" when an "if" follows it in the same clause (not "only if", "even if", "as if": a
# threshold or a concession; not across ", and" or ", but": "kept its guidance at 45 cents,
# and said the board would not pay more than it could afford if prices fell")
# a character of the clause: not past ", and", ", but", ", while" (a clause of its own), nor a
# sentence's end (a point or comma inside a number is no break)
_IN_CLAUSE = r"(?:(?!, (?:and|but|while|whereas)\b)[^;:!?.]|[.,](?=\d))"
_MODAL_BEFORE = re.compile(rf"\b(?:would|could|might)\b{_IN_CLAUSE}{{0,90}}$")
_MODAL_THEN_IF = re.compile(
    rf"{_IN_CLAUSE}{{0,80}}?"
    r"(?<!\bonly )(?<!\beven )(?<!\bas )\bif\b(?! (?:any|so|not|necessary|needed|possible)\b)"
)


# A sentence that opens on its condition supposes the case whatever its consequence's verb
# ("If container rates fall back 10 percent, that's roughly $1.4 million straight to the
# bottom line"; "If the program prevented just 10 shootings last year, it saved about $14
# million"): the figure of the opening "if" clause, once a comma closes it, and the figures of
# the clause it conditions. (Measured on the development rounds before it was written: of the
# labelled figures in such sentences, 46 of 46 in the "if" clause and 110 of 116 after it are
# hypothetical.) Not a set phrase ("If anything, prices rose 3%", "If so, ..."), and not a
# condition on "you": "If you are behind with payments, our fund can pay up to £250" states a
# standing rule.
_OPENS_IF = re.compile(
    r"^[\s\"'\u201c\u2018]*(?:(?:But|And|So|Yet|Still|Now|Even),? )?(?:even )?[Ii]f\b"
    r"(?! (?:anything|so|not|necessary|needed|possible|any|you|your)\b)"
)
_IN_OPEN_IF = re.compile(rf"{_OPENS_IF.pattern}{_ANY}*$")
_CLOSED = re.compile(rf"{_ANY}*?, ")
_AFTER_OPEN_IF = re.compile(rf"{_OPENS_IF.pattern}{_ANY}*?, {_ANY}*$")
# a short aside the figure closes with a comma: "If unemployment, now at 5.8%, kept rising"
_ASIDE = re.compile(r", (?!(?:that|this|it|there|we|you|they|he|she)\b)(?:\w+ ){0,3}$")


def _conditional(text: str, first: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is in an open "if" clause whose consequence a
    modal heads, or in that consequence, or in a sentence that opens on its condition
    (above); ``first``: where its sentence starts."""
    sentence = text[first:start]
    # (_MODAL_BEFORE needs one of its modals written: looked for first, the slower
    # _MODAL_THEN_IF only then)
    if (
        ("would" in sentence or "could" in sentence or "might" in sentence)
        and _MODAL_THEN_IF.match(text, end)
        and _MODAL_BEFORE.search(sentence)
    ):
        return True  # "occupancy could reach 75% for the full year if the airlift holds"
    if "if" not in sentence.lower() or _RELATIVE.search(sentence):
        return False
    if _IN_IF.search(sentence):
        if _THEN_MODAL.match(text, end) is not None:
            return True
        return _IN_OPEN_IF.match(sentence) is not None and _CLOSED.match(text, end) is not None
    if _AFTER_IF_MODAL.search(sentence) is not None:
        return True
    # (not an aside inside the condition: "If unemployment, now at 5.8%, kept rising")
    aside = sentence.count(", ") == 1 and _ASIDE.search(sentence) and text.startswith(",", end)
    return not aside and _AFTER_OPEN_IF.match(sentence) is not None


# A sensitivity supposes a move and its effect: "every 10-cent fall in the price cuts about $264
# million from the crop's value", "Each percentage point on the ratio moves pre-tax profit by
# roughly €11 million": the figure after "every"/"each" and those after it in its sentence,
# when a verb of effect follows ("runs every 10 minutes and carries 5,000 a day" is no case).
_EVERY = re.compile(
    r"\b[Ee](?:very|ach) (?:extra |further |additional |single |other )?"
    r"(?:(?:[$\u20ac\u00a3\u00a5\u20b9]|[A-Z]{1,3}\$|Rs\.? ?|R|Sh ?)?\d|(?:one(?! of)|half|a|ten) )"
)
_EFFECT = re.compile(
    r"\b(?:is worth|are worth|worth|cuts?|adds?|moves?|saves?|lifts?|changes?|reduces?|"
    r"raises?|knocks?|shaves?|wipes?|costs?|takes?|would|could)\b"
)


# ... or a thing's worth per unit, with no number: "Every agency shift we convert to a bank
# shift saves us about £180" (the figures after its verb of effect; not a time's "every year")
_EVERY_THING = re.compile(
    r"\b[Ee](?:very|ach) (?!(?:year|day|week|month|quarter|season|time|morning|night|evening|"
    r"weekend|hour|minute|summer|winter|spring|autumn|fall|decade|other|one|of)\b)[a-z][\w-]*"
)
_THING_EFFECT = re.compile(
    r"\b(?:is worth|are worth|cuts?|adds?|saves?|lifts?|reduces?|raises?|knocks?|shaves?|"
    r"wipes?)\b"
)


def _sensitivity(text: str, first: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is in a sensitivity's sentence (above), which
    starts at ``first``."""
    if "very " not in text[first:end] and "ach " not in text[first:end]:
        return False  # (no "every" or "each": the common case, no regex run)
    every = _EVERY.search(text, first, end)
    if every is None:
        thing = _EVERY_THING.search(text, first, end)
        if thing is None or thing.end() > start:
            return False
        if text[first : thing.start()].strip(" \"'\u201c\u2018"):
            return False  # (the sentence opens on it: "Rs 100 each to raise" is a price)
        return _THING_EFFECT.search(text, thing.end(), start) is not None
    if _EVERY_SPAN.match(text, every.end() - 1):
        return False  # "runs every 10 minutes and costs $3 a ride": how often, no case
    stop = SENTENCE_END.search(text, end)
    return _EFFECT.search(text, every.end(), stop.start() if stop else len(text)) is not None


# a span of time or way after "every": a frequency or a spacing, not a supposed move
_EVERY_SPAN = re.compile(
    r"\d[\d,.]* (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|km|kilometres?"
    r"|metres?)\b"
)


def _counterfactual(text: str, first: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is in a counterfactual "if" clause or in the
    clause it conditions (module doc); ``first``: where its sentence starts."""
    sentence = text[first:start]
    if "f" not in sentence or ("had" not in sentence.lower() and "were" not in sentence):
        return False
    if _IN_IF_HAD.search(sentence):
        return True
    if not re.search(_IF_HAD, sentence):
        return False
    if _RELATIVE.search(sentence):
        return False
    return bool(_AFTER_IF_HAD.search(sentence) or _MODAL_AFTER.match(text[end : end + 80]))


# a worked example: an indefinite someone with a sum of their own ("A worker earning C$78,000 a
# year would pay about C$1,365 more", "a 35-year-old earning R22,000 a month who withdraws
# R15,000", "A buyer paying $920,000 would still get a partial concession"): the sum and what
# the sentence says of them after it are a case the story works through, not a fact (in the
# development rounds 9 of 10 such figures are labelled hypothetical; "a household on the
# 100Mbps plan" names a real group, so "on" alone is no example; nor is "a target of earning
# 40 percent of its revenue abroad")
_EXAMPLE = Gated(
    re.compile(
        r"\b(?:[Aa]n?|[Ss]omeone) (?:(?!(?:of|to|for|in|by)\b)[\w'\u2019-]+ "
        r"|of (?:two|three|four|five|six) ){0,4}?"
        r"(?:earning|paying|spending|who earns|who is paid|who spends"
        r"|on a (?:salary|wage|pay|income) of|on an income of|taking home|with (?:a|an) "
        r"(?:salary|income|mortgage|loan) of)(?: about| around| roughly| some| nearly)? "
        r"(?=[$\u00a3\u20ac\u00a5\u20b9\u20b1A-Z]{0,3}\$?\d|KSh|R\d|[Kk]r\.? ?\d|Rs\.? ?\d)"
    ),
    ("earn", "pay", "salar", "wage", "income", "taking", "mortgage", "loan", "spend"),
)
# what a sentence opening on an absence says would be: "Without a one-off bonus pool of 35 million
# zł, full-year operating profit would be about 8% higher" (the figure after its "would")
_WITHOUT = re.compile(
    r"[\"\u201c]?(?:Without|But for|Were it not for|Had it not been for)\b[^,;.]{1,120}, "
    r"(?:(?!\b(?:and|but|said|says|while|as)\b)[^,;.])*?\bwould\b"
)
# a loan or sum a worked example is set on: "On a $600,000 loan over 25 years, the increase
# would add about $32 a fortnight"
_ON_EXAMPLE = re.compile(r"On an? (?=\S*\d)")
# a sentence opening on the case it works through: "For a family borrowing €200,000 over 30
# years, that fall in rates means ...", "For a borrower with a $600,000 mortgage, ...", "On a
# 25-year loan of SR 1 million, the cut lowers ..." (not a typical, average or median one, which
# the rounds label as the fact it stands for: "For a typical household using 180 kWh a month,
# the bill will rise to ...")
_FOR_EXAMPLE = re.compile(  # (anchored at the sentence start: fails on its first letter)
    r"[\"\u201c]?(?:For|On) an? (?!(?:[\w'\u2019-]+ ){0,5}?(?:typical|average|median)\b)"
    r"(?:[\w'\u2019-]+ ){0,5}?(?:borrower|household|famil(?:y|ies)|home|homeowner|house|"
    r"property|buyer|saver|earner|worker|employee|taxpayer|couple|pensioner|customer|driver|"
    r"motorist|commuter|student|loan|mortgage|investor|renter|tenant|consumer|subscriber|"
    r"person|user)s?\b[^.;:!?]{0,120}?, "
)
_MODAL_LATER = re.compile(r"\b(?:would|could|might)\b")


def _example(text: str, first: int, start: int) -> bool:
    """Whether the figure at ``start`` is of a worked example (the comment above): the
    example's own sum, or a figure after it in its sentence."""
    if _EXAMPLE.search(text, first, start + 8) is not None:  # (its look-ahead reads the sum)
        return True
    if (m := _WITHOUT.match(text, first)) is not None and m.end() <= start:
        return True  # what would be without something: a counterfactual
    if _FOR_EXAMPLE.match(text, first) is not None:
        return True  # the case a sentence opens on, and what it says of it
    return (
        _ON_EXAMPLE.match(text, first) is not None
        and _MODAL_LATER.search(text, first, start + 200) is not None
    )


def imagined(text: str, start: int, end: int, head: str) -> bool:
    """Whether the figure at ``start``..``end`` is of an imagined case (module doc): set under
    a scenario or by one that supposes it, in a counterfactual or an open "if" clause with a
    modal consequence, or in a sensitivity; ``head`` is the clause text before it that may
    govern it. Its sentence's start is read once for all of them."""
    if _UNDER.search(head):
        return True
    first = sentence_start(text, start, _REACH)
    return (
        _SUPPOSES.search(text, first, start) is not None
        or _counterfactual(text, first, start, end)
        or _conditional(text, first, start, end)
        or _sensitivity(text, first, start, end)
        or _what_if(text, first, start)
        or _example(text, first, start)
    )


# A move supposed with an indefinite article and what it "would" do: "a 10% drop in
# transhipment volumes would cut annual revenue by roughly Dh150 million", "a 10% weaker rand
# could add roughly 3 percentage points to occupancy": the move's figure and the effect's after
# it in the same clause. (In the development rounds 23 of the 26 labelled figures of such
# sentences are hypothetical.)
_WHAT_IF = re.compile(
    r"\b[Aa]n? (?:further |another |sustained |similar |additional )?"
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$)?\d[\d,.]*"
    r"(?: ?(?:%|per ?cent|percent)| (?:percentage[- ]points?|basis[- ]points?|bps|cents?))"
    r"(?: [a-z]+)? (?:rise|fall|drop|cut|increase|decline|decrease|jump|slide|weaker|"
    r"stronger|move|swing|appreciation|depreciation|gain|slump|reduction)\b"
    rf"{_IN_CLAUSE}{{0,90}}?\b(?:would|could|might)"
    r"(?: \w+)? (?:add|cut|lift|reduce|raise|lower|boost|knock|wipe|shave|increase|take|push|"
    r"trim|hit|save|mean|lop|erode|drag|cost|lose|remove)\b"
)
_SAME_CLAUSE = re.compile(f"{_IN_CLAUSE}*")


def _what_if(text: str, first: int, start: int) -> bool:
    """Whether the figure at ``start`` is a move supposed with "a"/"an" and what it "would"
    do, or that effect's (above); ``first``: where its sentence starts."""
    window = text[first : start + 200]
    if "ould " not in window and "ight " not in window:
        return False
    m = _WHAT_IF.search(text, first, start + 200)
    if m is None or m.start() > start:
        return False
    return start < m.end() or _SAME_CLAUSE.fullmatch(text, m.end(), start) is not None
