"""What a count measures, beyond the metric phrase next to it (``metrics.refine_metric``).

Rules of general news English, each within the figure's sentence (bounded windows):
- a unit alone: "a 52,000-seat stadium" (capacity), "70 mph" (a speed);
- what counted people do ("2.4 million people were playing": players), what was done to
  them or by them (``acts.py``);
- jobs: a count of jobs/staff after "cut", "axe", "shed" is jobs cut, after "hire", "add",
  "create" jobs added; "employs 44,000 people" are employees (``jobs.py``);
- output, closures, orders, a fleet, attendance, stocks, an index's points;
- a count's metric is its own noun when no verb says more ("twenty complainants"), with
  what was done to it ("storms damaged 4,000 homes": homes damaged).
"""

from __future__ import annotations

import re

from reader.figures.acts import acted_metric, state_metric, traded_metric
from reader.figures.context import clause_start
from reader.figures.gate import led
from reader.figures.jobs import JOB_NOUNS, jobs_metric
from reader.figures.markets import INDEX_NAMES
from reader.figures.measure_words import ACTORS, counted_people
from reader.figures.people import PERSONAL_METRICS

# a sentence about a market, where "points" are an index's
_MARKET_WORDS = re.compile(
    r"\b(?:[Ii]ndex|[Ii]ndices|[Ss]hares|[Ss]tocks?|[Mm]arkets?|[Bb]ourse|[Bb]enchmark|[Aa]verage"
    r"|[Tt]rading|[Tt]raded|[Ii]nvestors)\b|\b" + INDEX_NAMES + r"\b"
)
_CLOSE = led(r"\b(?:close|closes|closing|closed|shut|shuts|shutting|shutter|shuttering)"
                    r"(?: about| around| some| nearly| almost| more than| over| a further"
                    r"| another)? $", re.I)  # fmt: skip
_OUTPUT = led(
    r"\b(?:output|production|produce|produced|pumped|pump|mined|harvests?|crops?)\b", re.I
)
_OUTPUT_UNITS = frozenset(
    ["tonnes", "tons", "barrels", "ounces", "megawatts", "gigawatts", "hectolitres", "litres",
     "bushels", "bales", "bottles"]
)  # fmt: skip
# "a factory that will employ 1,100 people": jobs it will create, not its staff today
_WILL_EMPLOY = re.compile(r"\b(?:will|would|to|could) employ(?: about| around| some| up to)? $")
# "2.4 million people were playing the game": what the people are doing
_PEOPLE_DOING = (
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?playing\b"), "players"),
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?(?:using|used)\b"), "users"),
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?watching\b"), "viewers"),
    (
        re.compile(r"^ (?:were|are|was|is|have been|had been)? ?(?:waiting|on waiting lists?)\b"),
        "waiting list",
    ),
)
# "the number of people waiting for surgery fell to 612,000": a bare count of a waiting list
_NUMBER_WAITING = re.compile(r"\bnumber of (?:[a-z]+ ){0,2}?waiting\b", re.I)
_STOCKS = led(r"\b(?:stocks|inventories|stockpiles|inventory|stockpile)\b", re.I)
_COUNT_VERBS = (
    (re.compile(r"\b(?:ordered|orders|order for|ordering|(?:the|an|its) order)\b", re.I), "orders"),
    (re.compile(r"\b(?:options on|option on)\b", re.I), "options"),
    (re.compile(r"\b(?:operates|operated|fleet of|fleet)\b", re.I), "fleet"),
    (re.compile(r"\b(?:crowd of|attendance of|attended by|watched by)\b", re.I), "attendance"),
)


# the measure a body "N-strong" names (``words._STRONG``) where its noun is not that measure's
# word; others are their own noun (a workforce's or staff's are employees by the noun classes,
# ``classes.py``)
_STRONG_BODIES = {"membership": "members"}


def _unit_metric(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """What a unit alone says is measured: "a 52,000-seat stadium", "the 1.3GW Corrib Bay
    scheme" (capacity), "the car hit 70 mph" (a speed, whatever noun stands near it); "its
    7,450-strong workforce" (its employees), "the 300-strong crew" (the crew)."""
    if "-strong " in text[start:end]:
        return _STRONG_BODIES.get(noun, noun)
    if noun in ("gigawatts", "megawatts", "kilowatts") and (
        drawn := _DEMAND.search(text, max(0, start - 90), start)
    ):
        return drawn.group(0).lower()  # "Peak demand reached 2,410 megawatts": power drawn
    if re.fullmatch(r"[\d,.]+-[a-z]+", text[start:end]) or (
        noun in ("gigawatts", "megawatts", "kilowatts")
        and metric in (None, noun)
        and not _OUTPUT.search(text[max(0, start - 100) : end + 40])
    ):
        return "length" if noun.startswith(("mile", "kilomet")) else "capacity"  # "52-mile"
    return "speed" if noun in ("mph", "kph", "km/h", "knots") else None


# power drawn, not a plant's capacity: "Peak demand reached 2,410 megawatts"
_DEMAND = re.compile(r"\b(?:peak |maximum |record )?demand\b", re.I)


# a bare count a group's size reaches, the group named right before it ("hired 310 workers,
# taking its headcount to 2,940", "its membership at about 41,000"): the group's size, not
# a running total of the count before it
GROUP_TO = re.compile(
    r"\b(?:its|the|their|his|her|our) (?:total |overall |combined |global )?"
    r"(workforce|headcount|membership|fleet|readership|enrolment|enrollment)"
    r" (?:to|at|of) (?:about |around |some |nearly |almost |more than |over |roughly )?$",
    re.I,
)


# a new clause between a verb and the count: the verb is not the count's ("Unions welcomed the
# order but said 300 workshop jobs depended on ...": no orders)
_CLAUSE_BREAK = re.compile(r"\b(?:but|said|says|while|whereas|although|though)\b|[;:]")


def count_metric(
    text: str, start: int, end: int, unit: str | None, metric: str | None
) -> str | None:
    """What a count measures: the first rule of the module doc that applies, else the measure
    an infinitive says will reach it ("expects arrivals to reach about 44 million")."""
    found = _count_metric(text, start, end, unit, metric)
    if found is None and not unit:
        reach = _TO_REACH.search(text, max(0, start - 60), start)
        if reach is not None and reach.group(1).lower() not in ACTORS:
            return reach.group(1).lower()  # "expects arrivals to reach about 44 million"
    return found


def _count_metric(
    text: str, start: int, end: int, unit: str | None, metric: str | None
) -> str | None:
    head = text[max(0, start - 60) : start]
    noun = unit.split()[-1].lower() if unit else ""
    if not noun and (group := GROUP_TO.search(head)) is not None:
        return group.group(1).lower()  # "hired 310 workers, taking its headcount to 2,940"
    if (by_unit := _unit_metric(text, start, end, noun, metric)) is not None:
        return by_unit
    who = (
        _people_metric(text, start, end, noun, metric)
        or acted_metric(text, start, end, noun, metric)
        or state_metric(text, start, end, noun, metric)
    )  # acts.py
    if who is not None:
        return who
    if (jobs := jobs_metric(head, noun, metric)) is not None:
        return jobs
    if noun in _OUTPUT_UNITS and _OUTPUT.search(text[max(0, start - 100) : end + 40]):
        return "output"
    if noun.isalpha() and noun.endswith("s") and noun != "points" and _CLOSE.search(head):
        return f"{_singular(noun)} closures"  # "as it closes 85 branches"
    said = _count_said(text, start, end, noun, metric)
    if said is not None:
        return said
    for verb, name in _COUNT_VERBS:
        m = verb.search(head)
        if m is not None and not _CLAUSE_BREAK.search(head, m.end()):
            return name
    held = _STOCKS.search(head) if noun in ("tonnes", "tons", "barrels", "ounces") else None
    if held is not None:  # "LME copper stocks fell 4,350 tonnes", "crude inventories fell"
        return "inventories" if held.group(0).lower().startswith("invent") else "stocks"
    if noun == "points":
        # "the Dow Jones dropped almost 100 points" ("closed 212 points higher" closed nothing);
        # a league's "12 points off the top" is no index
        return metric or ("index" if _MARKET_WORDS.search(text) else "points")
    return _noun_metric(text, end, head, unit, metric)


def _count_said(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """A count's measure said around it: goods made or traded (``acts.traded_metric``),
    people a show "drew" (attendance), "29.4 points a game", a bare count of what "the number
    of" names; else None."""
    if (traded := traded_metric(text[max(0, start - 40) : start], noun)) is not None:
        return traded  # "would import 3 million eggs": egg imports
    if (counted_people(noun) or noun == "people") and (
        _DREW.search(text, max(0, start - 30), start) or _ATTENDED.match(text, end)
    ):
        return "attendance"  # "the tour drew 1.1 million fans", "31,400 people attended"
    per = _PER_GAME.match(text, end) if noun else None
    if per is not None:
        return f"{noun} per {per.group(1)}"  # "averaged 29.4 points a game"
    if noun == "" and metric is None and "number of" in text[max(0, start - 200) : start]:
        number = _NUMBER_OF.search(text, clause_start(text, start), start)
        if number is not None:
            return " ".join(  # "the number of store visits rose to 212 million"; "PhD" kept
                w if any(c.isupper() for c in w[1:]) else w.lower() for w in number.group(1).split()
            )
    return None


_DREW = re.compile(r"\b(?:drew|draws|draw|drawing|pulled in)(?: about| around| some| nearly|"
                   r" almost| more than| over| a record)? $")  # fmt: skip
# people who came to an event: "31,400 people attended", "11,870 people came through the gates",
# "about 46,000 people passed through the turnstiles"
_ATTENDED = re.compile(
    r" (?:attended|(?:came|passed|went|poured|streamed) (?:through|into) the (?:gates|turnstiles|"
    r"ground|stadium|venue)|through the (?:gates|turnstiles)|turned out\b)"
)
_PER_GAME = re.compile(r" (?:a|per|each) (game|match|night|show|race)\b")
# a bare count of what "the number of" names: "the number of store visits rose to 212 million",
# "the number of PhD places" (an acronym or a capitalised word may qualify the plural)
_NUMBER_OF = re.compile(r"\bnumber of ((?:[A-Za-z][A-Za-z-]+ )?[a-z][a-z-]+s)\b(?! of)")


def _noun_metric(
    text: str, end: int, head: str, unit: str | None, metric: str | None
) -> str | None:
    """A count's metric from its own noun when no verb said more: "twenty complainants", "storms
    damaged 4,000 homes" (homes damaged), "126 kilometres of track" (its length)."""
    noun = unit.split()[-1].lower() if unit else ""
    if (unit or "").lower() in _EXTENT and metric in (None, noun) and _OF_THING.match(text, end):
        return _EXTENT[(unit or "").lower()]  # "126 kilometres of track have been laid"
    plural = noun.endswith("s") or noun.endswith("men")  # "45,000 fishermen"
    if metric is None and noun and noun.isalpha() and noun.islower() and plural:
        counted = _counted(unit or "", noun)  # "twenty complainants", "410 food banks"
        done = _done_to(head)
        people = counted_people(noun) and done != "surveyed"
        if done is None or people or counted in PERSONAL_METRICS:
            return counted  # "handled 2.4 million travellers", "scored 23 goals": the count
        return f"{counted} {done}"  # "storms damaged 4,000 homes": homes damaged
    return metric


# what was done to the things counted, by the verb right before them: "storms damaged 4,000
# homes" (homes damaged), "it recalled 38,000 cars", "a survey of 2,100 users" (users surveyed)
_DONE_TO = re.compile(
    r"\b(?:(?P<verb>[a-z]{3,}ed|sold|lost|built|made|won|bought|caught|sent|brought|taken|"
    r"given|seen)|(?P<survey>survey|poll) of(?: (?:its|their|the|some))?)"
    r"(?: about| around| some| nearly| almost| roughly| more than| over| at least| just|"
    r" fewer than| less than| all| all of its| a cumulative| a total of| a further| another)? $"
)
# verbs in -ed that say how many there are, not what was done to them: "reached 4,000",
# "an estimated 4,000 homes", "employed 900 people", "recorded 300 cases"
_NOT_DONE = frozenset(["reported", "expected", "estimated", "projected", "predicted", "needed",
                       "required", "totalled", "totaled", "reached", "topped", "exceeded",
                       "numbered", "included", "involved", "featured", "compared", "recorded",
                       "registered", "counted", "listed", "owned", "operated", "used",
                       "ranked", "aged", "based", "priced", "valued", "employed", "added",
                       "hired", "created", "ordered", "supported", "backed", "voted",
                       "approved", "rejected", "opposed", "closed", "axed", "slashed",
                       "shed", "scrapped", "eliminated", "reduced", "cut", "lost",
                       "attracted", "hosted", "welcomed", "served", "housed", "named",
                       "handled", "carried", "processed", "transported", "issued"])  # fmt: skip


def _done_to(head: str) -> str | None:
    """The participle of what was done to a count's things (``_DONE_TO``), else None."""
    m = _DONE_TO.search(head)
    if m is None:
        return None
    if m.group("survey"):
        return "surveyed"
    verb = m.group("verb")
    return None if verb in _NOT_DONE else verb


# a length or an area "of" something: "126 kilometres of track", "300 hectares of forest"
_EXTENT = {unit: "length" for unit in ("kilometres", "kilometers", "km", "miles", "metres",
                                       "meters", "feet", "yards")} | {
    unit: "area" for unit in ("hectares", "acres", "square metres", "square meters",
                              "square feet", "square miles", "square kilometres")}  # fmt: skip
_OF_THING = re.compile(r" of (?:new |its |the |their )?[a-z]")


# a measure that an infinitive says will reach a level: "expects arrivals to reach 44 million",
# "sees deliveries topping 2 million"
_TO_REACH = re.compile(
    # (not a verb that takes the infinitive itself: "and expects to reach 12 million")
    r"\b(?!(?:expects|hopes|aims|plans|wants|needs|intends|seeks|targets|forecasts|predicts|"
    r"projects|estimates|promises|pledges|vows|threatens|continues|appears|seems|fails|tries|"
    r"struggles|looks|helps|wishes|means|stands|remains|is|was|has)\b)"
    r"([a-z]{3,}[^s\W]s) (?:to (?:reach|hit|top|exceed|surpass|pass|rise to|fall to|climb to|"
    r"grow to|increase to|drop to)|reaching|topping|hitting|exceeding|passing)"
    r"(?: about| around| some| nearly| almost| roughly| more than| over| at least)? $",
    re.I,
)


def _people_metric(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """What counted people do ("2.4 million people were playing"), a bare count of a waiting
    list, or jobs a plant "will employ"; None when no such rule applies."""
    if noun in ("people", "persons"):
        tail = text[end : end + 40]
        for doing, name in _PEOPLE_DOING:
            if doing.match(tail):
                return name  # "2.4 million people were playing the game"
    if noun == "" and metric is None and _NUMBER_WAITING.search(text, clause_start(text, start)):
        return "waiting list"
    if noun in JOB_NOUNS and _WILL_EMPLOY.search(text, max(0, start - 60), start):
        return "jobs"  # "a plant that will employ 1,100 people"
    return None


_COMPOUND = re.compile(r"(?:[a-z]+(?:'s)? ){1,2}[a-z]+s")


def _counted(unit: str, noun: str) -> str:
    """What is counted: the unit's compound noun ("food banks", "member states", "children's
    centres") when it is one, else its last word."""
    phrase = unit.lower()
    return phrase if _COMPOUND.fullmatch(phrase) and phrase == unit else noun


def _singular(noun: str) -> str:
    if noun.endswith(("series", "species")):
        return noun
    if noun.endswith("ies") and len(noun) > 4:  # "libraries", "factories"; not "ties"
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1]
