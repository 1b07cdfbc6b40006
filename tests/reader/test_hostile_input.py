"""``newsdesk stories`` and ``newsdesk brief`` against the hostile corpus (tests/hostile_corpus).

For every input: no exception, exit status 0 (some story) or 1 (refused, with a one-line
message), no escape or control character in any output. The inputs that once grew superlinearly
(tests.hostile_corpus.GROWING) are run at n and 4n: the work (function calls) must grow at most
linearly, and the JSON at most in proportion to the text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.cli import main
from tests.hostile_corpus import FORBIDDEN, GROWING, build
from tests.workcount import assert_linear

REFUSED = {
    "empty.txt", "whitespace.txt", "binary.txt", "image.txt", "sixty-mb.txt",
    "named-pipe.txt", "loop.txt", "missing.txt",
}  # fmt: skip
READABLE = {
    "utf16le-bom.txt", "utf16be-bom.txt", "utf8-bom.txt", "cp1252.txt", "latin1.txt",
    "crlf.txt", "cr.txt", "rich-markup.txt", "escapes.txt", "controls.txt",
    "markdown-html.txt", "magnitudes.txt", "cjk-emoji.txt", "nul-in-middle.txt", "deep",
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("hostile"))


def assert_clean(*outputs: str) -> None:
    for text in outputs:
        for bad in FORBIDDEN:
            assert bad not in text, f"{bad!r} reached the output"


def names() -> list[str]:
    return sorted(REFUSED | READABLE | set(GROWING) | {"long-line.txt", "no-punctuation.txt",
                                        "only-numbers.txt", "number-patterns.txt", "wide"})  # fmt: skip


@pytest.mark.parametrize("name", names())
def test_stories_json_on_each_input(
    name: str, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["stories", "--json", str(corpus[name])])
    out, err = capsys.readouterr()
    assert_clean(out, err)
    assert "Traceback" not in err
    if name in REFUSED:
        assert code == 1
        lines = err.strip().splitlines()
        assert lines and all(line.startswith("newsdesk: ") for line in lines)
        assert len(lines) <= 2  # the refusal, and "no stories found"
        return
    assert code == 0, err
    data = json.loads(out)
    if name in READABLE:
        text = " ".join(p for s in data for p in s["paragraphs"])
        assert "Lakeside Motors" in text
        assert any(f["value"] == 1.9e9 for s in data for f in s["figures"])
    for story in data:
        for fig in story["figures"]:
            assert fig["value"] == fig["value"] and abs(fig["value"]) < float("inf")


@pytest.mark.slow
def test_table_and_brief_on_the_whole_corpus(corpus: dict[str, Path], tmp_path: Path) -> None:
    """One run over everything (and /dev/zero): good files read, one line per bad one."""
    paths = [str(p) for p in corpus.values()] + ["/dev/zero"]
    env = dict(os.environ, NEWSDESK_HOME=str(tmp_path / "home"))
    for command in (["stories"], ["brief", "--date", "2026-11-23"]):
        proc = subprocess.run(
            [sys.executable, "-m", "reader", *command, *paths],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        assert_clean(proc.stdout, proc.stderr)
        err = proc.stderr.strip().splitlines()
        for name in REFUSED:
            assert sum(name in line for line in err) == 1, (name, err)
        assert sum("/dev/zero" in line for line in err) == 1
        if command[0] == "brief":
            tokens = MarkdownIt("commonmark").enable("table").parse(proc.stdout)
            kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
            assert not kinds & {"html_block", "html_inline", "image", "fence"}
            # the only links are the figures table's, each to a story heading in the briefing
            hrefs = [
                str(c.attrs["href"])
                for t in tokens
                for c in (t.children or [])
                if c.type == "link_open"
            ]
            assert all(h.startswith("#") for h in hrefs)
            assert "Lakeside Motors" in proc.stdout


@pytest.mark.parametrize("name", sorted(GROWING))
def test_stories_and_brief_work_is_linear_in_the_input(name: str, tmp_path: Path) -> None:
    """stories (split, figures, summaries) and the briefing on n and 4n units of the input:
    4x the text costs at most ~6x the calls (no quadratic step), and the stories' JSON stays
    within a constant factor of the text (no figure copies its whole sentence)."""
    from briefing.build import build_briefing
    from briefing.render import render_markdown
    from reader.cli.stories import story_json
    from reader.desk import build_stories
    from reader.enrich import enrich
    from reader.figures import _MAX_FIGURES
    from reader.text.excerpt import SENTENCE_CONTEXT

    sizes: dict[int, tuple[int, int]] = {}

    def run(n: int) -> None:
        path = tmp_path / f"{n}-{name}"
        text = GROWING[name](n)
        path.write_text(text)
        stories = build_stories([str(path)]).stories
        for story in stories:
            enrich(story)
        data = json.dumps([story_json(s) for s in stories])
        brief = render_markdown(build_briefing(stories, "2026-11-23"))
        sizes[n] = (len(text), len(data) + len(brief))

    assert_linear(run, 150)
    # each figure (at most _MAX_FIGURES a story) adds a bounded excerpt of its sentence
    per_figure = 2 * SENTENCE_CONTEXT + 400
    for chars, out in sizes.values():
        assert out <= 8 * chars + _MAX_FIGURES * per_figure + 20_000
