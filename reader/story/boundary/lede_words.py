"""How much a paragraph's own wording reads as an article's first paragraph (a lede).

A lede introduces: "Shares in Harrowgate Homes fell by almost a fifth yesterday after ...",
"A man who broke into 29 vans has been jailed ...", "Council tax in Fife will rise ...". A
paragraph further in refers back or goes on: "He said ...", "The company, which ...",
"But analysts ...", a quotation. The boundary scorer's hand-made lede cues (``lede.py``) test a
few such shapes; this model reads the first sentence's words, their positions and shapes
(lower-cased words, the first three tokens, word pairs of the opening, capitalisation, length)
with weights learned from hand-written articles in many styles (``python -m
reader.eval.train_lede``: each article's first body paragraph against its others), so that a
lede in a style no rule names still scores as one. Its log-odds is one boundary feature
(``lede_words``); the boundary weights are fitted on BBC articles, which the lede model never
saw, so the scorer learns how far to trust it on unseen text.

The weights ship in ``lede_words.json`` beside this module (feature -> weight); nothing is
downloaded. Scoring is a regular-expression pass over the first sentence and dictionary
lookups, linear in the paragraph's length.
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import pairwise, repeat
from pathlib import Path

WEIGHTS = Path(__file__).with_name("lede_words.json")

# tokens: words (inner apostrophes, dots and hyphens kept: "U.S.", "Coca-Cola"), numbers, and
# the opening punctuation that marks a quotation or an aside
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.:]*|[\"“”‘'—–(:]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z])")
# words of the first sentence read; word pairs from its opening
FIRST_WORDS = 30
OPENING = 12
# the score is clipped: one paragraph's wording is a cue, never proof
CLIP = 8.0


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _shape(token: str) -> str:
    if token[0].isdigit():
        return "<d>"
    if token[0] in "\"“”‘'":
        return "<q>"
    return "<C>" if token[0].isupper() else "<x>"


def features(text: str) -> list[str]:
    """The named features of a paragraph's text (each counted once by the model)."""
    sentence = first_sentence(text)
    tokens = _TOKEN.findall(sentence)
    low = [t.lower() for t in tokens]
    out = ["bias", *(f"u:{t}" for t in low[:FIRST_WORDS])]
    for i in range(min(3, len(low))):
        out += [f"p{i}:{low[i]}", f"s{i}:{_shape(tokens[i])}"]
    out += [f"b:{a}_{b}" for a, b in pairwise(low[:OPENING])]
    shapes = [_shape(t) for t in tokens[:OPENING]]
    out += [f"sb:{a}{b}" for a, b in pairwise(shapes)]
    capitals = sum(1 for t in tokens[1:] if t[0].isupper())
    out += [
        f"len:{min(len(sentence.split()) // 6, 8)}",
        f"caps:{min(capitals, 8)}",
        f"nsent:{len(_SENTENCE_END.split(text, maxsplit=4))}",  # (1 to 5: 5 is "5 or more")
    ]
    return out


@cache
def _weights() -> dict[str, float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


def lede_words(text: str) -> float:
    """The model's log-odds that ``text`` is an article's first paragraph, clipped."""
    # (the weights looked up by a C-level map over the feature set, in its order: the same
    # float sum as a loop over it)
    score = sum(map(_weights().get, set(features(text)), repeat(0.0)))
    return max(-CLIP, min(CLIP, score))
