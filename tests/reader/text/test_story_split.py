"""A story's sentences are split once, and summaries and key figures read that one split."""

from __future__ import annotations

import pytest

import reader.text.story_split as story_split
from reader.figures import extract_figures
from reader.summarize import summarize
from reader.text.sentences import split_sentences
from reader.text.story_split import story_sentences

HEADING = "Costs and Outlook"
PARAGRAPHS = [
    "Marlow Ferries carried 4.2 million passengers last year. The operator said demand held up.",
    "Photo: Dock Agency",
    HEADING,
    "Fuel costs rose 12% to $310 million, the company said. It plans two new routes.",
    "Analysts expect the fleet of 14 vessels to grow, although orders remain uncertain.",
]


def test_summary_and_figures_of_a_story_split_its_paragraphs_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = split_sentences

    def counted(text: str) -> list[str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(story_split, "split_sentences", counted)
    story_split._split.cache_clear()
    assert summarize(PARAGRAPHS, headings=[HEADING], sentences=2)
    assert extract_figures(PARAGRAPHS)
    assert calls == PARAGRAPHS  # each paragraph once, in order, for both readers


def test_a_figures_sentence_index_counts_the_sentences_the_summary_picks_from() -> None:
    split = story_sentences(PARAGRAPHS).sentences
    figures = extract_figures(PARAGRAPHS)
    assert {f.surface for f in figures} >= {"4.2 million passengers", "12%", "$310 million"}
    for f in figures:
        assert f.surface in split[f.sentence_index], (f.surface, f.sentence_index)
    # the summary's sentences come from the same split (less the heading and the credit)
    summary = summarize(PARAGRAPHS, headings=[HEADING], ratio=1.0)
    assert summary and all(s in split for s in summary)
    assert HEADING not in summary and "Photo: Dock Agency" not in summary


def test_the_split_strips_controls_and_is_shared_for_equal_paragraphs() -> None:
    first = story_sentences(["Sales rose\x1b[31m 5%. Costs fell."])
    assert first.sentences == ("Sales rose 5%.", "Costs fell.")
    assert story_sentences(["Sales rose\x1b[31m 5%. Costs fell."]) is first
    assert story_sentences([]).sentences == ()


def test_printable_ascii_is_what_strip_controls_leaves_as_it_is() -> None:
    """The split skips strip_controls for printable ASCII: nothing in it is stripped."""
    from reader.text.safe import strip_controls
    from reader.text.story_split import _plain

    printable = "".join(chr(c) for c in range(0x20, 0x7F))
    assert strip_controls(printable) == printable
    for code in range(0x80):
        text = f"a{chr(code)}b"
        assert _plain(text) == strip_controls(text), hex(code)
    assert _plain("x\u200by\x1b[31mz") == "xyz"
