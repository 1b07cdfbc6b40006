"""Posts: a feed's posts, each ending on its bar of counts and tools ("Like · Comment · Share",
"214 reactions · 37 comments"), and a social post embedded inside an article (its poster's name,
the post, its stamp and its counts). The first split a file however short each post; the second
make no story of their own (``starts.find_story_starts``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.story.lines.patterns import feed_bar, feed_tools
from reader.story.paragraph import Paragraph, gap_lines


def embedded_posts(paras: Sequence[Paragraph]) -> set[int]:
    """An embedded social post inside an article: a paragraph under its poster's name (read as
    a byline) with the post's stamp and counts after it ("Valentina Rojas", the post, "7:02 AM ·
    Feb 17, 2037", "41 reposts 188 likes"), and the paragraph after it, where the article goes
    on: no story starts at either; nor at a paragraph the whole post stands tight above."""
    out: set[int] = set()
    for i in range(1, len(paras) - 1):
        before = gap_lines(paras, i)
        after = gap_lines(paras, i + 1)
        if (
            any(ln.kind == "byline" for ln in before)
            and not any(ln.kind == "title" or feed_tools(ln.text) for ln in before)
            and any(ln.kind == "timestamp" for ln in after)
            and any(feed_tools(ln.text) for ln in after)
            # (not a feed of such posts, each under its poster's name after the last one's counts)
            and not any(ln.kind in ("byline", "title") for ln in after)
        ):
            out |= {i, i + 1}
    # (or the whole post tight above the paragraph: the poster's name read as a headline, the
    # post, its stamp and then its counts, the counts after every headline and byline)
    for i in range(1, len(paras)):
        kinds = [ln.kind for ln in paras[i].head]
        last = max((k for k, kind in enumerate(kinds) if kind in ("title", "byline")), default=-1)
        tools = [k for k, ln in enumerate(paras[i].head) if feed_tools(ln.text)]
        if last >= 0 and tools and tools[-1] > last and "timestamp" in kinds[last:]:
            out.add(i)
    return out


# a feed's posts: this many gaps with the feed's bar of counts and tools in them at least
FEED_BARS = 2


def feed_posts(paras: Sequence[Paragraph]) -> list[int]:
    """In a feed copied from a social site or a group's page, each post ends on its bar of
    counts and tools ("Like · Comment · Share", "214 reactions · 37 comments"): where such bars
    part the paragraphs (``FEED_BARS`` times or more), a new post starts after each."""
    bars = [i for i in range(1, len(paras)) if any(feed_bar(ln.text) for ln in gap_lines(paras, i))]
    return bars if len(bars) >= FEED_BARS else []
