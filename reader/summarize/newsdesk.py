"""The newsdesk default: position-aware directed centrality (PACSUM-like) with MMR.

Why this shape: news puts the point first and then elaborates, so a sentence that many *later*
sentences echo is central, while one that mostly repeats *earlier* ones is elaboration
(Zheng & Lapata 2019, PACSUM). A soft lead prior adds what position alone knows, a length
factor keeps stubs and run-ons out, and maximal marginal relevance stops the summary from
saying the same thing twice. All weights are generic, not fitted to one corpus.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from reader.sentences import stem
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
# Above this many sentences the quadratic matrix is replaced by linear suffix/prefix sums.
EXACT_LIMIT = 2000


def _content(sentence_words: tuple[str, ...], stops: frozenset[str]) -> list[str]:
    return [stem(w) for w in sentence_words if w.lower() not in stops]


def _vectors(tokens: list[list[str]]) -> Any:
    """L2-normalised TF-IDF rows over terms in at least two sentences (singletons link nothing)."""
    import numpy as np

    n = len(tokens)
    df = Counter(t for toks in tokens for t in set(toks))
    vocab = {t: k for k, t in enumerate(t for t, c in df.items() if c >= 2)}
    matrix = np.zeros((n, max(1, len(vocab))), dtype=np.float64)
    for i, toks in enumerate(tokens):
        for t, c in Counter(toks).items():
            k = vocab.get(t)
            if k is not None:
                matrix[i, k] = (1.0 + math.log(c)) * math.log(1.0 + n / df[t])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _overlap(tokens: list[list[str]]) -> Any:
    """TextRank/Reduction-style similarity: shared content words over log lengths.

    Unlike cosine it grows with sentence length, which is what makes long, information-dense
    sentences central.
    """
    import numpy as np

    df = Counter(t for toks in tokens for t in set(toks))
    vocab = {t: k for k, t in enumerate(t for t, c in df.items() if c >= 2)}
    n = len(tokens)
    binary = np.zeros((n, max(1, len(vocab))), dtype=np.float64)
    for i, toks in enumerate(tokens):
        for t in toks:
            k = vocab.get(t)
            if k is not None:
                binary[i, k] += 1.0
    logs = np.log(np.maximum(2.0, np.array([len(t) for t in tokens], dtype=np.float64)))
    return (binary @ binary.T) / (logs[:, None] + logs[None, :])


def _centrality(vectors: Any, tokens: list[list[str]]) -> Any:
    import numpy as np

    n = vectors.shape[0]
    if n <= EXACT_LIMIT:
        sim = _overlap(tokens)
        np.fill_diagonal(sim, 0.0)
        off = sim[~np.eye(n, dtype=bool)] if n > 1 else np.zeros(1)
        lo, hi = float(off.min()), float(off.max())
        edges = np.maximum(sim - (lo + BETA * (hi - lo)), 0.0)
        forward = np.triu(edges, 1).sum(axis=1)
        backward_sum = np.tril(edges, -1).sum(axis=1)
    else:  # linear: unthresholded cosine with the sums of later / earlier rows
        suffix = np.cumsum(vectors[::-1], axis=0)[::-1]
        later = np.vstack([suffix[1:], np.zeros((1, vectors.shape[1]))])
        earlier = np.vstack([np.zeros((1, vectors.shape[1])), np.cumsum(vectors, axis=0)[:-1]])
        forward = (vectors * later).sum(axis=1)
        backward_sum = (vectors * earlier).sum(axis=1)
    score = FORWARD * forward + BACKWARD * backward_sum
    span = float(score.max() - score.min()) if n else 0.0
    return (score - score.min()) / span if span > 0 else np.zeros(n)


def rank(sentence_words: list[tuple[str, ...]]) -> list[float]:
    """One score per sentence (higher is better) before redundancy control; exposed for tests."""
    import numpy as np

    stops = stop_words()
    tokens = [_content(words, stops) for words in sentence_words]
    n = len(tokens)
    if n == 0:
        return []
    central = _centrality(_vectors(tokens), tokens)
    position = np.arange(n, dtype=np.float64)
    prior = 1.0 / (1.0 + position / TAU)
    lengths = np.array([len(w) for w in sentence_words], dtype=np.float64)
    length = np.minimum(1.0, lengths / SHORT) * np.where(lengths > LONG, LONG / lengths, 1.0)
    score = ((1.0 - PRIOR_WEIGHT) * central + PRIOR_WEIGHT * prior) * length
    return [float(s) for s in score]


def select(sentence_words: list[tuple[str, ...]], count: int) -> list[int]:
    """Indices of the chosen sentences in story order: greedy MMR over :func:`rank`."""
    import numpy as np

    n = len(sentence_words)
    count = min(count, n)
    if count <= 0:
        return []
    scores = np.array(rank(sentence_words))
    stops = stop_words()
    vectors = _vectors([_content(w, stops) for w in sentence_words]) if n > 1 else None
    chosen: list[int] = []
    redundancy = np.zeros(n)
    for _ in range(count):
        gain = scores - MMR * redundancy
        gain[chosen] = -np.inf
        best = int(np.argmax(gain))
        chosen.append(best)
        if vectors is not None:
            redundancy = np.maximum(redundancy, vectors @ vectors[best])
    return sorted(chosen)


class NewsdeskSummarizer:
    """Called like a sumy summarizer: ``summarizer(document, count)`` -> sentences in order."""

    def __call__(self, document: Any, sentences_count: int) -> tuple[Any, ...]:
        sentences = list(document.sentences)
        picked = select([tuple(s.words) for s in sentences], sentences_count)
        return tuple(sentences[i] for i in picked)


def make(title: str | None = None) -> NewsdeskSummarizer:
    return NewsdeskSummarizer()
