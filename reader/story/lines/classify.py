"""Give every line of an article pile a kind: body text, metadata, or furniture to drop.

Scraped pages mix story text with headlines, bylines, "9 hours ago" stamps, photo captions and
agency credits, promo prompts and section headings. The classifier uses general shape features
(length, terminal punctuation, capitalisation, position, what comes before and after) plus the
generic wire conventions in ``patterns``; nothing is keyed to a particular site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.bio import bio_name, outlet_bio
from reader.story.lines.bylines import HOUSE_BYLINE, ITEM_SOURCE
from reader.story.lines.headlines import (
    mark_headlines,
    mark_lone_captions,
    mark_standfirsts,
    mark_tickers,
)
from reader.story.lines.line import Kind, Line, LinePage
from reader.story.lines.page import (
    clean_text,
    handle_byline,
    mark_link_lists,
    mark_nav_runs,
    mark_pitches,
    mark_sign_offs,
    mark_sponsor_copy,
    meta_follows,
    without_read_on,
)
from reader.story.lines.patterns import (
    AGENCIES,
    BARE_AGENCY,
    BULLET,
    BULLET_MARKER,
    BYLINE,
    BYLINE_ROLE,
    CLOSING_SECTION,
    DOMAIN_LINE,
    GALLERY,
    NAMED_ROLE,
    PAREN_CREDIT,
    PHOTO_LABEL,
    SUMMARY_LABEL,
    credit_inline,
    credit_tail,
    greeting,
    is_breadcrumb,
    is_credit,
    is_furniture,
    is_promo,
    is_reading_time,
    is_sign_off,
    is_timestamp,
)
from reader.story.lines.shape import (
    FIGURE_HINT,
    REPORTING_VERB,
    RULE_LINE,
    ends_sentence,
    headlike,
    is_byline_shape,
    words_of,
)
from reader.story.lines.shape import split_dateline as split_dateline  # re-exported
from reader.story.lines.shape import title_case_ratio as title_case_ratio  # re-exported
from reader.story.lines.table import dated_rows, numeric_row, table_rows
from reader.story.lines.words import word_count


def classify_lines(raw: Sequence[str]) -> list[Line]:
    """Kinds for every line of one document: the rule signals (``classify_rules``) → line
    features → the learned role model → sequence decoding (``reader.story.lines.roles``), merged by
    ``reader.story.lines.roles.kinds``."""
    from reader.story.lines.roles.kinds import apply_roles

    return apply_roles(classify_rules(raw))


def classify_rules(raw: Sequence[str]) -> list[Line]:
    """The rule-based kinds of every line (context-sensitive, so the whole list at once); the
    role model takes them as features."""
    page = LinePage([Line(i + 1, clean_text(t.strip()), "body") for i, t in enumerate(raw)])
    lines, nb, fixed = page.lines, page.nb, page.fixed
    _mark_context_free(page)
    _mark_bullets(page)
    _mark_tables(page)
    # Menus and tool bars; pitches inside a newsletter box.
    mark_nav_runs(lines, nb, fixed)
    mark_pitches(lines, nb, fixed)
    mark_sponsor_copy(lines, nb, fixed)
    mark_sign_offs(lines, nb, fixed)
    _mark_captions(page)
    _mark_tags(page)
    _mark_top_masthead(page)
    _mark_page_mastheads(page)
    _mark_bare_bylines(page)
    _mark_role_lines(page)
    # Link lists and contact blocks under their header (a headline with its byline or a
    # photo after it ends the list).
    mark_link_lists(lines, nb, fixed, ends_sentence)
    mark_tickers(page)
    mark_headlines(page)
    mark_lone_captions(page)
    _mark_video_titles(page)
    _mark_credited_captions(page)
    mark_standfirsts(page)
    _mark_greeting(page)
    _mark_bios(lines)
    for ln in lines:
        if ln.kind == "body":
            ln.text = without_read_on(ln.text)
    return lines


# a video's running time on a line of its own: "2:14", "0:45"
_DURATION = re.compile(r"\d{1,2}:\d{2}")


# the file's first lines a newsletter's greeting may stand among (its masthead and date above)
_GREETING_TOP = 3
# a writer introducing themselves ("Hi, I'm Nicolas."): a blog's about box, no letter's greeting
_INTRODUCES = re.compile(r"\W*\w+\W+(?:I(?:'|\u2019)m|I am|my name)\b", re.I)
# a greeting is a line or two, not an article's paragraph
_GREETING_WORDS = 40


def _mark_greeting(page: LinePage) -> None:
    """A newsletter's greeting among the file's first lines ("Good morning. Three things from
    the coast today.") is the letter's furniture: no story of its own, and no part of the first
    item's text; a headline-shaped line right above it is the letter's name, no item's."""
    for k, i in enumerate(page.nb[:_GREETING_TOP]):
        ln = page.lines[i]
        if (
            ln.kind in ("body", "standfirst")
            and greeting(ln.text)
            and not _INTRODUCES.match(ln.text)
        ):
            if word_count(ln.text) <= _GREETING_WORDS:
                ln.kind = "promo"
                page.fixed.add(i)
                above = page.lines[page.nb[k - 1]] if k > 0 else None
                if above is not None and above.kind == "title":
                    above.kind = "masthead"  # the letter's name over its greeting
            return


def _mark_video_titles(page: LinePage) -> None:
    """A broadcaster's embedded video: its title, then its running time alone on the next
    line ("Greenbelt closures: where the river is over the path" / "2:14"). The pair is a
    caption and its credit, not a headline over a stamp that opens a story (a live blog's
    entry time comes after a paragraph, not under a headline-shaped line)."""
    for i in page.nb:
        ln = page.lines[i]
        if ln.kind != "timestamp" or _DURATION.fullmatch(ln.text) is None:
            continue
        before = page.nxt(i, -1)
        if (
            before is not None
            and before.kind in ("title", "heading")
            and before.no >= ln.no - 2
            and not ends_sentence(before.text)
        ):
            before.kind, ln.kind = "caption", "credit"


def _mark_credited_captions(page: LinePage) -> None:
    """A headline-shaped line right under a photo agency's bare name is the photo's caption,
    the broadcasters' way ("Getty Images" over "Around 80,000 cars come into Cardiff every
    weekday"): none of the development files' headlines stands under one."""
    for i in page.nb:
        ln = page.lines[i]
        if ln.kind != "title" or ends_sentence(ln.text):
            continue
        before = page.nxt(i, -1)
        if before is not None and before.kind == "credit" and BARE_AGENCY.match(before.text):
            ln.kind = "caption"


def _mark_bios(lines: Sequence[Line]) -> None:
    """A writer's biography after the article's body (``bio.bio_name``) is a credit,
    when it names the file's byline, is the file's last body line, or is one sentence ending on
    the writer's outlet (``bio.outlet_bio``: an item's bio in a paste of headless items; a
    story about a reporter names one in its body: "Evan Park is a reporter for the Tribune who
    was held ...")."""
    body = [ln for ln in lines if ln.kind == "body"]
    if len(body) < 3:
        return
    writers = " ".join(ln.text for ln in lines if ln.kind == "byline")
    for ln in body[2:]:
        name = bio_name(ln.text)
        if name is not None and (ln is body[-1] or name in writers or outlet_bio(ln.text)):
            ln.kind = "credit"


# --- 1. Context-free kinds ----------------------------------------------------------------


def _mark_context_free(page: LinePage) -> None:
    # a table's row is no stamp or credit for its year or its bars ("Colony | 2027 | 2029",
    # "St Croix Island | 2,100 | 1,430"): left to ``_mark_tables``
    rows = table_rows(page.lines)
    for i in page.nb:
        ln = page.lines[i]
        kind = _furniture_kind(ln.text)
        if kind is not None:
            if kind == "timestamp" and ln.no in rows:
                continue
            ln.kind = kind
        elif (found := _credit_kind(ln.text)) is not None:
            if ln.no in rows and " | " in ln.text and numeric_row(ln.text):
                continue
            ln.kind, ln.text = found
        else:
            continue
        page.fixed.add(i)


def _furniture_kind(t: str) -> Kind | None:
    """Markers, rules, labels, galleries, breadcrumbs, reading times and stamps."""
    if BULLET_MARKER.match(t):
        return "marker"
    if RULE_LINE.match(t) or is_furniture(t):
        return "promo"
    if SUMMARY_LABEL.match(t) or CLOSING_SECTION.match(t):
        return "heading"
    if GALLERY.match(t):
        return "caption"
    if is_breadcrumb(t):
        return "masthead"
    if is_reading_time(t):
        return "reading_time"
    if is_timestamp(t):
        return "timestamp"
    return None


def _outlet_credit(t: str) -> str | None:
    """A byline after an outlet's name and a bar: "Valletta Today | Live coverage by Mark
    Camilleri and Rebecca Vella", "Harbour News | By Ana Lima" (the byline field), else None."""
    if "|" not in t or word_count(t) > 16:
        return None
    outlet, _, rest = t.partition("|")
    field = rest.strip()
    if len(words_of(outlet)) > 4 or not field or "|" in field:
        return None
    return field if BYLINE.match(field) and not ends_sentence(field.rstrip(".")) else None


def _credit_kind(t: str) -> tuple[Kind, str] | None:
    """Bylines, credits and promos: the kind and the line's text (a byline loses its tail)."""
    if BYLINE.match(t) and "|" in t and len(words_of(t.split("|")[0])) <= 8:
        return "byline", t.split("|")[0].strip()  # "By X | site | Updated: …"
    if (credited := _outlet_credit(t)) is not None:
        return "byline", credited  # "Valletta Today | Live coverage by Mark Camilleri"
    if (named := handle_byline(t)) is not None:
        return "byline", named
    if (
        is_sign_off(t)
        or HOUSE_BYLINE.match(t)
        or DOMAIN_LINE.fullmatch(t)
        or (word_count(t) <= 12 and ITEM_SOURCE.match(t))
    ):
        return "byline", t
    if is_credit(t):
        return "credit", t
    if is_promo(t):
        return "promo", t
    if (
        BYLINE.match(t) and word_count(t) <= 12 and not ends_sentence(t.rstrip("."))
    ) or NAMED_ROLE.match(t):
        return "byline", t
    return None


# --- 2. Bullets: a lone marker line puts its bullet text on the next line ----------------------


def _mark_bullets(page: LinePage) -> None:
    for i in page.nb:
        ln = page.lines[i]
        if i in page.fixed:
            continue
        prev = page.nxt(i, -1)
        if prev is not None and prev.kind == "marker" and prev.no == ln.no - 1:
            ln.kind = "bullet"
            page.fixed.add(i)
        elif BULLET.match(ln.text):
            numbered = ln.text.lstrip()[:1].isdigit()  # BULLET's "1." / "2)" form
            ln.kind = "bullet"
            ln.text = BULLET.sub("", ln.text, count=1)
            page.fixed.add(i)
            if numbered and _numbered_heading(ln, page.nxt(i, -1), page.nxt(i)):
                ln.kind = "heading"


# A numbered heading is at most this many words.
NUMBERED_HEADING_WORDS = 10


def _numbered_heading(ln: Line, before: Line | None, after: Line | None) -> bool:
    """A numbered line that is a short phrase ending no sentence, with prose under it and no
    list item either side (the last item of a list has prose under it too): the heading of a
    numbered section or of a digest's item ("2. Airline fined" over its paragraph)."""
    return (
        after is not None
        and (before is None or before.kind != "bullet")
        and not BULLET.match(after.text)
        and word_count(ln.text) <= NUMBERED_HEADING_WORDS
        and not ends_sentence(ln.text)
        and not ln.text.endswith(":")
        and ends_sentence(after.text)
        and word_count(after.text) > 2 * word_count(ln.text)
    )


def _mark_tables(page: LinePage) -> None:
    """The rows of a plain-text table (``table.table_rows``) and a listing's dated entries
    (``table.dated_rows``) are the article's, kept as body."""
    rows = table_rows(page.lines) | dated_rows(page.lines)
    for i in page.nb:
        if page.lines[i].no in rows and i not in page.fixed:
            page.lines[i].kind = "bullet"
            page.fixed.add(i)


# --- 3. Captions: the line right before a credit; or a line with an inline credit ------------


def _mark_captions(page: LinePage) -> None:
    for i in page.nb:
        top = page.pos[i] == 0  # the file's first line: a headline over its byline's "X | Y"
        if i not in page.fixed and _is_caption(page.lines[i], page.nxt(i), top):
            page.lines[i].kind = "caption"
            page.fixed.add(i)


# A credit line's label and its source, to see what else it says: "Photo: ", "(Reuters)",
# "/ AFP", "| Getty Images".
_CREDIT_LABEL = re.compile(rf"^{PHOTO_LABEL}(?::|—|-)\s*", re.I)
_CREDIT_SOURCE = re.compile(r"\s*(?:\([^)]*\)|[/|][^/|]*)\s*\.?$")
# the words a bare credit is made of besides names: "Jean Martin for The Times", "via AP"
_CREDIT_WORDS = frozenset(
    [
        "by",
        "for",
        "via",
        "and",
        "of",
        "the",
        "courtesy",
        "photo",
        "photos",
        "image",
        "images",
        "credit",
        "staff",
        "handout",
        "file",
    ]
)


def _describes_scene(credit: str) -> bool:
    """A credit line that carries its own description ("Photo: A plane at Gardermoen
    (Reuters)"): four or more words once its label and source are off, one of them a
    lower-case word no bare credit uses. Such a line is its photo's caption, so the line
    before it is not."""
    rest = _CREDIT_SOURCE.sub("", _CREDIT_LABEL.sub("", credit.strip()))
    words = rest.split()
    return len(words) >= 4 and any(w.islower() and w not in _CREDIT_WORDS for w in words)


# what a photo's credit names that a byline's or a newsletter's "X | Y" line does not
_PHOTO_SOURCE = re.compile(
    rf"\b(?:{AGENCIES})\b|photo|image|picture|illustration|graphic|video|handout|courtesy",
    re.I,
)


def _masthead_pipe(credit: str) -> bool:
    """A credit-shaped "X | Y" line that names no photo source: a byline and its title, a
    newsletter's name and issue ("Trust Watch | Issue 212 | 3 December 2026")."""
    return "|" in credit and _PHOTO_SOURCE.search(credit) is None


def _is_caption(ln: Line, after: Line | None, top: bool = False) -> bool:
    words = word_count(ln.text)
    if (
        after is not None
        and after.kind == "credit"
        and words <= 60
        and not _describes_scene(after.text)
    ):
        masthead = top and _masthead_pipe(after.text)
        if (BARE_AGENCY.match(after.text) or masthead) and headlike(ln.text):
            return False  # a headline over its provider ("Reuters"), not a photo and its credit
            # (or over its writer and title: "Sipho Ndlovu | Jozi Business Report")
        # a reported fact over an agency sign-off, not a photo description
        return not (words > 12 and (REPORTING_VERB.search(ln.text) or FIGURE_HINT.search(ln.text)))
    if words <= 80 and (credit_inline(ln.text) or credit_tail(ln.text)):
        return True
    # a single described scene and its source, never a paragraph
    return bool(
        words <= 40 and (m := PAREN_CREDIT.search(ln.text)) and _one_sentence(ln.text[: m.start()])
    )


# --- 4. Topic tags: a run of short bullets before any content at the top of the file ---------


def _mark_tags(page: LinePage) -> None:
    lines, nb = page.lines, page.nb
    k = 0
    while k < len(nb) and lines[nb[k]].kind == "bullet" and _is_tag(lines[nb[k]].text):
        k += 1
    if k >= 2 or (k == 1 and k < len(nb) and headlike(lines[nb[k]].text)):
        for j in range(k):
            lines[nb[j]].kind = "tag"


# --- 5. Mastheads: a one-to-three-word brand line over a headline -----------------------------


def _brand_shaped(text: str) -> bool:
    return word_count(text) <= 3 and len(text) <= 32 and headlike(text) and not text.endswith("?")


def _mark_top_masthead(page: LinePage) -> None:
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


def _mark_page_mastheads(page: LinePage) -> None:
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


# --- 6. Bylines without "By": a short name line next to a timestamp --------------------------


# A place or outlet line under the writer's name is at most this many words ("NAGPUR",
# "News24", "The Citizen").
_OUTLET_WORDS = 3


def _mark_bare_bylines(page: LinePage) -> None:
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


def _mark_role_lines(page: LinePage) -> None:
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


def _is_tag(text: str) -> bool:
    words = words_of(text)
    return 0 < len(words) <= 4 and not ends_sentence(text) and len(text) <= 40


def _one_sentence(text: str) -> bool:
    return re.search(r"[.!?][\"”’]?\s+[A-Z]", text) is None
