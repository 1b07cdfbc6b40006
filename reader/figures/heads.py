"""What a figure measures, read from the noun phrase that governs it when no word of the
metric vocabulary (``context._METRICS``) says so: the head noun of that phrase.

A shallow parse of the figure's clause (``clause.clause_begin``), two places in turn:
- the object of a verb that sets or moves it: "cut next year's cod quota by 20% to 14,600
  tonnes" → cod quota, "lowered the herring catch limit from 410,000 tonnes" → catch limit;
- the clause's subject when that names a measure, not an owner: "Occupancy climbed to 78%",
  "donations from supermarkets fell by 12%", "auction clearance rates in sydney dropped to
  61%" → occupancy, donations, clearance rates.
What follows the figure says it too: what a share is of ("45% of fares", "70% of the HBM
market" → market share), and what a sum written before it pays for ("the $500 billion
Stargate project" → project, owned by Stargate).
The head is the phrase's last one or two common nouns before any prepositional phrase;
names (capitalised words the story writes as names), people and firms ("analysts",
"ministers", "the company") and pronouns are owners, never measures. All windows are
bounded, so the work per figure is constant.
"""

from __future__ import annotations

import re

from reader.figures.clause import clause_begin, has_verb
from reader.figures.gate import WordChoice, led
from reader.figures.letters import CAP, has_capital
from reader.figures.measure_words import (
    STATUS_NOUNS,
    TALLIES,
    common_noun,
    counted_people,
    is_change,
    measure_word,
)
from reader.figures.memo import per_story
from reader.figures.patterns import MEASURES
from reader.figures.time_spans import person_time

# a verb that sets or moves the thing it governs: "cut X by", "lowered X from", "kept X at"
_SET_VERB = led(
    r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|raised|raises|raising|lifted|lifts|"
    r"lifting|increased|increases|reduced|reduces|reducing|trimmed|trims|slashed|slashes|"
    r"boosted|boosts|set|sets|kept|keeps|held|holds|left|leaves|fixed|capped|caps|froze|"
    r"freezes|frozen|put|puts|doubled|halved|extended|extends|expanded|expands|taking|takes|"
    r"took|bringing|brings|brought|pushing|pushed|pushes|lifting)"
    r" (?P<np>(?:[\w'\u2019&+-]+ ){0,5}?[\w-]+)"
    r"(?: (?:down|up|back))? (?:by|from|to|at)\b",  # ("bringing the combined ratio down to")
    re.I,
)
# verbs that move or set a level beyond the commonest, both a clause's verb (``_VERB``) and a
# movement whose subject is what the figure counts (``_MOVED``): "Its combined ratio worsened to
# 97.8%", "Resident employed households numbered 1.17 million"
_LEVEL_MOVES = (
    "improved|worsened|deteriorated|numbered|advanced|retreated|contracted|expanded|slowed|"
    "accelerated|rebounded|leapt|leaped|spiked|swelled|ballooned|plummeted|crept|inched"
)
# a clause's first finite verb (what ends its subject noun phrase)
_VERB = WordChoice(  # (gate.py: a set look-up per word, same matches)
    re.compile(
        r"\b(?:rose|rise|rises|rising|fell|fall|falls|falling|gained|climbed|climbs|climbing|"
        r"jumped|dropped|drops|slid|slipped|eased|edged|grew|grows|growing|increased|decreased|"
        r"declined|surged|soared|plunged|tumbled|sank|slumped|dipped|reached|hit|topped|was|were|"
        r"is|are|stood|stands|ran|runs|remained|kept|will|would|could|may|might|has|have|had|"
        r"totalled|totaled|came|amounted|doubled|tripled|trebled|halved|recovered|shrank|widened|"
        r"narrowed|" + _LEVEL_MOVES + r")\b",
        re.I,
    )
)
_PREPOSITION = re.compile(
    r"\s(?:in|of|from|at|for|across|on|among|by|per|to|with|under|over|during|before|after|"
    r"excluding|including)\s",
    re.I,
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "all", "some", "each", "every", "average", "typical", "median", "total", "overall",
     "with",
     "regulated", "new", "next", "last", "first", "current", "existing", "latest", "annual",
     "so-called", "national", "nationally", "also"]
)  # fmt: skip
_COMPLEMENTS = frozenset(["almost", "nearly", "broadly", "largely", "little", "flat", "steady",
                          "stable", "roughly", "unchanged"])  # fmt: skip
_WORD = re.compile(r"^[a-z][a-z-]*$")
_TO_FIGURE = re.compile(r"^(?:[^;,()]|(?<=\d),(?=\d)){0,40}$")
# "before"/"after" inside a noun phrase ("profits after tax"), not opening a clause
_PHRASE_PREP = re.compile(r"[a-z] (?:before|after) $")


_RELATIVE = re.compile(r", (?:which|who) [^,]{1,120},")


def head_metric(
    text: str, start: int, end: int, kind: str, names: frozenset[str] = frozenset()
) -> str | None:
    """The head of the noun phrase that governs the figure at ``start:end`` (module doc),
    or None. ``names`` (``names.story_names``) tells a capitalised opener from a name."""
    lo = figure_clause(text, start)
    if ", wh" in text[max(0, lo - 130) : start]:
        # a relative clause the clause parse cut inside ("Net surplus, which a cooperative
        # returns ... rather than paying out as dividends, rose to"): the clause it sits in
        for rel in _RELATIVE.finditer(text, max(0, lo - 130), start):
            if rel.start() < lo < rel.end():
                lo = figure_clause(text, rel.start())
    head = text[lo:start]
    if ", wh" in head:  # "reserves, which stood at £61m, are expected to fall to": its subject
        head = _RELATIVE.sub("", head)
    found = _object_head(head) or _subject_head(head, names, not has_capital(text[:start]))
    if found is not None and kind == "percent" and found.endswith(" rates"):
        return found[:-1]  # "clearance rates fell to 61%": each is a rate
    return found


@per_story
def figure_clause(text: str, start: int) -> int:
    """Where the figure's clause begins (``clause.clause_begin``), but a "before"/"after"
    inside its subject ("profit before exceptional items rose 8%") opens no clause. Kept for
    the story (memo.py): the rules and the learned metric both ask for the same figure."""
    lo = clause_begin(text, start)
    if _PHRASE_PREP.search(text, max(0, lo - 12), lo):
        earlier = clause_begin(text, lo - 1)
        if not has_verb(text, earlier, lo - 7):
            return earlier
    return lo


def _object_head(head: str) -> str | None:
    """ "cut next year's North Sea cod quota by 20% to": the object of the last setting verb,
    when only the figure's own words stand between it and the figure."""
    found = None
    for m in _SET_VERB.finditer(head):
        found = m
    if found is None:
        return None
    rest = head[found.end() :]
    if not _TO_FIGURE.match(rest):
        return None
    if not all(_linking(w) or w.lower() in MEASURES for w in rest.split()):
        return None  # "pushed through plans to let universities charge fees of up to"
    if re.search(r"\d", found.group("np")):
        return None
    return _head_of(found.group("np"), frozenset(), object_phrase=True)


# a main clause before a participle of change: its subject is what the participle moves
# ("International fares went the other way, rising 7% to $1,127", "Europe held up better,
# slipping 3%"), not the clause's last noun
_MAIN_VERB = re.compile(
    r"^\s*((?:[\w'’-]+ ){0,3}?[\w'’-]+) (?:went|held|did|fared|stayed|proved|bucked|"
    r"performed|remained|kept|moved|led|outperformed|underperformed|grew|fell|rose|continued|"
    r"was|were)\b[^,]*,\s*$"
)


def _subject_head(head: str, names: frozenset[str], lower_case: bool) -> str | None:
    """ "Occupancy climbed to 78% from": the subject noun phrase before the clause's first
    verb, when it names a measure and its verb leads straight to the figure. ``lower_case``:
    the sentence has no capital before the figure (not only the clause: "Online sales rose,
    but footfall in its stores dropped 7%" is not lower-case text)."""
    verb = _VERB.search(head)
    if verb is None or verb.start() == 0:
        return None
    between = head[verb.end() :]
    if verb.group(0).lower() in ("has", "have", "had") and not between.strip(" \t"):
        return None  # "a person has 10 billion lira": an owner, not a measure
    if len(between) > 60 or not all(_linking(w) for w in re.findall(r"[^\s,]+", between)):
        return None  # "has awarded contracts for 3.1 gigawatts": the figure is the object's
    phrase = head[: verb.start()]
    if verb.group(0).lower().endswith("ing") and phrase.rstrip().endswith(","):
        main = _MAIN_VERB.match(phrase)
        if main is not None:
            phrase = main.group(1)  # "International fares went the other way, rising 7%"
    cut = _PREPOSITION.search(f" {phrase} ")
    if re.search(r"\d", phrase[: cut.start()] if cut else phrase):
        return None  # a number in the phrase's head; "absence among its 5,200 staff" is fine
    lead, comma, _ = phrase.partition(",")
    if comma and _LEADING.match(lead.strip()):
        phrase = phrase.rsplit(",", 1)[1]  # "Meanwhile, exports rose", "In March, sales fell"
    elif comma:  # "Funds from operations, the measure ..., were": the phrase before it
        phrase, _, aside = phrase.partition(",")
        if re.search(rf"\b{CAP}", aside):
            return None  # "Last year's leader, the developer Martin Hale,": a named owner
    reported = _REPORTED.match(phrase)
    if reported is not None and phrase[reported.end() :].strip():
        phrase = phrase[reported.end() :]  # "Traders say footfall fell": what they say of
    if phrase.rstrip().rpartition(" ")[2].lower() in _ADVERB_ENDS:
        phrase = _ADVERBS.sub("", phrase)  # "concert income more than doubled": its income
    moved = _MOVED.fullmatch(verb.group(0).lower()) is not None
    numbered = _NUMBER_OF.match(phrase.strip()) if moved else None
    if numbered is not None:
        return numbered.group(1).lower()  # "The number of staff rose to 214 from 196": staff
    found = _head_of(phrase, names, object_phrase=False, people=moved)
    if lower_case and found is not None and " " not in found and not found.endswith("s"):
        return None  # "while brisbane rose 1.1%": in lower case a lone word may be a name
    return found


# words between a subject and its verb that say how, not what: "more than", "almost", "sharply"
_ADVERBS = re.compile(r"(?:\s+(?:more than|less than|almost|nearly|roughly|also|still|only|"
                      r"just|again|then|now|further|sharply|slightly|steadily|strongly|"
                      r"broadly|quickly|rapidly|significantly|substantially|modestly|"
                      r"marginally))+\s*$")  # fmt: skip
_ADVERB_ENDS = frozenset(["than", "almost", "nearly", "roughly", "also", "still", "only", "just",
                          "again", "then", "now", "further", "sharply", "slightly", "steadily",
                          "strongly", "broadly", "quickly", "rapidly", "significantly",
                          "substantially", "modestly", "marginally"])  # fmt: skip
# a verb of saying or showing after a word, before the clause's subject: "Traders say footfall
# fell", "data showed that exports rose" (the subject is what follows it); not the words that
# are nouns too ("claims", "reports", "estimates")
_REPORTED = re.compile(
    r"^.*\w[\s,]+(?:say|says|said|saying|shows|showed|shown|suggest|suggests|suggested|"
    r"estimated|reckon|reckons|reckoned|think|thinks|thought|believe|believes|believed|"
    r"expect|expects|expected|warn|warns|warned|noted|reported|found|claimed|feared|told|"
    r"added)(?: that)?\s",
    re.I | re.S,
)


def share_of_whom(text: str, end: int) -> str | None:
    """ "covers about 45% of fares", "17% of its stores": the plural noun a share is of."""
    m = _SHARE_OF.match(text, end, min(len(text), end + 50))
    if m is None or not measure_word(m.group(2)) or m.group(2) in _BROAD:
        return None
    return m.group(2)


_SHARE_OF = re.compile(
    r" of (?:all |the |its |their |his |her |our )?((?:[a-z-]+ )?)([a-z-]{2,}[^su\W]s)\b(?! of\b|')"
)
# shares of a whole that say nothing of what is measured ("60% of the time")
_BROAD = frozenset(["times", "cases", "days", "years", "months", "weeks", "ways", "terms"])
# "70% of the HBM market", "a third of its home market" (not "of the market value")
_MARKET_OF = re.compile(
    r" of (?:the |its |their |this |that |a )?(?:[\w&-]+ ){0,3}market\b(?!['\u2019-])"
    r"(?! (?:value|values|cap|capitali[sz]ation|price|prices|rate|rates|index|hours|stall)\b)"
)


# a firm's share written right before its percentage ("lifting Song Hau's share to 14.5% from
# 14.1%", "its share rose to 31%"), in a sentence that names the market
_OWN_SHARE = re.compile(
    r"(?:\bits|\btheir|[A-Z][\w&.-]*(?:'s|\u2019s)) share (?:(?:rose|fell|climbed|slipped|"
    r"grew|dropped|edged up|edged down|increased|decreased|stood|stands|was|is) )?(?:at |to |of )?"
    r"(?:about |around |roughly |nearly |almost |just over |just under |some )?$"
)
_MARKET_WORD = re.compile(r"\bmarket\b(?! (?:value|cap|capitali[sz]ation|price)\b)", re.I)


def of_a_market(text: str, end: int, start: int = -1) -> bool:
    """ "70% of the HBM market": a share of a market, whatever else its clause names; with the
    figure's ``start``, also a firm's own share in a sentence naming the market ("the beer
    market shrank ..., lifting Song Hau's share to 14.5%")."""
    if _MARKET_OF.match(text, end) is not None:
        return True
    return (
        start >= 0
        and _OWN_SHARE.search(text, max(0, start - 60), start) is not None
        and _MARKET_WORD.search(text) is not None
    )


# "the $500 billion Stargate project", "a £3bn Northern Powerhouse rail plan": a sum written
# before what it pays for, which is the measure, and the name between them its owner
_ATTRIBUTIVE = re.compile(
    rf" ((?:{CAP}[\w&'.-]*\s){{1,4}})?(?:[a-z-]+\s)?(project|plan|programme|program|scheme|"
    r"initiative|package|bailout|stimulus|expansion|upgrade|overhaul|redevelopment|"
    r"refurbishment|renovation|plant|factory|facility|stadium|bridge|tunnel|railway|terminal|"
    r"campus|headquarters)s?\b"
)


def attributive_head(text: str, end: int, subject: str | None) -> tuple[str | None, str | None]:
    """What a sum written before it pays for measures, and the name between them as owner
    (else ``subject``); (None, ``subject``) when no such noun follows the figure."""
    m = _ATTRIBUTIVE.match(text, end)
    if m is None:
        return None, subject
    name = (m.group(1) or "").strip()
    return m.group(2), name or subject


def _head_of(
    phrase: str, names: frozenset[str], *, object_phrase: bool, people: bool = False
) -> str | None:
    """The last one or two common nouns of a noun phrase, before its prepositional phrase."""
    cut = _PREPOSITION.search(f" {phrase} ")
    words = phrase[: cut.start()].split() if cut else phrase.split()
    if not words or len(words) > 6:
        return None
    if any(w.lower().endswith(("'s", "\u2019s")) for w in words):
        words = words[[w.lower().endswith(("'s", "\u2019s")) for w in words].index(True) + 1 :]
    while words and (words[-1].lower() in _COMPLEMENTS or words[-1].lower().endswith("ed")):
        words = words[:-1]  # "left the haddock quota almost unchanged at"
    nouns: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if not _WORD.match(low) or low in _DETERMINERS or (w[:1].isupper() and w != words[0]):
            break
        if w[:1].isupper() and not common_noun(w, names):
            break
        nouns.insert(0, low)
        if len(nouns) == 2:
            break
    if len(nouns) == 2 and nouns[1] in TALLIES and not is_change(nouns[0]):
        if nouns[0].endswith("s") or nouns[0] in _MASS_NOUNS:
            return nouns[0]  # "staff numbers": staff
        return nouns[0] + "s"  # "passenger numbers"
    if people and nouns and counted_people(nouns[-1]):
        return nouns[-1]  # "Passengers rose 4% to 12.1 million": a count of them
    if len(nouns) == 2 and person_time(nouns[0], nouns[1], counted_people):
        return " ".join(nouns)  # "skier days fell 7%": a measure, not a time
    if not nouns or not measure_word(nouns[-1]) or nouns[-1] in STATUS_NOUNS:
        return None  # "its earlier forecast was 11.5m": a status of some measure, not one
    return " ".join(nouns)


# nouns of a group or a mass that take no plural "s" ("staff numbers", "livestock numbers")
_MASS_NOUNS = frozenset(["staff", "personnel", "workforce", "crew", "police", "cattle",
                         "livestock", "poultry", "people", "clergy", "sheep", "deer", "fish"])  # fmt: skip
# "The number of staff rose to 214": what is numbered (its first one or two words)
_NUMBER_OF = re.compile(
    r"^(?:the |a )?(?:total )?number of ([a-z][a-z-]*(?: [a-z][a-z-]*)?)\s*$", re.I
)


# verbs that move a level: their subject is what the figure counts, people included
_MOVED = re.compile(
    r"rose|rise|rises|rising|fell|fall|falls|falling|climbed|climbs|climbing|jumped|dropped|"
    r"drops|slid|slipped|eased|edged|grew|grows|growing|increased|decreased|declined|surged|"
    r"soared|plunged|tumbled|sank|slumped|dipped|reached|topped|totalled|totaled|doubled|"
    r"halved|recovered|shrank|" + _LEVEL_MOVES
)


# words between a subject's verb and its figure that keep the figure the subject's own:
# "will rise by", "edged up to", "kept climbing, rising", "dropped to about"
_LINKING = frozenset(
    ["up", "down", "by", "to", "at", "from", "about", "around", "almost", "nearly", "some",
     "roughly", "a", "further", "only", "just", "more", "less", "than", "over", "under", "be",
     "been", "being", "rise", "fall", "grow", "climb", "reach", "top", "rising", "falling",
     "climbing", "growing", "easing", "edging", "keep", "kept", "continue", "continued",
     "expected", "likely", "set", "still", "now", "again", "also", "already", "was", "were",
     "is", "are", "have", "has", "had", "will", "would", "could", "may", "might", "fell",
     "rose", "jumped", "dropped", "slipped", "climbed", "increased", "decreased", "declined",
     "eased", "edged", "grew", "stood", "remained", "reached", "hit", "another", "record",
     "high", "low", "of", "between", "and", "or", "capped", "limited", "fixed", "pegged",
     "valued", "estimated", "forecast", "projected", "put",  # (the last: a level set)
     "worth",  # ("Sponsorship was worth £740,000")
     # a change written as a fraction: "Membership grew by a third to 48,000"
     "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
     "two-thirds", "three-quarters"]
)  # fmt: skip


_LEADING = re.compile(
    r"^(?:in|on|at|for|by|since|after|during|last|this|over|across|earlier|later|"
    r"meanwhile|separately|elsewhere|overall|still|however|nationally|globally)\b",
    re.I,
)


def _linking(word: str) -> bool:
    """A word between a measure and its figure that adds no measure of its own: a linking
    verb or adverb, or another figure's own words ("cut its cash rate by 50 basis points to
    4.75%", "raised the cap by 2 percentage points to")."""
    low = word.lower()
    return (
        low in _LINKING
        or low in _FIGURE_WORDS
        or low.endswith("ly")
        or any(c.isdigit() for c in low)
    )


# the words of a figure written between a measure and the next figure: its unit and scale
_FIGURE_WORDS = frozenset(["basis", "points", "point", "percentage", "per", "cent", "percent",
                           "pence", "cents", "million", "billion", "trillion", "thousand",
                           "bn", "m"])  # fmt: skip
