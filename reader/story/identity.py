"""What makes two pastes one story's text: the text normalised (case, curly quotes,
whitespace) and the stable story id computed over it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

# curly quotes and primes written as ASCII; replaced one by one because str.translate with a
# mapping costs ~0.5 µs a character, a thousand times a scan for a quote that is not there
QUOTES = (
    *(("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u201b", "'"), ("\u2032", "'")),
    *(("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'), ("\u2033", '"')),
    *(("\u00ab", '"'), ("\u00bb", '"')),
)


def normalise(text: str) -> str:
    """Lowercase, ASCII quotes, collapsed whitespace: what the story id is computed over."""
    for curly, plain in QUOTES:
        if curly in text:
            text = text.replace(curly, plain)
    return " ".join(text.lower().split())


def story_id(paragraphs: Sequence[str]) -> str:
    """Stable id: first 16 hex digits of sha1 over the normalised paragraph text."""
    text = normalise("\n\n".join(paragraphs))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
