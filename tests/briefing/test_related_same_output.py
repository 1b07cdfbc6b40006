"""The grouping's faster steps give exactly what the plain ones gave (same floats, same
names, same candidate words), on generated text with names, sentence starts and repeats."""

from __future__ import annotations

import heapq
import math
import random
import re
from collections import Counter

from briefing import related
from briefing.names import NAME_PATTERN, NAME_STOP_WORDS, entities
from reader.model import Source, Story

WORDS = [
    "gravel",
    "profit",
    "rose",
    "fell",
    "quarter",
    "said",
    "the",
    "deal",
    "shares",
    "bank",
    "rates",
    "cloud",
]
NAMES = ["Brackwell Quarries", "Tessaly", "Orvane Foods", "IBM", "Mina Oduya", "Harrow"]


def _stories(n: int, seed: int = 3) -> list[Story]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(1, 8)):
            parts = [rng.choice(WORDS + NAMES) for _ in range(rng.randint(5, 60))]
            for k in range(0, len(parts), rng.randint(4, 9)):
                parts[k] += rng.choice([".", ":", "", " ", "!"])
            paras.append(" ".join(parts) * rng.choice([1, 1, 3]))
        out.append(Story(f"s{i}", rng.choice(NAMES) + " news", False, [Source("f", 1, 2)], paras))
    return out


def _plain_subject_counts(story: Story) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in NAME_PATTERN.finditer(story.text):
        counts.update(w for w in m.group(0).split() if w not in NAME_STOP_WORDS and len(w) > 2)
    return counts


def _plain_entities(story: Story) -> set[str]:
    after_stop = re.compile(r"[.!?:\"“]\s*$")
    texts = [story.title, *story.paragraphs[:6]]
    matches = [m for text in texts for m in NAME_PATTERN.finditer(text)]
    mid = {
        m.group(0)
        for m in matches
        if m.start() > 0 and not after_stop.search(m.string, max(0, m.start() - 8), m.start())
    }
    found: set[str] = set()
    for m in matches:
        name = m.group(0)
        if (" " in name or name in mid) and name not in NAME_STOP_WORDS and len(name) > 1:
            found.add(name.lower())
            found.update(w.lower() for w in name.split() if w not in NAME_STOP_WORDS and len(w) > 2)
    return found


def test_faster_steps_match_the_plain_ones() -> None:
    stories = _stories(60)
    for s in stories:
        assert entities(s) == _plain_entities(s)
        top = _plain_subject_counts(s).most_common(2)
        subject = related.main_subject(s)
        if subject is not None:
            assert top[0][0] == subject
    counts: list[dict[str, int]] = [related.content_words(s) for s in stories]
    idf = related._idf(counts, len(stories))
    vectors = related._vectors(counts, idf)
    index: dict[str, list[int]] = {}
    for i, (c, v) in enumerate(zip(counts, vectors, strict=True)):
        plain = {w: (1.0 + math.log(k)) * idf[w] for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in plain.values())) or 1.0
        assert v == {w: x / norm for w, x in plain.items()}
        for w, _x in heapq.nlargest(related.KEY_TERMS, v.items(), key=lambda kv: (kv[1], kv[0])):
            index.setdefault(w, []).append(i)
    cap = max(4, 2 * int(math.sqrt(len(stories))))
    pairs = {
        (a, b)
        for p in index.values()
        if 1 < len(p) <= cap
        for k, a in enumerate(p)
        for b in p[k + 1 :]
    }
    assert related._candidates(vectors, len(stories)) == pairs
