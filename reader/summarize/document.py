"""sumy's document model built from a cleaned story, plus the shared language resources.

Headings (and the title) become ``is_heading`` sentences so no summarizer can pick them, and
leftover captions/credits/bullets ("Getty Images", "Read more") are dropped before ranking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reader.text.corrections import editors_note
from reader.text.safe import strip_controls
from reader.text.sentences import SumyTokenizer, word_tokens
from reader.text.stem import stem
from reader.text.story_split import story_sentences

# Words that make a short line a sentence rather than a label or a caption.
_VERBISH = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "rose",
        "fell",
        "rise",
        "falls",
        "rises",
        "grew",
        "grow",
        "cut",
        "cuts",
        "won",
        "lost",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "took",
        "get",
        "gets",
        "got",
        "see",
        "sees",
        "saw",
    ]
)
_CREDIT = re.compile(r"[|•·]|\b(?:getty|reuters|afp|ap photo|images|photo|credit)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_fragment(sentence: str, words: Sequence[str] | None = None) -> bool:
    """A caption, credit, label or bullet stub: very short and verbless, or a piped credit line.

    ``words`` are the sentence's :func:`word_tokens` when the caller has them already.
    """
    if words is None:
        words = word_tokens(sentence)
    if len(words) < 3:
        return True
    if "|" in sentence and not any(w.lower() in _VERBISH for w in words):
        return True
    if len(words) >= 8 or _SENTENCE_END.search(sentence.strip()):
        return False
    lowered = [w.lower() for w in words]
    return not any(w in _VERBISH or w.endswith("ed") for w in lowered) or bool(
        _CREDIT.search(sentence) and len(words) < 6
    )


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's bundled English stop-word list (ships inside the sumy package, not nltk data)."""
    from reader.text.stop_words import sumy_stop_words

    return sumy_stop_words()


def stemmer(word: str) -> str:
    """The stemmer handed to sumy summarizers (a callable, as sumy expects)."""
    return stem(word)


def body_sentences(paragraphs: Sequence[str], headings: Sequence[str] = ()) -> list[list[str]]:
    """Sentences per paragraph, with heading lines and fragments removed (may leave all empty).

    The sentences are the story's one split (:func:`story_sentences`, controls stripped), the
    same the key figures count.
    """
    return [[s for s, _ in para] for para in _body(paragraphs, headings)]


def body_words(
    paragraphs: Sequence[str], headings: Sequence[str] = ()
) -> tuple[list[str], list[list[str]]]:
    """The sentences of :func:`body_sentences` in story order, and each one's
    :func:`word_tokens` (tokenized once: the fragment test and the ranking both read them)."""
    body = [pair for para in _body(paragraphs, headings) for pair in para]
    return [s for s, _ in body], [words for _, words in body]


def _body(paragraphs: Sequence[str], headings: Sequence[str]) -> list[list[tuple[str, list[str]]]]:
    heading_set = {strip_controls(h).strip() for h in headings if h.strip()}
    out: list[list[tuple[str, list[str]]]] = []
    split = story_sentences(paragraphs).by_paragraph
    for raw, sentences in zip(paragraphs, split, strict=True):
        if heading_set and strip_controls(raw).strip() in heading_set:
            continue
        out.append([(s, word_tokens(s)) for s in sentences])
    # (an editor's note, "Correction: An earlier version of this story said ...", is no
    # sentence of the story's telling)
    kept = [
        [pair for pair in para if not is_fragment(*pair) and not editors_note(pair[0])]
        for para in out
    ]
    if not any(kept):  # everything looked like a fragment (e.g. no punctuation): keep it all
        kept = out
    return [p for p in kept if p]


def build_document(
    paragraphs: Sequence[str], headings: Sequence[str] = (), title: str | None = None
) -> Any:
    """sumy ObjectDocumentModel: title and headings as heading sentences, then the body."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = SumyTokenizer()
    parts = []
    head = [
        strip_controls(t).strip()
        for t in ([title] if title else []) + list(headings)
        if t and strip_controls(t).strip()
    ]
    if head:
        parts.append(Paragraph([Sentence(h, tokenizer, is_heading=True) for h in head]))
    for para in body_sentences(paragraphs, headings):
        parts.append(Paragraph([Sentence(s, tokenizer) for s in para]))
    return ObjectDocumentModel(parts)


def document_from_sentences(sentences: Sequence[str], title: str | None = None) -> Any:
    """Document model from text already split one sentence a line (cnndm), same fragment rule."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = SumyTokenizer()
    body = [s.strip() for s in sentences if s.strip()]
    kept = [s for s in body if not is_fragment(s)] or body
    parts = [Paragraph([Sentence(title, tokenizer, is_heading=True)])] if title else []
    parts.extend(Paragraph([Sentence(s, tokenizer)]) for s in kept)
    return ObjectDocumentModel(parts)
