"""Blank lines added to a synthetic file: between its articles, and stray ones inside them."""

from __future__ import annotations

import random

from reader.eval.concat import (
    SENTENCE_END,
    Article,
    Concat,
    Line,
    make_concat,
    regroup,
    with_blanks,
)


def _file() -> Concat:
    return Concat(
        lines=[Line(f"Story {s} paragraph {k}.", s, "body") for s in range(3) for k in range(4)]
    )


def test_blank_lines_between_articles_only() -> None:
    c = with_blanks(_file(), random.Random(1), between=True, stray=0)
    blanks = [i for i, ln in enumerate(c.lines) if ln.kind == "blank"]
    assert [c.lines[i + 1].text for i in blanks] == ["Story 1 paragraph 0.", "Story 2 paragraph 0."]
    assert c.boundaries == [4, 9]  # the blank line belongs to the story it opens


def test_stray_blank_lines_fall_inside_articles() -> None:
    for seed in range(20):
        c = with_blanks(_file(), random.Random(seed), between=False, stray=2)
        blanks = [i for i, ln in enumerate(c.lines) if ln.kind == "blank"]
        assert len(blanks) == 2
        assert all(c.lines[i - 1].story == c.lines[i + 1].story for i in blanks)
        assert c.n_stories == 3


def test_regroup_keeps_every_sentence_in_order_in_paragraphs_of_one_to_four() -> None:
    paras = [
        "The port opened. It cost £6m. Ships came.",
        "A second paragraph follows! Does it end? Yes.",
        "One more sentence here.",
    ]
    art = Article("business", "Port news", paras)
    sentences = [s for p in paras for s in SENTENCE_END.split(p)]
    lengths: set[int] = set()
    for seed in range(30):
        out = regroup(art, random.Random(seed))
        assert (out.category, out.title) == (art.category, art.title)
        got = [s for p in out.paragraphs for s in SENTENCE_END.split(p)]
        assert got == sentences
        lengths |= {len(SENTENCE_END.split(p)) for p in out.paragraphs}
        assert out == regroup(art, random.Random(seed))  # deterministic from the seed
    assert lengths == {1, 2, 3, 4}  # a lede may be long and a closing line short


def test_a_regrouped_concatenation_holds_the_same_sentences() -> None:
    arts = {
        "business": [
            Article("business", f"T{k}", [f"Story {k} opens. It goes on.", f"Story {k} ends."])
            for k in range(4)
        ]
    }
    plain = make_concat(arts, random.Random(3), same_topic=True)
    regrouped = make_concat(arts, random.Random(3), same_topic=True, regrouped=True)
    assert regrouped.n_stories == plain.n_stories

    def sentences(c: Concat) -> list[tuple[int, str]]:
        return [
            (ln.story, s)
            for ln in c.lines
            if ln.kind == "body"
            for s in SENTENCE_END.split(ln.text)
        ]

    assert sentences(regrouped) == sentences(plain)
