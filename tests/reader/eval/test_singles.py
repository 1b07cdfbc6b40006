"""The singles eval on tiny self-written folders (never /work/shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval import singles as ev
from reader.eval.concat import Article

HARBOUR = Article(
    "business",
    "Harbour crane deal saves 200 jobs",
    [
        "A deal to build six cranes for the port of Wexmouth has saved 200 jobs at the "
        "Lanark Engineering works, the company said on Monday. Work starts in March.",
        "The order, worth £40m, came after months of talks with the port's owners.",
        "Union officials said the news was a relief for the town. They had feared the works "
        "would close by the summer.",
        "Lanark Engineering said the cranes would be delivered over two years.",
    ],
)
BAKERY = Article(
    "business",
    "Bakery chain opens its first shop abroad",
    [
        "The bakery chain Crumb & Co opened its first shop outside Britain in Dublin on "
        "Thursday, with queues around the block.",
        "The firm plans ten more Irish shops by next year. Its founder said Dublin was a "
        "natural first step.",
        "Crumb & Co has 140 shops in Britain and employs 3,000 people.",
    ],
)


def test_renderings_put_one_sentence_on_a_line() -> None:
    r = ev.renderings(HARBOUR)
    assert r["bbc-paras"] == [HARBOUR.title, "", *HARBOUR.paragraphs]
    assert r["bbc-sents+title"][0] == HARBOUR.title
    assert r["bbc-sents"][:2] == [
        "A deal to build six cranes for the port of Wexmouth has saved 200 jobs at the "
        "Lanark Engineering works, the company said on Monday.",
        "Work starts in March.",
    ]
    assert len(r["bbc-sents"]) == 6 and r["bbc-sents+title"][1:] == r["bbc-sents"]
    assert r["bbc-sents-lower"] == [s.lower() for s in r["bbc-sents"]]
    # a blank line between runs of the sentences of two paragraphs
    runs = "\n".join(r["bbc-sents-paras"]).split("\n\n")
    first = runs[0].split("\n")
    assert first == r["bbc-sents"][: len(first)] and len(first) == 3
    assert sum(len(run.split("\n")) for run in runs) == len(r["bbc-sents"])
    assert len(runs) == (len(HARBOUR.paragraphs) + 1) // 2


def test_counts_tell_one_story_from_two() -> None:
    two = [HARBOUR.title, *HARBOUR.paragraphs, "", BAKERY.title, *BAKERY.paragraphs]
    tally, each = ev.counts_of(
        [("bbc-paras", "one", ev.renderings(HARBOUR)["bbc-paras"]), ("pasted", "two", two)]
    )
    assert tally["bbc-paras"][1] == 1
    assert each[1] == ("pasted", "two", 2)
    assert ev.report(tally)[1].split()[:3] == ["bbc-paras", "1", "1"]


def test_draw_is_deterministic_and_bounded() -> None:
    arts = {"business": [HARBOUR, BAKERY], "tech": [BAKERY]}
    assert ev.draw(arts, 2, 5) == ev.draw(arts, 2, 5)
    assert len(ev.draw(arts, 10, 5)) == 3


def _bbc(tmp_path: Path) -> Path:
    base = tmp_path / "bbc" / "News Articles" / "business"
    base.mkdir(parents=True, exist_ok=True)
    for k, art in enumerate((HARBOUR, BAKERY)):
        (base / f"{k:03d}.txt").write_text("\n\n".join([art.title, *art.paragraphs]))
    return tmp_path / "bbc"


def test_main_prints_each_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cnn = tmp_path / "cnn" / "articles"
    cnn.mkdir(parents=True)
    (cnn / "000.txt").write_text("\n".join(s.lower() for s in ev.sentences(BAKERY)) + "\n")
    assert ev.main(["--cnndm", str(tmp_path / "cnn"), "--bbc", str(_bbc(tmp_path))]) == 0
    out = capsys.readouterr().out
    for kind in ("cnndm", *ev.BBC_KINDS):
        assert f"\n{kind} " in out
    assert ev.main(["--bbc", str(_bbc(tmp_path)), "--category", "sport"]) == 2
    assert "no category 'sport'" in capsys.readouterr().err


def test_bad_input_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main([]) == 2
    assert ev.main(["--cnndm", str(tmp_path / "nowhere")]) == 2
    assert ev.main(["--cnndm", str(tmp_path)]) == 2
    bad = tmp_path / "w.json"
    bad.write_text("not json", encoding="utf-8")
    assert ev.main(["--bbc", str(_bbc(tmp_path)), "--weights", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("error: ") for line in err)


def test_sentence_single_is_one_story_a_sentence_a_line() -> None:
    import random

    rng = random.Random(4)
    seen = set()
    for _ in range(12):
        c = ev.sentence_single(HARBOUR, rng)
        assert c.n_stories == 1 and not c.boundaries
        body = [ln.text for ln in c.lines if ln.kind == "body"]
        assert [t.lower() for t in body] == [s.lower() for s in ev.sentences(HARBOUR)]
        heads = [ln.text for ln in c.lines if ln.kind == "headline"]
        seen.add((bool(heads), body[0].islower()))
        assert heads in ([], [HARBOUR.title])
    # titled, untitled, and lower-cased untitled renderings are all drawn
    assert seen == {(True, False), (False, False), (False, True)}


def test_short_renderings_cut_an_article_to_a_short_one() -> None:
    import random

    r = ev.short_renderings(HARBOUR, random.Random(3))
    assert set(r) == set(ev.SHORT_KINDS)
    assert r["short-paras"][:2] == [HARBOUR.title, ""]
    assert [ln for ln in r["short-paras"][2:] if ln] == HARBOUR.paragraphs[:4]
    # the brief keeps the lede and has no title when bare; its paragraphs are set apart
    assert r["short-brief"][0] == HARBOUR.title
    assert r["short-bare"][0] == r["short-brief"][1] and r["short-bare"][1] == ""
    assert HARBOUR.title not in r["short-bare"]
    # the dressed article carries a byline and a stamp before its first sentences
    dressed = r["short-dressed"]
    assert dressed[0] == HARBOUR.title and dressed[6].startswith("A deal to build six cranes")
    assert ev.short_renderings(HARBOUR, random.Random(3)) == r
