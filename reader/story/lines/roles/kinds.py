"""Merge the decoded line roles into the line kinds the story assembly reads.

The rule kinds stay where the model agrees with them (a section heading, a bullet, a byline);
a line the model decodes as page furniture (menu, link list, comment, footer, promo) is dropped
whatever shape it has, so it never becomes a paragraph, a headline or a story of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.patterns import CLOSING_SECTION, SUMMARY_LABEL
from reader.story.lines.roles import Role, assign
from reader.story.lines.roles.headline import HEAD_NAMES, best_headline, candidates
from reader.story.lines.roles.kept import keep_figure_lines, keep_table_captions
from reader.story.lines.roles.listed import (
    LEGAL_BODY,
    LEGAL_NOTICE,
    is_name_dump,
    sentence_item,
    sentence_runs,
)
from reader.story.lines.roles.model import current
from reader.story.lines.roles.threads import thread_start
from reader.story.lines.shape import ends_sentence
from reader.story.lines.table import table_rows
from reader.story.lines.timeline import mark_clock_sections, mark_dated_sections, mark_timeline
from reader.story.lines.words import word_count

# Kinds a furniture role may override (text the rules would keep or take as a headline).
KEEPABLE = frozenset({"body", "bullet", "title", "standfirst", "heading"})
# A line the model itself scores at least this likely body (or headline, for a rule title) keeps
# its rule kind even inside a decoded block of furniture.
KEEP_BODY = 0.5
KEEP_HEADLINE = 0.1
# Longest item of a list the article introduces with a colon.
LIST_ITEM_WORDS = 12
# Shortest line ending in a colon taken as the article's own list opener (not a label).
OPENER_WORDS = 4
# Without a learned headline scorer, a page's headline is the role model's likeliest line before
# the body, when at least this likely. The scorer's pick is taken whatever the role model's own
# headline score: that score is low on many real headlines the roles read as menu lines (the gate
# cost 3 of 48 pages' headlines in a 2-fold cross-validation on the readability pages).
HEADLINE_MIN = 0.02
# A kept line this long that ends a sentence reads as the article's prose.
PROSE_WORDS = 15
PAGE_ROLES = frozenset({"nav", "footer", "comment"})
# ... and a page has at least this many of them (pasted items may keep one copyright line)
PAGE_LINES = 2
# Furniture is what surrounds an article: a page needs this many lines decoded as body first.
MIN_ARTICLE = 3
# Furniture comes in blocks: a run this long is a menu, a list of links or a comment thread ...
MIN_BLOCK = 3
# ... and a line outside one is dropped only when the model is this sure of it.
SURE = 0.9
# Kinds that end a press release's closing section (a list header, a tool bar, a footer line).
CLOSING_ENDS = frozenset({"promo", "masthead", "marker"})
# Kinds only the roles give, that mark the file as a web page (not pasted article text).
PAGE_KINDS = frozenset({"nav", "linklist", "comment", "footer"})
FURNITURE_KIND = {
    "nav": "nav",
    "linklist": "linklist",
    "comment": "comment",
    "footer": "footer",
    "promo": "promo",
}


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


# longest line read as a site's name rather than an article's headline ("Straits of Melaka Post")
SITE_NAME_WORDS = 5


def _head_blocks(lines: Sequence[Line]) -> set[int]:
    """Line numbers of each rule title (and the deck under it) right over a byline or stamp:
    an article's own head block, which a run of menus or a ticker above it does not make
    furniture."""
    body = [ln for ln in lines if ln.kind != "blank"]
    out: set[int] = set()
    for k, ln in enumerate(body):
        if ln.kind != "title" or word_count(ln.text) <= SITE_NAME_WORDS:
            continue  # (a paper's name over the stamp, "The Acadiana Ledger", heads nothing)
        nxt = body[k + 1 : k + 3]
        if nxt and nxt[0].kind in BLOCK_META:
            out.add(ln.no)
        elif len(nxt) == 2 and nxt[0].kind == "standfirst" and nxt[1].kind in BLOCK_META:
            out |= {ln.no, nxt[0].no}
    return out


def _owned(lines: Sequence[Line], roles: dict[int, Role]) -> set[int]:
    """Line numbers the article itself introduces: the items of a list after a line that ends
    in a colon right after the body ("The board named three new members:"), the bullets of a
    summary box ("Key points", "At a glance") and a press release's closing sections ("About
    Harbour Holdings", "Forward-looking statements") and the rows of a table
    (``table.table_rows``)."""
    out = table_rows(lines)
    opener = False
    closing = False
    after_body = False
    summary = False
    for ln in lines:
        if ln.kind == "blank":
            continue
        summary = _summary_box(ln, summary)
        if summary:
            out.add(ln.no)
        was_after_body = after_body
        role = roles.get(ln.no)
        after_body = role is not None and role.role == "body" and ln.kind == "body"
        if ln.kind == "heading":
            closing = CLOSING_SECTION.match(ln.text) is not None
        elif ln.kind in CLOSING_ENDS:
            closing = False  # "Media contact:", "Share this", "Related news": the section is over
        if closing and ln.kind in KEEPABLE:
            out.add(ln.no)
        if opener and ln.kind in KEEPABLE and word_count(ln.text) <= LIST_ITEM_WORDS:
            out.add(ln.no)
            continue
        opener = (
            was_after_body
            and ln.kind in ("body", "bullet")
            and ln.text.endswith(":")
            and word_count(ln.text) >= OPENER_WORDS
        )
        if opener:
            out.add(ln.no)  # a sentence that opens a list belongs to the text it ends
    return out


def headline_candidates(
    lines: Sequence[Line], roles: dict[int, Role], start: int, owned: set[int] | None = None
) -> list[Line]:
    """The lines above the article's first paragraph (line number ``start``) that could be its
    headline (``headline.candidates``), but for lines the article owns (``owned``, computed when
    not given): a summary box above the text is the article's, not its headline."""
    if owned is None:
        owned = _owned(lines, roles)
    return [ln for ln in candidates(lines, start) if ln.no in roles and ln.no not in owned]


def _summary_box(ln: Line, inside: bool) -> bool:
    """Whether ``ln`` is part of a summary box: its label ("Key points", "What you need to
    know") or a bullet under it (``inside``: the line before was)."""
    if ln.kind == "heading" and SUMMARY_LABEL.match(ln.text.strip()) is not None:
        return True
    return inside and ln.kind == "bullet"


def article_start(lines: Sequence[Line], roles: dict[int, Role]) -> int | None:
    """Line number of the article's first paragraph: the first kept line the model decodes as
    body that reads as prose (a sentence of some length); a short kept line above it is header
    furniture or the headline, not the article."""
    return next((ln.no for ln in lines if _is_prose(ln, roles)), None)


def _choose_headline(
    lines: Sequence[Line], roles: dict[int, Role], rules: Mapping[int, str]
) -> None:
    """On a page, the line above the article's first paragraph that the learned headline scorer
    (``reader.story.lines.roles.headline``; without one, the role model's headline score) rates
    highest becomes the title; title-shaped lines above it (a site tagline, a section label) and
    short kept lines (menu labels the decoder left as body) are dropped as header furniture."""
    start = article_start(lines, roles)
    if start is None:
        return
    owned = _owned(lines, roles)
    cands = headline_candidates(lines, roles, start, owned)
    weights = current()
    if not cands:
        return  # nothing above the article could be its headline
    best: Line | None
    if weights.head is not None and weights.head_features == HEAD_NAMES:
        best = best_headline(lines, roles, start, cands, rules, weights.head)
    elif max(roles[ln.no].headline for ln in cands) < HEADLINE_MIN:
        return  # no line above the article reads as a headline
    else:
        best = max(reversed(cands), key=lambda ln: roles[ln.no].headline)
    # a title the rules set right over its byline (or its deck and byline) heads the article
    # when the scorer prefers a name-sized line above it (the site's name over its menus)
    heads = _head_blocks(lines)
    headed = [ln for ln in cands if ln.kind == "title" and ln.no in heads]
    if headed and (best is None or word_count(best.text) <= SITE_NAME_WORDS):
        best = headed[-1]
    if best is None:
        return
    for ln in lines:
        if ln.no >= start:
            break
        role = roles.get(ln.no)
        if ln.no in owned:
            continue
        if (
            ln.no < best.no
            and ln.kind in KEEPABLE
            and (
                word_count(ln.text) < PROSE_WORDS
                or ln.kind == "title"
                or (role and role.role != "body")
            )
        ):
            ln.kind = "nav"  # header furniture above the headline
        elif ln.no > best.no and ln.kind == "title":
            ln.kind = "nav"  # one headline per article: the others are teasers or tool bars
    best.kind = "title"


def _is_prose(ln: Line, roles: dict[int, Role]) -> bool:
    """A kept line the model decodes as body that reads as prose (a sentence of some length)."""
    role = roles.get(ln.no)
    return (
        role is not None
        and ln.kind in ("body", "bullet")
        and role.role == "body"
        and word_count(ln.text) >= PROSE_WORDS
        and ends_sentence(ln.text)
    )


def _opens_article(head: Sequence[Line], roles: dict[int, Role]) -> bool:
    """A later article's header: a headline and a byline or date, where the headline is a rule
    title, or a line the roles decode as a headline after furniture that ended the article
    before (a share bar, a section label: what a sub-heading inside one article lacks)."""
    if not any(ln.kind in BLOCK_META for ln in head):
        return False
    if any(ln.kind == "title" for ln in head):
        return True
    for k, ln in enumerate(head):
        if ln.kind in ("heading", "standfirst") and roles[ln.no].role == "headline":
            return any(x.kind in FURNITURE_KIND for x in head[:k])
    return False


def later_heads(lines: Sequence[Line], roles: dict[int, Role]) -> list[tuple[int, int]]:
    """``(after, start)`` for each later article on a page: a prose line (line number ``start``)
    whose header since the last kept body line (line number ``after``) opens an article
    (``_opens_article``)."""
    out: list[tuple[int, int]] = []
    after: int | None = None
    head: list[Line] = []
    for ln in lines:
        role = roles.get(ln.no)
        if role is None:
            continue
        if ln.kind in ("body", "bullet") and role.role == "body":
            if after is not None and _is_prose(ln, roles) and _opens_article(head, roles):
                out.append((after, ln.no))
            after, head = ln.no, []
        elif after is not None:
            head.append(ln)
    return out


def _choose_later_headlines(
    lines: Sequence[Line], roles: dict[int, Role], rules: Mapping[int, str]
) -> None:
    """Each later article's headline block (``later_heads``) gets its headline from the learned
    scorer, among the lines of its own header: a share bar or a section label the rules took for
    a title there is not the article's headline. Where a block stands stays unchanged."""
    weights = current()
    if weights.head is None or weights.head_features != HEAD_NAMES:
        return
    for after, start in later_heads(lines, roles):
        cands = [ln for ln in candidates(lines, start) if ln.no > after and ln.no in roles]
        best = best_headline(lines, roles, start, cands, rules, weights.head)
        if best is None:
            continue
        for ln in lines[after:start]:
            if ln.kind == "title" and ln is not best:
                ln.kind = "nav"  # one headline per article
        best.kind = "title"


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
    owned = _owned(lines, roles) | _head_blocks(lines)
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
    prose = [k for k, ln in enumerate(kept) if _is_prose(ln, roles)]
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
        _choose_headline(lines, roles, rules)  # a web page: one article under one headline
        _choose_later_headlines(lines, roles, rules)  # ... and each later one under its own
    keep_figure_lines(lines)  # kept.py: a results box, a table's caption
    keep_table_captions(lines)
    mark_timeline(lines)  # dates over a timeline's entries are its headings (timeline.py)
    mark_dated_sections(lines)  # ... and a long read's days over its sections
    mark_clock_sections(lines)  # ... and an article's clock times through one day
    return lines
