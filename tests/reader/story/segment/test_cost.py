"""The "bg" cost rows: the fast loop gives the very floats of the plain one and of Running."""

from __future__ import annotations

import random

from reader.story.segment.cost import CostModel, _bg_rows, _bg_rows_plain


def test_new_word_table_gives_the_same_floats() -> None:
    rng = random.Random(11)
    for _ in range(60):
        vocab = rng.randint(1, 40)
        docs = [
            [rng.randrange(vocab) for _ in range(rng.choice([0, 1, 5, 30]))]
            for _ in range(rng.randint(1, 15))
        ]
        used = sorted({w for d in docs for w in d})
        ids = {w: i for i, w in enumerate(used)}
        docs = [[ids[w] for w in d] for d in docs]
        model = CostModel(docs, len(used), window=rng.randint(1, 8))
        fast = _bg_rows(model, docs, len(docs))
        assert fast == _bg_rows_plain(model, docs, len(docs))
        for a, row in enumerate(fast):
            seg = model.segment()
            for b, cost in enumerate(row):
                seg.add(docs[a + b])
                assert seg.cost == cost


def test_sparse_word_ids_and_a_full_mix_still_work() -> None:
    docs = [[0, 4, 4], [4, 0], [7]]
    model = CostModel(docs, 8, window=3)
    assert _bg_rows(model, docs, 3) == _bg_rows_plain(model, docs, 3)
    seg = model.segment()
    for d in docs:
        seg.add(d)
    assert seg.cost == _bg_rows(model, docs, 1)[0][2]
