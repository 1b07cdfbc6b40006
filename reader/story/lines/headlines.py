"""The headline passes of the line classifier: titles and section headings among the
headline-shaped lines, the deck (standfirst) under a title, and a lone photo caption above one.

They run after the context-free and neighbour passes in ``classify`` have settled bylines,
stamps, credits and mastheads, and read those kinds around each line.
"""

from __future__ import annotations

import re

from reader.story.lines.line import Line, LinePage
from reader.story.lines.page import (
    DECK_WORDS,
    after_furniture,
    brand_over_headline,
    link_line,
    list_item,
    meta_follows,
    wrapped_line,
)
from reader.story.lines.patterns import greeting
from reader.story.lines.shape import WH_WORD, ends_sentence, headlike, wire_dateline
from reader.story.lines.words import word_count

# Longest sentence-shaped line taken as a headline (at the top, over its byline or stamp).
SENTENCE_TITLE_WORDS = 25
# Longest headline taken over its byline or stamp when it is too long to be headline-shaped.
LONG_HEADLINE_WORDS = 32
# ... and a feature's headline in two parts ("The last of the Tweed netsmen: after two
# centuries at the river mouth, the family's crew has hauled its final net")
LONG_FEATURE_HEADLINE_WORDS = 32
# Longest deck (standfirst) between a long headline and its byline or stamp: a long read's
# standfirst runs to two or three sentences ("Harnais Sahel employs 2,600 people ... For twelve
# months our writer followed one production line through ...")
LONG_DECK_WORDS = 80
# Longest kicker over a long headline: "Business", "THE SATURDAY FEATURE", "THE LONG READ"
KICKER_WORDS = 3
# Longest line taken for a lone photo caption above a headline.
CAPTION_WORDS = 30


# --- 7. Headline-shaped lines: template questions, titles, section headings ------------------


# a news ticker's line across the page: "BREAKING: Route 9 closed ...", "Latest: ...", "JUST IN:
# ..." (the site's other news; an article's own headline so marked has its byline under it)
_TICKER = re.compile(
    r"(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|LATEST|Latest|JUST IN|Just [Ii]n|DEVELOPING)"
    r" ?[:|\u2013\u2014-] +\S"
)
# a run of this many furniture lines (a menu, a ticker, a section label) between page text and
# a line parts them: text above a site's menu (a cookie notice, a banner) is no article's
# content, so a headline under the menu may still head the page's article
MENU_RUN = 6
# ... when that text is a notice's line or two (an article's paragraphs above a menu make the
# lines under it the page's other content: most-read lists, teasers)
NOTICE_LINES = 2


def mark_tickers(page: LinePage) -> None:
    """A ticker line is page furniture ("promo"), unless its own byline or stamp follows it."""
    for i in page.nb:
        ln = page.lines[i]
        if ln.kind in _META or not _TICKER.match(ln.text.strip()):
            continue
        after = page.nxt(i)
        if after is None or after.kind not in _META:
            ln.kind = "promo"


def mark_headlines(page: LinePage) -> None:
    seen_content = False
    listed: set[int] = set()  # line numbers of list items under a "…:" line
    furniture = 0  # furniture lines in a row before this line
    bodies = 0  # body lines so far
    for i in page.nb:
        ln = page.lines[i]
        if ln.kind != "body":
            seen_content = seen_content or ln.kind == "bullet"
            furniture = furniture + 1 if after_furniture(ln) or ln.kind == "nav" else 0
            continue
        # (only for a headline over its byline or stamp: _not_headlike's)
        notice = furniture >= MENU_RUN and bodies <= NOTICE_LINES
        furniture = 0
        bodies += 1
        after = page.nxt(i)
        if after is not None and link_line(after):
            after = page.nxt(i, 2)  # (the item's web address between its title and stamp)
        if not headlike(ln.text) or after is None:
            seen_content = _not_headlike(page, i, after, seen_content and not notice)
        else:
            seen_content = _headlike(page, i, after, seen_content, listed)


def _not_headlike(page: LinePage, i: int, after: Line | None, seen_content: bool) -> bool:
    """A body line that is not headline-shaped or is the last one; returns ``seen_content``."""
    ln = page.lines[i]
    if after is None and headlike(ln.text) and word_count(ln.text) < 5:
        ln.kind = "promo"  # a stray trailing label ("Related Topics")
    elif (
        not seen_content
        and word_count(ln.text) <= SENTENCE_TITLE_WORDS
        and after is not None
        and after.kind in ("byline", "timestamp")
        and after_furniture(page.nxt(i, -1))
    ):
        ln.kind = "title"  # "I built a bakery. Here's how." over its byline and stamp
    elif not seen_content and _long_headline(page, i):
        before = page.nxt(i, -1)
        if before is not None and before.kind == "title":
            before.kind = "masthead"  # the section's label over it: "Business"
        ln.kind = "title"
    else:
        return True
    return seen_content


def _kicker_over(kicker: Line, ln: Line, after: Line) -> bool:
    """A section's capitals kicker ("TECH & POLICY") over a headline with its deck under it (a
    paragraph's worth, no sentence end) and then its byline: the kicker is no title."""
    k = kicker.text.strip()
    return (
        k.isupper()
        and word_count(k) <= KICKER_WORDS
        and word_count(ln.text) > KICKER_WORDS
        and after.kind == "body"
        and not ends_sentence(after.text.strip())
    )


def _long_headline(page: LinePage, i: int) -> bool:
    """A headline too long to be headline-shaped ("Loomhouse profits fall by a third as returns
    and delivery costs bite at Leeds online fashion retailer"): no sentence end, a capital
    first, at most ``LONG_HEADLINE_WORDS`` words, over its byline or stamp (a deck may stand
    between), at the top of the file or of an item, under page furniture or a section's
    one- or two-word label."""
    ln, before = page.lines[i], page.nxt(i, -1)
    t = ln.text.strip()
    longest = LONG_FEATURE_HEADLINE_WORDS if ": " in t else LONG_HEADLINE_WORDS
    # (a question may head a feature: "... can a weekend levy save the old town?")
    if word_count(t) > longest or t.endswith((",", ":", ";", ".", "!")):
        return False
    if ends_sentence(t) and not t.endswith("?"):
        return False
    # (a headline may open on a quotation: "'The roof was always going to come down': ...")
    if not t.lstrip("'\"\u2018\u201c")[:1].isupper():
        return False
    if not meta_follows(page.lines, page.nb, page.pos[i], LONG_DECK_WORDS):
        return False
    return after_furniture(before) or (
        before is not None
        and before.kind == "title"
        and (
            word_count(before.text) <= 2
            or (word_count(before.text) <= KICKER_WORDS and before.text.isupper())
            or (word_count(t) > LONG_HEADLINE_WORDS // 2 and _label(before.text))
        )
    )


def _label(text: str) -> bool:
    """A section's label of a few capitalised words ("Courts & Labour", "Markets | Asia")."""
    words = [w for w in text.split() if w not in ("&", "|", "/")]
    return 0 < len(words) <= KICKER_WORDS and all(w[:1].isupper() for w in words)


def _headlike(page: LinePage, i: int, after: Line, seen_content: bool, listed: set[int]) -> bool:
    """A headline-shaped body line with a line after it; returns ``seen_content``."""
    ln = page.lines[i]
    before = page.nxt(i, -1)
    if list_item(before, ln, after, listed):
        listed.add(ln.no)
        return True  # an item of a list in the text, not a heading
    # (a byline in lower case, "by: Marisol Quintana", continues no sentence)
    lower_after = after.text[:1].islower() and after.kind != "byline"
    if lower_after or wrapped_line(ln, after) or _mid_sentence(before, ln):
        return True  # a hard-wrapped line or a list item, not a heading
    if before is not None and before.kind in ("title", "standfirst") and before.no == ln.no - 1:
        if before.kind == "title" and (
            brand_over_headline(before.text, ln.text) or _kicker_over(before, ln, after)
        ):
            before.kind, ln.kind = "masthead", "title"
        else:
            ln.kind = "standfirst"  # a deck line right under the headline
    elif _question_heading(ln, before, after):
        ln.kind = "heading"
    elif (
        not seen_content
        or meta_follows(page.lines, page.nb, page.pos[i])
        or (before is not None and before.kind in ("caption", "credit", "masthead", "tag"))
    ):
        ln.kind = "title"
    else:
        ln.kind = "heading"
    return seen_content


def _mid_sentence(before: Line | None, ln: Line) -> bool:
    """The middle of a hard-wrapped sentence: right after a long unfinished body line."""
    return (
        before is not None
        and before.kind == "body"
        and before.no == ln.no - 1
        and len(before.text) >= 50
        and not ends_sentence(before.text)
    )


def _question_heading(ln: Line, before: Line | None, after: Line) -> bool:
    return ln.text.endswith("?") and (
        (word_count(ln.text) <= 4 and WH_WORD.match(ln.text) is not None)
        or (after.kind == "body" and after.text.endswith("?") and headlike(after.text))
        or (before is not None and before.kind == "heading" and before.text.endswith("?"))
    )


# --- 7b. A photo caption without a credit -----------------------------------------------------


# what a story's sentence reports, and a photo's caption does not: "... held that the
# prosecution had proved its case", "..., the council said."
_REPORTED = re.compile(r"\b(?:said|says|told|held that|ruled that|according to)\b")


def mark_lone_captions(page: LinePage) -> None:
    """One short descriptive line standing alone right above a headline, at the top of the
    file or after page furniture (not after a paragraph, where it would be the previous
    story's last line)."""
    lines, nb = page.lines, page.nb
    for k, i in enumerate(nb):
        if lines[i].kind != "title" or k == 0:
            continue
        cand = lines[nb[k - 1]]
        if cand.kind != "body" or word_count(cand.text) > CAPTION_WORDS:
            continue
        if ends_sentence(cand.text) and _REPORTED.search(cand.text):
            continue  # "Delivering judgment, Justice X held that ...": the last paragraph
        # after page furniture only: after a headline, byline or stamp it is a one-paragraph brief
        if k == 1 or lines[nb[k - 2]].kind in ("promo", "caption", "credit", "masthead"):
            cand.kind = "caption"


# --- 8. Standfirst: the summary line between a title block and the body -----------------------


_META = ("byline", "timestamp", "reading_time")


def mark_standfirsts(page: LinePage) -> None:
    lines, nb = page.lines, page.nb
    for i in nb:
        if lines[i].kind != "title":
            continue
        k = page.pos[i] + 1
        meta = photo = False
        # (a photo may stand between the headline and its deck, when the deck's byline or stamp
        # follows it: skip its caption and credit)
        while k < len(nb) and lines[nb[k]].kind in (*_META, "caption", "credit"):
            meta = meta or lines[nb[k]].kind in _META
            photo = photo or lines[nb[k]].kind not in _META
            k += 1
        if k + 1 >= len(nb):
            continue  # no candidate, or nothing after it
        cand, follow = lines[nb[k]], lines[nb[k + 1]]
        if photo and follow.kind not in _META:
            continue
        if follow.kind == "title":
            continue  # an item's only paragraph under its headline and stamp: a brief's body
        if (
            cand.kind != "body"
            or word_count(cand.text) > LONG_DECK_WORDS
            or wire_dateline(cand.text)
        ):
            continue  # a paragraph opening on a wire dateline is the story's first, no deck
        if cand.text.rstrip().endswith(":"):
            continue  # "What it said, under the headings it used:": it opens what follows
        if _standfirst(cand, follow, lines[nb[k - 1]], meta=meta) and not greeting(cand.text):
            cand.kind = "standfirst"


def _standfirst(cand: Line, follow: Line, above: Line, *, meta: bool) -> bool:
    """``cand`` (a short body line after a title and ``meta`` lines, ``above`` it) is the deck."""
    deck = word_count(cand.text) <= DECK_WORDS
    if meta:
        return (above.no == cand.no - 1 and follow.no > cand.no + 1 and above.kind != "title") or (
            follow.kind == "heading" and deck
        )
    # (right over its byline or stamp a deck with no full stop may run longer: "Quarry Hill
    # Woodworks once employed 40 people ... Today it has six, a waiting list and a new idea
    # about what a family business should be"; a lede over a late byline ends its sentence)
    long_deck = word_count(cand.text) <= LONG_DECK_WORDS and follow.kind in _META
    return (deck or not ends_sentence(cand.text.strip()) or long_deck) and follow.kind in (
        "heading",
        *_META,
    )
