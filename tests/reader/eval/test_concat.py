"""Blank lines added to a synthetic file: between its articles, and stray ones inside them."""

from __future__ import annotations

import random

from reader.eval.concat import Concat, Line, with_blanks


def _file() -> Concat:
    return Concat(
        lines=[Line(f"Story {s} paragraph {k}.", s, "body") for s in range(3) for k in range(4)]
    )


def test_blank_lines_between_articles_only() -> None:
    c = with_blanks(_file(), random.Random(1), between=True, stray=0)
    blanks = [i for i, ln in enumerate(c.lines) if ln.kind == "blank"]
    assert [c.lines[i + 1].text for i in blanks] == ["Story 1 paragraph 0.", "Story 2 paragraph 0."]
    assert c.boundaries == [4, 9]  # the blank line belongs to the story it opens


def test_stray_blank_lines_fall_inside_articles() -> None:
    for seed in range(20):
        c = with_blanks(_file(), random.Random(seed), between=False, stray=2)
        blanks = [i for i, ln in enumerate(c.lines) if ln.kind == "blank"]
        assert len(blanks) == 2
        assert all(c.lines[i - 1].story == c.lines[i + 1].story for i in blanks)
        assert c.n_stories == 3
