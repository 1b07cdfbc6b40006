"""A count of things a verb acts on measures the things as acted on: "opened 148 shops" is
shops opened, "plans to hire 120 extra paramedics" paramedics hired, "bought 26 new
ambulances" ambulances bought, "will add 12 aircraft" aircraft added.

Read from the verb's form, not from a list of verbs: a past tense ("opened", "sold"), or a
base form after "to" or a modal verb ("to open", "will hire"), written right before the figure
(hedges such as "about" or "a further" aside). The rule only says more of a count whose metric
is its own noun (or none): a measure an earlier rule named ("jobs cut", "deliveries", "units
sold") stays. Verbs that state a level rather than act ("had", "reached", "employed",
"totalled", "expected") name no measure.

One bounded look back per figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.premodified import participle
from reader.figures.refine import singular
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# hedges and scale words between a verb and its count: "opened a further 64 shops"
_HEDGES = (
    r"(?: (?:about|around|some|nearly|almost|roughly|more than|over|up to|another|an extra|"
    r"a further|a total of|just|only|at least|as many as|a record|an estimated))*"
)
_VERB_BEFORE = re.compile(
    r"(?:(?P<modal>\b(?:to|will|would|could|can|may|might|must|shall|should)) )?"
    r"\b(?P<verb>[a-z]{3,})" + _HEDGES + r" ?$"
)
# irregular verbs (general English): base form, past tense, past participle
_IRREGULAR = (
    ("sell", "sold", "sold"), ("buy", "bought", "bought"), ("lose", "lost", "lost"),
    ("win", "won", "won"), ("build", "built", "built"), ("shed", "shed", "shed"),
    ("cut", "cut", "cut"), ("send", "sent", "sent"), ("bring", "brought", "brought"),
    ("catch", "caught", "caught"), ("draw", "drew", "drawn"), ("take", "took", "taken"),
    ("make", "made", "made"), ("shut", "shut", "shut"), ("freeze", "froze", "frozen"),
    ("steal", "stole", "stolen"), ("strike", "struck", "struck"), ("dig", "dug", "dug"),
    ("grow", "grew", "grown"), ("give", "gave", "given"), ("show", "showed", "shown"),
    ("pay", "paid", "paid"),
    ("keep", "kept", "kept"), ("lend", "lent", "lent"), ("write", "wrote", "written"),
    ("choose", "chose", "chosen"), ("teach", "taught", "taught"), ("break", "broke", "broken"),
    ("find", "found", "found"), ("meet", "met", "met"), ("lead", "led", "led"),
    ("fight", "fought", "fought"), ("feed", "fed", "fed"), ("drive", "drove", "driven"),
    ("rebuild", "rebuilt", "rebuilt"), ("sink", "sank", "sunk"), ("lay", "laid", "laid"),
    ("withdraw", "withdrew", "withdrawn"), ("undertake", "undertook", "undertaken"),
    ("throw", "threw", "thrown"), ("shoot", "shot", "shot"), ("sweep", "swept", "swept"),
    ("beat", "beat", "beaten"), ("overtake", "overtook", "overtaken"),
    ("seek", "sought", "sought"), ("hang", "hung", "hung"), ("tear", "tore", "torn"),
    ("bet", "bet", "bet"), ("bid", "bid", "bid"), ("split", "split", "split"), ("spread", "spread", "spread"),
    ("cast", "cast", "cast"), ("spend", "spent", "spent"),
    ("deal", "dealt", "dealt"), ("begin", "began", "begun"), ("wear", "wore", "worn"),
    ("ride", "rode", "ridden"), ("eat", "ate", "eaten"), ("drink", "drank", "drunk"),
    ("hear", "heard", "heard"), ("hide", "hid", "hidden"), ("bind", "bound", "bound"),
    ("forgo", "forwent", "forgone"), ("swing", "swung", "swung"), ("slide", "slid", "slid"),
)  # fmt: skip
_IRREGULAR_PAST = {past: done for _, past, done in _IRREGULAR}
_IRREGULAR_BASE = {base: done for base, _, done in _IRREGULAR}
# verbs that state a level, a share or an estimate: what they are followed by is the measure
# itself ("reached 5 million users", "employs 900 people", "expects 40 stores")
_LEVEL_VERBS = frozenset(
    ["have", "had", "reach", "reached", "top", "topped", "exceed", "exceeded", "surpass",
     "surpassed", "total", "totalled", "totaled", "number", "numbered", "hit", "employ",
     "employed", "include", "included", "involve", "involved", "estimate", "estimated",
     "expect", "expected", "forecast", "forecasted", "predict", "predicted", "target",
     "targeted", "need", "needed", "require", "required", "use", "used", "see", "saw", "be",
     "become", "became", "rank", "ranked", "count", "counted", "represent", "represented",
     "compare", "compared", "contain", "contained", "house", "housed", "own", "owned",
     "average", "averaged", "equal", "equalled", "equaled", "match", "matched", "remain",
     "remained", "stand", "stood", "seem", "seemed", "get", "got", "do", "did", "say", "said",
     "put", "puts", "set", "sets", "let", "leave", "leaves", "left",
     "tell", "told", "show", "showed", "mean", "meant", "increase", "increased", "decrease",
     "decreased", "double", "doubled", "triple", "tripled", "halve", "halved", "rise", "fall",
     "fell", "grow", "grew", "near", "neared", "approach", "approached", "cover", "covered",
     "serve", "served", "support", "supported", "affect", "affected", "hold", "held", "reported",
     "report", "record", "recorded", "list", "listed", "attract", "attracted", "welcome",
     "welcomed", "post", "posted", "is", "are", "was", "were", "cost", "costs", "projected",
     "project", "operate", "operated", "run", "ran", "fly", "flew"]
)  # fmt: skip
_NOUN = re.compile(r"[a-z][a-z-]*[a-z]")
_PARTS = frozenset(["half", "quarter", "third", "fifth", "tenth", "twice"])  # "to half a million"
# last syllables that take the stress, so their consonant doubles: "transferred", "admitted"
_STRESSED_ENDS = ("sfer", "efer", "nfer", "dmit", "bmit", "mmit", "rmit", "smit", "cur", "pel",
                  "trol", "gret", "quip", "bid", "quit")  # fmt: skip
# after the counted things, a particle or a second object: the verb is phrasal or gives
# ("brought 40,000 pupils back", "give a million tenants the right"), its participle no measure
_NOT_DONE_TO = re.compile(
    r" (?:back|out|off|up|down|away|forward"
    r"|(?:the|a|an|their|its|his|her)(?! (?:year|day|week|month|quarter|season|night)\b))\b"
)  # ("made 2 million devices a year": a rate, no second object)
# an auxiliary after the counted things: they are the subject of a clause the verb reports,
# not its object ("found more than 7,000 people had entered", "showed 40 firms were late")
_CLAUSE_GOES_ON = re.compile(
    r" (?:had|have|has|were|was|are|is|would|will|could|can|did|do|may|might|should|must)\b"
)
_VOWELS = "aeiou"


def _reports_clause(text: str, at: int, tail: str) -> bool:
    """A finite verb before the count and an auxiliary after it: the count is the subject of
    a clause the verb reports ("found more than 7,000 people had entered"); after "to" or a
    modal the verb acts on it still ("Plans to abolish 162 quangos have been unveiled")."""
    if not _CLAUSE_GOES_ON.match(tail):
        return False
    m = _VERB_BEFORE.search(text[max(0, at - 80) : at])
    return m is not None and not m.group("modal")


def _participle_of_base(base: str) -> str:
    """The past participle of a regular base form: "open" → "opened", "hire" → "hired",
    "bury" → "buried", "plan" → "planned" (a short word ending consonant-vowel-consonant)."""
    if base in _IRREGULAR_BASE:
        return _IRREGULAR_BASE[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ied"
    single = (
        base[-1] not in _VOWELS + "wxy"
        and base[-2] in _VOWELS
        and base[-3:-2] not in ("", *_VOWELS)
    )
    if single and (sum(c in _VOWELS for c in base) == 1 or base.endswith(_STRESSED_ENDS)):
        return base + base[-1] + "ed"  # "plan", "ship"; "transfer", "admit" (not "open")
    return base + "ed"


# the few verbs ending in "-ly": every other "-ly" word before a count is an adverb, a hedge
# ("supply to roughly 14 lakh consumers" has no verb "roughly")
_LY_VERBS = frozenset(["supply", "apply", "reply", "rely", "multiply", "comply", "imply", "rally",
                       "tally", "fly", "ally", "bully"])  # fmt: skip


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word not in _LY_VERBS


def acting_verb(head: str) -> str | None:
    """The past participle of the verb that acts on a count written right after ``head`` (the
    words before the figure), or None when no verb acts there (module doc)."""
    m = _VERB_BEFORE.search(head[-80:])
    if m is None:
        return None
    verb = m.group("verb")
    if verb in _LEVEL_VERBS or verb in _PARTS or verb in sumy_stop_words() or _adverb(verb):
        return None
    if m.group("modal"):
        if verb.endswith(("ed", "ing")) or (verb.endswith("s") and not verb.endswith("ss")):
            return None  # "to increased", "will selling": not a base form
        return _participle_of_base(verb)
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("ed") and participle(verb):
        return verb
    base = _present_base(verb, head[: m.start("verb")])
    if base is None or base in _LEVEL_VERBS or base in sumy_stop_words():
        return None
    return _participle_of_base(base)


# a present tense that acts rather than states, by what comes before it: a relative or an
# adverb of time ("an agency that manages 3,400 homes", "which now passes 14 million homes";
# not "HDTV offers 1,080 lines", "The library receives 3,000 visitors": a level)
_DOER = re.compile(r"\b(?:which|that|who|now|also|still|currently|already) $")
_NOT_PRESENT = ("ss", "us", "is", "ous", "'s")


def _present_base(verb: str, before: str) -> str | None:
    """The base form of a present-tense verb ("insures" → "insure", "passes" → "pass",
    "carries" → "carry") written after its doer (``_DOER``), else None."""
    if not verb.endswith("s") or verb.endswith(_NOT_PRESENT) or len(verb) < 5:
        return None
    if _DOER.search(before[-40:]) is None:
        return None
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


# a participle right after the counted things, then who did it or when: "the 2,000 shoppers
# questioned by the group", "the 3,000 cases mentioned last week" (not "11 businesses
# delivered at least": the things did it)
_PARTICIPLE_AFTER = re.compile(
    r" (?P<verb>[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST.values())) + r")"
    r" (?:by|during|since|so far|to date|last|this)\b"
)


# a passive right after the counted things: "140 homes have been destroyed", "23 potholes
# were reported" (an auxiliary of being, then the participle)
_PASSIVE_AFTER = re.compile(
    r" (?:have been|has been|had been|were|was|are|is|will be|would be|could be)"
    r"(?: (?:already|now|also|since|so far))? (?P<verb>[a-z]{3,}ed|"
    + "|".join(sorted(_IRREGULAR_PAST.values()))
    + r")\b(?! (?:to|that|as|with)\b)"
)


# the whole a part is counted of: "72 of its 380 connections had been delayed" (the 72 were)
_PART_OF = re.compile(r"\bof (?:(?:its|their|the|his|her|our|these|those) )?(?:[\w-]+'s )?$")


# things a relative clause says its doer acted on: "14 practices it bought", "the 300 homes
# they sold" (a pronoun, then a past tense)
_DONE_BY_PRONOUN = re.compile(
    r" (?:that |which )?(?:it|they|he|she|we) (?P<verb>[a-z]{3,}ed|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\b(?! (?:to|that|as|with|of)\b)"
)
# a participle closing a "with" phrase: "with almost 290,000 tickets sold"
_WITH_BEFORE = re.compile(r"\bwith" + _HEDGES + r" ?$")
_CLOSING_PARTICIPLE = re.compile(
    r" (?P<verb>[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST.values())) + r")(?=[,.;)]|$)"
)
# verbs that state a level when active but say what was done to things when passive: "23
# potholes were reported", "1,200 homes were affected"
_DONE_WHEN_PASSIVE = frozenset(["reported", "recorded", "affected", "listed"])


def done_after(tail: str, passive: bool = True, head: str = "") -> str | None:
    """The participle written right after a count (``_PARTICIPLE_AFTER``; ``_PASSIVE_AFTER``
    when ``passive``: not after a part's whole, "72 of its 380 connections had been"; a
    pronoun's past tense, "14 practices it bought"; a participle closing a "with" phrase that
    ``head`` opens), or None."""
    m = _PARTICIPLE_AFTER.match(tail)
    if m is None and passive:
        m = _PASSIVE_AFTER.match(tail)
        if m is not None and m.group("verb") in _DONE_WHEN_PASSIVE:
            return m.group("verb")
    if m is None and _WITH_BEFORE.search(head):
        m = _CLOSING_PARTICIPLE.match(tail)
    if m is None:
        by_pronoun = _DONE_BY_PRONOUN.match(tail)
        verb = by_pronoun.group("verb") if by_pronoun else ""
        done = _IRREGULAR_PAST.get(verb, verb)
        return done if done and done not in _LEVEL_VERBS and participle_like(done) else None
    if m.group("verb") in _LEVEL_VERBS or not participle_like(m.group("verb")):
        return None
    return m.group("verb")


def participle_like(word: str) -> bool:
    return word in _IRREGULAR_PAST.values() or participle(word)


def _own_noun(f: Figure) -> str | None:
    """The counted noun (the unit's last word, a lower-case plural-able word) when the figure's
    metric is that noun, written with its modifiers, or none; else None."""
    if f.kind != "count" or not f.unit:
        return None
    noun = f.unit.split()[-1]
    if not _NOUN.fullmatch(noun):
        return None
    if f.metric is None:
        return noun
    last = f.metric.split()[-1].lower()
    return noun if singular(last) == singular(noun) else None


# nouns that only count what was sold, or name only the kind of goods a maker sells, never
# which: "sold 12 million copies", "sold 1.1 million vehicles" stay units sold
_COUNTING_NOUNS = frozenset(["units", "copies", "pieces", "items", "products", "goods",
                             "vehicles", "devices", "appliances"])  # fmt: skip


def sold_things(figures: Sequence[Figure]) -> list[Figure]:
    """A count the sales rule read as "units sold" that names the things sold ("sold 9,700
    season tickets", "sold 214,000 cars") measures those things sold: "season tickets sold",
    "cars sold"; a bare count of the same sentence still read as "units sold" ("up from
    8,600") is a count of the same things. Counting nouns ("copies", "units") name nothing."""
    named: dict[int, str] = {}
    for f in figures:
        noun = f.unit.split()[-1] if f.unit else ""
        if _sold_units(f) and _NOUN.fullmatch(noun) and noun.lower() not in _COUNTING_NOUNS:
            named.setdefault(f.sentence_index, f"{(f.unit or '').lower()} sold")
    if not named:
        return list(figures)
    return [
        replace(f, metric=named[f.sentence_index], measure=f.measure or f.metric)
        if _sold_units(f)
        and f.sentence_index in named
        and (not f.unit or f.unit.split()[-1].lower() not in _COUNTING_NOUNS)
        else f
        for f in figures
    ]


def _sold_units(f: Figure) -> bool:
    return f.kind == "count" and (f.metric or "").lower() == "units sold"


# an act written as a noun before the count: "the sale of 1,146 sheep" (sheep sold), "the
# closure of 40 branches" (branches closed), "the creation of 500 jobs" (jobs created)
_ACT_OF = re.compile(
    r"\b(?P<act>sales?|closures?|openings?|loss|losses|creation|purchases?|delivery|deliveries|"
    r"shipments?|acquisitions?|construction|recruitment|hiring|removal|demolition) of"
    + _HEDGES
    + r" ?$"
)
_ACT_DONE = {
    "sale": "sold", "sales": "sold", "closure": "closed", "closures": "closed",
    "opening": "opened", "openings": "opened", "loss": "lost", "losses": "lost",
    "creation": "created", "purchase": "bought", "purchases": "bought",
    "delivery": "delivered", "deliveries": "delivered", "shipment": "shipped",
    "shipments": "shipped", "acquisition": "acquired", "acquisitions": "acquired",
    "construction": "built", "recruitment": "hired", "hiring": "hired", "removal": "removed",
    "demolition": "demolished",
}  # fmt: skip


def _act_noun(f: Figure) -> str | None:
    """The counted noun of a count whose metric is its own noun, none, or the act itself
    ("sale", "delivery": what ``_ACT_OF`` will say more exactly)."""
    noun = _own_noun(f)
    if noun is None and f.kind == "count" and f.unit and (f.metric or "").lower() in _ACT_DONE:
        last = f.unit.split()[-1]
        return last if _NOUN.fullmatch(last) else None
    return noun


def verbed_counts(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each count of things a verb acts on, with the verb's participle after its measure."""
    out: list[Figure] = []
    for f in sold_things(figures):
        noun = _act_noun(f)
        text = sentence_of(f, sentences)
        at = surface_at(f, text) if noun else -1
        tail = text[at + len(f.surface) : at + len(f.surface) + 40] if at >= 0 else ""
        act = _ACT_OF.search(text, max(0, at - 60), at) if at > 0 else None
        if act is not None:
            out.append(replace(f, metric=f"{noun} {_ACT_DONE[act.group('act')]}",
                               measure=f.measure or f.metric))  # fmt: skip
            continue
        if noun is not None and noun != _own_noun(f):
            out.append(f)  # (an act's metric with no act written before the count: as it was)
            continue
        done = acting_verb(text[max(0, at - 80) : at]) if at > 0 else None
        if done is not None and (_NOT_DONE_TO.match(tail) or _reports_clause(text, at, tail)):
            done = None
        if done is None and at >= 0:
            passive = not _PART_OF.search(text, max(0, at - 40), at)
            done = done_after(tail, passive, text[max(0, at - 40) : at])
        if done is None or noun is None or done in (f.metric or "").split():
            out.append(f)
            continue
        metric = f"{f.metric or noun} {done}"
        out.append(replace(f, metric=metric, measure=f.measure or f.metric))
    return out
