"""A newsletter digest pasted as text: several short items, each under a heading of its own.

A heading inside one article is a section heading (the boundary scorer rightly weighs it against
a new story), so a digest's items are told by the file's layout as a whole, not one heading at
a time: every paragraph but at most one opening line (a greeting: "Good morning. Here's what
you need to know.") sits under a heading, each heading stands over one to ``MAX_ITEM``
paragraphs, and the items share almost no words, where an article's sections all speak of its
one subject (a term in most of them). Such a file's stories start at its headings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.patterns import CLOSING_SECTION, SUMMARY_LABEL
from reader.story.paragraph import Paragraph
from reader.story.segment.vectors import content_terms

# An item of a digest is a short heading over this many paragraphs at most.
MAX_ITEM = 3
# A digest has this many items at least.
MIN_ITEMS = 2
# A greeting before the first heading is shorter than this many words.
GREETING_WORDS = 25
# Adjacent items share at most this share of the smaller item's content terms (stemmed) ...
MAX_SHARED = 0.2
# ... and no term is in more than this share of the items (an article's subject is in most of
# its sections: "council" in every section of a council story).
MAX_RECURRING = 2 / 3


def _headed(p: Paragraph) -> bool:
    return bool(p.head) and p.head[-1].kind in ("title", "heading")


def _article_part(p: Paragraph, first: bool = False) -> bool:
    """A heading only an article has: a summary box ("Key points") or a press release's
    closing section ("About Harbour Holdings", "Forward-looking statements"). Above the file's
    first headline such a label names the column the items stand in ("IN BRIEF"), not a part of
    one article."""
    titles = [k for k, ln in enumerate(p.head) if ln.kind == "title"]
    below = titles[0] if first and titles else 0
    return any(
        ln.kind == "heading" and (SUMMARY_LABEL.match(ln.text) or CLOSING_SECTION.match(ln.text))
        for ln in p.head[below:]
    )


def _shared(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def digest_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """The paragraphs that open the items of a digest (the first not listed when it opens the
    file), or None when the file is not laid out as one."""
    heads = [i for i, p in enumerate(paras) if _headed(p)]
    if (
        len(heads) < MIN_ITEMS
        or heads[0] > 1
        or any(_article_part(p, k == 0) for k, p in enumerate(paras))
    ):
        return None
    if heads[0] == 1 and len(paras[0].text.split()) >= GREETING_WORDS:
        return None
    spans = list(pairwise([*heads, len(paras)]))
    if any(b - a > MAX_ITEM for a, b in spans):
        return None
    terms = [{t for p in paras[a:b] for t in content_terms(p.text)} for a, b in spans]
    if any(_shared(x, y) > MAX_SHARED for x, y in pairwise(terms)):
        return None
    counts = Counter(t for item in terms for t in item)
    if counts and max(counts.values()) > MAX_RECURRING * len(terms):
        return None
    return [i for i in heads if i > 0]
