"""find_boundaries on text the tests write: invented topics, headings, cues, degenerate input."""

from __future__ import annotations

import random
from itertools import pairwise

import numpy as np
import pytest
from numpy.typing import NDArray

from reader.story.segment import PROFILES, find_boundaries
from reader.story.segment.cost import CostModel

VOLCANO = [
    "The volcano on the northern island erupted overnight, sending ash high above the crater.",
    "Geologists monitoring the crater said lava flows reached the village road by morning.",
    "Ash from the eruption closed the island airport and covered farms near the volcano.",
    "Residents near the crater were evacuated as lava and ash kept falling on the island.",
    "The geologists warned that the volcano could erupt again, with more lava and ash.",
    "Farmers on the island said the ash had ruined crops close to the crater slopes.",
]
ORCHESTRA = [
    "The city orchestra opened its season with a symphony by a young composer.",
    "Critics praised the orchestra's violins and the conductor's tempo in the symphony.",
    "The composer, who attended the concert, said the symphony was written during winter.",
    "Tickets for the orchestra's next concert sold out, the concert hall said.",
    "The conductor plans to record the symphony with the orchestra next spring.",
    "Violinists in the orchestra rehearsed the new symphony for three months.",
]
BANK = [
    "The central bank raised interest rates by half a point to curb inflation.",
    "Economists had expected the bank to raise rates as inflation stayed high.",
    "Mortgage lenders said higher interest rates would push up monthly repayments.",
    "The bank's governor said inflation should fall back towards target next year.",
    "Markets reacted calmly, with bond yields barely moving after the rates decision.",
]


def test_two_topics_split_at_the_join() -> None:
    assert find_boundaries(VOLCANO + ORCHESTRA) == [len(VOLCANO)]


def test_three_topics_two_joins() -> None:
    units = VOLCANO + BANK + ORCHESTRA
    joins = [len(VOLCANO), len(VOLCANO) + len(BANK)]
    assert find_boundaries(units, n_segments=3) == joins
    cues = [0.0] * len(units)
    for j in joins:
        cues[j] = 0.6  # a headline-like cue: not decisive alone, decisive with the words
    assert find_boundaries(units, cues) == joins


def test_one_coherent_topic_stays_whole() -> None:
    assert find_boundaries(VOLCANO) == []
    assert find_boundaries(ORCHESTRA) == []


def test_section_headings_inside_one_article_do_not_split_it() -> None:
    units = [*VOLCANO[:3], "What happens next", *VOLCANO[3:], "Background", *VOLCANO[:2]]
    cues = [0.0] * len(units)
    assert find_boundaries(units, cues) == []


def test_strong_cue_moves_the_boundary_onto_the_caption() -> None:
    caption = "A photographer | Agency | Getty Images"
    units = [*VOLCANO, caption, *ORCHESTRA]
    cues = [0.0] * len(units)
    cues[len(VOLCANO)] = 0.9
    assert find_boundaries(units, cues) == [len(VOLCANO)]


def test_cue_tips_a_short_join_the_words_alone_cannot_prove() -> None:
    units = VOLCANO[:3] + BANK[:3]
    assert find_boundaries(units) == []  # too little text to pay the boundary penalty
    cues = [0.0] * len(units)
    cues[3] = 0.9
    assert find_boundaries(units, cues) == [3]


def test_a_cue_does_not_cut_through_one_topic() -> None:
    cues = [0.0] * len(VOLCANO)
    cues[3] = 0.9
    assert find_boundaries(VOLCANO + VOLCANO[:2], [*cues, 0.0, 0.0]) == []


def test_n_segments_is_honoured() -> None:
    units = VOLCANO + ORCHESTRA
    for k in range(1, 6):
        cuts = find_boundaries(units, n_segments=k)
        assert len(cuts) == k - 1
        assert cuts == sorted(set(cuts))
        assert all(1 <= c < len(units) for c in cuts)
    assert find_boundaries(units, n_segments=2) == [len(VOLCANO)]
    assert find_boundaries(units, n_segments=len(units) + 5) == list(range(1, len(units)))


def test_n_segments_below_one_is_an_error() -> None:
    with pytest.raises(ValueError):
        find_boundaries(VOLCANO, n_segments=0)


@pytest.mark.parametrize(
    "units",
    [[], ["one lonely unit"], ["", ""], ["", "", ""], ["the and of", "a an the", "is was"]],
)
def test_degenerate_input_gives_one_segment(units: list[str]) -> None:
    assert find_boundaries(units) == []


def test_two_units_and_odd_cues() -> None:
    assert find_boundaries(VOLCANO[:2], [0.0]) == []
    cuts = find_boundaries(VOLCANO[:1] + ORCHESTRA[:1], [0.0, float("nan")])
    assert all(c == 1 for c in cuts)
    assert find_boundaries(VOLCANO, [5.0, -3.0]) == find_boundaries(VOLCANO, [0.0, -1.0])


def test_two_thousand_units_finish_quickly_and_validly() -> None:
    rng = random.Random(1)
    pool = VOLCANO + ORCHESTRA + BANK
    units = [rng.choice(pool) for _ in range(2000)]
    cuts = find_boundaries(units)
    assert cuts == sorted(set(cuts))
    assert all(1 <= c < 2000 for c in cuts)


def test_sentence_profile_finds_the_same_joins() -> None:
    units = VOLCANO + ORCHESTRA + BANK
    joins = [len(VOLCANO), len(VOLCANO) + len(ORCHESTRA)]
    assert find_boundaries(units, units_are="sentence") == joins
    assert find_boundaries(VOLCANO, units_are="sentence") == []
    assert find_boundaries(units, n_segments=3, units_are="sentence") == joins


def test_light_lead_in_lines_go_with_the_story_they_precede() -> None:
    # a byline and a time stamp between two stories: no cue, few content words
    units = [*VOLCANO, "By Jane Doe", "Three hours ago", *ORCHESTRA]
    assert find_boundaries(units) == [len(VOLCANO)]


def test_sentence_profile_never_makes_one_sentence_segments() -> None:
    units = [*VOLCANO, BANK[0], *ORCHESTRA]
    for cut in (
        find_boundaries(units, units_are="sentence"),
        find_boundaries(units, n_segments=3, units_are="sentence"),
    ):
        edges = [0, *cut, len(units)]
        assert all(b - a >= PROFILES["sentence"].min_units >= 2 for a, b in pairwise(edges))


def test_vectorised_costs_match_the_loop() -> None:
    from reader.story.segment.cost import _bg_rows, _bg_rows_np, _generic_rows

    rng = random.Random(5)
    docs = [[rng.randrange(50) for _ in range(rng.randrange(0, 10))] for _ in range(70)]
    model = CostModel(docs, 50, 20, 0.6)
    loop = _bg_rows(model, docs, len(docs))
    vec = [r[: len(q)].tolist() for r, q in zip(_bg_rows_np(model, docs, 70), loop, strict=True)]
    slow = _generic_rows(model, docs, len(docs))  # the running segment join_forced grows
    blocks = [
        row[: len(loop[a + k])].tolist()
        for a in range(0, 70, 16)
        for k, row in enumerate(model.row_block(a, a + 16))
    ]
    assert [len(r) for r in loop] == [len(r) for r in vec] == [len(r) for r in blocks]
    for other in (vec, slow, blocks):
        for a, b in zip(loop, other, strict=True):
            assert max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0.0) < 1e-8


class CountingModel(CostModel):
    """Counts the segment costs computed and the most rows alive at once."""

    cells = 0
    most_rows = 0

    def row_block(self, start: int, stop: int) -> NDArray[np.float64]:
        rows = super().row_block(start, stop)
        self.cells += int(np.isfinite(rows).sum())
        self.most_rows = max(self.most_rows, len(rows))
        return rows


@pytest.mark.parametrize("unit", ["| a | b |", "- 5%", "| 3.2 | 4.1 | up |"])
def test_content_free_runs_cost_linear_work(unit: str) -> None:
    """A pasted table or list has almost no content words; the window (and so the work and
    the rows held) stays bounded in units, so 4x the rows is 4x the segment costs."""
    from reader.story.segment.dp import _BLOCK, MAX_WINDOW, best_free, choose_window
    from reader.story.segment.vectors import term_ids

    cells = []
    for n in (1_000, 4_000):
        docs, vocab = term_ids([unit] * n, 5)
        window = choose_window(docs, None)
        assert window <= MAX_WINDOW
        model = CountingModel(docs, vocab, window)
        best_free(model, [1.0] * n)
        assert model.cells <= n * MAX_WINDOW
        cells.append(model.cells)
        assert model.most_rows <= _BLOCK  # rows are held a block at a time, not n of them
    assert cells[1] <= 4 * cells[0] + 2 * MAX_WINDOW**2
    # and the cuts the window forced are joined again: one table, one segment
    assert find_boundaries([unit] * 1_000) == []


def test_a_long_table_between_stories_keeps_the_marked_boundary() -> None:
    table = ["| 2024 | 3.1 | 4.2 |"] * 700
    units = [*VOLCANO, *table, *ORCHESTRA]
    cues = [0.0] * len(units)
    cues[len(VOLCANO) + len(table)] = 0.9
    assert len(VOLCANO) + len(table) in find_boundaries(units, cues)
