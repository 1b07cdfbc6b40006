"""Stories from structured sources (feed items, pages, newsletter items).

These arrive already split and titled, so they skip the text pipeline's line classification;
ids are the same content hash as any story's, so duplicates across feeds and files merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reader.model import Source, Story
from reader.story.dedupe import story_id

MAX_TITLE = 300


# what ``normalise_text`` changes, besides whitespace that a split folds anyway: character
# references, controls and escapes, invisible and joining characters, the spaces it makes
# plain (all of ``reader.text.safe``'s classes; a test checks every character against it)
_NEEDS_WORK = re.compile(
    "[&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u00ad\u061c\u180e\u2000-\u200f"
    "\u2028-\u202f\u2060-\u206f\u3000\ufe00-\ufe0f\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e01ef]"
)


def one_line(text: str) -> str:
    """One line of clean text: feeds and mail are data, never escape sequences or controls.

    Most paragraphs have nothing to clean (no reference, control or odd space, already NFC):
    they are only split and joined, which a refresh did for every paragraph twice."""
    if _NEEDS_WORK.search(text) is None and (
        text.isascii() or unicodedata.is_normalized("NFC", text)
    ):
        return " ".join(text.split())
    from reader.story.decode import normalise_text

    return " ".join(normalise_text(text).split())


def again(text: str) -> str:
    """``one_line(text)`` for a ``text`` that is ``one_line``'s output already, without its
    scan and split: such a text is its own cleaning, unless it holds a '&' (a decoded
    reference, "&amp;amp;" -> "&amp;", decodes once more). A feed item's paragraphs were
    cleaned twice, a sixth of the time spent making its story."""
    return one_line(text) if "&" in text else text


def make_story(
    paragraphs: Sequence[str],
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
    byline: str | None = None,
    published: str | None = None,
    lines: tuple[int, int] | None = None,
    cleaned: bool = False,
) -> Story | None:
    """A story from body paragraphs (None when there is no text). ``source`` is the file or
    URL it was read from; ``lines`` its line span there (default: one line per paragraph).
    ``cleaned``: the paragraphs are ``one_line``'s output already (an HTML fragment's blocks)."""
    from reader.story.titles.generate import generate_title

    if cleaned:
        paras = [p for p in (again(x) for x in paragraphs) if p]
    else:
        paras = [p for p in (one_line(x) for x in paragraphs) if p]
    title, byline, site, published, url = (
        one_line(v) or None if v else None for v in (title, byline, site, published, url)
    )
    if title and paras and paras[0] == title:
        paras = paras[1:]
    if not paras:
        return None
    first, last = lines if lines is not None else (1, len(paras))
    clean_title = " ".join((title or "").split())[:MAX_TITLE]
    if byline and byline.lower().startswith("by "):
        byline = byline[3:].strip()
    return Story(
        id=story_id(paras),
        title=clean_title or generate_title(paras[0]),
        title_generated=not clean_title,
        sources=[Source(source, first, last)],
        paragraphs=paras,
        byline=byline or None,
        published=published or None,
        url=url,
        site=site,
    )
