"""The measure a verb right before a figure names (a candidate of the learned metric)."""

from __future__ import annotations

import pytest

from reader.figures.metric_verbs import verb_metric


@pytest.mark.parametrize(
    ("before", "kind", "want"),
    [
        ("The mill will cut about ", "count", "jobs cut"),
        ("Hackers stole ", "money", "theft"),
        ("The start-up raised a further ", "money", "funding"),
        ("The council provided ", "money", "funding"),  # a sum given towards something
        ("The government has pledged an extra ", "money", "funding"),
        ("The mill will cut about ", "money", None),  # the verb names a count, not money
        ("The report said ", "money", None),
    ],
)
def test_the_verb_names_a_measure_of_its_kind(before: str, kind: str, want: str | None) -> None:
    assert verb_metric(before + "900", len(before), kind) == want
