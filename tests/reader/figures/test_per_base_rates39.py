"""A rate written straight after its number over a round population ("19.8 per 100,000
people", "4.1 per 1,000 live births") is one figure, its unit the population (blind round
a60, session 39): not a bare count of 19.8 and a count of 100,000 people."""

from __future__ import annotations

from reader.figures import extract_figures


def _found(text: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.surface, f.kind, f.value, f.unit) for f in extract_figures([text])]


def test_a_rate_over_a_round_population_is_one_figure() -> None:
    assert _found("The murder rate fell to 19.8 per 100,000 people last year.") == [
        ("19.8 per 100,000 people", "other", 19.8, "per 100,000 people")
    ]
    assert _found("Infant deaths fell to 4.1 per 1,000 live births in the district.") == [
        ("4.1 per 1,000 live births", "other", 4.1, "per 1,000 live births")
    ]


def test_a_population_with_its_own_noun_stays_a_count_rate() -> None:
    # a counted noun before "per" keeps its own reading: doctors per 1,000 people
    found = _found("The region has 3.2 doctors per 1,000 people.")
    assert [(s, k, u) for s, k, _, u in found] == [
        ("3.2 doctors per 1,000 people", "other", "doctors per 1,000 people")
    ]
