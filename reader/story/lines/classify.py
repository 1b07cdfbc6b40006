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
from reader.story.lines.captions import mark_captions, mark_credited_captions, mark_video_titles
from reader.story.lines.headlines import (
    mark_headlines,
    mark_lone_captions,
    mark_standfirsts,
    mark_tickers,
)
from reader.story.lines.line import Kind, Line, LinePage
from reader.story.lines.mastheads import (
    mark_bare_bylines,
    mark_page_mastheads,
    mark_role_lines,
    mark_tags,
    mark_top_masthead,
)
from reader.story.lines.page import (
    clean_text,
    handle_byline,
    mark_link_lists,
    mark_nav_runs,
    mark_pitches,
    mark_sign_offs,
    mark_sponsor_copy,
    without_read_on,
)
from reader.story.lines.patterns import (
    BULLET,
    BULLET_MARKER,
    BYLINE,
    DOMAIN_LINE,
    GALLERY,
    NAMED_ROLE,
    article_part,
    greeting,
    is_breadcrumb,
    is_credit,
    is_furniture,
    is_promo,
    is_reading_time,
    is_sign_off,
    is_timestamp,
)
from reader.story.lines.shape import RULE_LINE, ends_sentence, words_of
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
    mark_captions(page)
    mark_tags(page)
    mark_top_masthead(page)
    mark_page_mastheads(page)
    mark_bare_bylines(page)
    mark_role_lines(page)
    # Link lists and contact blocks under their header (a headline with its byline or a
    # photo after it ends the list).
    mark_link_lists(lines, nb, fixed, ends_sentence)
    mark_tickers(page)
    mark_headlines(page)
    mark_lone_captions(page)
    mark_video_titles(page)
    mark_credited_captions(page)
    mark_standfirsts(page)
    _mark_greeting(page)
    _mark_bios(lines)
    for ln in lines:
        if ln.kind == "body":
            ln.text = without_read_on(ln.text)
    return lines


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
    if article_part(t):
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
