"""A label before a colon that names no measure, only that a figure follows ("The key figure:",
"Bottom line:"), gives the figure no metric: the sentence after it says what the figure is. A
label that names a measure still does ("Revenue: $41.2 million")."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The key figure: 6,138 people were murdered between July and September.",
        "Bottom line: 6,138 people were murdered between July and September.",
        "The headline: 6,138 people were murdered between July and September.",
    ],
)
def test_a_lead_in_is_no_measure(sentence: str) -> None:
    (f,) = extract_figures([sentence])
    assert (f.unit, f.metric) == ("people", "murdered people")


def test_a_measure_label_still_names_the_figure() -> None:
    f = extract_figures(["Revenue: $41.2 million, up from $38m."])[0]
    assert f.metric == "revenue"
