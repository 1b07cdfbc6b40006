"""What a story's record takes from its head block and first paragraphs: its headline
(``headline``; a deck left out before the first story, ``deck_left_out``; a newsletter's
opening words, ``letter_head``), the first line of a kind (``first``: byline, stamp,
standfirst) and its dateline (``take_dateline``). ``assemble.build`` asks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.lines.patterns import article_part, greeting
from reader.story.lines.shape import split_dateline, split_lede_dateline, wire_dateline
from reader.story.lines.words import word_count
from reader.story.paragraph import Paragraph
from reader.story.starts import HEADLINE_WORDS

# A headline's deck (the line under it) is at most this many words (``deck_left_out``).
DECK_WORDS = 40


# the paragraphs a story's dateline is looked for in
_DATELINE_PARAS = 3


def take_dateline(paras: list[str]) -> str | None:
    """The story's dateline, cut from the paragraph it opens (in place): the first
    paragraph's, or a wire's in the next two (a "Key points" list may stand above it)."""
    for at, para in enumerate(paras[:_DATELINE_PARAS]):
        if at and not wire_dateline(para):
            continue  # below the first paragraph only a wire's dateline is one
        dateline, lead = split_lede_dateline(para) if at == 0 else split_dateline(para)
        if dateline is not None:
            paras[at] = lead
            return dateline
    return None


def first(head: Sequence[Line], kind: str) -> str | None:
    for ln in head:
        if ln.kind == kind:
            return ln.text
    return None


# a deck's attribution at its end: "..., food bank says", "..., police said"
_SAYS_TAIL = re.compile(r", (?:[\w'\u2019&.-]+ ){1,5}(?:says|said)\.?$")


def _deck_under(head: Sequence[Line], k: int) -> bool:
    """The title under ``head[k]`` is its deck, the byline or stamp under that: it ends a
    sentence or its attribution ("More than a third of those helped were children, food bank
    says"), which headlines do not."""
    if k + 2 >= len(head) or head[k + 1].kind != "title" or head[k + 2].kind not in _UNDER_HEADLINE:
        return False
    deck = head[k + 1].text.strip()
    return deck.endswith(".") or _SAYS_TAIL.search(deck) is not None


def headline(head: Sequence[Line]) -> str | None:
    """The story's headline: of several title-shaped lines in one head block (a site tagline,
    a section label or a brand, then the headline, then a deck), the first with HEADLINE_WORDS
    words or more that has its byline, stamp or deck right under it; else the first with that
    many words; else the first."""
    titles = [k for k, ln in enumerate(head) if ln.kind == "title"]
    if not titles:
        return None
    long = [k for k in titles if word_count(head[k].text) >= HEADLINE_WORDS]
    for k in long:
        if k + 1 < len(head) and head[k + 1].kind in _UNDER_HEADLINE:
            return head[k].text
        if _deck_under(head, k):
            return head[k].text
    return head[long[0] if long else titles[0]].text


_UNDER_HEADLINE = frozenset({"byline", "timestamp", "reading_time", "standfirst"})
# a label's parts set apart: "Local · Weather", "Hokuriku Herald · 4h", "News | Business"
_LABEL_PARTS = re.compile(r" [·|•] ")


def opening_heading(texts: Sequence[str]) -> int:
    """Which of the headings over a story's first paragraph is its headline: the first with
    HEADLINE_WORDS words or more that is no label of parts ("Local · Weather", "Hokuriku Herald
    · 4h"), else the first ("Open in app" and a section label over "Kanazawa opens 40 cool
    rooms after its hottest July day" give the last)."""
    for k, text in enumerate(texts):
        if word_count(text) >= HEADLINE_WORDS and not _LABEL_PARTS.search(text):
            return k
    return 0


def deck_left_out(p: Paragraph) -> bool:
    """A paragraph left out before the file's first story that is its headline's deck: one
    line right under a title-shaped line, no longer than a deck."""
    return (
        p.first == p.last
        and bool(p.head)
        and p.head[-1].kind == "title"
        and p.head[-1].no == p.first - 1
        and word_count(p.text) <= DECK_WORDS
    )


def letter_head(ln: Line) -> bool:
    """A newsletter's name or greeting above its first item ("The Harbour Brief", "Good
    morning. Three things today."): the file's opening words, left out of the story."""
    return ln.kind == "masthead" or (ln.kind == "promo" and greeting(ln.text))


# the column a page's items stand in, written over the first of them
_COLUMN = re.compile(
    r"^(?:news in brief|briefly|in other news|other news|more news|also in the news|elsewhere|"
    r"top stories|latest news|news round-?up)\s*:?$",
    re.I,
)


def column_label(text: str) -> bool:
    """A heading that labels a column, a summary box or a release's closing part ("IN BRIEF",
    "In other news", "Key points", "About Harbour Holdings"): no story's headline."""
    t = text.strip()
    return article_part(t) or _COLUMN.match(t) is not None
