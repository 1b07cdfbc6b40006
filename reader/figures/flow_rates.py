"""A measure written as a flow per unit of time: "412 megalitres a day", "1.2 million barrels
per day", "146 litres an hour". The time is part of the unit (a day's flow is not a total), so
a quantity of a unit of measure (kind "other") takes the "a day" / "per day" right after it
into its unit and surface. A year is left out: "40 million tonnes a year" is the year's
amount, the period a total is usually given for. Counts ("3,000 passengers a day") keep their
noun. The near end of a range takes the far end's time ("0.3-0.5 megabits a second"). Done
last, so the rules before it read the unit's own noun ("barrels").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_PER_TIME = re.compile(r" (?:a|an|per) (?:day|hour|week|month|second|minute)\b")
_RANGE_TO = re.compile(r"-|\u2013| to | and ")


def per_time_units(figures: Sequence[Figure]) -> list[Figure]:
    """Each measure followed by a time it is written per, with that time in its unit and
    surface; other figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        m = None
        if f.kind == "other" and f.unit and " per " not in f.unit and at >= 0:
            m = _PER_TIME.match(f.sentence, at + len(f.surface))
        if m is not None:
            f = replace(f, unit=f"{f.unit}{m.group(0)}", surface=f"{f.surface}{m.group(0)}")
        out.append(f)
    # "0.3-0.5 megabits a second", "from 80,000 to 100,000 barrels a day": the near end of a
    # range measures per the same time
    starts = {(f.sentence, surface_at(f)): f.unit for f in out if f.kind == "other"}
    for i, f in enumerate(out):
        at = surface_at(f)
        if f.kind != "other" or not f.unit or at < 0:
            continue
        tail = _RANGE_TO.match(f.sentence, at + len(f.surface))
        far = starts.get((f.sentence, tail.end())) if tail is not None else None
        if far and far.startswith(f"{f.unit} ") and _PER_TIME.fullmatch(far[len(f.unit) :]):
            out[i] = replace(f, unit=far)
    return out
