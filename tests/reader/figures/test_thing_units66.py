"""A unit word that also names a thing counts things when a word that is no unit's modifier
stands before it ("120,000 smart meters", "2,800 reefer points", "300 charging points"); with
no word before it, or a unit's own modifier ("square metres", "basis points", "index points"),
it stays a quantity. A body of people before what they are is one noun ("1,248 police
officers", "42 staff positions"), but the staff a sentence offers jobs to stay the staff."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _first(sentence: str) -> tuple[str, str | None]:
    f = extract_figures([sentence])[0]
    return f.kind, f.unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The utility will install 120,000 smart meters over five years.", "smart meters"),
        ("The port added 2,800 reefer points last year.", "reefer points"),
        ("The council will add 300 charging points by 2030.", "charging points"),
        ("The bank runs 1,940 cash points across the country.", "cash points"),
    ],
)
def test_a_unit_word_after_a_modifier_counts_things(sentence: str, unit: str) -> None:
    assert _first(sentence) == ("count", unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The index fell 45 points on Monday.", "points"),
        ("Yields rose 25 basis points.", "basis points"),
        ("The FTSE 100 lost 120 index points on Monday.", "index points"),
        ("The firm let 45,000 square metres of offices.", "square metres"),
        ("The pipe is 300 metres long.", "metres"),
    ],
)
def test_a_unit_alone_or_with_its_own_modifier_stays_a_quantity(sentence: str, unit: str) -> None:
    assert _first(sentence) == ("other", unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The force now had 1,248 police officers.", "police officers"),
        ("The trust will cut 42 staff positions.", "staff positions"),
        ("It offered 120 of the affected staff jobs at other branches.", "affected staff"),
        ("It employs 300 staff across 12 sites.", "staff"),
    ],
)
def test_a_body_of_people_before_what_they_are(sentence: str, unit: str) -> None:
    assert _first(sentence) == ("count", unit)
