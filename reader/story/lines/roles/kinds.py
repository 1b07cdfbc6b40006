"""Merge the decoded line roles into the line kinds the story assembly reads.

The rule kinds stay where the model agrees with them (a section heading, a bullet, a byline);
a line the model decodes as page furniture (menu, link list, comment, footer, promo) is dropped
whatever shape it has, so it never becomes a paragraph, a headline or a story of its own.

The lines an article owns are ``article_lines``'s; on a web page the headline is chosen in
``page_headlines``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.roles import Role, assign
from reader.story.lines.roles.article_lines import (
    FURNITURE_KIND,
    KEEPABLE,
    head_blocks,
    is_prose,
    owned_lines,
)
from reader.story.lines.roles.kept import keep_figure_lines, keep_table_captions
from reader.story.lines.roles.listed import (
    LEGAL_BODY,
    LEGAL_NOTICE,
    is_name_dump,
    sentence_item,
    sentence_runs,
)
from reader.story.lines.roles.page_headlines import choose_headline, choose_later_headlines
from reader.story.lines.roles.threads import thread_start
from reader.story.lines.timeline import mark_clock_sections, mark_dated_sections, mark_timeline

# A line the model itself scores at least this likely body (or headline, for a rule title) keeps
# its rule kind even inside a decoded block of furniture.
KEEP_BODY = 0.5
KEEP_HEADLINE = 0.1
PAGE_ROLES = frozenset({"nav", "footer", "comment"})
# ... and a page has at least this many of them (pasted items may keep one copyright line)
PAGE_LINES = 2
# Furniture is what surrounds an article: a page needs this many lines decoded as body first.
MIN_ARTICLE = 3
# Furniture comes in blocks: a run this long is a menu, a list of links or a comment thread ...
MIN_BLOCK = 3
# ... and a line outside one is dropped only when the model is this sure of it.
SURE = 0.9
# Kinds only the roles give, that mark the file as a web page (not pasted article text).
PAGE_KINDS = frozenset({"nav", "linklist", "comment", "footer"})


def non_blank(lines: Iterable[Line]) -> tuple[list[str], list[str], list[int], list[int]]:
    """What the role decoder (``roles.assign``) reads of the non-blank lines: their texts, rule
    kinds and the blank lines right before each; and their line numbers."""
    texts: list[str] = []
    rules: list[str] = []
    gaps: list[int] = []
    nos: list[int] = []
    gap = 0
    for ln in lines:
        if ln.kind == "blank":
            gap += 1
            continue
        texts.append(ln.text)
        rules.append(ln.kind)
        gaps.append(gap)
        nos.append(ln.no)
        gap = 0
    return texts, rules, gaps, nos


def roles_of(lines: Sequence[Line]) -> dict[int, Role]:
    """The decoded role of each non-blank line, by line number."""
    texts, rules, gaps, nos = non_blank(lines)
    return dict(zip(nos, assign(texts, rules, gaps), strict=True))


def _blocks(nos: Sequence[int], roles: dict[int, Role]) -> set[int]:
    """Line numbers inside a decoded run of at least MIN_BLOCK lines that are not body, two of
    them furniture (menus break into captions and credits as often as not)."""
    out: set[int] = set()
    run: list[int] = []
    for no in [*nos, -1]:
        role = roles.get(no)
        if role is not None and role.role not in ("body", "headline"):
            run.append(no)
            continue
        if len(run) >= MIN_BLOCK and sum(roles[r].role in FURNITURE_KIND for r in run) >= 2:
            out.update(run)
        run = []
    return out


def _list_labels(lines: Sequence[Line]) -> set[int]:
    """Line numbers of the headings right over a list's first item ("FARES" over "- Fares on
    the Rotterdam route to rise by 4% from April.") or over a sentence of prose ("MARKETS" over
    "The FTSE 100 closed 0.4% higher ..."): a piece's labels for its key points or its
    sections, not a list of links (whose items are headlines, not bullets or sentences)."""
    kept = [ln for ln in lines if ln.kind != "blank"]
    return {
        a.no
        for a, b in pairwise(kept)
        if a.kind == "heading"
        and len(a.text.split()) <= 4
        and (b.kind == "bullet" or sentence_item(b.text))
    }


def _sentence_or_head(ln: Line) -> bool:
    """A sentence of the article (``sentence_item``) or a heading of four words or more."""
    return sentence_item(ln.text) or (ln.kind == "heading" and len(ln.text.split()) >= 4)


def mark_furniture(lines: Sequence[Line], roles: dict[int, Role]) -> bool:
    """Lines with furniture roles turned into dropped kinds (in place); False when the page has
    too little body for the roles to tell furniture from text (the rule kinds then stand).

    A line is dropped when it sits in a decoded block of furniture (a menu, a link list, a
    comment thread) or the model is sure of it by itself, and never when the model scores the
    line itself as likely body (or, for a rule title, as a possible headline)."""
    if sum(r.role == "body" for r in roles.values()) < MIN_ARTICLE:
        return False
    block = _blocks(sorted(roles), roles)
    owned = owned_lines(lines, roles) | head_blocks(lines)
    # a web page's roles find its menus, footer or comments; pasted text has none of them
    # but a lone line (the last item's "Copyright 2027 ... All rights reserved.")
    page = sum(r.role in PAGE_ROLES for r in roles.values()) >= PAGE_LINES
    prose_lists = set() if page else sentence_runs(lines, roles)
    labels = set() if page else _list_labels(lines)
    # reader comments come below a page's article with a page around them: a menu, a footer,
    # or a thread's headers ("Jo Smith • 3 days ago", "Reply"); in text with none of
    # those, lines the roles call comments are pasted items under a time stamp ("Updated 3
    # hours ago"), which a comment's stamp resembles
    comments = page and _page_around(lines, roles)
    headed = _headed_runs(lines, roles) if comments else set()
    for ln in lines:
        role = roles.get(ln.no)
        if role is None or ln.kind not in KEEPABLE or ln.no in owned:
            continue
        if is_name_dump(ln.text):
            ln.kind = "linklist"
            continue
        if page and role.body < LEGAL_BODY and LEGAL_NOTICE.search(ln.text):
            ln.kind = "footer"
            continue
        kind = FURNITURE_KIND.get(role.role)
        if kind is None or role.body >= KEEP_BODY:
            continue  # the line itself reads as body: a run around it does not outvote it
        if kind == "comment" and (not comments or ln.no in headed):
            continue
        if ln.kind == "title" and role.headline >= KEEP_HEADLINE:
            continue
        if kind == "linklist" and ln.no in labels:
            continue  # "FARES" over "- Fares on the Rotterdam route to rise ...": a list's label
        if (
            kind == "linklist"
            and ln.no in prose_lists
            and (role.score < SURE or _sentence_or_head(ln))
        ):
            # pasted text: a list of links holds headlines, not the article's sentences (and
            # however sure the roles are, not an item's lede or its headline of four words or
            # more after an advert: "Harbour Line investor day: the key points" over its lede)
            continue
        if ln.no in block or role.score >= SURE:
            ln.kind = kind  # type: ignore[assignment]
    if is_page(lines):
        mark_thread(lines, roles)  # (comments are a web page's: pasted text has no thread)
    return True


# a comment thread's own heading: "41 thoughts on "I repaired a ..."", "3 Responses to ..."
_COMMENTS_HEAD = re.compile(
    r"(?:\d+|one|no) (?:thoughts?|comments?|responses?|replies|reactions?) (?:on|to)\b", re.I
)


def _headed_runs(lines: Sequence[Line], roles: dict[int, Role]) -> set[int]:
    """Lines of a run the roles call comments that stands right under a headline and its
    byline or stamp (title, "By Clara Jennings", "13 December 2027", then the text): an
    article's body, as a reader's comment is under its writer's name and never a headline
    (two lines or more: a teaser's one line under its headline, byline and date is the page's
    list of other stories)."""
    out: set[int] = set()
    kept = [ln for ln in lines if ln.kind != "blank"]
    k = 0
    while k < len(kept):
        role = roles.get(kept[k].no)
        if role is None or role.role != "comment":
            k += 1
            continue
        end = k
        while (
            end < len(kept) and (r := roles.get(kept[end].no)) is not None and r.role == "comment"
        ):
            end += 1
        j = k - 1
        while j >= 0 and kept[j].kind in BLOCK_META:
            j -= 1
        top = roles.get(kept[j].no) if j >= 0 else None
        if (
            j < k - 1
            and end - k >= 2
            and kept[j].kind == "title"
            and top is not None
            and top.role == "headline"
            and not _COMMENTS_HEAD.match(kept[j].text)
        ):
            out.update(ln.no for ln in kept[k:end])
        k = end
    return out


def _page_around(lines: Sequence[Line], roles: dict[int, Role]) -> bool:
    """A web page's frame around the text: a menu or footer line, or a comment thread's
    shape (``threads.thread_start``)."""
    if any(r.role in ("nav", "footer") for r in roles.values()):
        return True
    return thread_start([ln.text for ln in lines if ln.no in roles], 0) is not None


def mark_thread(lines: Sequence[Line], roles: dict[int, Role]) -> None:
    """Lines from the first reader-comment thread (``threads.thread_start``) after the
    article's first ``MIN_ARTICLE`` prose lines to the page's end turned into comments (in
    place): comments are prose the roles cannot tell from the article's by the line alone."""
    kept = [ln for ln in lines if ln.no in roles]
    prose = [k for k, ln in enumerate(kept) if is_prose(ln, roles)]
    if len(prose) < MIN_ARTICLE:
        return
    start = thread_start([ln.text for ln in kept], prose[MIN_ARTICLE - 1] + 1)
    if start is None:
        return
    for ln in kept[start:]:
        if ln.kind in KEEPABLE:
            ln.kind = "comment"


def is_page(lines: Sequence[Line]) -> bool:
    """The roles found menus, link lists, comments or a footer: the file is a web page."""
    return any(ln.kind in PAGE_KINDS for ln in lines)


def apply_roles(lines: list[Line]) -> list[Line]:
    """Lines with furniture roles turned into dropped kinds and, on a web page, one headline
    chosen (in place; returned for chaining)."""
    roles = roles_of(lines)
    rules = {ln.no: ln.kind for ln in lines}
    if mark_furniture(lines, roles) and is_page(lines):
        choose_headline(lines, roles, rules)  # a web page: one article under one headline
        choose_later_headlines(lines, roles, rules)  # ... and each later one under its own
    keep_figure_lines(lines)  # kept.py: a results box, a table's caption
    keep_table_captions(lines)
    mark_timeline(lines)  # dates over a timeline's entries are its headings (timeline.py)
    mark_dated_sections(lines)  # ... and a long read's days over its sections
    mark_clock_sections(lines)  # ... and an article's clock times through one day
    return lines
