"""Files recombined from the development pastes' story blocks: blocks cut at the truth's
first lines, pasted in the users' layouts with each line's story, and no set but the named
development ones read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.eval.recombine import Block, cut_blocks, dev_blocks, make_file, recombined_files
from tests.reader.eval.paste_set import FIRST, HEADLINES, LINES, SECOND, spaced, write_set


def test_blocks_are_cut_at_the_first_lines_with_blank_ends_trimmed() -> None:
    blocks = cut_blocks(spaced(LINES), [1, 9], HEADLINES, "s/a.txt")
    assert [b.lines[0] for b in blocks] == HEADLINES
    assert blocks[0].lines[2] == FIRST and blocks[1].lines[2] == SECOND
    assert all(b.headed for b in blocks) and blocks[0].blank_after and not blocks[1].blank_after
    assert all(b.lines[-1].strip() for b in blocks)


def test_a_block_without_its_headline_is_not_headed() -> None:
    blocks = cut_blocks(LINES[1:4] + LINES[5:], [1, 4], [None, None], "s/a.txt")
    assert [b.lines[0] for b in blocks] == [FIRST, SECOND]
    assert not any(b.headed for b in blocks)


def _blocks() -> list[Block]:
    return [
        *cut_blocks(spaced(LINES), [1, 9], HEADLINES, "s/a.txt"),
        *cut_blocks(LINES, [1, 5], HEADLINES, "s/b.txt"),
    ]


@pytest.mark.parametrize("seed", range(12))
def test_each_line_keeps_its_story_in_every_layout(seed: int) -> None:
    blocks = _blocks()
    c = make_file([blocks[0], blocks[3]], random.Random(seed))
    assert c.n_stories == 2 and len(c.boundaries) == 1
    body = [ln for ln in c.lines if ln.text.strip()]
    assert [ln.story for ln in body if ln.text in (FIRST, SECOND)] == [0, 1]
    # headlines go with their story, or go
    assert all(
        ln.story == (0 if ln.text == HEADLINES[0] else 1) for ln in body if ln.text in HEADLINES
    )


def test_files_are_drawn_across_files_deterministically() -> None:
    blocks = _blocks()
    one = recombined_files(blocks, 7, 20, related=0.5)
    assert len(one) == 20
    assert [c.text() for c in one] == [c.text() for c in recombined_files(blocks, 7, 20, 0.5)]
    assert all(c.n_stories == 2 for c in one)  # two files: one block of each
    assert recombined_files(blocks[:2], 7, 5) == []  # blocks of one file only


def test_blocks_of_a_development_set_and_no_other(tmp_path: Path) -> None:
    write_set(tmp_path / "paste10", spaced(LINES))
    blocks = dev_blocks(["paste10"], root=tmp_path)
    assert [b.source for b in blocks] == ["paste10/a.txt"] * 2
    with pytest.raises(ValueError, match="not a development paste set"):
        dev_blocks(["paste6"], root=tmp_path)


def test_the_trainer_adds_files_recombined_from_the_sets_it_is_given() -> None:
    from reader.eval.train_boundary import recombined

    files = recombined(["paste22"], 101, 6, 0.5)
    assert len(files) == 6 and all(c.n_stories >= 2 for c in files)
    assert [c.text() for c in files] == [c.text() for c in recombined(["paste22"], 101, 6, 0.5)]
    assert recombined(["paste22"], 101, 0, 0.5) == recombined([], 101, 6, 0.5) == []
