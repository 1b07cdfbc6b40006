"""Bounded copies of text that can be any length: a title, a figure's sentence, a summary point.

A scraped file can hold one megabyte-long line. Stories keep their paragraphs whole (they are
the text), but every *copy* of a piece of that line (a title shown in every list and index, the
sentence each figure points back to) is cut to a bounded excerpt, so memory, the library file
and the briefing grow with the text once, not once per figure.
"""

from __future__ import annotations

ELLIPSIS = "…"
# A headline longer than this is not a headline; normal ones (< 150 characters) stay whole.
MAX_TITLE_CHARS = 200
# A figure's sentence longer than this is cut to a window around the figure.
MAX_SENTENCE_CHARS = 600
# A summary point longer than this is cut (a real sentence is far shorter; a scraped line of
# figures with no full stop is not).
MAX_SUMMARY_SENTENCE_CHARS = 1000
# Characters kept on each side of the figure in such a window.
SENTENCE_CONTEXT = 240


def clip(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its start cut at a word boundary
    (when there is one in the last quarter) with an ellipsis, ``limit`` characters in all."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def window(text: str, start: int, end: int, context: int = SENTENCE_CONTEXT) -> str:
    """``text`` when it is short, else text[start:end] with up to ``context`` characters on
    each side, cut at word boundaries where possible, an ellipsis marking each cut."""
    if len(text) <= MAX_SENTENCE_CHARS:
        return text
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    piece = text[lo:hi].strip()
    return (ELLIPSIS if lo > 0 else "") + piece + (ELLIPSIS if hi < len(text) else "")
