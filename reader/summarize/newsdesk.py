"""The newsdesk default: position-aware directed centrality (PACSUM-like) with MMR.

Why this shape: news puts the point first and then elaborates, so a sentence that many *later*
sentences echo is central, while one that mostly repeats *earlier* ones is elaboration
(Zheng & Lapata 2019, PACSUM). Edges are Reduction/TextRank-style word overlap over log
lengths, so long information-dense sentences gather weight. A soft lead prior adds what
position alone knows, a length factor keeps stubs and run-ons out, and maximal marginal
relevance (plus a hard near-duplicate guard) stops the summary saying the same thing twice.
Weights are round values chosen on two corpora (CNN/DM dev, BBC), not fitted per file; the
BACKWARD weight trades lead-heavy news (lower is better) against BBC-style extracts.
"""

from __future__ import annotations

from typing import Any

from reader.sentences import light_stem
from reader.summarize.document import stop_words

# Directed centrality weights: being echoed by later sentences counts fully, echoing earlier
# ones counts less (PACSUM's lambda1 < lambda2; a negative lambda1 lost too much on BBC).
FORWARD = 1.0
BACKWARD = 0.6
# Edges below min + BETA * (max - min) of the similarity matrix are dropped (PACSUM threshold).
BETA = 0.0
# Lead prior 1 / (1 + position / TAU): halves the weight at sentence TAU.
TAU = 6.0
PRIOR_WEIGHT = 0.3

# Sentences shorter than this many words are scaled down linearly; longer than LONG, gently.
SHORT = 10
LONG = 80
# Maximal marginal relevance: penalty for similarity to already chosen sentences.
MMR = 0.3
# Cosine above which a candidate restates a chosen sentence: never picked while others remain.
DUPLICATE = 0.7
# Above this many sentences the quadratic matrix is replaced by linear suffix/prefix sums.
EXACT_LIMIT = 2000


# word -> content stem ("" for a stop word); a plain dict because this lookup is the hot loop.
_STEMS: dict[str, str] = {}
_STEMS_MAX = 200_000


def _content_stem(word: str) -> str:
    """The stem of a content word, "" for a stop word (memoised)."""
    stem = _STEMS.get(word)
    if stem is None:
        lowered = word.lower()
        stem = "" if lowered in stop_words() else light_stem(lowered)
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        _STEMS[word] = stem
    return stem


def _counts(sentence_words: list[tuple[str, ...]]) -> tuple[Any, Any]:
    """Sentence x term counts over content stems shared by two or more sentences, and the
    number of content words per sentence.

    A term in one sentence only links nothing, so dropping it changes no similarity and keeps
    the matrix small.
    """
    import numpy as np

    ids: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    content: list[int] = []
    cache_get, add_id = _STEMS.get, ids.setdefault
    for i, words in enumerate(sentence_words):
        before = len(cols)
        for w in words:
            t = cache_get(w)
            if t is None:
                t = _content_stem(w)
            if t:
                cols.append(add_id(t, len(ids)))
        rows.extend([i] * (len(cols) - before))
        content.append(len(cols) - before)
    n, v = len(sentence_words), max(1, len(ids))
    flat = np.bincount(
        np.array(rows, dtype=np.int64) * v + np.array(cols, dtype=np.int64), minlength=n * v
    )
    counts = flat.reshape(n, v).astype(np.float64)
    shared = (counts > 0).sum(axis=0) >= 2
    kept = counts[:, shared] if shared.any() else np.zeros((n, 1))
    return kept, np.array(content, dtype=np.float64)


def _cosine_rows(counts: Any) -> Any:
    """L2-normalised log-TF x IDF rows (for redundancy and for very long inputs)."""
    import numpy as np

    n = counts.shape[0]
    df = np.maximum(1.0, (counts > 0).sum(axis=0))
    tf = np.where(counts > 0, 1.0 + np.log(np.maximum(counts, 1.0)), 0.0)
    rows = tf * np.log(1.0 + n / df)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return rows / norms


def _overlap(counts: Any, lengths: Any) -> Any:
    """TextRank/Reduction-style similarity: shared content words over log lengths.

    Unlike cosine it grows with sentence length, which is what makes long, information-dense
    sentences central.
    """
    import numpy as np

    logs = np.log(np.maximum(2.0, lengths))
    return (counts @ counts.T) / (logs[:, None] + logs[None, :])


def _centrality(counts: Any, cosine: Any, lengths: Any) -> Any:
    import numpy as np

    n = counts.shape[0]
    if n <= EXACT_LIMIT:
        sim = _overlap(counts, lengths)
        np.fill_diagonal(sim, 0.0)
        if BETA > 0 and n > 1:
            off = sim[~np.eye(n, dtype=bool)]
            lo, hi = float(off.min()), float(off.max())
            sim = np.maximum(sim - (lo + BETA * (hi - lo)), 0.0)
        forward = np.triu(sim, 1).sum(axis=1)
        backward = np.tril(sim, -1).sum(axis=1)
    else:  # linear: unthresholded cosine with the sums of later / earlier rows
        width = cosine.shape[1]
        suffix = np.cumsum(cosine[::-1], axis=0)[::-1]
        later = np.vstack([suffix[1:], np.zeros((1, width))])
        earlier = np.vstack([np.zeros((1, width)), np.cumsum(cosine, axis=0)[:-1]])
        forward = (cosine * later).sum(axis=1)
        backward = (cosine * earlier).sum(axis=1)
    score = FORWARD * forward + BACKWARD * backward
    span = float(score.max() - score.min()) if n else 0.0
    return (score - score.min()) / span if span > 0 else np.zeros(n)


def _rank(sentence_words: list[tuple[str, ...]]) -> tuple[Any, Any]:
    """Scores (higher is better) before redundancy control, and the cosine rows for MMR."""
    import numpy as np

    n = len(sentence_words)
    counts, content = _counts(sentence_words)
    cosine = _cosine_rows(counts)
    central = _centrality(counts, cosine, content)
    prior = 1.0 / (1.0 + np.arange(n, dtype=np.float64) / TAU)
    lengths = np.array([len(w) for w in sentence_words], dtype=np.float64)
    length = np.minimum(1.0, lengths / SHORT) * np.where(lengths > LONG, LONG / lengths, 1.0)
    score = ((1.0 - PRIOR_WEIGHT) * central + PRIOR_WEIGHT * prior) * length
    return score, cosine


def rank(sentence_words: list[tuple[str, ...]]) -> list[float]:
    """One score per sentence (higher is better) before redundancy control; exposed for tests."""
    if not sentence_words:
        return []
    return [float(s) for s in _rank(sentence_words)[0]]


def select(sentence_words: list[tuple[str, ...]], count: int) -> list[int]:
    """Indices of the chosen sentences in story order: greedy MMR over :func:`rank`."""
    import numpy as np

    n = len(sentence_words)
    count = min(count, n)
    if count <= 0:
        return []
    scores, cosine = _rank(sentence_words)
    chosen: list[int] = []
    redundancy = np.zeros(n)
    for _ in range(count):
        gain = scores - MMR * redundancy
        gain[redundancy > DUPLICATE] -= 1e6  # near-duplicates only if nothing else is left
        gain[chosen] = -np.inf
        best = int(np.argmax(gain))
        chosen.append(best)
        redundancy = np.maximum(redundancy, cosine @ cosine[best])
    return sorted(chosen)


class NewsdeskSummarizer:
    """Called like a sumy summarizer: ``summarizer(document, count)`` -> sentences in order."""

    def __call__(self, document: Any, sentences_count: int) -> tuple[Any, ...]:
        sentences = list(document.sentences)
        picked = select([tuple(s.words) for s in sentences], sentences_count)
        return tuple(sentences[i] for i in picked)


def make(title: str | None = None) -> NewsdeskSummarizer:
    return NewsdeskSummarizer()
