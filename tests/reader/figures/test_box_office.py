"""Which box office a film's takings are, from the words of the figure's own stretch of the
sentence (``reader/figures/box_office.py``)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures

STORY = [
    "Harbour Lights, the animated sequel from Tallis Pictures, topped the box office again.",
    "The film has now earned $412 million worldwide, its studio said.",
    "It slid 41% in its second weekend to $31.2 million, taking its domestic total to "
    "$118.5 million.",
    "Overseas, the film took $96 million from 48 markets.",
    "Romantic comedy Second Helpings opened with $9.4 million from 2,600 theaters.",
]


@pytest.mark.parametrize(
    ("surface", "metric"),
    [
        ("$412 million", "worldwide box office"),
        ("$31.2 million", "weekend box office"),
        ("$118.5 million", "domestic box office"),
        ("$96 million", "overseas box office"),
        ("$9.4 million", "opening box office"),
    ],
)
def test_the_stretch_of_the_sentence_says_which_box_office(surface: str, metric: str) -> None:
    got = {
        f.surface: f.metric for f in extract_figures(STORY, title="Harbour Lights tops box office")
    }
    assert got[surface] == metric


def test_a_place_word_beside_another_number_is_not_this_figures() -> None:
    # "overseas" counts screens there, not the day's takings
    story = [
        "Hill Station, the year's biggest Hindi release, opened on Friday.",
        "The film, which opened on about 5,200 screens in India and 1,150 overseas, earned "
        "₹38.4 crore on day one, the distributor said.",
    ]
    got = {f.surface: f.metric for f in extract_figures(story, title="Hill Station box office")}
    assert "overseas" not in (got.get("₹38.4 crore") or "")
