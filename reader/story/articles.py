"""A story must be an article: which paragraph groups the boundary finder gave stand as stories.

A group with no prose at all (a menu the line roles left as text, a list of teaser headlines, a
row of share buttons) is no article (off a web page: no sentences of PROSE_WORDS words between
them); nor, on a web page (the line roles found menus, link lists,
comments or a footer on it), is a group with less prose than a short article (a teaser under
its headline, a "related" box, a sign-up pitch). Such a group joins the story it runs on from
when nothing the page drops stands between them (an article split at a subheading or a photo);
otherwise it is page furniture and dropped. The group with the most prose always stands: a page
gives one story unless a second block has an article's worth of prose of its own, or is a news
brief: under its own full headline block (a headline with its byline or date) two prose
paragraphs or more of a shorter article's length (a teaser under a dated headline is one).
On a web page a second block with an article's worth of prose but no header of its own (no
headline over it, nor a heading with a byline or date under it) is the article going on past a
change of topic, a sub-heading or an advert: it joins the story right before it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from reader.story.cues import article_note
from reader.story.lines.line import BLOCK_META
from reader.story.lines.patterns import TAGLINE
from reader.story.lines.shape import ends_sentence, later_wire_items
from reader.story.paragraph import Paragraph, gap_lines

# A paragraph this long that ends a sentence is prose.
PROSE_WORDS = 15
# On a web page, a second story needs this many words of prose.
ARTICLE_WORDS = 120
# ... or, under its own headline and byline or date, this many in two paragraphs or more (60
# until session 48, when a page's update of 55 words under its headline and "5 November 2037 ·
# Market" (blind paste87) was joined to the story above; at 40 no development file, page or
# held-out page changed)
BRIEF_WORDS = 40
BRIEF_PARAGRAPHS = 2
# A file with this many lines read as menus, link lists, comments or footer is a web page.
WEB_FURNITURE = 5
# Kinds of dropped lines that set two groups apart (furniture between them, not one article).
SEPARATING = frozenset({"nav", "linklist", "comment", "footer", "promo", "masthead"})


def _prose(p: Paragraph) -> int:
    """Words of a paragraph that reads as prose (a sentence of some length, or one opening a
    list with a colon: "What it said, under the headings it used:"), else 0."""
    n = len(p.text.split())
    return n if n >= PROSE_WORDS and (ends_sentence(p.text) or p.text.rstrip().endswith(":")) else 0


def prose_words(paras: Sequence[Paragraph]) -> int:
    """Words in the paragraphs that read as prose (a sentence of some length)."""
    return sum(_prose(p) for p in paras)


def sentence_words(paras: Sequence[Paragraph], items: Collection[int] = (), at: int = 0) -> int:
    """Words in the paragraphs that end a sentence, however short each one is, list items
    (``items``: indices of ``paras`` offset by ``at``) left out."""
    return sum(
        len(p.text.split())
        for k, p in enumerate(paras, at)
        if k not in items and ends_sentence(p.text)
    )


def _headed(p: Paragraph) -> bool:
    """A full headline block stands over the paragraph: a headline, its byline or date right
    under it."""
    return any(a.kind == "title" and b.kind in BLOCK_META for a, b in pairwise(p.head))


def _brief(paras: Sequence[Paragraph], a: int, b: int) -> bool:
    """Paragraphs ``a`` to ``b`` are a news brief: two prose paragraphs or more of some length
    under a full headline block, ended by the next one, by furniture or by the page's end (an
    article's opening under its headline runs on into the rest of the article)."""
    if not _headed(paras[a]) or not (b == len(paras) or _headed(paras[b]) or _apart(paras, b)):
        return False
    sizes = [n for n in map(_prose, paras[a:b]) if n]
    return len(sizes) >= BRIEF_PARAGRAPHS and sum(sizes) >= BRIEF_WORDS


def _apart(paras: Sequence[Paragraph], i: int) -> bool:
    """Furniture stands between paragraph ``i - 1`` and paragraph ``i``."""
    return any(ln.kind in SEPARATING for ln in gap_lines(paras, i))


def _own_header(p: Paragraph) -> bool:
    """A header of its own stands over the paragraph: a headline, or a heading with its byline or
    date right under it (what a later article on a page has and a sub-heading does not)."""
    if any(ln.kind == "title" for ln in p.head) or {ln.kind for ln in p.head} >= BLOCK_META:
        return True  # (or a byline and a stamp both: a headless item's own header)
    return any(a.kind == "heading" and b.kind in BLOCK_META for a, b in pairwise(p.head))


def _repeats(paras: Sequence[Paragraph], a: int) -> bool:
    """Paragraph ``a`` is prose the page gave before: the page shows the article again (that
    block stands as a story of its own, which the story deduplication folds)."""
    return _prose(paras[a]) > 0 and paras[a].text in {p.text for p in paras[:a]}


# a newsletter's greeting opening the file: "Good morning. Just one story this week ..."
_GREETING = re.compile(
    r"(?:good (?:morning|afternoon|evening)|hello|hi|hey|morning|welcome (?:to|back)|"
    r"dear (?:readers?|subscribers?|friends|all))\b[ ,.!:]",
    re.IGNORECASE,
)


def is_greeting(text: str) -> bool:
    """A newsletter's greeting opens the paragraph: "Good morning. Three stories today ..."."""
    return _GREETING.match(text) is not None or TAGLINE.match(text) is not None


def _opening_aside(text: str) -> bool:
    """A paragraph opening the file that speaks to the reader or of the article, not of the
    news: a newsletter's greeting, or a note on the article set above its headline
    ("Correction, Tuesday 8 December: An earlier version of this article ...")."""
    return is_greeting(text) or article_note(text)


def _under_heading(p: Paragraph) -> bool:
    """A headline or heading stands right above the paragraph."""
    return bool(p.head) and p.head[-1].kind in ("title", "heading")


def article_spans(
    paras: Sequence[Paragraph],
    starts: Sequence[int],
    *,
    page: bool,
    items: Collection[int] = (),
    web: bool = False,
) -> list[tuple[int, int]]:
    """The ``(first, end)`` paragraph spans that are stories, from the groups beginning at 0 and
    at each of ``starts``: groups that are no article joined to a neighbour or left out
    (``items``: paragraphs that are list items, whose short sentences make no article; ``web``:
    the file is a web page by its furniture, though none of it stands between paragraphs)."""
    spans = list(pairwise([0, *starts, len(paras)]))
    prose = [prose_words(paras[a:b]) for a, b in spans]
    # a wire page's later items, each opening on its agency's dateline: an article however
    # short, with a header of its own
    wired = later_wire_items([p.text for p in paras]) if page or web else frozenset()
    main = max(range(len(spans)), key=lambda k: (prose[k], -k))
    # Off a page, sentences that make a prose paragraph's worth of words together are an
    # article, though each is short (a brief of three 12-word sentences, a line each)
    article = [
        k == main
        or (
            (
                prose[k] >= ARTICLE_WORDS or _brief(paras, a, b) or a in wired
                if page
                else prose[k] > 0 or sentence_words(paras[a:b], items, a) >= PROSE_WORDS
            )
            and not (k == 0 and b - a == 1 and _opening_aside(paras[a].text))
        )
        for k, (a, b) in enumerate(spans)
    ]
    # On a page, a block of prose with no header of its own goes on the story before it.
    goes_on = [
        (page or web)
        and k > 0
        and not _own_header(paras[a])
        and a not in wired
        and not _brief(paras, a, b)
        and not _repeats(paras, a)
        for k, (a, b) in enumerate(spans)
    ]
    out: list[list[int]] = []
    kept_before = False  # the group before this one is in ``out``
    pending: int | None = None  # first paragraph of groups waiting to join the next article
    for k, (a, b) in enumerate(spans):
        if article[k] and goes_on[k] and kept_before:
            out[-1][1] = b  # the article goes on past a sub-heading, an advert or a topic change
        elif article[k]:
            out.append([a if pending is None else pending, b])
            kept_before, pending = True, None
        elif kept_before and not _apart(paras, a):
            out[-1][1] = b  # runs on from the story before it
        elif (
            k == 0
            and not page
            and k + 1 < len(spans)
            and article[1]
            and (_under_heading(paras[b]) or _own_header(paras[b]))
        ):
            pass  # a file's opening words before a headed article ("Good morning. Here's what
            # you need to know today.", "Correction: ..."): a greeting or a note, not the
            # article's start
        elif k + 1 < len(spans) and article[k + 1] and not _apart(paras, b):
            pending = a if pending is None else pending  # leads into the article after it
            kept_before = False
        else:
            kept_before, pending = False, None  # page furniture: left out
    return [(a, b) for a, b in out]
