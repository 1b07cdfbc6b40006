"""Briefing: escaping, structure, determinism, grouping, dedupe, conflicts, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.build import build_briefing
from briefing.escape import escape_md
from briefing.related import dedupe_sentences, group_stories
from briefing.render import render_json, render_markdown
from reader.cli.brief import run
from reader.model import Change, Figure, Source, Story

HOSTILE = [
    "# x",
    "[a](http://x)",
    "<script>alert(1)</script>",
    "```",
    "| a | b |",
    "*x*",
    "1. item",
    "\x1b]52;c;aGVsbG8=\x07done",
    "- dash",
    "> quote",
    "_u_",
    "&amp; &#65; &#x41;",
    "<http://example.com>",
    "---",
    "===",
    "+ plus",
    "2) two",
    "![img](x.png)",
    "~~gone~~",
    "a\\",
    "[ref]: http://x",
    "__dunder__ x_ _y",
]


def story(
    sid: str,
    title: str,
    paras: list[str],
    summary: list[str] | None = None,
    figures: list[Figure] | None = None,
    path: str = "a.txt",
) -> Story:
    return Story(
        id=sid,
        title=title,
        title_generated=False,
        sources=[Source(path, 1, 5)],
        paragraphs=paras,
        summary=summary if summary is not None else paras[:2],
        figures=figures or [],
    )


def fig(surface: str, value: float, subject: str, idx: int = 0) -> Figure:
    return Figure(
        surface=surface,
        kind="money",
        value=value,
        unit="USD",
        metric="revenue",
        subject=subject,
        change=Change("up", "5%", "year-over-year"),
        sentence=f"{subject} revenue was {surface}.",
        sentence_index=idx,
    )


def sample() -> list[Story]:
    return [
        story(
            "s1",
            "Zentrix posts record quarter",
            ["Zentrix Holdings said revenue rose to $34.81 billion.", "Kaldor Vance praised it."],
            figures=[fig("$34.81 billion", 34.81e9, "Zentrix", 0)],
        ),
        story(
            "s2",
            "Zentrix Holdings beats forecasts",
            ["Zentrix Holdings revenue hit $38.38 billion, said Kaldor Vance.", "Shares rose."],
            figures=[fig("$38.38 billion", 38.38e9, "Zentrix", 0)],
            path="b.txt",
        ),
        story("s3", "Rain expected in Morvale", ["Forecasters in Morvale expect rain all week."]),
        story(
            "s4",
            "Quillon opens a plant",
            ["Quillon Motors opened a plant in Tessaly.", "It employs 900 people."],
            figures=[fig("$34.81 billion", 34.81e9, "Zentrix", 1)],
            path="c.txt",
        ),
    ]


def tokens_of(text: str) -> list[Token]:
    md = MarkdownIt("commonmark").enable("table")
    flat: list[Token] = []
    for t in md.parse(text):
        flat.append(t)
        flat.extend(t.children or [])
    return flat


@pytest.mark.parametrize("hostile", HOSTILE)
def test_escape_makes_text_inert(hostile: str) -> None:
    out = escape_md(hostile)
    assert "\x1b" not in out and "\x07" not in out
    toks = tokens_of(out)
    types = {t.type for t in toks}
    assert types <= {"paragraph_open", "paragraph_close", "inline", "text"}, (hostile, types)


def test_hostile_story_text_keeps_structure() -> None:
    stories = [
        story(f"h{i}", h, [f"{h} body {h}"], summary=[h], figures=[fig(h, 1.0, h, 0)])
        for i, h in enumerate(HOSTILE)
    ]
    text = render_markdown(build_briefing(stories, "2026-01-02", top=4))
    toks = tokens_of(text)
    types = [t.type for t in toks]
    assert "html_block" not in types and "html_inline" not in types
    assert "fence" not in types and "code_inline" not in types
    # the only links are the table's, each to a story heading
    links = [t for t in toks if t.type == "link_open"]
    assert links and all(str(t.attrs["href"]).startswith("#") for t in links)
    labels = ("Source:", "Sources:", "Key figures:", "Why here:")
    for i, t in enumerate(toks):
        if t.type in ("em_open", "strong_open"):
            assert toks[i + 1].content.startswith(labels)
    headings = [toks[i + 1].content for i, t in enumerate(toks) if t.type == "heading_open"]
    assert headings[0].startswith("Morning briefing")
    assert "Top stories" in headings and "Key figures" in headings
    assert len(headings) == 1 + 1 + 4 + 1 + 1  # title, top, 4 items, figures, also
    # every table row has 5 cells
    cells_per_row: list[int] = []
    count = 0
    for t in toks:
        if t.type == "tr_open":
            count = 0
        elif t.type in ("td_open", "th_open"):
            count += 1
        elif t.type == "tr_close":
            cells_per_row.append(count)
    assert cells_per_row and set(cells_per_row) == {7}
    assert len(cells_per_row) == 1 + 4  # header + one row per top story figure


def test_deterministic() -> None:
    a = render_markdown(build_briefing(sample(), "2026-01-02"))
    b = render_markdown(build_briefing(sample(), "2026-01-02"))
    assert a == b
    assert "2026-01-02" in a


def test_grouping_and_unrelated() -> None:
    groups = group_stories(sample())
    assert [0, 1] in groups
    assert [2] in groups


def test_dedupe_repeated_fact() -> None:
    s = "Zentrix revenue rose 5% to $34.81 billion in the quarter, the company said."
    kept = dedupe_sentences(
        [s, "Zentrix revenue rose 5% to $34.81 billion in the quarter.", "x y z w"]
    )
    assert kept == [s, "x y z w"]


def test_conflict_flag_and_shared_row() -> None:
    b = build_briefing(sample(), "2026-01-02", top=5)
    rows = {r.surface: r for r in b.figures}
    assert "differs" in rows["$34.81 billion"].conflict
    assert "$38.38 billion" in rows["$34.81 billion"].conflict
    assert len(rows["$34.81 billion"].refs) == 2  # same figure from two stories: one row


def test_related_section_lists_every_source() -> None:
    b = build_briefing(sample(), "2026-01-02")
    top = b.top[0]
    assert len(top.stories) == 2
    labels = [s.label for s in top.sources]
    assert any("a.txt" in s for s in labels) and any("b.txt" in s for s in labels)


def test_json_format() -> None:
    data = json.loads(render_json(build_briefing(sample(), "2026-01-02")))
    assert data["date"] == "2026-01-02"
    assert data["story_count"] == 4
    assert data["top"][0]["why"].startswith("score")


def write_input(tmp_path: Path) -> Path:
    p = tmp_path / "news.txt"
    p.write_text(
        "Zentrix posts record quarter\n\n"
        "Zentrix Holdings said on Tuesday that revenue rose 5% to $34.81 billion in the quarter. "
        "The company also said net income was $2.1 billion. Analysts had expected less.\n",
        encoding="utf-8",
    )
    return p


def test_cli_output_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_input(tmp_path)
    out = tmp_path / "brief.md"
    assert run([str(src), "--date", "2026-01-02", "-o", str(out), "--no-library"]) == 0
    first = out.read_bytes()
    assert run([str(src), "--date", "2026-01-02", "-o", str(out), "--no-library"]) == 0
    assert out.read_bytes() == first
    assert run([str(src), "--date", "2026-01-02", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2026-01-02"


def test_cli_usage_errors(tmp_path: Path) -> None:
    from reader.cli import main
    from reader.cli.common import UsageError

    with pytest.raises(UsageError):
        run(["--date", "yesterday"])
    with pytest.raises(UsageError):
        run(["--format", "pdf"])
    assert main(["brief", "--top", "0"]) == 2
    assert main(["brief", str(tmp_path / "missing.txt"), "--no-library"]) == 1


def test_template_tiny_and_broken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_input(tmp_path)
    tiny = tmp_path / "t.j2"
    tiny.write_text("{{ date }}: {{ story_count }}\n", encoding="utf-8")
    assert run([str(src), "--date", "2026-01-02", "--template", str(tiny)]) == 0
    assert capsys.readouterr().out == "2026-01-02: 1\n"
    broken = tmp_path / "b.j2"
    broken.write_text("{{ nosuch.thing }}\n{% for %}", encoding="utf-8")
    assert run([str(src), "--template", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "template" in err
    undefined = tmp_path / "u.j2"
    undefined.write_text("{{ nosuch }}\n", encoding="utf-8")
    assert run([str(src), "--template", str(undefined)]) == 2
    assert "nosuch" in capsys.readouterr().err


def test_atomic_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from briefing import output

    target = tmp_path / "brief.md"
    target.write_text("old briefing\n", encoding="utf-8")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        output.write_atomic(str(target), "new text " * 1000)
    assert target.read_text(encoding="utf-8") == "old briefing\n"
    assert os.listdir(tmp_path) == ["brief.md"]
