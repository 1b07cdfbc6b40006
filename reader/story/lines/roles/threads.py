"""Reader-comment threads below a web page's article.

Comments are prose, often as long and well formed as the article's, so a line by itself (and
the role model, which sees a line and its two neighbours) cannot tell them from the text; a
thread is told by its shape: a run of short comment headers and tool lines ("Jo Smith • 3 weeks
ago", "On May 2, 2014 at 10:07 PM, jsmith wrote:", "Reply", "Permalink") with prose between
them, after the article. The words are comment-box vocabulary any site uses, never a site's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.patterns import is_bare_stamp
from reader.story.lines.shape import ends_sentence
from reader.story.lines.words import word_count

# A comment's tool line: one of these words in a short line ...
TOOL_WORDS = frozenset({"reply", "replies", "permalink", "upvote", "downvote", "flag"})
# ... or its header: one of these with a figure (a date, a time, "3 weeks ago").
STAMP_WORDS = frozenset({"wrote", "said", "says", "ago", "commented", "posted"})
WORD = re.compile(r"[a-z]+")
DIGIT = re.compile(r"\d")
# A mark is a line of at most this many words.
MARK_WORDS = 16
# A thread: at least this many marks, each at most MARK_GAP non-blank lines after the last, and
# a comment's text (a line of PROSE_WORDS words or more) between two of them.
THREAD_MARKS = 3
MARK_GAP = 8
PROSE_WORDS = 6


def is_mark(text: str) -> bool:
    """A comment header or tool line: short, with a tool word, or a stamp word and a figure but
    more than a bare time stamp ("Jo Smith • 3 days ago", not an article's "9 hours ago", which
    stands under every headline of a page of news in brief)."""
    if word_count(text) > MARK_WORDS:
        return False
    words = set(WORD.findall(text.lower()))
    if not TOOL_WORDS.isdisjoint(words):
        return True
    return (
        not STAMP_WORDS.isdisjoint(words)
        and DIGIT.search(text) is not None
        and not is_bare_stamp(text)
        and (not ends_sentence(text) or text.rstrip().endswith(":"))
    )  # (a header is no sentence: "The firm said sales rose 4%." is an article's line)


def thread_start(texts: Sequence[str], after: int) -> int | None:
    """Index of the first line of the first comment thread at or after index ``after`` (its
    first mark), or None. ``texts`` are a page's non-blank lines."""
    marks = [i for i in range(after, len(texts)) if is_mark(texts[i])]
    for k, first in enumerate(marks):
        run = [first]
        for nxt in marks[k + 1 :]:
            if nxt - run[-1] > MARK_GAP:
                break
            run.append(nxt)
        if len(run) < THREAD_MARKS:
            continue
        between = any(
            word_count(texts[i]) >= PROSE_WORDS for a, b in pairwise(run) for i in range(a + 1, b)
        )
        if between:
            return first
    return None
