"""A live page: one event's coverage, its entries each under a time and a heading ("17:20",
"Talks to resume on Monday"), newest first, with a "Key events" list over them. Its entries
are one story; a story starts inside it only where a headline stands with a byline or a dated
stamp (an article pasted after the live page: "Water rationing to continue ...", "Published 22
March 2037 · 18:10", "By Mariana Cardozo Vaca").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph

# the page says it is live: "LIVE", "LIVE · Cycling", "Live updates", "Beira dock strike: live
# updates", "Live: flood warnings ...", "... as it happened", "Key events"
_LIVE_MARK = re.compile(
    r"^(?:LIVE|Live)(?:\s*[\u00b7|\u2022:\u2013\u2014-].*)?$"
    r"|\blive (?:updates|blog|coverage|reporting)\b|^live\s*:|\bas it happened\b"
    r"|^key (?:events|moments|updates)\s*:?$",
    re.I,
)
# a stamp that names a day: a month, a weekday or a year ("Published 22 March 2037 · 18:10"),
# not a time alone ("17:20", "14:40 · Updated 15:12", "12m ago")
_DATED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    re.I,
)


def live_page(paras: Sequence[Paragraph]) -> bool:
    """The file opens as one event's live page: a headline over its first paragraph (a feed of
    the day's news, "Live feed · Tuesday 17 March 2037" over its items, has none) and a live
    mark or a "Key events" list in the first three paragraphs' heads."""
    if not paras or not any(ln.kind == "title" for ln in paras[0].head):
        return False
    return any(_LIVE_MARK.search(ln.text.strip()) for p in paras[:3] for ln in p.head)


def _dated_head(head: Sequence[Line]) -> bool:
    """A headline with a byline, or with a stamp that names a day, over a paragraph."""
    titled = any(ln.kind == "title" for ln in head)
    return titled and any(
        ln.kind == "byline" or (ln.kind == "timestamp" and _DATED.search(ln.text) is not None)
        for ln in head
    )


def live_starts(paras: Sequence[Paragraph]) -> list[int]:
    """On a live page (``live_page``), where a story starts: at a headline with a byline or a
    dated stamp after the first paragraph (module doc); an entry under a time alone goes on."""
    return [i for i, p in enumerate(paras) if i > 0 and _dated_head(p.head)]
