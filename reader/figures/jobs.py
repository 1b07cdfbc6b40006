"""What a count of jobs, staff or people at work measures, from the verb before it: "axed 600
jobs" (jobs cut), "will hire 300 staff" (jobs added), "employs 2,400 people" (employees),
"shed 640 of its 2,900 posts" (the whole is the workforce: employees). A verb another clause
owns is not the count's ("its budget was cut by 8%, and it has 312 permanent staff").
"""

from __future__ import annotations

import re

from reader.figures.gate import led

JOB_NOUNS = frozenset(
    ["jobs", "staff", "workers", "employees", "positions", "roles", "posts", "people",
     "engineers", "workforce", "staffers", "employees"]
)  # fmt: skip
CUT_VERB = led(
    r"\b(?:cut|cuts|cutting|axe|axed|axes|axing|shed|sheds|shedding|slash|slashed|eliminate|"
    r"eliminated|lay off|laid off|laying off|lose|lost|losing|scrap|scrapped|reduce|reduced|"
    r"redundancies|job losses)\b",
    re.I,
)
_FOR = re.compile(r"\bfor\b")
# a new clause with its own subject between a verb and the figure: the verb is not the
# figure's ("budget was cut by 8% ..., and it has 312 permanent staff")
_NEW_SUBJECT = re.compile(r",? and (?:it|they|he|she|the \w+|its \w+) |; |, (?:but|while) ")
ADD_VERB = led(
    r"\b(?:hire|hired|hiring|add|added|adding|create|created|creating|recruit|recruited|"
    r"recruiting|take on|took on)\b",
    re.I,
)
_EMPLOY = led(r"\b(?:employ|employs|employed|employing|workforce of|headcount of)\b", re.I)


def jobs_metric(head: str, noun: str, metric: str | None) -> str | None:
    """The measure of a count of ``noun`` (the words ``head`` before it) when it counts jobs
    or staff (module doc), else None."""
    if noun not in JOB_NOUNS and not (noun == "" and metric == "jobs"):
        return None
    if re.search(r"\d of (?:its|the|their) $", head):
        return "employees"  # "shed 640 of its 2,900 posts": the whole workforce
    cuts = list(CUT_VERB.finditer(head))
    adds = list(ADD_VERB.finditer(head))
    # the verb nearest the count is its verb: "aims to cut costs ... and plans to hire 300 staff"
    if adds and (not cuts or adds[-1].start() > cuts[-1].start()):
        return "jobs added"
    cut = cuts[0] if cuts else None
    # not "cut rations for about three million people", "cut by 8%, and it has 312 staff"
    if (
        cut is not None
        and not _FOR.search(head, cut.end())
        and not _NEW_SUBJECT.search(head, cut.end())
    ):
        return "jobs cut"
    if adds:
        return "jobs added"
    if _EMPLOY.search(head) or (noun == "people" and metric is None and _EMPLOY.search(head)):
        return "employees"
    return None
