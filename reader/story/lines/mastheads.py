"""The lines at the head of a story the line classifier (``classify``) marks from their
neighbours: topic tags over the content, a brand's masthead over a headline (at the top and on
each pasted page), a byline without "By" beside a stamp, and a writer's role under a byline.
Split out of ``classify`` by what they hold.
"""

from __future__ import annotations

import re

from reader.story.lines.line import Line, LinePage
from reader.story.lines.page import meta_follows
from reader.story.lines.patterns import BYLINE_ROLE
from reader.story.lines.shape import ends_sentence, headlike, is_byline_shape, words_of
from reader.story.lines.words import word_count

# --- Topic tags: a run of short bullets before any content at the top of the file ------------


def mark_tags(page: LinePage) -> None:
    lines, nb = page.lines, page.nb
    k = 0
    while k < len(nb) and lines[nb[k]].kind == "bullet" and _is_tag(lines[nb[k]].text):
        k += 1
    if k >= 2 or (k == 1 and k < len(nb) and headlike(lines[nb[k]].text)):
        for j in range(k):
            lines[nb[j]].kind = "tag"


def _is_tag(text: str) -> bool:
    words = words_of(text)
    return 0 < len(words) <= 4 and not ends_sentence(text) and len(text) <= 40


# --- Mastheads: a one-to-three-word brand line over a headline --------------------------------


def _brand_shaped(text: str) -> bool:
    return word_count(text) <= 3 and len(text) <= 32 and headlike(text) and not text.endswith("?")


def mark_top_masthead(page: LinePage) -> None:
    """At the very top: the brand line followed by a headline."""
    if len(page.nb) < 2:
        return
    first, second = page.lines[page.nb[0]], page.lines[page.nb[1]]
    if (
        first.kind == "body"
        and _brand_shaped(first.text)
        and headlike(second.text)
        and second.kind == "body"
        and not BYLINE_ROLE.search(second.text)
    ):
        first.kind = "masthead"
        page.fixed.add(page.nb[0])


def mark_page_mastheads(page: LinePage) -> None:
    """Further down a pile of pasted pages, the same brand line opens each page: there it must
    be followed by a headline and that headline by its byline or time stamp."""
    lines, nb = page.lines, page.nb
    for k in range(1, len(nb) - 2):
        brand, head = lines[nb[k]], lines[nb[k + 1]]
        if (
            brand.kind == "body"
            and head.kind == "body"
            and _brand_shaped(brand.text)
            and headlike(head.text)
            and word_count(head.text) >= 3
            and not BYLINE_ROLE.search(head.text)
            and meta_follows(lines, nb, k + 1)
        ):
            brand.kind = "masthead"
            page.fixed.add(nb[k])


# --- Bylines without "By": a short name line next to a timestamp -----------------------------


# A place or outlet line under the writer's name is at most this many words ("NAGPUR",
# "News24", "The Citizen").
_OUTLET_WORDS = 3


def mark_bare_bylines(page: LinePage) -> None:
    for i in page.nb:
        ln = page.lines[i]
        if i in page.fixed or ln.kind != "body":
            continue
        if _bare_byline(ln, page.nxt(i, -1), page.nxt(i)):
            ln.kind = "byline"
            page.fixed.add(i)
            # the writer's name over the place or outlet line just marked ("Prashant
            # Wankhede" over "NAGPUR", "Lerato Mokoena" over "News24", over the stamp): a
            # byline too
            k = page.pos[i] - 1
            above = page.lines[page.nb[k]] if k >= 0 else None
            if (
                above is not None
                and above.kind == "body"
                and len(ln.text.split()) <= _OUTLET_WORDS
                and is_byline_shape(above.text)
            ):
                above.kind = "byline"
                page.fixed.add(page.nb[k])


def mark_role_lines(page: LinePage) -> None:
    """A writer's role alone on the line under a byline ("BY SHANIQUE BARRETT" over "Staff
    reporter") is the byline's: not a heading, a menu item or a list's header."""
    for i in page.nb:
        ln = page.lines[i]
        if i in page.fixed or not _ROLE_ONLY.match(ln.text):
            continue
        above = page.nxt(i, -1)
        if above is not None and above.kind == "byline":
            ln.kind = "byline"
            page.fixed.add(i)


# a line that is a writer's role alone: "Reporter", "Senior Economics Correspondent"
_ROLE_ONLY = re.compile(
    r"(?i)^(?:(?:senior|chief|staff|deputy|associate|contributing|freelance|political|business|"
    r"economics|technology|tech|markets|science|health|sports?|foreign|[a-z]+) ){0,3}"
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|analyst)$"
)


_HEADER_TIMES = ("timestamp", "reading_time")


def _bare_byline(ln: Line, before: Line | None, after: Line | None) -> bool:
    if before is not None and before.kind == "masthead":
        return False  # the line under a site's brand is its headline
    # (a stamp or the page's reading time beside it: "Lindiwe Mahlangu" over "2 min read")
    near_time = (after is not None and after.kind in _HEADER_TIMES) or (
        before is not None and before.kind in _HEADER_TIMES
    )
    # "Laura Bratton" over "Reporter": a name over its role (the role line is a byline too)
    role_below = (
        after is not None and after.kind in ("byline", "body") and _ROLE_ONLY.match(after.text)
    )
    if not ((near_time or role_below) and is_byline_shape(ln.text)):
        return False
    if role_below:
        return True
    return not (after and after.kind == "body") or bool(BYLINE_ROLE.search(ln.text))
