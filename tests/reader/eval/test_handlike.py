"""Generated pastes that look like the hand-written ones (``reader.eval.handlike``)."""

from __future__ import annotations

import random

import pytest

from reader.eval.concat import Article
from reader.eval.handlike import hand_paragraphs, make_hand_paste
from reader.eval.pasted import LAYOUTS, build_files


def _articles() -> dict[str, list[Article]]:
    """Two categories of articles: a long lede, shorter sentences after, a quote further on."""
    out: dict[str, list[Article]] = {}
    for cat in ("business", "tech"):
        arts = []
        for k in range(8):
            paras = [
                f"The {cat} firm {k} said on Monday that its profits rose by a third in the "
                "year to March, helped by strong sales at home.",
                *(f"Sales rose in part {j}. Staff in {cat} unit {j} cheered." for j in range(6)),
                f'"We are delighted," said the {cat} boss. Then more.',
            ]
            arts.append(Article(cat, f"{cat.title()} firm {k} grows", paras))
        out[cat] = arts
    return out


def test_an_item_is_its_lede_and_a_few_short_sentences() -> None:
    art = _articles()["tech"][0]
    for seed in range(40):
        paras = hand_paragraphs(art, random.Random(seed))
        assert paras[0] == art.paragraphs[0]  # the lede, whole
        assert 3 <= len(paras) <= 6
        assert all(1 <= p.count(".") <= 2 for p in paras[1:] if not p.startswith('"'))


def test_hand_pastes_are_seeded_and_have_junk_between_in_most_files() -> None:
    articles = _articles()
    files = [make_hand_paste(articles, random.Random(s)) for s in range(60)]
    again = [make_hand_paste(articles, random.Random(s)) for s in range(60)]
    assert [c.units for c in files] == [c.units for c in again]
    with_junk = no_heads = 0
    for c in files:
        assert 2 <= c.n_stories <= 6
        assert {ln.kind for ln in c.lines} <= {"blank", "headline", "body", "promo"}
        for story in range(c.n_stories):
            body = [ln for ln in c.lines if ln.kind == "body" and ln.story == story]
            assert 3 <= len(body) <= 6
        with_junk += any(ln.kind == "promo" for ln in c.lines)
        no_heads += not any(ln.kind == "headline" for ln in c.lines)
    assert 25 <= with_junk <= 55 and 15 <= no_heads <= 45


def test_hand_build_files_keep_the_layout_and_category() -> None:
    for layout in LAYOUTS:
        files = build_files(_articles(), 13, 8, "tech", hand=True, layout=layout)
        assert len(files) == 8
        for c in files:
            assert all("business" not in ln.text for ln in c.lines if ln.kind == "body")
            blanks = any(ln.kind == "blank" for ln in c.lines)
            assert blanks == (layout != "none")


def test_short_items_cut_some_items_to_a_lede_and_one_more_paragraph() -> None:
    art = _articles()["business"][1]
    lengths = [len(hand_paragraphs(art, random.Random(s), short_items=0.3)) for s in range(200)]
    two = sum(n == 2 for n in lengths)
    assert 30 <= two <= 90  # about three items in ten
    assert all(n == 2 or 3 <= n <= 6 for n in lengths)
    for seed in range(40):
        paras = hand_paragraphs(art, random.Random(seed), short_items=1.0)
        assert len(paras) == 2 and paras[0] == art.paragraphs[0]  # the lede stays first
    # the default (the evaluation's files) keeps every item at three paragraphs or more
    assert all(len(hand_paragraphs(art, random.Random(s))) >= 3 for s in range(40))


def test_hand_pastes_with_short_items_have_two_paragraph_stories() -> None:
    articles = _articles()
    files = [make_hand_paste(articles, random.Random(s), short_items=0.5) for s in range(30)]
    sizes = [
        sum(ln.kind == "body" and ln.story == story for ln in c.lines)
        for c in files
        for story in range(c.n_stories)
    ]
    assert 2 in sizes and any(n >= 3 for n in sizes)
    assert min(sizes) >= 2


def test_a_related_chain_follows_the_nearest_article_in_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.eval import handlike
    from reader.eval.handlike import related_chain

    monkeypatch.setattr(handlike, "NEAREST", 1)

    def art(k: int, words: str) -> Article:
        return Article("local", f"No {k}", [f"{words}."])

    pool = [
        art(0, "harbour ferry fares rise sharply monday islanders angry"),
        art(1, "harbour ferry timetable winter storms cancelled crossings islanders"),
        art(2, "orchestra concert violin rehearsal hall sold tickets quickly"),
        art(3, "orchestra violin school pupils practise weekly music teacher"),
        art(4, "harbour ferry fares rise sharply monday islanders angry"),  # told twice
    ]
    nearest = {0: {1}, 4: {1}, 1: {0, 4}, 2: {3}, 3: {2}}
    firsts = set()
    for seed in range(30):
        chain = related_chain(pool, random.Random(seed), 2)
        first, second = (pool.index(a) for a in chain)
        firsts.add(first)
        # harbour follows harbour, orchestra orchestra; never the same story told twice
        assert second in nearest[first]
    assert len(firsts) >= 4


def test_a_mixed_layout_parts_some_items_by_blank_lines_and_not_others() -> None:
    from reader.eval.paste_parts import MIXED

    both = 0
    for seed in range(30):
        c = make_hand_paste(_articles(), random.Random(seed), MIXED)
        n = max(ln.story for ln in c.lines) + 1
        # an item is blank-parted when a blank line stands before each of its lines but the first
        parted: set[int] = set()
        touching: set[int] = set()
        for prev, ln in zip(c.lines, c.lines[1:], strict=False):
            if ln.kind == "blank" or prev.story != ln.story:
                continue
            (touching if prev.kind != "blank" else parted).add(ln.story)
        assert not parted & touching  # each item keeps one layout
        assert parted and (touching or len(parted) < n)
        both += bool(parted) and bool(touching)
    assert both >= 25  # items of both layouts in (almost) every file
