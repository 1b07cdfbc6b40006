"""In-article structure for the boundary trainer: added inside stories, never at a story start."""

from __future__ import annotations

import random

import pytest

from reader.eval import structure
from reader.eval.concat import Article, Concat, Line, make_concat
from reader.eval.structure import bullet_items, dress, dress_all, note, sub_heading, table

BODY = [
    "Kestrel Rail carried more passengers than ever in the year to March, figures show.",
    "The operator made 61.2 million journeys, up 7% on the year before.",
    "But only 84.1% of trains arrived on time. Drivers were short. Signals failed twice.",
    "Managing director Sian Probert said reliability was not where it should be.",
    "Passenger groups welcomed the rise in numbers but said cancellations were the worst.",
    "The figures come as ministers prepare to take the franchise into public control.",
]


def _single() -> Concat:
    lines = [Line("Kestrel Rail carries record numbers", 0, "headline")]
    lines += [Line(p, 0, "body") for p in BODY]
    return Concat(lines=lines)


def test_structure_is_built_from_the_articles_own_words() -> None:
    rng = random.Random(3)
    words = {w.strip(".,%").lower() for p in BODY for w in p.split()}
    for _ in range(50):
        head = sub_heading(BODY[2], rng)
        assert 1 <= len(head.split()) <= 8 and not head.endswith(".")
        q = sub_heading(BODY[2], rng, question=True)
        assert q.endswith("?")
        assert any(w.strip("?").lower() in words for w in q.split()[1:])
    rows = table(" ".join(BODY), rng)
    assert len(rows) >= 3
    items = bullet_items(BODY[2], rng)
    assert len(items) >= 2
    assert note(" ".join(BODY), rng).endswith(".")


def test_dressed_single_articles_keep_one_story_and_their_headline_first() -> None:
    dressed = [dress(_single(), random.Random(seed)) for seed in range(40)]
    changed = [c for c in dressed if len(c.lines) != len(_single().lines)]
    assert len(changed) > 10  # most single articles get structure
    for c in dressed:
        assert c.n_stories == 1
        assert c.lines[0].kind == "headline" and c.lines[1].text == BODY[0]
        # every paragraph of the article is still there, in order (a list may recast one)
        texts = [ln.text for ln in c.lines]
        kept = [texts.index(p) for p in BODY if p in texts]
        assert kept == sorted(kept) and len(kept) >= len(BODY) - 1
    kinds = {ln.kind for c in changed for ln in c.lines}
    assert {"heading", "promo"} <= kinds


def test_dressing_leaves_story_starts_where_they_were_and_is_seeded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(structure, "FILE_SHARE", 0.5)  # longer files dressed too
    arts = {
        "business": [
            Article(
                "business", f"Title {k}", [f"Story {k} part {j}. It goes on." for j in range(6)]
            )
            for k in range(10)
        ]
    }
    files = [make_concat(arts, random.Random(s), same_topic=True) for s in range(30)]
    dressed = dress_all(files, 7)
    assert [c.text() for c in dressed] == [c.text() for c in dress_all(files, 7)]
    assert any(a.text() != b.text() for a, b in zip(files, dressed, strict=True))
    for before, after in zip(files, dressed, strict=True):
        assert after.n_stories == before.n_stories

        def starts(c: Concat) -> list[str]:
            return [c.lines[i].text for i in [0, *c.boundaries]]

        assert starts(after) == starts(before)
