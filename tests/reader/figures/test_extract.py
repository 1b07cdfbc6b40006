"""Story-level extraction: ranking, de-duplication, formatting and hostile input."""

from __future__ import annotations

import pytest

from reader.figures import FIGURES_VERSION, extract_figures, format_figure, format_value
from reader.model import Change, Figure
from tests.workcount import assert_linear


def test_headline_money_figure_ranks_first() -> None:
    paragraphs = [
        "The firm employs 12,000 engineers in 40 offices.",
        "Initech said revenue rose 16% to $18.62 billion year-over-year. It has 27 stores.",
    ]
    figs = extract_figures(paragraphs)
    assert figs[0].kind == "money"
    assert figs[0].value == 18.62e9
    assert figs[0].sentence_index == 1
    assert "revenue rose" in figs[0].sentence
    assert [f.score for f in figs] == sorted((f.score for f in figs), reverse=True)


def test_duplicates_collapse_to_first_mention() -> None:
    paragraphs = ["Revenue was $3 billion.", "Again: revenue was $3 billion."]
    figs = [f for f in extract_figures(paragraphs) if f.kind == "money"]
    assert len(figs) == 1
    assert figs[0].sentence_index == 0


def test_format_value_and_figure() -> None:
    f = Figure(
        surface="$34.81 billion",
        kind="money",
        value=34.81e9,
        unit="USD",
        metric="revenue",
        subject="Alibaba",
        change=Change("up", "5%", "year-over-year"),
    )
    assert format_value(f) == "$34.81B"
    assert format_figure(f) == "$34.81B revenue, +5% YoY (Alibaba)"
    assert format_value(Figure("44%", "percent", 44.0, "%")) == "44%"
    assert format_value(Figure("x", "money", 28.5e9, "CNY")) == "CN¥28.5B"  # not yen
    assert format_value(Figure("x", "money", 41e9, "JPY")) == "¥41B"
    users = Figure("x", "count", 360e6, "daily active users")
    assert format_value(users) == "360M daily active users"
    assert FIGURES_VERSION


def test_format_strips_control_characters() -> None:
    f = Figure("x", "count", 5.0, "widgets\x1b[31m", subject="Evil\x07Corp")
    assert "\x1b" not in format_figure(f)
    assert "\x07" not in format_figure(f)


@pytest.mark.parametrize(
    "piece",
    ["1", "1,", "1.", "1,2.", "$1,000.5 ", "-1-", "2-3%", "A1 B2 C3 "],
    ids=["digits", "commas", "dots", "mixed", "money", "dashes", "ranges", "codes"],
)
def test_hostile_digits_cost_linear_work(piece: str) -> None:
    """10 KB and 40 KB of hostile digits: 4x the text is at most ~4x the calls."""
    assert_linear(lambda n: extract_figures([piece * n]), 10_000 // len(piece))


def test_hostile_inputs_complete() -> None:
    hostile = [
        "9" * 100_000,
        "1," * 200_000,
        "$" * 300_000,
        " ".join(["word"] * 30_000),
        "It made 1e308 billion dollars and $" + "9" * 400 + " billion.",
        "$1.5 billion " * 20_000,
    ]
    for text in hostile:
        figs = extract_figures([text])
        for f in figs:
            assert f.value == f.value and abs(f.value) < 1e17  # finite, clamped
    assert extract_figures(["$1.5 billion " * 20_000])[0].value == 1.5e9


def test_figures_of_a_huge_sentence_keep_a_window_not_a_copy() -> None:
    from reader.text.excerpt import MAX_SENTENCE_CHARS, SENTENCE_CONTEXT

    line = ", ".join(f"sales rose {i % 90 + 1}% to ${i % 900 + 1}.5 billion" for i in range(3_000))
    figs = extract_figures([line])
    assert len(figs) > 100
    for f in figs:
        assert len(f.sentence) <= 2 * SENTENCE_CONTEXT + len(f.surface) + 40
        assert f.surface in f.sentence
        assert f.sentence.startswith("…") or f.sentence.endswith("…")
    # a sentence of normal length is kept exactly
    normal = "Initech said revenue rose 16% to $18.62 billion year-over-year. " * 1
    assert len(normal) < MAX_SENTENCE_CHARS
    assert extract_figures([normal])[0].sentence == normal.strip()


def test_a_story_without_a_number_reads_no_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # who the story is about (names, main company) matters only to a figure: a story whose
    # sentences hold no number token is not read for it, and has no figure
    import reader.figures as figures

    def unread(*args: object) -> None:
        raise AssertionError("read the story's names though no sentence holds a number")

    monkeypatch.setattr(figures, "_story_context", unread)
    story = ["Acme Holdings said on Monday that its chief executive would step down.",
             "The board thanked her for many years of service."]  # fmt: skip
    assert extract_figures(story, title="Acme chief to step down") == []


def test_the_first_sentence_with_a_number_reads_the_names() -> None:
    # the names are read late, but a figure still has them: "Acme" owns the revenue
    story = ["Acme Holdings had a quiet year, its chairman said.",
             "Acme said revenue rose 12% to $4.5 billion."]  # fmt: skip
    figs = {f.surface: f for f in extract_figures(story)}
    assert figs["$4.5 billion"].subject is not None
    assert "Acme" in figs["$4.5 billion"].subject
