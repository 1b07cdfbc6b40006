"""Hand-written pasted files (``pasted/``: regional press, wire copy, blog posts, press
releases; with and without headlines, junk lines between) split where a reader would split them.

The files and their expected starts (``NAME.json``: the story count and how each story's first
paragraph begins) were written before the pipeline was run on them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.pipeline import Document, split_document

HERE = Path(__file__).parent / "pasted"
FILES = sorted(p.stem for p in HERE.glob("*.txt"))
# None since the boundary model is fitted on hand-like pastes and sentence-a-line singles
# (three short regional items with no headline, no junk and no dateline now split).
# "related_briefs" (helper boundary15, written before the pipeline ran on it): two briefs on one
# river's floods, the second with no headline, stay one story.
KNOWN_MISSES: set[str] = {"related_briefs"}


def _split(name: str) -> tuple[list[str], dict[str, object]]:
    """The text of each story's span of lines in the file, and the expected starts."""
    lines = (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    want = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    stories = split_document(Document(f"{name}.txt", lines, "0" * 64))
    spans = [s.sources[0] for s in stories]
    return ["\n".join(lines[src.first_line - 1 : src.last_line]) for src in spans], want


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if n in KNOWN_MISSES
        else n
        for n in FILES
    ],
)
def test_pasted_file_splits_into_its_articles(name: str) -> None:
    spans, want = _split(name)
    starts = want["starts"]
    assert isinstance(starts, list)
    assert len(spans) == want["stories"]
    for k, (span, start) in enumerate(zip(spans, starts, strict=True)):
        # each story holds its own article's first paragraph and no other article's
        assert start in span
        assert not any(other in span for j, other in enumerate(starts) if j != k)


def test_two_short_articles_each_with_a_headline_are_two_stories() -> None:
    spans, _ = _split("two_short_headlines")
    assert len(spans) == 2
    assert spans[1].startswith("Village school wins national award")
    assert "Glenmoray" not in spans[0]


def test_fixtures_are_present() -> None:
    assert len(FILES) >= 6
    assert all((HERE / f"{n}.json").is_file() for n in FILES)


SINGLES = Path(__file__).parent / "singles"


# Written by helper boundary15 before the pipeline ran on them, and split on main (191a833): a
# round-up under short sub-headings was read as a newsletter digest (``story.digest``) and cut
# at each heading (with its headline it stands since session 20: its sub-headings are labels,
# not headlines; without it the file-kind model still judges it several articles); a photo
# caption line inside a fire report opened a second story (whole after session 50's refit;
# without its headline split again by session 51's, whose file-kind judgement shifts the odds of
# a file judged several by +1.5, not +0.5: the caption, a clause with no full stop, reads as a
# heading).
SINGLE_MISSES = {"council_roundup", "quote_caption_fire"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if n in SINGLE_MISSES
        else n
        for n in sorted(p.stem for p in SINGLES.glob("*.txt"))
    ],
)
def test_one_article_written_a_sentence_a_line_stays_one_story(name: str) -> None:
    lines = (SINGLES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert len(split_document(Document(f"{name}.txt", lines, "0" * 64))) == 1
    untitled = lines[1:]  # and with no headline-like first line
    assert len(split_document(Document(f"{name}.txt", untitled, "0" * 64))) == 1
