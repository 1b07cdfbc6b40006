"""The pasted-short-articles eval on a tiny self-written BBC-style folder (never /work/shared)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.eval import pasted as ev
from reader.eval.concat import Article


def _article(topic: str, n: int) -> Article:
    paras = [
        f"The {topic} story goes on in paragraph {k} with more about the {topic}." for k in range(n)
    ]
    return Article("business", f"{topic.title()} news today", paras)


def test_make_pasted_cuts_articles_short_and_marks_junk() -> None:
    pool = [_article(t, 9) for t in ("harbour", "bakery", "rocket", "election", "rail", "music")]
    rng = random.Random(3)
    for _ in range(20):
        c = ev.make_pasted(pool, pool, rng)
        assert 2 <= c.n_stories <= 6
        for story in range(c.n_stories):
            body = [ln for ln in c.lines if ln.story == story and ln.kind == "body"]
            assert 4 <= len(body) <= 6
        assert all(ln.kind in ("promo", "blank", "headline", "body") for ln in c.lines)


def test_content_boundaries_leave_junk_out() -> None:
    pool = [_article(t, 5) for t in ("harbour", "bakery")]
    c = ev.make_pasted(pool, pool, random.Random(0))
    ref, hyp, n, _ = ev.content_boundaries(c)
    assert len(ref) == 1 and n == sum(ln.kind in ("headline", "body") for ln in c.lines)
    assert all(0 < b < n for b in hyp)


def test_main_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "News Articles" / "business"
    base.mkdir(parents=True)
    for k, topic in enumerate(("harbour", "bakery", "rocket", "election", "rail", "music")):
        art = _article(topic, 6)
        (base / f"{k:03d}.txt").write_text("\n\n".join([art.title, *art.paragraphs]))
    assert ev.main([str(tmp_path), "--files", "3"]) == 0
    assert "#right" in capsys.readouterr().out
    assert ev.main([str(tmp_path), "--files", "3", "--short", "--layout", "between"]) == 0
    assert "short paragraphs, layout between" in capsys.readouterr().out
    assert ev.main([str(tmp_path), "--category", "sport"]) == 2
    # items pasted two ways in one file: a layout of hand-like pastes only
    assert ev.main([str(tmp_path), "--files", "3", "--hand", "--layout", "mixed"]) == 0
    assert "layout mixed" in capsys.readouterr().out
    assert ev.main([str(tmp_path), "--layout", "mixed"]) == 2
    assert capsys.readouterr().err.startswith("error: --layout mixed")


def test_unreadable_weights_are_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "w.json"
    bad.write_text("not json", encoding="utf-8")
    assert ev.main([str(tmp_path), "--weights", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read boundary weights") and err.count("\n") == 1


def test_short_articles_and_layouts() -> None:
    long_paras = [
        f"The {t} plan was approved on Monday. Officials said more work was needed. "
        f"A vote follows in {t} next week."
        for t in ("harbour", "bakery", "rocket", "election", "rail")
    ]
    pool = [Article("business", f"{t.title()} news", long_paras) for t in ("a", "b", "c", "d")]
    for layout in ev.LAYOUTS:
        rng = random.Random(11)
        c = ev.make_pasted(pool, pool, rng, short=True, layout=layout)
        again = ev.make_pasted(pool, pool, random.Random(11), short=True, layout=layout)
        assert c.units == again.units  # deterministic from the seed
        body = [ln for ln in c.lines if ln.kind == "body"]
        assert all(1 <= ln.text.count(".") <= 2 for ln in body)  # one or two sentences
        for story in range(c.n_stories):
            assert 3 <= sum(ln.story == story for ln in body) <= 5
        blank_before = [
            c.lines[i - 1].kind == "blank"
            for i, ln in enumerate(c.lines)
            if i and ln.kind in ("body", "headline")
        ]
        if layout == "none":
            assert not any(ln.kind == "blank" for ln in c.lines)
        if layout == "blank":
            assert all(blank_before)
        if layout == "between":
            # a blank line opens each article after the first, and only there
            assert sum(ln.kind == "blank" for ln in c.lines) == c.n_stories - 1


def test_the_evaluation_files_do_not_change() -> None:
    """The new options leave the default draw alone: the evaluation's files stay the same."""
    pool = [_article(t, 9) for t in ("harbour", "bakery", "rocket", "election", "rail", "music")]
    a = [ev.make_pasted(pool, pool, random.Random(s)).units for s in range(5)]
    b = [ev.make_pasted(pool, pool, random.Random(s), layout=None).units for s in range(5)]
    assert a == b


def _brief_articles() -> dict[str, list[Article]]:
    """Two categories of articles whose paragraphs have three sentences, a quote further on."""
    out: dict[str, list[Article]] = {}
    for cat in ("business", "tech"):
        arts = []
        for k in range(8):
            paras = [
                f"The {cat} firm {k} said profits rose in part {j}. Shares rose. Staff cheered."
                for j in range(7)
            ]
            paras.append(f'"We are delighted with {cat} firm {k}," said its boss. Then more.')
            arts.append(Article(cat, f"{cat.title()} firm {k} grows", paras))
        out[cat] = arts
    return out


def test_brief_pastes_are_short_related_and_seeded() -> None:
    articles = _brief_articles()
    files = [ev.make_brief_paste(articles, random.Random(s)) for s in range(60)]
    again = [ev.make_brief_paste(articles, random.Random(s)) for s in range(60)]
    assert [c.units for c in files] == [c.units for c in again]
    quotes = no_heads = no_blanks = 0
    for c in files:
        assert 2 <= c.n_stories <= 6
        assert all(ln.kind in ("blank", "headline", "body") for ln in c.lines)  # no junk
        body = [ln for ln in c.lines if ln.kind == "body"]
        # neighbours from one category: every body line names the same one
        assert len({ln.text.split()[1] for ln in body if ln.text.startswith("The ")}) == 1
        for story in range(c.n_stories):
            paras = [ln.text for ln in body if ln.story == story]
            assert 3 <= len(paras) <= 6
            assert all(1 <= p.count(".") <= 2 for p in paras[:-1])
            quotes += paras[-1].startswith('"')
        no_heads += not any(ln.kind == "headline" for ln in c.lines)
        no_blanks += not any(ln.kind == "blank" for ln in c.lines)
    assert 15 <= no_heads <= 45 and 15 <= no_blanks <= 45  # about half each
    assert quotes > 0  # some briefs close on a quote


def test_brief_build_files_keep_to_the_category() -> None:
    files = ev.build_files(_brief_articles(), 13, 10, "tech", brief=True, layout="none")
    assert len(files) == 10
    for c in files:
        assert not any(ln.kind == "blank" for ln in c.lines)
        assert all("business" not in ln.text for ln in c.lines if ln.kind == "body")


def test_training_briefs_are_sometimes_two_paragraphs() -> None:
    articles = _brief_articles()
    sizes: list[int] = []
    for s in range(40):
        c = ev.make_brief_paste(articles, random.Random(s), short_items=0.3)
        body = [ln for ln in c.lines if ln.kind == "body"]
        sizes += [sum(ln.story == story for ln in body) for story in range(c.n_stories)]
    two = sum(n == 2 for n in sizes)
    assert 0.15 * len(sizes) <= two <= 0.45 * len(sizes)  # about three in ten
    assert all(n == 2 or 3 <= n <= 6 for n in sizes)
    # the evaluation's draw (no short items) stays the same files
    plain = [ev.make_brief_paste(articles, random.Random(s)).units for s in range(5)]
    zero = [
        ev.make_brief_paste(articles, random.Random(s), short_items=0.0).units for s in range(5)
    ]
    assert plain == zero
