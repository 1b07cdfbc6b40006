"""``newsdesk stories --explain FILE``: roles, scores and story starts, safe plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.explain import explain_lines

FIRST = [
    "Harbour board approves second container terminal",
    "By Ada Brennan",
    "The harbour board of Kellmouth approved a new container terminal on Thursday after two years of talks.",
    "The terminal will double the port's capacity and is due to open in the spring of 2029, officials said.",
    "Shipping lines that call at the port welcomed the plan, though fishermen fear for their moorings.",
]
SECOND = [
    "Bakery chain to close forty shops",
    "By Omar Haddad",
    "The bakery chain Crumb & Co said on Friday it would close forty of its shops by the end of the year.",
    "The company blamed higher energy bills and rents, and said about 300 jobs were at risk.",
    "Unions called the decision a blow to high streets already hit by empty shop fronts.",
]


def test_every_line_with_role_and_story_starts() -> None:
    out = explain_lines([*FIRST, "", *SECOND])
    assert out[0].split()[:3] == ["line", "kind", "role"]
    starts = [ln for ln in out if ln.startswith("----- story")]
    assert len(starts) == 2
    assert "headline" in starts[1]
    assert out[-1] == "2 stories"
    rows = [ln for ln in out[1:-1] if not ln.startswith("-----")]
    assert len(rows) == len(FIRST) + len(SECOND)  # blank lines are not listed


def test_control_characters_never_reach_the_terminal() -> None:
    out = explain_lines(
        ["\x1b[31mRed alert\x1b[0m in the harbour as the storm hits the coast today."]
    )
    assert not any("\x1b" in ln for ln in out)


def test_cli_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "pile.txt"
    f.write_text("\n".join([*FIRST, "", *SECOND]) + "\n", encoding="utf-8")
    assert main(["stories", "--explain", str(f)]) == 0
    assert "story 2 starts" in capsys.readouterr().out
    assert main(["stories", "--explain", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err


def test_explain_shows_the_stories_the_pipeline_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cut that opens no article (a part with no sentence long enough to read as prose) is
    joined to a neighbour by the pipeline; --explain says so and counts the same stories."""
    import reader.story.assemble as assemble
    from reader.pipeline import Document, split_document

    lines = [*FIRST, "", *SECOND, "", "It was sunny.", "Fans cheered."]
    real = assemble.find_story_starts
    # a cut before the short last part as well as the real one
    monkeypatch.setattr(assemble, "find_story_starts", lambda paras: [*real(paras), len(paras) - 2])
    stories = split_document(Document("x.txt", lines, "0"))
    out = explain_lines(lines)
    assert out[-1] == f"{len(stories)} stories"
    assert sum(ln.startswith("----- story") for ln in out) == len(stories) == 2
    assert any("no article" in ln for ln in out)
