"""Properties of the figure parser on arbitrary text: never raises, every figure is really in
its sentence, values are finite and kinds and units well formed."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures import extract_figures, parse_sentence
from reader.text.safe import strip_controls

PIECES = st.sampled_from(
    ["$", "US$", "HK$", "€", "£", "¥", "RMB ", " yuan", " won", " rupees", " cents",
     "1", "34", ".81", ",000", " billion", " bn", "m", "B", "K", " trillion", "%",
     " percent", " percentage points", " per share", " users", " (", ")", "up ", "down ",
     " year-over-year", " in 2024", " 1e308", " -", " to ", " from ", " ", "Revenue ",
     "Alibaba ", "iPhone 15", "+44 20 7946 0958"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40).map("".join)
KINDS = {"money", "percent", "count", "other"}


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_parse_sentence_is_total_and_grounded(sentence: str) -> None:
    for fig in parse_sentence(sentence):
        assert fig.kind in KINDS
        assert math.isfinite(fig.value)
        assert fig.surface and fig.surface in sentence
        if fig.kind == "percent":
            assert fig.unit in ("%", "pp")
        if fig.kind == "money":
            assert fig.unit is not None and len(fig.unit) == 3 and fig.unit.isupper()


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, max_size=4))
def test_extract_figures_sentences_come_from_the_story(paragraphs: list[str]) -> None:
    # the story's one split strips controls (shared with the summary): sentences come from that
    joined = " ".join(" ".join(strip_controls(p).split()) for p in paragraphs)
    for fig in extract_figures(paragraphs):
        assert " ".join(fig.sentence.split()) in joined
        assert fig.sentence_index >= 0
