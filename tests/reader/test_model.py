"""Story records as stored: ``Story.to_json`` is ``dataclasses.asdict`` without its deep copies."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path

from reader.enrich import compute
from reader.model import Change, Figure, Heading, Source, Story, plain
from reader.pipeline import Problem, read_document, split_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_stories() -> list[Story]:
    stories: list[Story] = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_document(str(path))
        assert not isinstance(doc, Problem)
        stories += split_document(doc)
    return stories


def test_to_json_equals_asdict_on_the_seeds_with_summaries_and_figures() -> None:
    stories = _seed_stories()
    assert stories
    for story in stories:
        story.summary, story.figures = compute(story, algorithm="newsdesk", sentences=3)
        assert story.figures, story.title
        assert story.to_json() == asdict(story)


def test_plain_builds_new_containers_like_asdict() -> None:
    change = Change(direction="up", amount="5%", period="year over year")
    figure = Figure(
        kind="money",
        value=1.0,
        unit="USD",
        surface="$1",
        sentence="It made $1.",
        sentence_index=0,
        change=change,
    )
    story = Story(
        id="x",
        title="T",
        title_generated=False,
        sources=[Source(path="a.txt", first_line=1, last_line=2)],
        paragraphs=["p"],
        headings=[Heading(text="h", paragraph=0)],
        figures=[figure],
    )
    data = plain(story)
    assert data == asdict(story)
    data["paragraphs"].append("q")
    data["figures"][0]["change"]["amount"] = "6%"
    assert story.paragraphs == ["p"] and change.amount == "5%"


def test_to_json_writes_what_plain_writes_key_for_key() -> None:
    # the stored JSON text stays the same: every field, in the dataclass's order
    stories = _seed_stories()
    full = stories[0]
    full.summary, full.figures = compute(full, algorithm="newsdesk", sentences=3)
    full.headings, full.tags = [Heading("Markets", 1)], ["business"]
    full.date, full.url, full.site = "2026-11-24T06:00", "https://x.example/a", "X"
    for story in [full, *stories[1:]]:
        want = plain(story)
        for name in ("summary", "figures"):
            if want[name] is None:
                del want[name]
        assert json.dumps(story.to_json()) == json.dumps(want)
    assert list(full.to_json()) == [f.name for f in fields(Story)]
