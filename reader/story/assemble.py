"""Turn classified lines into stories: paragraphs, cue scores, boundaries, metadata.

Body lines become paragraphs (hard-wrapped lines joined). Before each paragraph we score how
strongly the furniture in front of it says "a new story starts here" (a headline block, a
photo caption + credit, a byline or timestamp; see ``reader.story.cues``); section labels count against
a boundary because long articles have them. The boundary finder weighs those cues against lexical
cohesion, so even a story that starts with no cue at all can be separated; a headline or a wire
dateline starts a story whatever the words say.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from reader.model import Heading, Source, Story
from reader.story.articles import article_spans
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
from reader.story.digest import digest_starts, first_item_deck, is_digest, normal_case, shouted
from reader.story.lines.line import BLOCK_META, BODY_KINDS, Line
from reader.story.lines.shape import ends_sentence, split_dateline, wire_dateline
from reader.story.lines.words import word_count
from reader.story.paragraph import Paragraph, join_wrapped
from reader.story.paragraph import is_page as is_page  # re-exported
from reader.story.titles.generate import generate_title
from reader.text.excerpt import MAX_TITLE_CHARS, clip

# Headlines say who did what: a title line shorter than this is a label or a brand.
HEADLINE_WORDS = 4
# A story that starts without any cue must have at least this many paragraphs ...
MIN_UNCUED_PARAGRAPHS = 3
# ... or this many in a file where no story start is marked at all (body paragraphs only, so
# every story is uncued and short ones are real). News eval --bare Pk (seed 13 / 7), with the
# continuation cue (reader.story.cues.CONTINUES_CUE): 3 0.0502 / 0.0598 → 2 0.0402 / 0.0488.
MIN_UNCUED_BARE = 2
# A paragraph cue this strong (a photo, headline, byline, dateline) marks the file as one that
# marks its story starts.
MARKED_CUE = 0.5
# A line shorter than this that ends no sentence is not hard-wrapped text (see _short_fragment).
WRAP_MIN_CHARS = 30


def _blank_separated(lines: Sequence[Line]) -> bool:
    """True when the file separates paragraphs with blank lines (so adjacent lines are one)."""
    gaps = adjacent = 0
    prev: Line | None = None
    blank_between = False
    for ln in lines:
        if ln.kind == "blank":
            blank_between = True
            continue
        if prev is not None and prev.kind == "body" and ln.kind == "body":
            if blank_between:
                gaps += 1
            else:
                adjacent += 1
        prev = ln
        blank_between = False
    return gaps >= 2 and gaps > adjacent


def paragraphs_of(lines: Sequence[Line]) -> tuple[list[Paragraph], list[Line]]:
    """Body paragraphs in order (each with the furniture before it) and the trailing furniture.
    A file that reads as a newsletter digest once the deck under its first heading is text (a
    one-paragraph first item) has that line made text."""
    deck = first_item_deck(lines)
    if deck is not None:
        deck.kind = "body"
        lifted = _paragraphs(lines)
        if is_digest(lifted[0]):
            return lifted
        deck.kind = "standfirst"
    return _paragraphs(lines)


def _paragraphs(lines: Sequence[Line]) -> tuple[list[Paragraph], list[Line]]:
    blank_style = _blank_separated(lines)
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
        join = (
            cur is not None
            and not pending
            and ln.kind == "body"
            and cur.last == ln.no - 1
            and not cur.text.endswith(":")
            and (not ends_sentence(cur.text) or blank_style)
            and not _was_bullet(cur, lines)
            and not _short_fragment(lines[cur.last - 1].text)
        )
        if join and cur is not None:
            cur.text = join_wrapped(cur.text, ln.text)
            cur.last = ln.no
        else:
            paras.append(Paragraph(ln.text, ln.no, ln.no, pending))
            pending = []
        blank_since = False
    del blank_since
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


def _short_fragment(text: str) -> bool:
    """A short line that ends no sentence ("Ana Ruiz" in a list of names): a hard-wrapped line
    fills most of the width, so a line this short is an item of its own."""
    return len(text) < WRAP_MIN_CHARS and not ends_sentence(text)


# the paragraphs a story's dateline is looked for in
_DATELINE_PARAS = 3


def _take_dateline(paras: list[str]) -> str | None:
    """The story's dateline, cut from the paragraph it opens (in place): the first
    paragraph's, or a wire's in the next two (a "Key points" list may stand above it)."""
    for at, para in enumerate(paras[:_DATELINE_PARAS]):
        if at and not wire_dateline(para):
            continue  # below the first paragraph only a wire's dateline is one
        dateline, lead = split_dateline(para)
        if dateline is not None:
            paras[at] = lead
            return dateline
    return None


def _was_bullet(p: Paragraph, lines: Sequence[Line]) -> bool:
    return lines[p.last - 1].kind == "bullet"


# Kinds only the learned line roles give (reader.story.lines.roles): page furniture around an article.


def _page_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """On a web page (the role model found menus, link lists, comments or a footer between
    its paragraphs) the kept text is one article: a new story starts only at a full headline
    block (a headline with its byline or stamp). None when the file is not such a page."""
    if not is_page(paras):
        return None
    return [
        i
        for i, p in enumerate(paras)
        if i > 0
        and any(ln.kind == "title" for ln in p.head)
        and any(ln.kind in BLOCK_META for ln in p.head)
    ]


def find_story_starts(paras: Sequence[Paragraph]) -> list[int]:
    """Indices of paragraphs that begin a new story (0 is implicit and not listed)."""
    from reader.story.boundary.decode import cut_by_odds, marked_starts
    from reader.story.boundary.scorer import scores_and_shortest
    from reader.story.segment import find_boundaries

    page = _page_starts(paras)
    if page is not None:
        return page
    if (digest := digest_starts(paras)) is not None:
        return digest  # a newsletter digest's items, each under its heading

    # A real headline block is a new story whatever the words say (a repeated article has
    # identical vocabulary, which cohesion alone would keep together). Cutting there first
    # also keeps each boundary search small: cost grows faster than linearly with length.
    # So is a wire dateline ("SEOUL, Nov 3 (Reuters) -"): it opens only a story's first paragraph.
    forced = [
        i
        for i, p in enumerate(paras)
        if i > 0 and (any(ln.kind == "title" for ln in p.head) or wire_dateline(p.text))
    ]
    # the learned boundary scorer's cue at each paragraph (reader.story.boundary.scorer)
    scores, shortest_short = scores_and_shortest(paras)
    cues = [s.cue for s in scores]
    # a file judged to hold several articles: a paragraph the page marks (a heading, a stamp, a
    # byline over it) where the odds say a story starts opens one however short the story
    # before it (a brief of one or two paragraphs under its own heading); the runs beside it
    # are decoded by the odds too
    marked_cuts = (
        marked_starts([p.cue for p in paras], [s.log_odds for s in scores], MARKED_CUE)
        if shortest_short
        else set()
    )
    forced = sorted({*forced, *marked_cuts})
    found: set[int] = set(forced)
    edges = [0, *forced, len(paras)]
    for a, b in pairwise(edges):
        if b - a < 2:
            continue
        if shortest_short and (b - a >= 2 * shortest_short or {a, b} & marked_cuts):
            # a file of short paragraphs judged to hold several articles: the scorer's log-odds
            # alone (boundary.decode); a run too short for two such stories (a newsletter's
            # item of two paragraphs between headings) is left to the lexical search
            cuts = cut_by_odds([s.log_odds for s in scores[a:b]], shortest_short)
        else:
            cuts = find_boundaries([p.text for p in paras[a:b]], cues[a:b])
        found.update(a + c for c in cuts)
    starts = sorted(i for i in found if 0 < i < len(paras))
    # A boundary nothing on the page supports must open a story of some length: a two-paragraph
    # "story" with no headline, caption or byline, in a file whose other stories have them, is
    # far likelier an article's closing aside. In a file with no marks at all only a
    # one-paragraph "story" is dropped (a paragraph that points back already weighs against).
    marked = any(p.cue >= MARKED_CUE for p in paras) or any(p.head for p in paras[:1])
    shortest = MIN_UNCUED_PARAGRAPHS if marked else MIN_UNCUED_BARE
    kept: list[int] = []
    must = set(forced)
    k = 0
    while k < len(starts):
        i = starts[k]
        nxt = _past_weaker_cuts(starts, k, paras, cues, must, shortest)
        end = starts[nxt] if nxt < len(starts) else len(paras)
        if paras[i].cue <= 0 and end - i < shortest:
            k += 1  # too short even so: no story here (the cuts after it are weighed anew)
            continue
        if i not in must and paras[i].cue <= 0 and _lone_lede(i, kept, paras, marked):
            k += 1  # a headline's story is more than its first paragraph (``_lone_lede``)
            continue
        if i not in must and paras[i].cue <= 0 and wire_dateline(paras[i - 1].text):
            # a wire dateline opens a story's first paragraph, and a story is more than that
            # paragraph alone: an unmarked cut right after it goes on the same story
            k += 1
            continue
        k = nxt
        if i not in must and paras[i].cue <= 0 and _cued_next(i, end, paras):
            i += 1  # the words changed a paragraph early: the caption or credit marks the start
        if i not in forced and word_count(paras[i].text) < HEADLINE_WORDS:
            # a lede says who did what: a one-word line ("SUBMIT", "###") opens no story; the
            # story starts at the next paragraph if the scorer says one starts there
            i += 1
            if i >= end or cues[i] <= 0:
                continue
        kept.append(i)
    return kept


def _lone_lede(i: int, kept: Sequence[int], paras: Sequence[Paragraph], marked: bool) -> bool:
    """Whether an unmarked cut at ``i`` would leave the story before it, which a headline (or
    another page mark) opens, with its first paragraph alone: in a file that marks its stories, the words
    changing after a headed story's lede ("Solar farm plan approved" / the vote / "The £41m
    scheme, backed by …") are the story going on, not a new one starting unmarked."""
    prev = kept[-1] if kept else 0
    return marked and i - prev == 1 and paras[prev].cue >= MARKED_CUE


def _cued_next(i: int, end: int, paras: Sequence[Paragraph]) -> bool:
    """Whether the paragraph after an unmarked cut at ``i`` (inside its story, which ends at
    ``end``) has furniture before it that says a story starts there (a photo caption and credit,
    a byline): a lexical cut is sure of the topic change only to within a paragraph, the page's
    marks say exactly where."""
    return i + 1 < end - 1 and paras[i + 1].cue >= MARKED_CUE


def _past_weaker_cuts(
    starts: Sequence[int],
    k: int,
    paras: Sequence[Paragraph],
    cues: Sequence[float],
    forced: Collection[int],
    shortest: int,
) -> int:
    """The index in ``starts`` of the story after the one at ``starts[k]``. When that story
    would be too short to stand uncued and so would the next ("Scientists at …" cut again at
    its second paragraph), both would go and the boundary with them: instead the cuts right
    after it that are as short, unmarked (no headline, dateline or page cue) and less sure
    (the boundary scorer's cue) than its own start are passed over, and the likelier cut
    stands. At most ``shortest`` cuts are passed over: linear."""
    i, j = starts[k], k + 1
    if paras[i].cue > 0:
        return j
    while (
        j < len(starts)
        and starts[j] - i < shortest
        and starts[j] not in forced
        and paras[starts[j]].cue <= 0
        and _next_start(starts, j, len(paras)) - starts[j] < shortest
        and cues[starts[j]] < cues[i]
    ):
        j += 1
    return j


def _next_start(starts: Sequence[int], j: int, end: int) -> int:
    return starts[j + 1] if j + 1 < len(starts) else end


def _first(head: Sequence[Line], kind: str) -> str | None:
    for ln in head:
        if ln.kind == kind:
            return ln.text
    return None


def _headline(head: Sequence[Line]) -> str | None:
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
    return head[long[0] if long else titles[0]].text


_UNDER_HEADLINE = frozenset({"byline", "timestamp", "reading_time", "standfirst"})


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
    items = {k for k, p in enumerate(paras) if _was_bullet(p, lines)}
    return article_spans(paras, starts, page=is_page(paras), items=items)


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
        for j, p in enumerate(group):
            for ln in p.head if j > 0 else head:
                if ln.kind == "heading" and j in keep:
                    headings.append(Heading(ln.text, len(kept_paras)))
            if j in keep:
                kept_paras.append(p.text)
        # "Beijing — The ministry said …": the place is metadata, the paragraph starts after it
        dateline = _take_dateline(kept_paras)
        title = _headline(head)
        if title is None and (k > 0 or a > 0) and headings and headings[0].paragraph == 0:
            # the boundary finder agreed a new story starts here (or the file's opening words
            # were left out before it): its heading is its headline
            title = headings.pop(0).text
        if title is not None and shouted(title) and is_digest(paras):
            title = normal_case(title, kept_paras)  # a digest item's heading in capitals
        byline = _first(head, "byline")
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
                published=_first(head, "timestamp"),
                standfirst=_first(head, "standfirst"),
                dateline=dateline,
                tags=[ln.text for ln in head if ln.kind == "tag"],
            )
        )
    return stories
