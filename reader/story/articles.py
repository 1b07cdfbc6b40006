"""A story must be an article: which paragraph groups the boundary finder gave stand as stories.

A group with no prose at all (a menu the line roles left as text, a list of teaser headlines, a
row of share buttons) is no article; nor, on a web page (the line roles found menus, link lists,
comments or a footer on it), is a group with less prose than a short article (a teaser under
its headline, a "related" box, a sign-up pitch). Such a group joins the story it runs on from
when nothing the page drops stands between them (an article split at a subheading or a photo);
otherwise it is page furniture and dropped. The group with the most prose always stands: a page
gives one story unless a second block has an article's worth of prose of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.shape import ends_sentence
from reader.story.paragraph import Paragraph

# A paragraph this long that ends a sentence is prose.
PROSE_WORDS = 15
# On a web page, a second story needs this many words of prose.
ARTICLE_WORDS = 120
# Kinds of dropped lines that set two groups apart (furniture between them, not one article).
SEPARATING = frozenset({"nav", "linklist", "comment", "footer", "promo", "masthead"})


def prose_words(paras: Sequence[Paragraph]) -> int:
    """Words in the paragraphs that read as prose (a sentence of some length)."""
    total = 0
    for p in paras:
        n = len(p.text.split())
        if n >= PROSE_WORDS and ends_sentence(p.text):
            total += n
    return total


def _apart(paras: Sequence[Paragraph], i: int) -> bool:
    """Furniture stands between paragraph ``i - 1`` and paragraph ``i``."""
    between = (*paras[i - 1].trail, *paras[i].head)
    return any(ln.kind in SEPARATING for ln in between)


def article_spans(
    paras: Sequence[Paragraph], starts: Sequence[int], *, page: bool
) -> list[tuple[int, int]]:
    """The ``(first, end)`` paragraph spans that are stories, from the groups beginning at 0 and
    at each of ``starts``: groups that are no article joined to a neighbour or left out."""
    spans = list(pairwise([0, *starts, len(paras)]))
    prose = [prose_words(paras[a:b]) for a, b in spans]
    main = max(range(len(spans)), key=lambda k: (prose[k], -k))
    need = ARTICLE_WORDS if page else 1
    article = [k == main or prose[k] >= need for k in range(len(spans))]
    out: list[list[int]] = []
    kept_before = False  # the group before this one is in ``out``
    pending: int | None = None  # first paragraph of groups waiting to join the next article
    for k, (a, b) in enumerate(spans):
        if article[k]:
            out.append([a if pending is None else pending, b])
            kept_before, pending = True, None
        elif kept_before and not _apart(paras, a):
            out[-1][1] = b  # runs on from the story before it
        elif k + 1 < len(spans) and article[k + 1] and not _apart(paras, b):
            pending = a if pending is None else pending  # leads into the article after it
            kept_before = False
        else:
            kept_before, pending = False, None  # page furniture: left out
    return [(a, b) for a, b in out]
