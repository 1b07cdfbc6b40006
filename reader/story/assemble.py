"""Turn classified lines into stories: paragraphs, then the story records and their metadata.

Body lines become paragraphs (hard-wrapped lines joined). Before each paragraph we score how
strongly the furniture in front of it says "a new story starts here" (a headline block, a
photo caption + credit, a byline or timestamp; see ``reader.story.cues``); section labels count against
a boundary because long articles have them. Where stories start is ``reader.story.starts``'s
business (re-exported here as ``find_story_starts``); ``build`` makes the records: title,
byline, dateline, headings, deduplicated paragraphs.

Whether a line goes on the paragraph before it is ``line_joins``'s; what a story's head block
gives its record (headline, byline, dateline) is ``story_head``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reader.model import Heading, Source, Story
from reader.story.articles import WEB_FURNITURE, article_spans, is_greeting
from reader.story.cues import (
    CONTINUES_CUE,
    DATELINE_CUE,
    continues_story,
    heading_leads,
    photo_leads,
    section_label,
)
from reader.story.cues import (
    cue_score as cue_score,  # re-exported
)
from reader.story.dedupe import normalise, story_id
from reader.story.digest import first_item_deck, is_digest, normal_case, shouted
from reader.story.line_joins import (
    blank_separated,
    headline_over,
    lines_are_paragraphs,
    may_join,
    short_fragment,
    wrapped,
)
from reader.story.lines.email_marks import emailed
from reader.story.lines.line import BODY_KINDS, Line
from reader.story.lines.shape import wire_dateline
from reader.story.paragraph import PAGE_FURNITURE, Paragraph, join_wrapped, was_bullet
from reader.story.paragraph import is_page as is_page  # re-exported
from reader.story.sentence_runs import join_runs, sentence_runs
from reader.story.starts import find_story_starts as find_story_starts  # re-exported
from reader.story.story_head import (
    column_label,
    deck_left_out,
    first,
    headline,
    letter_head,
    opening_heading,
    take_dateline,
)
from reader.story.titles.generate import generate_title
from reader.text.excerpt import MAX_TITLE_CHARS, clip


def paragraphs_of(lines: Sequence[Line]) -> tuple[list[Paragraph], list[Line]]:
    """Body paragraphs in order (each with the furniture before it) and the trailing furniture.
    A file that reads as a newsletter digest once the deck under its first heading is text (a
    one-paragraph first item) has that line made text."""
    deck = first_item_deck(lines)
    if deck is not None:
        kind, deck.kind = deck.kind, "body"
        lifted = _paragraphs(lines)
        if is_digest(lifted[0]):
            return lifted
        deck.kind = kind  # not a digest: the line is what it was read as
    return _paragraphs(lines)


def _paragraphs(lines: Sequence[Line]) -> tuple[list[Paragraph], list[Line]]:
    blank_style = blank_separated(lines)
    # (a sentence's end closes a paragraph where lines are paragraphs: ``lines_are_paragraphs``)
    line_paragraphs = lines_are_paragraphs(lines)
    join_sentences = blank_style and not line_paragraphs
    paras: list[Paragraph] = []
    pending: list[Line] = []
    blank_since = True
    for ln in lines:
        if ln.kind == "blank":
            blank_since = True
            continue
        if ln.kind not in BODY_KINDS:
            if ln.kind == "promo" and paras and not pending:
                paras[-1].trail.append(ln)
            else:
                pending.append(ln)
            continue
        cur = paras[-1] if paras else None
        join = cur is not None and not pending and may_join(cur, ln, lines, join_sentences)
        if join and cur is not None and headline_over(cur, ln, lines):
            # a lone line no wrapping made ("boat licence fees to rise by 6%" over a longer
            # first sentence): the next story's headline, written as text
            paras.pop()
            head_line = lines[cur.first - 1]
            head_line.kind = "heading"
            pending = [*cur.head, head_line]
            join = False
        prev = lines[cur.last - 1].text if cur is not None else ""
        join = join and wrapped(prev, ln.text) and not short_fragment(prev)
        if join and cur is not None:
            cur.text = join_wrapped(cur.text, ln.text)
            cur.last = ln.no
        else:
            paras.append(Paragraph(ln.text, ln.no, ln.no, pending, listed=ln.kind == "bullet"))
            pending = []
        blank_since = False
    del blank_since
    # (not in a file whose blocks are mostly a line each: a block of touching lines there is an
    # article pasted a paragraph a line, not a paragraph written a sentence a line)
    if not blank_style and not line_paragraphs and sentence_runs(paras, lines):
        paras = join_runs(paras, lines)
    set_apart: set[int] = set()
    if not blank_style:
        for p in paras:
            for ln in p.head:
                if (
                    ln.kind == "heading"
                    and ln.no < len(lines)
                    and lines[ln.no].kind == "blank"
                    and not section_label(ln.text)
                ):
                    set_apart.add(ln.no)
    frozen = frozenset(set_apart)
    for k, p in enumerate(paras):
        p.cue = cue_score(
            p.head,
            frozen,
            photo_leads=photo_leads(paras, k),
            heading_leads=heading_leads(paras, k),
        )
        if k > 0 and wire_dateline(p.text):
            # "SEOUL, Nov 3 (Reuters) -": only a story's first paragraph carries a dateline
            p.cue = 1.0 - (1.0 - max(p.cue, 0.0)) * (1.0 - DATELINE_CUE)
        elif k > 0 and p.cue <= 0 and continues_story(p.text):
            # nothing on the page says "new story" and the words point back: weakly against
            p.cue = min(p.cue, CONTINUES_CUE)
    return paras, pending


def _dedupe_paragraphs(texts: list[str]) -> list[int]:
    """Indices to keep: a paragraph repeated inside one story (a pull quote) appears once."""
    seen: set[str] = set()
    keep = []
    for i, t in enumerate(texts):
        key = normalise(t)
        if key in seen:
            continue
        seen.add(key)
        keep.append(i)
    return keep


def story_spans(
    paras: Sequence[Paragraph], starts: Sequence[int], lines: Sequence[Line]
) -> list[tuple[int, int]]:
    """The ``(first, end)`` paragraph spans that become stories, from the cuts at ``starts``
    (``reader.story.articles``: groups that are no article join a neighbour or are left out;
    ``lines``, the document's, say which paragraphs are list items)."""
    items = {k for k, p in enumerate(paras) if was_bullet(p, lines)}
    # a list goes on: no story starts at a list item right under another, nothing between
    starts = [i for i in starts if not (i in items and i - 1 in items and not paras[i].head)]
    if is_digest(paras):  # every item under its heading is a story, one-liners too; a
        spans = list(pairwise([0, *starts, len(paras)]))  # greeting before the first is none
        greeting = not paras[0].head or is_greeting(paras[0].text)  # (under its masthead)
        return spans[1:] if starts and spans[0][1] == 1 and greeting else spans
    # (an email newsletter's header and footer make no web page of it: ``email_marks``)
    web = sum(ln.kind in PAGE_FURNITURE for ln in lines) >= WEB_FURNITURE and not emailed(
        [ln.text for ln in lines]
    )
    return article_spans(paras, starts, page=is_page(paras), items=items, web=web)


def build(
    path: str,
    lines: Sequence[Line],
    paras: Sequence[Paragraph],
    tail: Sequence[Line],
    starts: Sequence[int],
) -> list[Story]:
    """Story records for the paragraph groups beginning at 0 and at each of ``starts`` that are
    articles (``reader.story.articles``)."""
    if not paras:
        return []
    spans = story_spans(paras, starts, lines)
    last_content = max((ln.no for ln in lines if ln.kind != "blank"), default=1)
    stories: list[Story] = []
    for k, (a, b) in enumerate(spans):
        group = paras[a:b]
        head = group[0].head
        first_line = min([group[0].first, *(ln.no for ln in head)])
        if k == 0:
            first_line = min([first_line, *(ln.no for ln in lines if ln.kind != "blank")])
        if k + 1 < len(spans):
            nxt = paras[spans[k + 1][0]]
            stop = min([nxt.first, *(ln.no for ln in nxt.head)]) - 1
            last_line = max(
                [
                    group[-1].last,
                    # lines[i] is line i + 1: the furniture between this story and the next
                    *(ln.no for ln in lines[group[-1].last : stop] if ln.kind != "blank"),
                ]
            )
        else:
            last_line = max(group[-1].last, last_content)
        texts = [p.text for p in group]
        keep = _dedupe_paragraphs(texts)
        headings: list[Heading] = []
        kept_paras: list[str] = []
        # a heading above the headline labels the column or section the story stands in
        # ("IN BRIEF", "Business"): no heading of its text
        above = max((ln.no for ln in head if ln.kind == "title"), default=0)
        for j, p in enumerate(group):
            for ln in p.head if j > 0 else head:
                # (a headline inside a story heads a section: "The vessel has room for 40
                # cars" after a photo, under one article's head block, starts.find_story_starts)
                section = ln.kind == "heading" or (j > 0 and ln.kind == "title")
                if section and j in keep and (j > 0 or ln.no > above):
                    headings.append(Heading(ln.text, len(kept_paras)))
            if j in keep:
                kept_paras.append(p.text)
        # "Beijing — The ministry said …": the place is metadata, the paragraph starts after it
        dateline = take_dateline(kept_paras)
        title = headline(head)
        if title is None and k == 0 and a > 0 and deck_left_out(paras[a - 1]):
            # "Rheinhafen Vials opens ..." over its deck ("Investment of CHF 86 million
            # doubles capacity ...") and "News provided by ...": the deck was left out, its
            # headline is the story's
            title = headline(paras[a - 1].head)
        opened = k > 0 or a > 0 or any(letter_head(ln) for ln in head)
        # (a column's label, "IN BRIEF", is no story's headline)
        over = [i for i, h in enumerate(headings) if h.paragraph == 0 and not column_label(h.text)]
        if title is None and opened and over:
            # the boundary finder agreed a new story starts here (or the file's opening words,
            # a newsletter's name and greeting, were left out before it): its heading is its
            # headline (of several over its first paragraph, the one that reads as one:
            # ``opening_heading``)
            opening = [headings[i].text for i in over]
            title = headings.pop(over[opening_heading(opening)]).text
        if title is None and len(group) > 1 and (second := headline(group[1].head)) is not None:
            # a newsletter's opening line ("Good morning. Here is ...") above the article's
            # headline: that headline is the story's, not a section's
            title = second
            headings = [h for h in headings if not (h.text == second and h.paragraph <= 1)]
            head = [*head, *group[1].head]
        if title is not None and shouted(title) and is_digest(paras):
            title = normal_case(title, kept_paras)  # a digest item's heading in capitals
        byline = first(head, "byline")
        if byline and byline.lower().startswith("by "):
            byline = byline[3:].strip()
        stories.append(
            Story(
                id=story_id(kept_paras),
                title=clip(title or generate_title(kept_paras[0]), MAX_TITLE_CHARS),
                title_generated=title is None,
                sources=[Source(path, first_line, last_line)],
                paragraphs=kept_paras,
                headings=headings,
                byline=byline,
                published=first(head, "timestamp"),
                standfirst=first(head, "standfirst"),
                dateline=dateline,
                tags=[ln.text for ln in head if ln.kind == "tag"],
            )
        )
    return stories
