"""Lines told by their shape beside the decoded roles: a list run into one line (a name dump), a
link-list run that holds the article's sentences (pasted text), a site's legal notice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.lines.roles import Role
from reader.story.lines.roles.features import INNER_SENTENCE, STOP, line_words
from reader.story.lines.shape import ends_sentence

# A kept line of this many words with no sentence and fewer function words than this share is
# a list run into one line, not the article's text (``is_name_dump``).
DUMP_WORDS = 40
DUMP_STOP_RATIO = 0.1
CODE_MARKS = frozenset("<>{}=;")
# A line the roles read as a link-list item stays when it is a sentence this long, with at least
# this share of function words (``sentence_item``).
SENTENCE_ITEM_WORDS = 10
SENTENCE_STOP_RATIO = 0.3
# Site boilerplate: a line with a legal notice that the model itself scores this unlikely body is
# the page's footer, even where the decoder carried the article's body role over it.
LEGAL_NOTICE = re.compile(
    r"©|\bcopyright\b|all rights reserved|privacy policy|terms of (?:use|service)"
    r"|user agreement|\bcookies?\b",
    re.IGNORECASE,
)
LEGAL_BODY = 0.1


def is_name_dump(text: str) -> bool:
    """A long line that is no prose: ``DUMP_WORDS`` words or more with no sentence in them (no
    sentence end, and fewer sentence breaks inside than one in ``DUMP_WORDS`` words) and
    hardly a function word (a country picker, a list of user names, a run of tags), and no code
    or table run into one line either (markup or code marks, figures)."""
    words = line_words(text)
    if len(words) < DUMP_WORDS or ends_sentence(text):
        return False
    if len(INNER_SENTENCE.findall(text)) * DUMP_WORDS >= len(words):
        return False  # a sentence break every DUMP_WORDS words or closer ("U.S. Virgin Islands"
        # in a country picker is none)
    if any(c in text for c in CODE_MARKS) or sum(w.isdigit() for w in words) > len(words) / 5:
        return False
    return stop_share(words) < DUMP_STOP_RATIO


def stop_share(words: Sequence[str]) -> float:
    """The share of function words (``STOP``) among a line's lower-cased ``words``."""
    return sum(w in STOP for w in words) / len(words)


def sentence_runs(lines: Sequence[Line], roles: dict[int, Role]) -> set[int]:
    """Line numbers of the sentences and headings in each run of lines decoded as a link list
    (blank lines aside) that holds a sentence of the article (``sentence_item``): in pasted text
    such a run is an item's heading and its sentences, not a list of links (a digest's last item
    over its sign-off); those lines keep their rule kinds."""
    out: set[int] = set()
    run: list[Line] = []
    prose = False
    labelled = False  # the run stands under a link list's label ("Read more:")
    before: Line | None = None
    for ln in [*lines, None]:
        role = None if ln is None else roles.get(ln.no)
        if ln is not None and role is None:
            continue  # a blank line
        if role is not None and role.role == "linklist" and ln is not None:
            if not run and not prose:
                labelled = before is not None and _list_label(before)
            if ln.kind == "heading" or ends_sentence(ln.text):
                run.append(ln)
            prose = prose or sentence_item(ln.text)
            continue
        if prose:
            # (under a list's label, not a heading right over another: the links above a
            # section's sub-heading, "Read more:", two headlines, "Swimming lessons", prose)
            out.update(
                a.no
                for a, b in zip(run, [*run[1:], None], strict=True)
                if not (labelled and a.kind == "heading" and b is not None and b.kind == "heading")
            )
        run, prose, before = [], False, ln
    return out


def _list_label(ln: Line) -> bool:
    """A link list's label: page furniture ending in a colon ("Read more:", "Related:")."""
    return ln.kind == "promo" and ln.text.rstrip().endswith(":")


def sentence_item(text: str) -> bool:
    """A line that reads as a sentence of the article ("The ban covers watering gardens …, but
    not commercial growers."): long enough, ending a sentence, as much function words as prose
    has. A link list's items are headlines; the roles, which see a line and two neighbours,
    take the prose under an article's sub-headings for one."""
    words = line_words(text)
    if len(words) < SENTENCE_ITEM_WORDS or not ends_sentence(text):
        return False
    # (a market report's figures are no content words: "The FTSE 100 closed 0.4% higher at
    # 8,214 points on Wednesday, helped by miners." is prose)
    lettered = [w for w in words if not any(c.isdigit() for c in w)]
    return bool(lettered) and stop_share(lettered) >= SENTENCE_STOP_RATIO
