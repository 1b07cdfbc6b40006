"""Editors' notes: a correction's retracted claim gives no figure, and no note is a summary sentence."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.summarize import summarize
from reader.text.corrections import editors_note, retracted


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


def test_editors_notes() -> None:
    for note in (
        "Correction: An earlier version of this story said Wrenfield had cut 200 jobs.",
        "Clarification (3 May): The plant employs 140 people, not 410.",
        "Editor's note: This story has been updated to include the council's response.",
        "This article was amended on 4 June to correct the date of the vote.",
    ):
        assert editors_note(note), note
    for sentence in (
        "The correction in share prices wiped £4bn off the index.",
        "Update your app to see the new fares.",
        "Wrenfield said revenue rose 3.6% to £412.6m.",
    ):
        assert not editors_note(sentence), sentence


def test_a_note_is_no_summary_sentence() -> None:
    paras = [
        "Wrenfield Group said revenue rose 3.6% to £412.6m in the year to September.",
        "Demand in the second half was the strongest since 2031, the Leeds appliance maker said.",
        "Correction: An earlier version of this story said Wrenfield had cut 200 jobs.",
    ]
    assert all("Correction" not in s for s in summarize(paras, sentences=3))
