"""Give every line of an article pile a kind: body text, metadata, or furniture to drop.

Scraped pages mix story text with headlines, bylines, "9 hours ago" stamps, photo captions and
agency credits, promo prompts and section headings. The classifier uses general shape features
(length, terminal punctuation, capitalisation, position, what comes before and after) plus the
generic wire conventions in ``lines_patterns``; nothing is keyed to a particular site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.lines.page import (
    DECK_WORDS,
    after_furniture,
    brand_over_headline,
    clean_text,
    handle_byline,
    list_item,
    mark_link_lists,
    mark_nav_runs,
    mark_pitches,
    meta_follows,
    wrapped_line,
)
from reader.story.lines.patterns import (
    BARE_AGENCY,
    BULLET,
    BULLET_MARKER,
    BYLINE,
    BYLINE_ROLE,
    CLOSING_SECTION,
    CREDIT_INLINE,
    CREDIT_TAIL,
    GALLERY,
    NAMED_ROLE,
    PAREN_CREDIT,
    SUMMARY_LABEL,
    is_breadcrumb,
    is_credit,
    is_furniture,
    is_promo,
    is_reading_time,
    is_timestamp,
)
from reader.story.lines.shape import (
    FIGURE_HINT,
    REPORTING_VERB,
    RULE_LINE,
    WH_WORD,
    _words,
    ends_sentence,
    headlike,
    is_byline_shape,
)
from reader.story.lines.shape import split_dateline as split_dateline  # re-exported
from reader.story.lines.shape import title_case_ratio as title_case_ratio  # re-exported


def classify_lines(raw: Sequence[str]) -> list[Line]:
    """Kinds for every line of one document: the rule signals (``classify_rules``) → line
    features → the learned role model → sequence decoding (``reader.story.lines.roles``), merged by
    ``reader.story.lines.roles.kinds``."""
    from reader.story.lines.roles.kinds import apply_roles

    return apply_roles(classify_rules(raw))


# over the complexity limit (63): the rule signals the role model reads as features; the
# rebuild of these rules as features of their own is left under issue 13
def classify_rules(raw: Sequence[str]) -> list[Line]:  # noqa: C901
    """The rule-based kinds of every line (context-sensitive, so the whole list at once); the
    role model takes them as features."""
    lines = [Line(i + 1, clean_text(t.strip()), "body") for i, t in enumerate(raw)]
    nb: list[int] = []  # indices of non-blank lines
    for i, ln in enumerate(lines):
        if not ln.text:
            ln.kind = "blank"
        else:
            nb.append(i)
    pos = {idx: k for k, idx in enumerate(nb)}

    def nxt(i: int, step: int = 1) -> Line | None:
        k = pos[i] + step
        return lines[nb[k]] if 0 <= k < len(nb) else None

    fixed: set[int] = set()
    # 1. Context-free kinds.
    for i in nb:
        ln = lines[i]
        t = ln.text
        if BULLET_MARKER.match(t):
            ln.kind = "marker"
        elif RULE_LINE.match(t) or is_furniture(t):
            ln.kind = "promo"
        elif SUMMARY_LABEL.match(t) or CLOSING_SECTION.match(t):
            ln.kind = "heading"
        elif GALLERY.match(t):
            ln.kind = "caption"
        elif is_breadcrumb(t):
            ln.kind = "masthead"
        elif is_reading_time(t):
            ln.kind = "reading_time"
        elif is_timestamp(t):
            ln.kind = "timestamp"
        elif BYLINE.match(t) and "|" in t and len(_words(t.split("|")[0])) <= 8:
            ln.kind, ln.text = "byline", t.split("|")[0].strip()  # "By X | site | Updated: …"
        elif (named := handle_byline(t)) is not None:
            ln.kind, ln.text = "byline", named
        elif is_credit(t):
            ln.kind = "credit"
        elif is_promo(t):
            ln.kind = "promo"
        elif (
            BYLINE.match(t) and len(_words(t)) <= 12 and not ends_sentence(t.rstrip("."))
        ) or NAMED_ROLE.match(t):
            ln.kind = "byline"
        else:
            continue
        fixed.add(i)

    # 2. Bullets: a lone marker line puts its bullet text on the next line.
    for i in nb:
        ln = lines[i]
        if i in fixed:
            continue
        prev = nxt(i, -1)
        if prev is not None and prev.kind == "marker" and prev.no == ln.no - 1:
            ln.kind = "bullet"
            fixed.add(i)
        elif BULLET.match(ln.text):
            ln.kind = "bullet"
            ln.text = BULLET.sub("", ln.text, count=1)
            fixed.add(i)

    # Menus and tool bars; pitches inside a newsletter box.
    mark_nav_runs(lines, nb, fixed)
    mark_pitches(lines, nb, fixed)

    # 3. Captions: the descriptive line right before a credit; or a line with an inline credit.
    for i in nb:
        ln = lines[i]
        if i in fixed:
            continue
        after = nxt(i)
        words = len(_words(ln.text))
        if after is not None and after.kind == "credit" and words <= 60:
            if BARE_AGENCY.match(after.text) and headlike(ln.text):
                continue  # a headline over its provider ("Reuters"), not a photo and its credit
            if words > 12 and (REPORTING_VERB.search(ln.text) or FIGURE_HINT.search(ln.text)):
                continue  # a reported fact over an agency sign-off, not a photo description
            ln.kind = "caption"
            fixed.add(i)
        elif (CREDIT_INLINE.search(ln.text) or CREDIT_TAIL.search(ln.text)) and words <= 80:
            ln.kind = "caption"
            fixed.add(i)
        elif (
            words <= 40
            and (m := PAREN_CREDIT.search(ln.text))
            and _one_sentence(ln.text[: m.start()])
        ):
            ln.kind = "caption"  # a single described scene and its source, never a paragraph
            fixed.add(i)

    # 4. Topic tags: a run of short bullets before any content at the top of the file.
    k = 0
    while k < len(nb) and lines[nb[k]].kind == "bullet" and _is_tag(lines[nb[k]].text):
        k += 1
    if k >= 2 or (k == 1 and k < len(nb) and headlike(lines[nb[k]].text)):
        for j in range(k):
            lines[nb[j]].kind = "tag"

    # 5. Masthead: a one-to-three-word brand line at the very top, followed by a headline.
    if len(nb) >= 2:
        first, second = lines[nb[0]], lines[nb[1]]
        if (
            first.kind == "body"
            and len(_words(first.text)) <= 3
            and len(first.text) <= 32
            and headlike(first.text)
            and not first.text.endswith("?")
            and headlike(second.text)
            and second.kind == "body"
            and not BYLINE_ROLE.search(second.text)
        ):
            first.kind = "masthead"
            fixed.add(nb[0])
    # Further down a pile of pasted pages, the same brand line opens each page: there it must
    # be followed by a headline and that headline by its byline or time stamp.
    for k in range(1, len(nb) - 2):
        brand, head = lines[nb[k]], lines[nb[k + 1]]
        if (
            brand.kind == "body"
            and head.kind == "body"
            and len(_words(brand.text)) <= 3
            and len(brand.text) <= 32
            and headlike(brand.text)
            and not brand.text.endswith("?")
            and headlike(head.text)
            and len(_words(head.text)) >= 3
            and not BYLINE_ROLE.search(head.text)
            and meta_follows(lines, nb, k + 1)
        ):
            brand.kind = "masthead"
            fixed.add(nb[k])

    # 6. Bylines without "By": a short name line next to a timestamp.
    for i in nb:
        ln = lines[i]
        if i in fixed or ln.kind != "body":
            continue
        before, after = nxt(i, -1), nxt(i)
        if before is not None and before.kind == "masthead":
            continue  # the line under a site's brand is its headline
        near_time = (after is not None and after.kind == "timestamp") or (
            before is not None and before.kind == "timestamp"
        )
        if (near_time and is_byline_shape(ln.text) and not (after and after.kind == "body")) or (
            near_time and is_byline_shape(ln.text) and BYLINE_ROLE.search(ln.text)
        ):
            ln.kind = "byline"
            fixed.add(i)

    # Link lists and contact blocks under their header (a headline with its byline or a
    # photo after it ends the list).
    mark_link_lists(lines, nb, fixed, ends_sentence)

    # 7. Headline-shaped lines: template questions, titles, section headings.
    seen_content = False
    listed: set[int] = set()  # line numbers of list items under a "…:" line
    for i in nb:
        ln = lines[i]
        if ln.kind != "body":
            if ln.kind in ("bullet", "caption", "credit"):
                seen_content = seen_content or ln.kind == "bullet"
            continue
        after = nxt(i)
        if not headlike(ln.text) or after is None:
            if after is None and headlike(ln.text) and len(_words(ln.text)) < 5:
                ln.kind = "promo"  # a stray trailing label ("Related Topics")
            elif (
                not seen_content
                and len(_words(ln.text)) <= SENTENCE_TITLE_WORDS
                and after is not None
                and after.kind in ("byline", "timestamp")
                and after_furniture(nxt(i, -1))
            ):
                ln.kind = "title"  # "I built a bakery. Here's how." over its byline and stamp
            else:
                seen_content = True
            continue
        before = nxt(i, -1)
        if list_item(before, ln, after, listed):
            listed.add(ln.no)
            seen_content = True  # an item of a list in the text, not a heading
            continue
        if after.text[:1].islower() or wrapped_line(ln, after):
            seen_content = True  # a hard-wrapped line or a list item, not a heading
            continue
        if (
            before is not None
            and before.kind == "body"
            and before.no == ln.no - 1
            and len(before.text) >= 50
            and not ends_sentence(before.text)
        ):
            seen_content = True  # the middle of a hard-wrapped sentence
            continue
        if before is not None and before.kind in ("title", "standfirst") and before.no == ln.no - 1:
            if before.kind == "title" and brand_over_headline(before.text, ln.text):
                before.kind, ln.kind = "masthead", "title"
            else:
                ln.kind = "standfirst"  # a deck line right under the headline
            continue
        if ln.text.endswith("?") and (
            (len(_words(ln.text)) <= 4 and WH_WORD.match(ln.text) is not None)
            or (after.kind == "body" and after.text.endswith("?") and headlike(after.text))
            or (before is not None and before.kind == "heading" and before.text.endswith("?"))
        ):
            ln.kind = "heading"
            continue
        head_follows = meta_follows(lines, nb, pos[i])
        head_precedes = before is not None and before.kind in (
            "caption",
            "credit",
            "masthead",
            "tag",
        )
        if not seen_content or head_follows or head_precedes:
            ln.kind = "title"
        else:
            ln.kind = "heading"

    # 7b. A photo caption without a credit: one short descriptive line standing alone right
    # above a headline, at the top of the file or after page furniture (not after a paragraph,
    # where it would be the previous story's last line).
    for k, i in enumerate(nb):
        if lines[i].kind != "title" or k == 0:
            continue
        cand = lines[nb[k - 1]]
        if cand.kind != "body" or len(_words(cand.text)) > CAPTION_WORDS:
            continue
        # after page furniture only: after a headline, byline or stamp it is a one-paragraph brief
        if k == 1 or lines[nb[k - 2]].kind in ("promo", "caption", "credit", "masthead"):
            cand.kind = "caption"

    # 8. Standfirst: the summary line between a title block and the body.
    for i in nb:
        ln = lines[i]
        if ln.kind != "title":
            continue
        k = pos[i] + 1
        meta = False
        while k < len(nb) and lines[nb[k]].kind in ("byline", "timestamp", "reading_time"):
            meta = True
            k += 1
        if k >= len(nb):
            continue
        cand = lines[nb[k]]
        if cand.kind != "body" or len(_words(cand.text)) > 60:
            continue
        follow = lines[nb[k + 1]] if k + 1 < len(nb) else None
        if follow is None:
            continue
        deck = len(_words(cand.text)) <= DECK_WORDS
        if (
            (follow.kind == "heading" and deck)
            or (not meta and deck and follow.kind in ("byline", "timestamp", "reading_time"))
            or (
                meta
                and lines[nb[k - 1]].no == cand.no - 1
                and follow.no > cand.no + 1
                and lines[nb[k - 1]].kind != "title"
            )
        ):
            cand.kind = "standfirst"
    return lines


# Longest sentence-shaped line taken as a headline (at the top, over its byline or stamp).
SENTENCE_TITLE_WORDS = 25
# Longest line taken for a lone photo caption above a headline.
CAPTION_WORDS = 30


def _is_tag(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= 4 and not ends_sentence(text) and len(text) <= 40


def _one_sentence(text: str) -> bool:
    return re.search(r"[.!?][\"”’]?\s+[A-Z]", text) is None
