"""What a count of things measures when a verb acts on them (rules of ``metrics.refine_metric``).

- the verb before the figure names the measure: "is recalling 412,000 cars" - cars recalled,
  "cancelled 640 flights" - flights cancelled, "surveyed 1,200 firms" - firms surveyed,
  "shipped 40 million phones" - shipments; "delivered 1.3 million vehicles" - deliveries
  (only hedges or "between X and" in between);
- a participle after the counted noun does the same: "412,000 cars recalled", "about 1,600
  jobs at risk";
- goods made or traded: "produce 11 billion eggs a year" (egg production), "would import 3
  million eggs" (egg imports) (``traded_metric``, read after the rules of units);
- people who "fled their homes" are the displaced; staff "made redundant" (or who "lost their
  jobs") are jobs cut;
  people "out of work" (or the number of them) are the unemployed;
- the subject of the figure's clause, when it is a one-word plural measure, beats the
  counted noun (``heads.head_metric``): "deliveries fell 6.2% to 1.31 million vehicles".
"""

from __future__ import annotations

import re

from reader.figures.compound import modifier_form
from reader.figures.heads import head_metric
from reader.figures.measure_words import counted_people

# prices cut or raised on a count of goods: "would cut prices on 1,500 lines"
_PRICE_CUT = r"(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduced|slash|slashed) (?:its |their )?prices (?:on|of|for)"
_PRICE_RISE = r"(?:raise|raises|raised|raising|increase|increased|increases) (?:its |their )?prices (?:on|of|for)"
_BETWEEN = (
    r"(?: (?:about|around|some|nearly|almost|roughly|more than|over|up to|another|an extra|"
    r"a further|a total of|just|only|at least|as many as|between [\d.,]+(?: [a-z]+illion)? and))*"
)
# (verb forms, the measure with {noun} for the counted noun)
_ACTS = tuple(
    (re.compile(rf"\b(?:{verbs}){_BETWEEN} $", re.I), name)
    for verbs, name in (
        ("recall|recalls|recalled|recalling", "{noun} recalled"),
        ("cancel|cancels|cancelled|canceled|cancelling|canceling", "{noun} cancelled"),
        ("survey|surveys|surveyed|surveying|polled|questioned", "{noun} surveyed"),
        ("deliver|delivers|delivered|delivering", "deliveries"),
        ("ship|ships|shipped|shipping", "shipments"),
        ("evacuate|evacuates|evacuated|evacuating", "{noun} evacuated"),
        ("sell|sells|selling|sold", "{noun} sold"),
        ("serve|serves|served|serving", "{noun} served"),
        ("cull|culls|culled|culling|slaughter|slaughtered", "{noun} culled"),
        (_PRICE_CUT, "price cuts"),
        (_PRICE_RISE, "price rises"),
    )
)
# what was done to the counted things, written after them: "6,412 properties sold", "1,200
# homes built", "310 children vaccinated" (not a verb with its object: "300 homes sold out")
_AFTER = re.compile(
    r"^ (recalled|cancelled|canceled|at risk|evacuated|affected|sold|built|completed|damaged|"
    r"destroyed|registered|approved|delivered|shipped|exported|imported|vaccinated|tested|"
    r"booked|issued|granted|installed|demolished|inspected|seized|planted|harvested|"
    r"processed|collected|rescued|treated|screened)\b(?! (?:out|off|up)\b)"
)
_FLED = re.compile(r"^ (?:have|had|has)? ?(?:fled|been displaced|been forced from)\b")
_REDUNDANT = re.compile(r"^ (?:had |have |has |were |was |will |would |could |may )?(?:been |be )?"
                        r"(?:made redundant|laid off|lost their jobs|lose their jobs)\b")  # fmt: skip
# the people out of work: "146,000 people out of work", "the number of jobless people fell"
_OUT_OF_WORK = re.compile(
    r"\bnumber of (?:people |workers |adults )?(?:out of work|jobless|unemployed)\b"
    r"|\bnumber of (?:jobless|unemployed) (?:people|workers|adults)\b",
    re.I,
)
_OUT_OF_WORK_AFTER = re.compile(
    r" (?:(?:who |that )?(?:are|were|was|is|remain|remained) )?(?:out of work|jobless|unemployed)\b"
)
_LOSS_OF = re.compile(
    r"\b(?:the )?loss(?:es)? of (?:about |around |some |nearly |up to |more than )?$"
)
# people who work somewhere are its employees: "More than 3,400 people work at its studios"
_WORK_AT = re.compile(r"^ (?:now |still |currently )?(?:work|worked) (?:at|for|in)\b")
# a group's size named by the group ("the company's workforce reached 27,300 people")
_GROUPS = frozenset(["workforce", "headcount", "membership", "fleet", "attendance", "audience",
                     "readership", "viewership", "enrolment", "enrollment", "turnout", "intake"])  # fmt: skip
_PLURAL = re.compile(r"[a-z]+[^s]s")  # a one-word measure: "deliveries", "arrivals"
_PEOPLE = frozenset(["people", "persons", "residents", "civilians"])
_STAFF = frozenset(["staff", "workers", "employees", "people", "jobs"])


# an airline's aircraft it flies are its fleet ("It flies 148 aircraft"; not "flew 9,870 flights")
_AIRCRAFT = frozenset(["aircraft", "planes", "jets", "airliners", "helicopters"])
_FLIES = re.compile(r"\b(?:flies|fly|flew)(?: about| around| some| nearly| almost)? $", re.I)


def acted_metric(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """The measure a verb acting on the counted noun names (module doc), or None."""
    if (noun in ("", *_PEOPLE) and _OUT_OF_WORK.search(text, max(0, start - 60), start + 1)) or (
        noun in _PEOPLE and _OUT_OF_WORK_AFTER.match(text, end)
    ):
        return "unemployed"  # "146,000 people out of work", "the number of people out of work"
    if not noun.isalpha() or not noun.islower():
        return None
    tail = text[end : end + 40]
    if noun in _PEOPLE and _FLED.match(tail):
        return "displaced"
    if noun in _STAFF and _REDUNDANT.match(tail):
        return "jobs cut"
    if noun in _STAFF and _LOSS_OF.search(text, max(0, start - 40), start):
        return "jobs cut"  # "will close with the loss of about 340 jobs"
    if noun in ("people", "staff", "workers") and _WORK_AT.match(tail):
        return "employees"
    after = _AFTER.match(tail)
    if after is not None:
        return f"{noun} {after.group(1)}"
    head = text[max(0, start - 80) : start]
    if noun in _AIRCRAFT and _FLIES.search(head):
        return "fleet"  # "It flies 148 aircraft"
    for verb, name in _ACTS:
        if verb.search(head):
            if name.endswith((" sold", " served")) and (
                counted_people(noun) or metric == "units sold"
            ):
                return None  # "sold 31,000 of the cars": units sold; "serves 9,000 patients"
            return name.format(noun=noun)
    if metric is None or metric == noun:
        subject = head_metric(text, start, end, "count")
        if (
            subject is not None
            and subject != noun
            and (_PLURAL.fullmatch(subject) or subject in _GROUPS)
            and not counted_people(subject)  # "Members reached 9.3 million subscribers"
        ):
            return subject  # "deliveries fell 6.2% to 1.31 million vehicles"
    return None


# what the counted things are or had done to them, said after them: "Twelve of its 40 stores
# are loss-making", "72 of its 380 planned connections had been delayed", "600,000 children
# under five were severely malnourished", "1.2 million poultry were culled"
_STATE = re.compile(
    r"(?: of (?:its|the|their|all) [\d,]+(?P<whole>(?: [a-z][a-z-]*){1,3}))?"
    r"(?: (?:under|over|aged|in|at|across|from) [\w-]+(?: [\w-]+)?)?"
    r",? (?:are|were|is|was|remain|remained|have been|had been|has been|will be)"
    r"(?: now| still| already| all)?(?: [a-z]+ly)?"
    r" (?P<state>[a-z]+-[a-z]+ing|[a-z]{2,}(?:ed|en))\b(?! (?:to|that|they|it|he|she|we|you)\b)"
)
_NOT_STATES = frozenset(["expected", "estimated", "thought", "believed", "reported", "needed",
                         "used", "based", "given", "seen", "taken", "been", "listed",
                         "required", "owned", "located", "registered", "covered"])  # fmt: skip
_JOBS_BY_STATE = {"created": "jobs added", "added": "jobs added", "axed": "jobs cut",
                  "cut": "jobs cut", "shed": "jobs cut", "eliminated": "jobs cut",
                  "scrapped": "jobs cut"}  # fmt: skip
_WHOLE_BEFORE = re.compile(r"\w of (?:its|the|their|all)(?: [A-Za-z-]+['\u2019]s)? $")


def state_metric(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """The counted things by what they are or had done to them (``_STATE``): "loss-making
    stores", "delayed connections", "culled poultry"; not the whole they are part of ("40
    stores" of "Twelve of its 40 stores are loss-making"); else None."""
    if _WHOLE_BEFORE.search(text, max(0, start - 20), start):
        return None
    m = _STATE.match(text, end, min(len(text), end + 90))
    if m is None or m.group("state") in _NOT_STATES:
        return None
    counted = m.group("whole").split()[-1] if m.group("whole") else noun
    if not counted.isalpha() or counted in _UNITS:
        return None
    if metric is not None and not metric.endswith(counted):
        return None  # a verb before already named the measure ("cut 300 jobs, which were")
    state = m.group("state")
    if counted in _STAFF and state in _JOBS_BY_STATE:
        return _JOBS_BY_STATE[state]  # "104,000 new jobs were created": jobs added
    return f"{state} {counted}"


# goods a place or firm makes, imports or exports: "produce around 11 billion eggs a year"
_TRADED = re.compile(
    rf"\b(produce|produces|produced|producing|import|imports|imported|importing|export|exports|"
    rf"exported|exporting){_BETWEEN} $",
    re.I,
)
_UNITS = frozenset(["tonnes", "tons", "barrels", "litres", "liters", "gallons", "units", "kilos",
                    "kilograms", "pounds", "ounces", "bushels", "megawatts", "gigawatts", "bales",
                    "cubic", "metres", "meters", "hits", "copies", "pieces"])  # fmt: skip
_TRADE_METRIC = {"prod": "production", "impo": "imports", "expo": "exports"}


def traded_metric(head: str, noun: str) -> str | None:
    """ "would import 3 million eggs": "egg imports" (goods, not people: "exported 300 nurses"
    stays a count of nurses); ``head``: the words before the figure."""
    if not (noun.isalpha() and noun.islower() and noun.endswith("s")) or counted_people(noun):
        return None
    if noun in _UNITS:
        return None  # "produced 30,000 tonnes": output, by the rules of units
    traded = _TRADED.search(head)
    if traded is None:
        return None
    return f"{modifier_form(noun)} {_TRADE_METRIC[traded.group(1).lower()[:4]]}"
