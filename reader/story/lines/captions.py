"""Photo captions and their credits, for the line classifier (``classify``): the line right
before a credit, or a line with its credit inline; a broadcaster's embedded video's title over
its running time; a headline-shaped line under a photo agency's bare name. Split out of
``classify`` by what they hold.
"""

from __future__ import annotations

import re

from reader.story.lines.line import Line, LinePage
from reader.story.lines.patterns import (
    AGENCIES,
    BARE_AGENCY,
    PAREN_CREDIT,
    PHOTO_LABEL,
    credit_inline,
    credit_tail,
)
from reader.story.lines.shape import FIGURE_HINT, REPORTING_VERB, ends_sentence, headlike
from reader.story.lines.words import word_count

# --- Captions: the line right before a credit; or a line with an inline credit ---------------


def mark_captions(page: LinePage) -> None:
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


def _one_sentence(text: str) -> bool:
    return re.search(r"[.!?][\"”’]?\s+[A-Z]", text) is None


# --- Video titles and credited captions --------------------------------------------------


# a video's running time on a line of its own: "2:14", "0:45"
_DURATION = re.compile(r"\d{1,2}:\d{2}")


def mark_video_titles(page: LinePage) -> None:
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


def mark_credited_captions(page: LinePage) -> None:
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
