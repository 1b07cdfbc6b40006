"""A report's paragraph numbers are no part of the sentences they open (numbered.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.numbered import unnumbered


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("1.2 The standard fee is £1,045.", "The standard fee is £1,045."),
        ("3.2.1 In all, 7 people died.", "In all, 7 people died."),
        (
            "4. Since 2021 the department has spent £487m.",
            "Since 2021 the department has spent £487m.",
        ),
        ("2.5 Million homes lost power.", "2.5 Million homes lost power."),  # a figure
        ("2.5 million homes lost power.", "2.5 million homes lost power."),
        ("2025 was a record year.", "2025 was a record year."),
    ],
)
def test_the_number_is_dropped_and_a_figure_kept(sentence: str, want: str) -> None:
    assert unnumbered(sentence) == want


def test_a_numbered_paragraph_reads_as_the_sentence_it_holds() -> None:
    paragraphs = [
        "Bereavement services: fees for next year",
        "1.1 The standard adult burial fee is £2,960. Officers propose raising it to £3,100.",
    ]
    (fee, raised) = extract_figures(paragraphs)
    assert fee.metric == "standard adult burial fee" == raised.metric
    assert fee.sentence == "The standard adult burial fee is £2,960."
    assert fee.sentence_index == 1
