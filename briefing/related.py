"""Grouping stories about the same company or event.

Entities are capitalised names and tickers (excluding sentence-initial common words). Two stories
are linked when the rarity-weighted (idf) overlap of their entities is high enough, or when they
share many word shingles. Candidates come from an inverted index (entity → stories; very common
entities are skipped), so the work grows with the postings, not with all pairs of stories.
Groups are the connected components (union-find).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from reader.model import Story

_ENTITY = re.compile(r"\b(?:[A-Z][a-zA-Z&]+(?:\s+[A-Z][a-zA-Z&]+)*|[A-Z]{2,6})\b")
_STOP = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "And",
    "This",
    "That",
    "For",
    "As",
    "If",
    "With",
    "By",
    "Of",
    "To",
    "Its",
    "Their",
    "His",
    "Her",
    "Mr",
    "Ms",
    "Mrs",
    "However",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "CEO",
    "Group",
    "Holdings",
    "Inc",
    "Corp",
    "Company",
    "Limited",
    "Ltd",
    "US",
    "UK",
    "AI",
}
THRESHOLD = 7.0
MAX_GROUP = 6
MIN_CORPUS = 100


def entities(story: Story) -> set[str]:
    """Lower-cased names: capitalised runs and tickers, plus their words.

    A single capitalised word at the start of a sentence ("Despite", "Shares") counts only
    if the story also capitalises it mid-sentence, so ordinary words do not pass as names.
    """
    found: set[str] = set()
    texts = [story.title, *story.paragraphs[:6]]
    midsentence = {
        m.group(0)
        for text in texts
        for m in _ENTITY.finditer(text)
        if m.start() > 0 and not _after_stop(text, m.start())
    }
    for text in texts:
        for m in _ENTITY.finditer(text):
            name = m.group(0)
            if " " not in name and name not in midsentence:
                continue
            if name not in _STOP and len(name) > 1:
                found.add(name.lower())
                # parts of a name count too: "Alibaba Group" and "Alibaba" are the same firm
                found.update(w.lower() for w in name.split() if w not in _STOP and len(w) > 2)
    return found


def _after_stop(text: str, at: int) -> bool:
    """True when text[:at] ends in [.!?:"“] and whitespace: walking back over the whitespace
    only, not searching the whole prefix again for each name (quadratic on one huge line)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in '.!?:"“'


def shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9$%.]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def group_stories(stories: Sequence[Story]) -> list[list[int]]:
    """Connected components (lists of indices, each sorted, ordered by first index)."""
    n = len(stories)
    ents = [entities(s) for s in stories]
    df: dict[str, int] = defaultdict(int)
    for e in ents:
        for name in e:
            df[name] += 1
    cap = max(3, int(math.sqrt(n)) * 3)
    index: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(ents):
        for name in sorted(e):
            if 1 < df[name] <= cap:
                index[name].append(i)
    weight: dict[tuple[int, int], float] = defaultdict(float)
    for name in sorted(index):
        posting = index[name]
        # a name in 5 of 8 stories is still rare in the news at large: floor the corpus size
        idf = math.log(1 + max(n, MIN_CORPUS) / df[name])
        for a_pos, a in enumerate(posting):
            for b in posting[a_pos + 1 :]:
                weight[(a, b)] += idf
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    size = [1] * n
    # strongest links first; a size cap stops single-link chaining into one giant "group"
    for (a, b), w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])):
        if w < THRESHOLD:
            break
        ra, rb = find(a), find(b)
        if ra != rb and size[ra] + size[rb] <= MAX_GROUP:
            root, child = min(ra, rb), max(ra, rb)
            parent[child] = root
            size[root] += size[child]
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def dedupe_sentences(sentences: Sequence[str], threshold: float = 0.5) -> list[str]:
    """Keep each fact once: drop a sentence whose shingles overlap an earlier kept one.

    Candidates come from a shingle → kept-sentence index, so only sentences sharing a shingle
    are compared.
    """
    kept: list[str] = []
    kept_sh: list[set[tuple[str, ...]]] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for s in sentences:
        sh = shingles(s)
        candidates = sorted({k for g in sh for k in index.get(g, ())})
        if any(jaccard(sh, kept_sh[k]) >= threshold for k in candidates):
            continue
        for g in sh:
            index[g].append(len(kept))
        kept.append(s)
        kept_sh.append(sh)
    return kept
