"""Generated structured single articles (``reader.eval.structured``): one story, every shape."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from reader.eval import structured
from reader.eval.concat import Article
from reader.eval.structured import (
    fact_lines,
    number_table,
    shape_blocks,
    share_files,
    structured_files,
    structured_single,
)

BODY = [
    "Kestrel Rail carried more passengers than ever in the year to March, figures show.",
    "The operator made 61.2 million journeys, up 7% on the year before.",
    "But only 84.1% of trains arrived on time. Drivers were short. Signals failed twice.",
    '"Reliability is not where it should be," said managing director Sian Probert.',
    "Passenger groups welcomed the rise in numbers but said 312 cancellations were too many.",
    "The figures come as ministers prepare to take the franchise into public control.",
    "Fares will rise by 4.9% in January, the operator said.",
]
ARTICLE = Article("business", "Kestrel Rail carries record numbers", BODY)


def _articles() -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for cat in ("business", "tech"):
        out[cat] = [
            Article(cat, f"{cat.title()} headline {k}", [f"{p} ({cat} {k})" for p in BODY])
            for k in range(6)
        ]
    return out


def test_a_structured_single_is_one_story_holding_the_articles_words() -> None:
    words = {w.strip('.,%"():?').lower() for p in BODY for w in p.split()}
    kinds: Counter[str] = Counter()
    for seed in range(80):
        c = structured_single(ARTICLE, random.Random(seed), [ARTICLE])
        assert c.n_stories == 1 and c.boundaries == []
        text = c.text().lower()
        # the lede opens the body, and most of the article's words are there
        assert BODY[0].split(",")[0].lower() in text
        assert sum(w in text for w in words) >= 0.7 * len(words)
        kinds.update(ln.kind for ln in c.lines)
    # every kind of line the shapes add turns up in some file
    assert {"headline", "heading", "body", "promo", "blank"} <= set(kinds)


def test_the_shapes_add_their_lines_before_the_paragraphs() -> None:
    rng = random.Random(5)
    before, keep = shape_blocks(BODY, ["qa"], rng)
    questions = [t for block in before for t, kind in block if kind == "heading"]
    assert questions and all(q.endswith("?") for q in questions)
    assert before[0] == [] or all(kind != "heading" for _, kind in before[0])
    before, keep = shape_blocks(BODY, ["bullets"], random.Random(2))
    assert keep.count(False) == 1  # the listed paragraph is replaced by its list
    listed = [t for block in before for t, kind in block if kind == "body"]
    assert len(listed) >= 2


def test_tables_and_fact_boxes_are_made_of_the_articles_numbers() -> None:
    text = " ".join(BODY)
    for seed in range(20):
        rows = number_table(text, random.Random(seed))
        cells = [r for r in rows if "|" in r or "\t" in r]
        assert len(cells) >= 3
        numbers = [r for r in cells[1:] if any(n in r for n in ("61.2", "7%", "84.1%", "312"))]
        assert numbers
        facts = fact_lines(text, random.Random(seed))
        assert len(facts) >= 3 and len(facts[0]) < 20


def test_structured_files_are_seeded_and_share_files_follow_the_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles()
    a = [c.text() for c in structured_files(articles, 3, 12)]
    assert a == [c.text() for c in structured_files(articles, 3, 12)]
    assert a != [c.text() for c in structured_files(articles, 4, 12)]
    assert share_files(articles, 3, 10) == []  # none at the default share
    monkeypatch.setattr(structured, "SHARE", 0.5)
    assert len(share_files(articles, 3, 10)) == 5
