"""A count's noun runs on over a list of plural nouns ("1,100 flight attendants, pilots and
ground staff"), a plural that modifies the next noun ("45 scientists and sales staff") and a
time said after it ("300 drivers and riders next year"); a second act joined by "and" is no
second noun ("hired 300 staff and cut prices"), nor is what the count mostly holds (", mostly
technicians and growers") or a sum after it ("7,000 jobs and reduce costs by $5bn")."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _units(sentence: str) -> list[str | None]:
    return [f.unit for f in extract_figures([sentence]) if f.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "The firm has 1,100 flight attendants, pilots and ground staff.",
            "flight attendants, pilots and ground staff",
        ),
        ("It sold 4,000 cars, vans and trucks.", "cars, vans and trucks"),
        ("Some 45 scientists and sales staff will move.", "scientists and sales staff"),
        ("It will hire 300 drivers and riders next year.", "drivers and riders"),
    ],
)
def test_the_noun_runs_on_over_a_list(sentence: str, unit: str) -> None:
    assert _units(sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("It opened 12 stores, hired 300 staff and cut prices.", "staff"),
        ("It employs 70 people, mostly technicians and growers.", "people"),
        ("It needs to cut 7,000 jobs and reduce costs by $5bn a year.", "jobs"),
        ("It has 40 shops, and its sales rose.", "shops"),
    ],
)
def test_no_list_where_a_clause_or_an_aside_follows(sentence: str, unit: str) -> None:
    assert _units(sentence)[-1] == unit
