"""End to end over written files and the bundled seeds (structural facts only)."""

from __future__ import annotations

from pathlib import Path

from reader.desk import build_stories
from reader.model import Story
from reader.pipeline import Document, merge_duplicates, read_document, split_document
from reader.settings.resources import seeds_dir
from reader.story.lines.classify import classify_lines

ARTICLE = """Harbour Dredging Approved
By Lena Marsh
5 hours ago

The harbour board in Tarrow voted on Thursday to dredge the northern channel before the autumn storms.

Officials said the work would start in the spring and take about nine months to finish.

Fishing crews welcomed the decision, saying silt had made the channel dangerous at low tide.
"""


def test_duplicate_across_files_lists_both_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.md").write_text(
        "Notes\n\n" + ARTICLE.replace("Thursday", "Thursday,"), encoding="utf-16"
    )
    result = build_stories([str(tmp_path)])
    assert not result.problems
    (story,) = result.stories
    assert story.title == "Harbour Dredging Approved"
    assert story.byline == "Lena Marsh" and story.published == "5 hours ago"
    assert [Path(s.path).name for s in story.sources] == ["a.txt", "b.md"]
    assert (story.sources[0].first_line, story.sources[0].last_line) == (1, 9)
    assert len(story.paragraphs) == 3


def test_read_document_digest_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"line one\r\nline two\r\n")
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    assert doc.lines[:2] == ["line one", "line two"]
    assert len(doc.digest) == 64


def test_merge_duplicates_keeps_first_order(tmp_path: Path) -> None:
    d1 = Document("x.txt", ARTICLE.split("\n"), "0")
    d2 = Document("y.txt", ARTICLE.split("\n"), "1")
    merged = merge_duplicates(split_document(d1) + split_document(d2))
    assert len(merged) == 1 and [s.path for s in merged[0].sources] == ["x.txt", "y.txt"]


def _seed_stories() -> list[Story]:
    return build_stories([str(seeds_dir())]).stories


def test_seeds_structure() -> None:
    seeds = sorted(seeds_dir().glob("*.txt"))
    assert len(seeds) == 5
    result = build_stories([str(seeds_dir())])
    assert not result.problems
    stories = result.stories
    # every seed contributes, a multi-story file yields several stories
    per_file: dict[str, int] = {}
    for s in stories:
        per_file[Path(s.sources[0].path).name] = per_file.get(Path(s.sources[0].path).name, 0) + 1
    assert set(per_file) == {p.name for p in seeds}
    assert max(per_file.values()) >= 3
    # an article repeated inside one file is one story with two sources in that file
    doubled = [s for s in stories if len(s.sources) == 2]
    assert len(doubled) == 1
    a, b = doubled[0].sources
    assert a.path == b.path and a.last_line < b.first_line
    for s in stories:
        assert s.paragraphs and s.title and len(s.id) == 16
        if s.title_generated:
            assert len(s.title.split()) <= 12


def test_seed_paragraphs_are_never_furniture() -> None:
    dropped = {"caption", "credit", "promo", "byline", "timestamp", "masthead", "reading_time"}
    for path in sorted(seeds_dir().glob("*.txt")):
        doc = read_document(str(path))
        assert isinstance(doc, Document)
        kinds = {ln.no: ln.kind for ln in classify_lines(doc.lines)}
        furniture = {doc.lines[no - 1].strip() for no, kind in kinds.items() if kind in dropped}
        for story in split_document(doc):
            for para in story.paragraphs:
                assert para not in furniture
                # a story's paragraphs never hold a pipe-separated credit
                assert not (para.count("|") >= 2 and len(para.split()) < 12)


def test_seed_headlines_found() -> None:
    stories = _seed_stories()
    real = [s for s in stories if not s.title_generated]
    assert len(real) >= 2
    for s in real:
        assert s.title not in s.paragraphs


def test_seeds_give_their_eight_stories() -> None:
    """The bundled seeds, read as `make run` reads them: five files, eight stories (the
    article pasted twice in one file is one story). A regression guard for the splitter: a
    promo line inside an article or a generated-title paragraph must not cut a story."""
    stories = _seed_stories()
    assert len(stories) == 8
    assert sum(len(s.sources) > 1 for s in stories) == 1
