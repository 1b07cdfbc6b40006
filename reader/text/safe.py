"""Article text is data: strip what could drive a terminal or break a line-oriented output."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab/newline, DEL, C1 controls, and the bidi overrides/isolates that can
# reorder what a reader sees (Trojan Source).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# Whole escape sequences first, so their parameters do not survive as visible junk:
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte escapes.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]"
)


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters, keeping tabs and newlines."""
    if not text:
        return text
    text = _ESCAPE.sub("", text)
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """One safe line: controls removed, newlines and tabs turned into spaces."""
    text = strip_controls(text).replace("\t", " ").replace("\n", " ")
    return text


def is_printable_text(text: str) -> bool:
    """True when no character is a control or format character (tab/newline allowed)."""
    return not any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n" for ch in text)


def stories_count(n: int) -> str:
    """ "1 story", "8 stories", "12,000 stories"."""
    return f"{n:,} {'story' if n == 1 else 'stories'}"
