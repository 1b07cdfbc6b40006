"""Grouping stories about the same event: shared rare names and alike content, both.

Entities are capitalised names and tickers (excluding sentence-initial common words). Candidate
pairs come from an inverted index (entity → stories; very common entities are skipped), so the
work grows with the postings, not with all pairs of stories. A candidate is linked only when
its content (idf-weighted words of title and opening) is alike too, and groups are built with
complete linkage (see ``group_stories``). Stories sharing a distinctive headline figure of one
subject (same_figure.py) need only as alike content as two stories about one name within a
news cycle. Thresholds are fitted on one BBC category and
reported on the others: ``python -m reader.eval grouping``.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefing.kinds import news_kind
from briefing.names import NAME_PATTERN, NAME_STOP_WORDS, entities
from briefing.same_figure import figure_pairs
from reader.model import Story
from reader.story.dedupe import jaccard, shingles

__all__ = [
    "dedupe_sentences",
    "entities",
    "group_stories",
    "main_subject",
    "moment",
    "same_subject",
]

# a pair is a candidate when the rare names it shares weigh this much (idf sum) …
ENTITY_THRESHOLD = 5.0
# … and linked when their content (idf-weighted words of title and opening) is this alike
CONTENT_THRESHOLD = 0.42
MAX_GROUP = 6
# word n-grams compared when a group summary drops repeated sentences
REPEAT_GRAMS = 3
MIN_CORPUS = 100
CONTENT_PARAGRAPHS = 6

_WORD = re.compile(r"[a-z][a-z]+(?:['’-][a-z]+)*")
# two stories published within a news cycle about the same name (each mentions it most, and
# it leads the story) and of the same kind (its results: kinds.py) need less alike content:
# different outlets covering one company's results pick different words
SUBJECT_THRESHOLD = 0.06
SUBJECT_MENTIONS = 5
SUBJECT_MAX = 5
# … and only within one news cycle (hours between their dates): the same company in the news
# on two different days is usually two events
SUBJECT_WINDOW = 36.0
# a story is indexed under its heaviest words for blocking
KEY_TERMS = 8
_COMMON = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "with",
        "from",
        "this",
        "have",
        "has",
        "had",
        "was",
        "were",
        "are",
        "been",
        "but",
        "not",
        "its",
        "his",
        "her",
        "their",
        "they",
        "them",
        "said",
        "says",
        "will",
        "would",
        "could",
        "should",
        "also",
        "more",
        "than",
        "into",
        "over",
        "after",
        "about",
        "which",
        "who",
        "what",
        "when",
        "where",
        "while",
        "there",
        "these",
        "those",
        "other",
        "some",
        "such",
        "only",
        "most",
        "many",
        "much",
        "very",
        "just",
        "like",
        "year",
        "years",
        "new",
        "one",
        "two",
        "three",
        "first",
        "last",
        "can",
        "may",
        "might",
        "our",
        "out",
        "all",
        "any",
        "per",
        "cent",
        "percent",
        "mr",
        "mrs",
        "ms",
        "told",
        "people",
        "time",
        "because",
        "being",
        "did",
        "does",
        "how",
        "she",
        "he",
        "him",
        "you",
        "your",
        "we",
        "us",
        "it",
    ]
)


def content_words(story: Story) -> dict[str, int]:
    """Word counts of the title (counted twice) and the opening paragraphs, common words out."""
    text = " ".join([story.title, story.title, *story.paragraphs[:CONTENT_PARAGRAPHS]]).lower()
    counts = Counter(_WORD.findall(text))
    return {w: k for w, k in counts.items() if len(w) > 2 and w not in _COMMON}


def _idf(sets: Sequence[Iterable[str]], n: int) -> dict[str, float]:
    """log(1 + n / df) with the corpus size floored: a name in 5 of 8 stories is still rare
    in the news at large."""
    df: Counter[str] = Counter()
    for s in sets:
        df.update(s)
    size = max(n, MIN_CORPUS)
    return {w: math.log(1 + size / k) for w, k in df.items()}


_TF_TABLE = 64


def _vectors(counts: Sequence[dict[str, int]], idf: dict[str, float]) -> list[dict[str, float]]:
    """Unit tf-idf vectors (log tf)."""
    vectors: list[dict[str, float]] = []
    tf = [0.0] + [1.0 + math.log(k) for k in range(1, _TF_TABLE)]  # the same floats, once
    for c in counts:
        v = {w: (tf[k] if k < _TF_TABLE else 1.0 + math.log(k)) * idf[w] for w, k in c.items()}
        norm = math.sqrt(sum([x * x for x in v.values()])) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[w] * b[w] for w in a.keys() & b.keys())


def _candidates(vectors: Sequence[dict[str, float]], n: int) -> set[tuple[int, int]]:
    """Pairs sharing one of their ``KEY_TERMS`` heaviest words (blocking): each story is
    indexed under a few rare words, and a word heavy in more than 2·√n stories is skipped."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        # (weight, word) tuples order as the key (weight, word) would
        for _x, w in heapq.nlargest(KEY_TERMS, [(x, w) for w, x in v.items()]):
            index[w].append(i)
    cap = max(4, 2 * int(math.sqrt(n)))
    pairs: set[tuple[int, int]] = set()
    for posting in index.values():
        if 1 < len(posting) <= cap:
            pairs.update((a, b) for k, a in enumerate(posting) for b in posting[k + 1 :])
    return pairs


def main_subject(story: Story) -> str | None:
    """The name a story is about: its most mentioned name (at least ``SUBJECT_MENTIONS``
    times, clearly ahead of the next) that its title or first paragraph names."""
    counts: Counter[str] = Counter()
    # each distinct name once, weighted by how often it occurs (first occurrences keep
    # their order, so ties break as a word-by-word count would)
    for name, k in Counter(NAME_PATTERN.findall(story.text)).items():
        for w in name.split():
            if w not in NAME_STOP_WORDS and len(w) > 2:
                counts[w] += k
    top = counts.most_common(2)
    if not top or top[0][1] < SUBJECT_MENTIONS:
        return None
    if len(top) > 1 and top[1][1] * 1.5 > top[0][1]:
        return None
    name = top[0][0]
    opening = " ".join([story.title, *story.paragraphs[:1]])
    return name if name in opening else None


def moment(date: str | None) -> float:
    """Hours since year 1 of an ISO "YYYY-MM-DD[THH:MM]" date (0 when there is none)."""
    if not date:
        return 0.0
    try:
        when = dt.datetime.fromisoformat(date)
    except ValueError:
        return 0.0
    return (when - dt.datetime(1, 1, 1)).total_seconds() / 3600


def _subject_pairs(subjects: Sequence[str | None], n: int) -> set[tuple[int, int]]:
    """Pairs of stories about the same name, when few stories are: a name that leads more
    than ``SUBJECT_MAX`` stories (a country, a running saga) is a theme, not one event."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(subjects):
        if name is not None:
            index[name].append(i)
    return {
        (a, b)
        for posting in index.values()
        if 1 < len(posting) <= SUBJECT_MAX
        for k, a in enumerate(posting)
        for b in posting[k + 1 :]
    }


def group_stories(
    stories: Sequence[Story],
    entity_threshold: float = ENTITY_THRESHOLD,
    content_threshold: float = CONTENT_THRESHOLD,
    subject_threshold: float = SUBJECT_THRESHOLD,
    subjects: Sequence[str | None] | None = None,
) -> list[list[int]]:
    """Stories about the same event, as lists of indices (each sorted, ordered by first index).

    A pair is linked when its content is alike (cosine of idf-weighted words ≥
    ``content_threshold``) and it shares rare names (idf weight ≥ ``entity_threshold``): a
    shared theme word or one famous name alone links nothing. Groups are built strongest link
    first with complete linkage: two groups join only if every story of one is linked to
    every story of the other, so a chain A~B~C never puts unrelated A and C together. Only
    pairs sharing a heavy word are compared (``_candidates``), not all pairs. ``subjects``:
    each story's ``main_subject`` when the caller has them already.
    """
    n = len(stories)
    # the news cycle needs a publication time: a date the story was merely read on says
    # nothing (a library read at once puts a year of news on one day)
    names = [main_subject(s) for s in stories] if subjects is None else subjects
    # … and the same kind of news: one name's results and its lawsuit are two events
    subjects = [
        (name or "").lower() or None
        if s.date and s.published and news_kind(s, name) is not None
        else None
        for name, s in zip(names, stories, strict=True)
    ]
    moments = [moment(s.date) for s in stories]
    counts = [content_words(s) for s in stories]
    vectors = _vectors(counts, _idf(counts, n))
    ents = [entities(s) for s in stories]
    name_idf = _idf(ents, n)
    sims: dict[tuple[int, int], float] = {}
    same_figure = figure_pairs(stories)
    pairs = _candidates(vectors, n) | _subject_pairs(subjects, n) | same_figure
    for a, b in sorted(pairs):
        sim = cosine(vectors[a], vectors[b])
        same_subject = (a, b) in same_figure or (
            subjects[a] is not None
            and subjects[a] == subjects[b]
            and abs(moments[a] - moments[b]) <= SUBJECT_WINDOW
        )
        if sim < (subject_threshold if same_subject else content_threshold):
            continue
        if sum(name_idf[e] for e in ents[a] & ents[b]) >= entity_threshold:
            sims[(a, b)] = sim
    member: dict[int, list[int]] = {i: [i] for i in range(n)}
    owner = list(range(n))
    for (a, b), _sim in sorted(sims.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = owner[a], owner[b]
        if ra == rb or len(member[ra]) + len(member[rb]) > MAX_GROUP:
            continue
        if all((min(x, y), max(x, y)) in sims for x in member[ra] for y in member[rb]):
            root, child = min(ra, rb), max(ra, rb)
            for x in member[child]:
                owner[x] = root
            member[root].extend(member.pop(child))
    return sorted((sorted(g) for g in member.values()), key=lambda g: g[0])


def same_subject(
    leads: Sequence[Story], subjects: Sequence[str | None] | None = None
) -> list[list[int]]:
    """Groups of items (given by their lead stories, most salient first) about one name: each
    list is an item followed by the later items led by the same name, when at most
    ``SUBJECT_MAX`` items are. Looser than an event: shown as related coverage beside an
    item, never merged into its summary. ``subjects``: the leads' ``main_subject`` when the
    caller has them already."""
    names = [main_subject(s) for s in leads] if subjects is None else subjects
    index: dict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        if name is not None:
            index[name.lower()].append(k)
    return [p for p in index.values() if 1 < len(p) <= SUBJECT_MAX]


def dedupe_sentences(sentences: Sequence[str], threshold: float = 0.5) -> list[str]:
    """Keep each fact once: drop a sentence whose shingles overlap an earlier kept one.

    Candidates come from a shingle → kept-sentence index, so only sentences sharing a shingle
    are compared.
    """
    kept: list[str] = []
    kept_sh: list[set[int]] = []
    index: dict[int, list[int]] = defaultdict(list)
    for s in sentences:
        sh = shingles(s, REPEAT_GRAMS)
        candidates = sorted({k for g in sh for k in index.get(g, ())})
        if any(jaccard(sh, kept_sh[k]) >= threshold for k in candidates):
            continue
        for g in sh:
            index[g].append(len(kept))
        kept.append(s)
        kept_sh.append(sh)
    return kept
