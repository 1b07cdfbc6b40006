"""A correction's retracted claim gives no figure; the story's own figures stay."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.corrections import retracted


def test_what_an_earlier_version_wrongly_said_is_no_figure() -> None:
    figs = extract_figures(
        [
            "Wrenfield Group said revenue rose 3.6% to £412.6m in the year to September.",
            "Correction: An earlier version of this story said Wrenfield had cut 200 jobs. "
            "It cut 120.",
        ],
        title="Wrenfield Group results",
    )
    surfaces = {f.surface for f in figs}
    assert "£412.6m" in surfaces and "3.6%" in surfaces
    assert "200 jobs" not in surfaces


def test_retracted_sentences() -> None:
    assert retracted("An earlier version of this article said the plantations covered 40,000 ha.")
    assert retracted("Correction: A previous version of this story misstated the number as 22.")
    assert not retracted("An earlier version of the plan said 40 homes would be built.")
    assert not retracted("The company said it had cut 200 jobs.")
