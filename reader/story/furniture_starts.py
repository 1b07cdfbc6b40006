"""Starts a file's kind or its furniture settles: a newsletter digest's items, a live page's
entries, a transcript's turns and a web page's later headline blocks (``file_kind_starts``);
the furniture that heads the first item heading a later one again (``furniture_again``); an
item's body under its standfirst (``after_standfirst``); an article's own photos and the
places its datelines move to, under its one head block (``own_photos``, ``moved_places``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from reader.story.cues import PHOTO_KINDS
from reader.story.digest import digest_items
from reader.story.lines.line import BLOCK_META
from reader.story.lines.shape import later_wire_items
from reader.story.lines.words import word_count
from reader.story.live import live_page, live_starts
from reader.story.paragraph import Paragraph, is_page
from reader.story.start_evidence import briefs_column
from reader.story.transcript import interview, transcript

# what may stand between a headline and its byline or stamp in one headline block
_IN_BLOCK = frozenset(
    {"title", "standfirst", "caption", "credit", "promo", "tag", "reading_time", "masthead"}
)


def headline_block(p: Paragraph) -> bool:
    """A headline with its byline or stamp over ``p``, at most one line between them that is
    not the block's own (a standfirst read as a menu's line; the block's own: a standfirst, a
    photo, a share line): not a list's entry read as a headline with a live page's stamp past
    more of its entries ("Key events", "Channel to reopen at 15:30", two more entries, "12m
    ago")."""
    seen: set[str] = set()  # headline and stamp or byline, since the last break
    foreign = 0  # lines not the block's own since the last headline, stamp or byline
    for ln in p.head:
        if ln.kind == "title" or ln.kind in BLOCK_META:
            seen.add("title" if ln.kind == "title" else "meta")
            foreign = 0
            if len(seen) == 2:
                return True
        elif ln.kind not in _IN_BLOCK:
            foreign += 1
            if foreign > 1:
                seen.clear()
    return False


def page_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """On a web page (the role model found menus, link lists, comments or a footer between
    its paragraphs) the kept text is one article: a new story starts only at a full headline
    block (a headline with its byline or stamp). None when the file is not such a page."""
    if not is_page(paras):
        return None
    # (or a byline and a stamp again, where both head the file's first paragraph: a paste of
    # headless items each under its byline and date, with a page's tags between them)
    both = {ln.kind for ln in paras[0].head} >= BLOCK_META
    # a wire's items one after another, each opening on its agency's dateline ("Bandung
    # (ANTARA) -"): the second and later such openings start stories
    wired = later_wire_items([p.text for p in paras])
    return [
        i
        for i, p in enumerate(paras)
        if i > 0
        and (headline_block(p) or (both and {ln.kind for ln in p.head} >= BLOCK_META) or i in wired)
    ]


def file_kind_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """The starts a file's kind settles on its own, else None: a newsletter digest's items, each
    under its heading (a masthead above it or a sign-off below it make no web page of it); one
    event's live page, whose time-stamped entries are one story (``reader.story.live``); a
    transcript, whose speakers' turns are one story (``reader.story.transcript``); a column of
    one-paragraph briefs with nothing over them, each a story (``start_evidence.briefs_column``);
    a web page, one article but where a full headline block stands (``page_starts``)."""
    if (digest := digest_items(paras)) is not None:
        return digest
    if live_page(paras):
        return live_starts(paras)
    if transcript(paras) or interview(paras):
        return []  # a transcript's turns, an interview's answers: one story (``transcript``)
    if not any(p.head for p in paras) and briefs_column(paras):
        return list(range(1, len(paras)))  # one-paragraph briefs, nothing over them: each one
    return page_starts(paras)


def own_photos(paras: Sequence[Paragraph]) -> list[Paragraph]:
    """Under one article's head block a photo over a paragraph is the article's own: it marks
    no start (a paste's item under it carries a headline, a byline or a stamp)."""
    return [
        replace(p, cue=0.0) if p.head and all(ln.kind in PHOTO_KINDS for ln in p.head) else p
        for p in paras
    ]


def moved_places(paras: Sequence[Paragraph], titled: Collection[int]) -> set[int]:
    """Under one article's head block a bare place's dateline moves the story to another
    place: no lede after page junk nor a paste item's mark ("Read more: …" / "WARSAW — …")."""
    from reader.story.boundary.head_block import bare_place

    return {i for i, p in enumerate(paras) if i not in titled and bare_place(p.text)}


def furniture_again(paras: Sequence[Paragraph]) -> list[int]:
    """Paragraphs headed again by the furniture that heads the file's first one: a byline or
    a time stamp over the first story ("Posted 08:30") and over a later paragraph ("Posted
    11:05") opens a new item there, headline or not."""
    first = {ln.kind for ln in paras[0].head if ln.kind in BLOCK_META} if paras else set()
    if not first:
        return []
    return [i for i, p in enumerate(paras) if i > 0 and any(ln.kind in first for ln in p.head)]


def after_standfirst(paras: Sequence[Paragraph]) -> set[int]:
    """Paragraphs under a byline or stamp with no headline of their own, right after an item's
    standfirst (``_standfirst``): the item's body, under its headline already."""
    return {
        i
        for i in range(1, len(paras))
        if _standfirst(paras[i - 1])
        and any(ln.kind in BLOCK_META for ln in paras[i].head)
        and not any(ln.kind in ("title", "heading") for ln in paras[i].head)
    }


# a standfirst is a sentence or two
_STANDFIRST_WORDS = 45


def _standfirst(p: Paragraph) -> bool:
    """A short paragraph right under a headline or heading with no byline or stamp of its own:
    an item's standfirst ("What you need to know:" and its line) when the byline and stamp
    follow it, as a Kampala daily sets them; the item starts at its headline, not under it."""
    return (
        any(ln.kind in ("title", "heading") for ln in p.head)
        and not any(ln.kind in BLOCK_META for ln in p.head)
        and word_count(p.text) <= _STANDFIRST_WORDS
    )
