"""Markdown escaping for story text.

Story text is data: it must never become a heading, list, link, table, HTML or code in the
briefing. Control characters are stripped and whitespace collapsed to one line; then every
character that can start inline Markdown anywhere is backslash-escaped (backslash, backtick,
``*``, brackets, ``<``/``>``, ``|``, ``~``, an ``&`` that would start an entity, an ``_`` that
is not inside a word), and the few that matter only at the start of a line (``#``, ``-``,
``+``, ``=``, "1." / "1)", each only where it would open a block) are escaped there. Bare links
are broken up so no autolinker (GFM, linkify) makes them live: the colon of "https://", the dots
of a domain, the "@" of an address. Escaping nothing else keeps the Markdown readable as plain
text ("China's", "e-commerce", "$34.81B" stay as they are).
"""

from __future__ import annotations

import re

from reader.text.safe import strip_controls

_ALWAYS = re.compile(r"[\\`*\[\]<>|~]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")
# Only what would really start a block: "# " headings, "- "/"+ " bullets, "1. "/"1) " lists,
# a line of "=" or "-" (setext underline, thematic break).
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|[=-]+\s*$)")


# Bare links: GFM renderers (and markdown-it's linkify) turn "https://…", "www.…", "a.com" and
# "bob@a.com" into live links. A backslash before the colon of "://" or "mailto:", before a dot
# that starts a domain label (a letter, then at least one more character, as in "com" or
# "xn--p1ai"), after "www" and before an "@" leaves the text as written but splits it into
# pieces no autolinker joins again. "$34.81B", "e.g." and "U.S." stay as they are.
_LINK_SHAPE = re.compile(
    r":(?=//)|(?i:(?<=mailto)|(?<=xmpp)):|@(?=\w)"
    r"|\.(?=[^\W\d_][\w-]*[^\W_](?![\w-]))|(?i:(?<=www))\."
)


def _line_start(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return f"{m.group(1)}\\{m.group(2)}"
    return "\\" + m.group(0)


def escape_md(text: str) -> str:
    """One line of Markdown-inert text (safe in paragraphs, list items and table cells)."""
    flat = " ".join(strip_controls(text).split())
    flat = _ALWAYS.sub(lambda m: "\\" + m.group(0), flat)
    flat = _LINK_SHAPE.sub(lambda m: "\\" + m.group(0), flat)
    return _LINE_START.sub(_line_start, flat, count=1)
