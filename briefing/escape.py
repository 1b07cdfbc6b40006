"""Markdown escaping for story text.

Story text is data: it must never become a heading, list, link, table, HTML or code in the
briefing. We strip control characters first, collapse whitespace to one line, then backslash-
escape every ASCII punctuation character CommonMark gives meaning to. Escaping all of them
(rather than guessing context) is what makes the output safe wherever the string lands.
"""

from __future__ import annotations

import re

from reader.textsafe import strip_controls

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&\"'=:])")


def escape_md(text: str) -> str:
    """One line of Markdown-inert text (safe in paragraphs, list items and table cells)."""
    flat = " ".join(strip_controls(text).split())
    return _SPECIAL.sub(r"\\\1", flat)
