"""The segmentation eval on tiny self-written fixtures (never /work/shared)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.eval import segment as ev
from reader.eval.concat import Article, bare, benchmark, load_bbc, make_concat, make_single

SPORT = [
    "The home team won the cup final after a late goal from their young striker.",
    "The striker said the goal was the best of his career and thanked the fans.",
    "Fans of the team filled the stadium to watch the cup final in the rain.",
    "The coach praised the defence, which kept the visiting strikers quiet all match.",
]
WEATHER = [
    "Heavy snow closed mountain roads and left villages without power overnight.",
    "Forecasters warned that more snow and freezing winds would arrive by the weekend.",
    "Power companies sent crews to repair lines brought down by snow in the villages.",
    "Schools in the mountain villages stayed closed as snow drifts blocked the roads.",
]


def _write_choi(path: Path, segments: list[list[str]]) -> None:
    lines = ["=========="]
    for seg in segments:
        lines += [*seg, "=========="]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_choi_finds_sentences_and_boundaries(tmp_path: Path) -> None:
    f = tmp_path / "0.ref"
    _write_choi(f, [SPORT, WEATHER[:2], SPORT[:3]])
    doc = ev.read_choi(f)
    assert doc.sentences == SPORT + WEATHER[:2] + SPORT[:3]
    assert doc.boundaries == [4, 6]


def test_pk_is_zero_for_perfect_and_positive_for_wrong() -> None:
    assert ev.pk_wd([4, 8], [4, 8], 12) == (0.0, 0.0)
    pk, wd = ev.pk_wd([4, 8], [], 12)
    assert pk > 0.2 and wd > 0.2
    near, _ = ev.pk_wd([4, 8], [5, 8], 12)
    assert 0 < near < pk


def test_half_mean_length() -> None:
    assert ev.half_mean_length([10], 20) == 5
    assert ev.half_mean_length([], 1) == 1


def test_eval_choi_on_a_tiny_corpus(tmp_path: Path) -> None:
    sub = tmp_path / "1" / "3-5"
    sub.mkdir(parents=True)
    _write_choi(sub / "0.ref", [SPORT, WEATHER])
    _write_choi(sub / "1.ref", [WEATHER, SPORT])
    perfect = ev.eval_choi(tmp_path, None, True, lambda units, k: [4])
    assert perfect[("1", "3-5")].n == 2
    assert perfect[("1", "3-5")].mean_pk == 0.0
    lazy = ev.eval_choi(tmp_path, None, False, lambda units, k: [])
    assert lazy[("1", "3-5")].mean_pk > 0.2


def test_main_rejects_a_missing_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ev.main(["choi", str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err
    assert ev.main(["bogus", "x"]) == 2


def _bbc(tmp_path: Path) -> Path:
    for cat, texts in (("sport", SPORT), ("weather", WEATHER)):
        d = tmp_path / "News Articles" / cat
        d.mkdir(parents=True)
        for i in range(3):
            body = "\n".join(texts[i:] + texts[:i])
            (d / f"00{i}.txt").write_text(f"{cat} story {i}\n\n{body}\n", encoding="utf-8")
    return tmp_path


def test_load_bbc_reads_titles_and_paragraphs(tmp_path: Path) -> None:
    arts = load_bbc(_bbc(tmp_path))
    assert sorted(arts) == ["sport", "weather"]
    assert arts["sport"][0].title == "sport story 0"
    assert arts["sport"][0].paragraphs == SPORT


def test_concat_labels_stories_and_boundaries() -> None:
    arts = {"s": [Article("s", "A", SPORT)], "w": [Article("w", "B", WEATHER)]}
    rng = random.Random(3)
    for _ in range(20):
        c = make_concat(arts, rng, same_topic=False)
        for b in c.boundaries:
            assert c.lines[b].story == c.lines[b - 1].story + 1
        bodies = [ln.text for ln in c.lines if ln.kind == "body"]
        assert len(bodies) == len(SPORT) * c.n_stories
        assert all(0.0 <= cue <= 1.0 for cue in c.cues)


def test_single_keeps_every_paragraph_in_one_story() -> None:
    art = Article("s", "Cup final", SPORT + WEATHER[:2])
    c = make_single(art, random.Random(5))
    assert c.boundaries == []
    assert [ln.text for ln in c.lines if ln.kind == "body"] == art.paragraphs


def test_bare_keeps_only_body_paragraphs_and_their_stories() -> None:
    arts = {"s": [Article("s", "Cup final won late", SPORT)], "w": [Article("w", "Snow", WEATHER)]}
    rng = random.Random(11)
    for _ in range(20):
        c = make_concat(arts, rng, same_topic=False)
        b = bare(c)
        assert [ln.text for ln in b.lines] == [ln.text for ln in c.lines if ln.kind == "body"]
        assert {ln.kind for ln in b.lines} == {"body"}
        assert all(cue == 0.0 for cue in b.cues)
        assert b.n_stories == c.n_stories
        assert len(b.boundaries) == len(c.boundaries)
        assert all(b.lines[i].text in (SPORT[0], WEATHER[0]) for i in b.boundaries)


def test_benchmark_is_deterministic(tmp_path: Path) -> None:
    arts = load_bbc(_bbc(tmp_path))
    a = benchmark(arts, 9, 4)
    b = benchmark(arts, 9, 4)
    assert [c.text() for c in a[0]] == [c.text() for c in b[0]]
    assert [c.text() for c in a[1]] == [c.text() for c in b[1]]


def test_news_eval_runs_on_a_tiny_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _bbc(tmp_path)
    assert ev.main(["news", str(root), "--limit", "4", "--direct"]) == 0
    out = capsys.readouterr().out
    assert "cues:all" in out and "nocues:all" in out
    assert ev.main(["news", str(root), "--limit", "4", "--direct", "--bare"]) == 0
    assert "bare (body paragraphs only)" in capsys.readouterr().out
