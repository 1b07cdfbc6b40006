"""Features of each non-blank line of a page and of its neighbourhood, for the role model.

General shape only — length, sentence shape, stop words, capitalisation, punctuation, digits,
position, link- and menu-like tokens, repetition on the page, the density of prose around it,
and the kind the rule-based classifier (``reader.story.lines.classify``) gave it — never a site's strings.
Each line's own features are joined with its neighbours' (previous and next line) so a linear
model sees context; the sequence decoder (``reader.story.lines.roles.decode``) sees the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import get_args

import numpy as np
from numpy.typing import NDArray

from reader.story.lines.line import ROLE_KINDS, Kind
from reader.story.lines.words import word_count

# fmt: off
STOP = frozenset(["a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "my", "no", "not", "of", "on", "one", "or", "our", "out", "over", "said", "says", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your"])
MENU = frozenset(["home", "menu", "login", "log", "sign", "subscribe", "share", "facebook", "twitter", "email", "print", "comments", "comment", "reply", "advertisement", "newsletter", "privacy", "terms", "cookies", "cookie", "copyright", "rights", "reserved", "contact", "about", "search", "skip", "navigation", "follow", "related", "popular", "trending", "read", "next", "previous", "tags", "tagged", "posted", "register", "account", "more", "video", "videos", "photos", "gallery", "sections", "section", "rss", "feed", "view", "all", "click", "here", "sponsored", "watch", "listen", "app", "download", "save", "top", "back", "jobs", "careers", "help", "faq", "policy", "sitemap"])
LEGAL = frozenset(["copyright", "rights", "reserved", "privacy", "terms", "cookies", "cookie", "policy", "©"])
COMMENT = frozenset(["reply", "replies", "wrote", "permalink", "report", "flag", "likes", "upvote", "points", "ago"])
# fmt: on
# (matched on the lowered line: a case-blind pattern is several times slower; every match
# begins with a month's first letter, a digit or the "a" of "ago": the look-ahead lets the
# engine pass every other position at once, the matches unchanged)
MONTH = re.compile(
    r"(?=[adfjmnos\d])"
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d|\b\d{4}\b|\bago\b)"
)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
INNER_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")
URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|@\w")
LIST_MARK = re.compile(r"^(?:[-*•·]\s|\d{1,2}[.)]\s)")
SEPARATOR = re.compile(r"[|»›·•/]")
WORD = re.compile(r"[A-Za-z']+|\d+")
DIGIT = re.compile(r"\d")
ALPHA_START = re.compile(r"(?:^|\s)[\"'“‘(]?[A-Za-z]")
CAPITAL_START = re.compile(r"(?:^|\s)[\"'“‘(]?[A-Z]")
# The letter ALPHA_START finds, one per match, on " " + text (so ``\s`` stands for ``^``):
# ALPHA_START's matches are its matches, CAPITAL_START's the upper-case ones.
WORD_LETTER = re.compile(r"\s[\"'“‘(]?([A-Za-z])")
PUNCT = re.compile(r"[^\w\s]")
# "Headline | Site", "Headline - Site": the page's <title> line, split at its separator.
# (every match begins with a space, "|" or "»": the look-ahead lets the engine pass every
# other position at once, the matches unchanged)
TITLE_SEPARATOR = re.compile(r"(?=[\s|»])(?:\s+[|–—:-]\s+|\s*[|»]\s*)")
# Every TITLE_SEPARATOR match holds a "|" or "»", or a dash or colon between spaces (a cheap
# test first: most lines have none).
_SEPARATOR_GAP = re.compile(r"\s[–—:-]\s")
# On ASCII text DIGIT's and PUNCT's matches are counted from the line's bytes with every other
# byte deleted (one C pass each, no match objects): the bytes each pattern's complement
# matches, read off the patterns themselves.
_NOT_DIGIT = bytes(b for b in range(128) if not DIGIT.match(chr(b)))
_NOT_PUNCT = bytes(b for b in range(128) if not PUNCT.match(chr(b)))
# what URLISH cannot match without: one of these in the line
_URL_MARKS = ("http", "www.", ".com", ".org", "@")
_SENTENCE_MARKS = frozenset(".!?")
_CLOSERS = "\"'”’)"


def _ends_sentence(text: str) -> bool:
    """``SENTENCE_END.search(text)``: a sentence mark, then closing quotes or brackets only, at
    the end (a trailing newline aside, as ``$`` allows), without a scan of the whole line."""
    if text.endswith("\n"):
        return SENTENCE_END.search(text) is not None
    return text.rstrip(_CLOSERS)[-1:] in _SENTENCE_MARKS


# The rule classifier's kinds, one-hot: every Kind but "blank" and the kinds the roles add
# (the order is the weights' feature order, so new kinds go at the end of Kind).
RULE_KINDS = tuple(k for k in get_args(Kind) if k not in ("blank", *ROLE_KINDS))
# each rule kind's one-hot features, made once
_ONE_HOT = {r: [float(r == k) for k in RULE_KINDS] for r in RULE_KINDS}
OWN = (
    "chars",
    "words",
    "ends_sentence",
    "ends_colon",
    "sentences",
    "stop_ratio",
    "title_ratio",
    "all_caps",
    "digit_ratio",
    "punct_ratio",
    "list_mark",
    "separators",
    "menu_ratio",
    "legal",
    "comment",
    "date_like",
    "by_start",
    "urlish",
    "lower_start",
    "short",
    "repeated",
    "question",
    *(f"rule_{k}" for k in RULE_KINDS),
)
CONTEXT = (
    "position",
    "prose_before",
    "prose_after",
    "short_run",
    "window_words",
    "gap_before",
    "gap_after",
    "doc_lines",
    "doc_prose",
    "doc_short",
    "bias",
    "topical",
    "page_title_part",
    "lead_overlap",
    "to_prose",
    "names_prev",
)
NAMES = (
    *OWN,
    *(f"prev_{n}" for n in OWN),
    *(f"next_{n}" for n in OWN),
    *CONTEXT,
)


def _key(text: str) -> str:
    return " ".join(line_words(text))


@lru_cache(maxsize=4096)
def line_words(text: str) -> tuple[str, ...]:
    """``WORD.findall(text.lower())``: a line's words, lower-cased. Read once per line: the
    role features and the furniture checks after them (``kinds``) ask for the same lines."""
    return tuple(WORD.findall(text.lower()))


def own_features(
    text: str,
    rule: str,
    repeated: int,
    lowered: Sequence[str] | None = None,
    words: int | None = None,
) -> list[float]:
    """The features of one line by itself (see ``OWN`` for the order); ``lowered``: its
    ``WORD`` tokens of the lowered text, ``words``: ``len(text.split())``, when the caller has
    them."""
    n = word_count(text) if words is None else words
    low = text.lower()
    if lowered is None:
        lowered = WORD.findall(low)
    # one pass for ALPHA_START and CAPITAL_START: the letter each word starts with
    starts = WORD_LETTER.findall(" " + text)
    alpha = len(starts)
    capitals = sum(map(str.isupper, starts))
    chars = len(text)
    if text.isascii():
        raw = text.encode("ascii")
        digits = len(raw.translate(None, _NOT_DIGIT))
        punct = len(raw.translate(None, _NOT_PUNCT))
    else:
        digits = len(DIGIT.findall(text))
        punct = len(PUNCT.findall(text))
    stop = sum(map(STOP.__contains__, lowered))
    menu = sum(map(MENU.__contains__, lowered))
    out = [
        math.log1p(chars) / 6,
        math.log1p(n) / 4,
        float(_ends_sentence(text)),
        float(text.endswith(":")),
        min(len(INNER_SENTENCE.findall(text)), 4) / 4,
        stop / max(1, len(lowered)),
        capitals / max(1, alpha),
        float(text.isupper() and n <= 8),
        digits / max(1, chars),
        punct / max(1, chars),
        float(bool(LIST_MARK.match(text))),
        min(len(SEPARATOR.findall(text)), 4) / 4,
        menu / max(1, len(lowered)),
        float("©" in text or not LEGAL.isdisjoint(lowered)),
        float(not COMMENT.isdisjoint(lowered)),
        # MONTH needs a digit or "ago" (lower-casing adds and drops no digit)
        float(bool((digits or "ago" in low) and MONTH.search(low))),
        float(low.startswith("by ")),
        float(any(m in text for m in _URL_MARKS) and URLISH.search(text) is not None),
        float(text[:1].islower()),
        float(n <= 3),
        min(repeated - 1, 3) / 3,
        float(text.rstrip().endswith("?")),
    ]
    out += _ONE_HOT[rule] if rule in _ONE_HOT else [float(rule == k) for k in RULE_KINDS]
    return out


def _content(lowered: Sequence[Sequence[str]]) -> list[set[str]]:
    return [{w for w in set(low) - STOP if len(w) > 2} for low in lowered]


def _topical(words: Sequence[set[str]], prose: NDArray[np.float64]) -> NDArray[np.float64]:
    """Share of each line's content words that the page's prose lines (other than the line
    itself) use: a headline's words recur in its article, a menu label's do not."""
    vocab: Counter[str] = Counter()
    for w, p in zip(words, prose, strict=True):
        if p > 0:
            vocab.update(w)
    out = np.zeros(len(words))
    # a prose line's own words count once in vocab: it needs them used twice
    used = vocab.keys()
    reused = {x for x, c in vocab.items() if c > 1}
    for i, w in enumerate(words):
        if w:
            out[i] = len(w & (reused if prose[i] > 0 else used)) / len(w)
    return out


def _lead(
    words: Sequence[set[str]], prose: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """For each line, the share of its content words that the next two prose lines below it
    use (a headline says what its lead says), and how far below the next prose line is."""
    n = len(words)
    overlap = np.zeros(n)
    dist = np.full(n, 1.0)
    below: list[set[str]] = []  # content words of the next two prose lines
    nearest = -1
    for i in range(n - 1, -1, -1):
        if below and words[i]:
            lead = below[0] | below[1] if len(below) > 1 else below[0]
            overlap[i] = len(words[i] & lead) / len(words[i])
        if nearest >= 0:
            dist[i] = min(math.log1p(nearest - i) / 4, 1.0)
        if prose[i] > 0:
            below = [words[i], *below[:1]]
            nearest = i
    return overlap, dist


def _title_parts(texts: Sequence[str], keys: Sequence[str]) -> NDArray[np.float64]:
    """1 for a line (of two words or more) that is a part of another line split at a title
    separator ("Headline | Site" at the top of a page repeats the headline); ``keys``: the
    lines' ``_key``."""
    parts: set[str] = set()
    for t in texts:
        if ("|" in t or "»" in t or _SEPARATOR_GAP.search(t)) and TITLE_SEPARATOR.search(t):
            parts.update(_key(x) for x in TITLE_SEPARATOR.split(t))
    if not parts:
        return np.zeros(len(texts))
    return np.array([float(" " in k and k in parts) for k in keys], dtype=np.float64)


def _prose(text: str, words: int | None = None) -> int:
    """Words of a line that reads as prose (a sentence of some length), else 0 (``words``:
    ``len(text.split())``, when the caller has it)."""
    n = word_count(text) if words is None else words
    return n if n >= 15 and _ends_sentence(text) else 0


def _names_prev(
    texts: Sequence[str], lowered: Sequence[Sequence[str]], sizes: Sequence[int]
) -> NDArray[np.float64]:
    """1 for a line that opens with a capitalised word (not a function word) of the short line
    (two to four words) right above it: "Jane Doe" then "Jane is a freelance writer…" (an
    author's note), "Jane Doe" then "Jane Doe wrote…" (a comment's signature line)."""
    out = np.zeros(len(texts))
    for i in range(1, len(texts)):
        if 2 <= sizes[i - 1] <= 4 and lowered[i] and texts[i][:1].isupper():
            first = lowered[i][0]
            if len(first) > 2 and first not in STOP and first in lowered[i - 1]:
                out[i] = 1.0
    return out


def page_features(
    texts: Sequence[str], rules: Sequence[str], gaps: Sequence[int]
) -> NDArray[np.float64]:
    """One row of ``NAMES`` features per line. ``texts`` are the page's non-blank lines, ``rules``
    their rule-classifier kinds, ``gaps`` the blank lines before each."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    lowered = [line_words(t) for t in texts]
    sizes = [word_count(t) for t in texts]
    keys = [" ".join(w) for w in lowered]
    counts = Counter(keys)
    own = np.array(
        [
            own_features(t, r, counts[k], w, z)
            for t, r, k, w, z in zip(texts, rules, keys, lowered, sizes, strict=True)
        ],
        dtype=np.float64,
    ).reshape(n, len(OWN))
    zero = np.zeros((1, len(OWN)))
    prev = np.vstack([zero, own[:-1]]) if n else own
    nxt = np.vstack([own[1:], zero]) if n else own
    prose = np.array([_prose(t, z) for t, z in zip(texts, sizes, strict=True)], dtype=np.float64)
    total = max(1.0, float(prose.sum()))
    cum = np.cumsum(prose) - prose
    words = np.array(sizes, dtype=np.float64)
    short = (words <= 4).astype(np.float64)
    idx = np.arange(n)
    lo, hi = np.maximum(0, idx - 3), np.minimum(n, idx + 4)
    span = (hi - lo).astype(np.float64)
    short_cum = np.concatenate([[0.0], np.cumsum(short)])
    words_cum = np.concatenate([[0.0], np.cumsum(words)])
    gap = np.array(gaps, dtype=np.float64) > 0
    content = _content(lowered)
    ctx = np.column_stack(
        [
            idx / max(1, n - 1),
            cum / total,
            (total - cum - prose) / total,
            (short_cum[hi] - short_cum[lo]) / span,
            np.log1p((words_cum[hi] - words_cum[lo]) / span) / 4,
            gap.astype(np.float64),
            np.append(gap[1:], False).astype(np.float64),
            np.full(n, math.log1p(n) / 6),
            np.full(n, float((prose > 0).mean())),
            np.full(n, float(short.mean())),
            np.ones(n),
            _topical(content, prose),
            _title_parts(texts, keys),
            *_lead(content, prose),
            _names_prev(texts, lowered, sizes),
        ]
    )
    return np.hstack([own, prev, nxt, ctx])
