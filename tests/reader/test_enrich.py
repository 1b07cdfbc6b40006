"""Summaries and figures are computed once and then served from the library cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.desk import ingest
from reader.enrich import enrich, enrichment_key
from reader.library.store import Library

TEXT = (
    "Northwind Foods reported revenue of $4.2 billion for the quarter, up 7% from a year "
    "earlier, as demand for frozen meals held up.\n\n"
    "The company said net income rose to $310 million, helped by lower freight costs and a "
    "smaller marketing budget than analysts had expected.\n\n"
    "Its shares rose 3% in early trading. Northwind now sells its meals in 2,400 stores "
    "across the region, and plans to open a new plant next spring.\n\n"
    "Rivals have struggled with rising ingredient prices this year."
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def test_enrich_fills_summary_and_figures_and_caches(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    sid = ingest(lib, [str(path)]).ids[0]
    story = lib.story(sid)
    assert story is not None and story.summary is None
    enrich(story, lib, sentences=2)
    assert story.summary is not None and len(story.summary) == 2
    assert all(s in story.text for s in story.summary)
    assert story.figures and any(f.value == 4.2e9 and f.unit == "USD" for f in story.figures)
    assert lib.rows([sid])[0].lead_figure is not None
    # a fresh copy comes back from the cache with the same content
    again = lib.story(sid)
    assert again is not None
    key = enrichment_key(again, "default", 2, None)
    assert lib.cached_enrichment(key) == (story.summary, story.figures)
    enrich(again, lib, sentences=2)
    assert again.summary == story.summary and again.figures == story.figures


def test_cache_key_depends_on_options(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    story = lib.story(ingest(lib, [str(path)]).ids[0])
    assert story is not None
    keys = {
        enrichment_key(story, "default", 3, None),
        enrichment_key(story, "lead", 3, None),
        enrichment_key(story, "default", 2, None),
        enrichment_key(story, "default", 3, 0.5),
    }
    assert len(keys) == 4
    enrich(story, lib, algorithm="lead", sentences=1)
    assert story.summary == [story.paragraphs[0]]


def test_unknown_algorithm_is_a_value_error(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    story = lib.story(ingest(lib, [str(path)]).ids[0])
    assert story is not None
    with pytest.raises(ValueError):
        enrich(story, lib, algorithm="nope")


def test_an_enriched_ingest_splits_each_paragraph_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's summary and figures of a story read one split of its paragraphs."""
    import reader.text.story_split as story_split
    from reader.ingest_work import read_and_split
    from reader.text.sentences import split_sentences

    calls: list[str] = []

    def counted(text: str) -> list[str]:
        calls.append(text)
        return split_sentences(text)

    monkeypatch.setattr(story_split, "split_sentences", counted)
    story_split._split.cache_clear()
    path = tmp_path / "northwind.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = read_and_split((str(path), "k"), False, ("default", 3, None))
    assert isinstance(result, tuple)
    stories = result[1]
    assert stories and all(s.summary and s.figures for s in stories)
    paragraphs = [p for s in stories for p in s.paragraphs]
    assert sorted(calls) == sorted(paragraphs)  # every paragraph once, none twice


def test_a_worker_hands_each_story_its_lead_figure(tmp_path: Path) -> None:
    """The lead figure the main process stores comes from the worker, as ``lead_figure``
    makes it from the story's figures (None for a story the worker did not enrich)."""
    from reader.enrich import lead_figure
    from reader.ingest_work import read_and_split

    path = tmp_path / "northwind.txt"
    path.write_text(TEXT, encoding="utf-8")
    enriched = read_and_split((str(path), "k"), False, ("default", 3, None))
    assert isinstance(enriched, tuple)
    _, stories, _, _, leads = enriched
    assert leads == [lead_figure(s) for s in stories] and leads[0] is not None
    plain = read_and_split((str(path), "k"), False)
    assert isinstance(plain, tuple) and plain[4] == [None] * len(plain[1])


def test_the_standfirst_is_read_for_the_summary_and_the_figures() -> None:
    from reader.enrich import compute
    from reader.model import Source, Story

    story = Story(
        "s1",
        "Orchard Foods cuts jobs",
        False,
        [Source("o.txt", 1, 9)],
        ["Revenue fell 7% to £1.18bn in the year.", "The union said it would fight the closure."],
        standfirst="Orchard Foods will cut 1,200 jobs and close its factory in Wisbech.",
    )
    summary, figures = compute(story)
    assert any("1,200 jobs" in s for s in summary)
    assert "1,200 jobs" in {f.surface for f in figures}
    assert story.read_paragraphs[0] == story.standfirst
    story.standfirst = None
    assert story.read_paragraphs == story.paragraphs


def test_the_datelines_place_settles_a_currency_several_countries_use() -> None:
    """The story pipeline cuts "KARACHI, December 2, 2026 –" from the lead; the figures still
    read it, so a Karachi firm's rupees are Pakistan's (and a city of two countries, Hyderabad,
    names neither)."""
    from reader.enrich import compute
    from reader.model import Source, Story

    paragraphs = [
        "Indus Valley Cement reported a net profit of Rs 1.9 billion for the quarter.",
        "Its plant near Hyderabad ran at 81% of capacity.",
    ]
    story = Story("s1", "Cement profit climbs", False, [Source("k.txt", 1, 3)], paragraphs)
    story.dateline = "KARACHI, December 2, 2026"
    assert {f.unit for f in compute(story)[1] if f.kind == "money"} == {"PKR"}
    story.dateline = "COLOMBO"
    assert {f.unit for f in compute(story)[1] if f.kind == "money"} == {"LKR"}
    story.dateline = None
    assert {f.unit for f in compute(story)[1] if f.kind == "money"} == {"INR"}  # no country
