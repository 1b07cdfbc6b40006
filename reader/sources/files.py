"""Files the text path does not read: web pages (.html/.htm) and mail (.eml/.mbox).

``read_and_split`` hands these here; the result has the same shape as a text file's
(digest, stories, sketches) or a Problem, so the library stores and dedupes them alike.
"""

from __future__ import annotations

import hashlib
import os

from reader.model import Story
from reader.sources.mail import Message
from reader.story.dedupe import Sketch
from reader.story.load import Problem, read_bytes

PAGE_SUFFIXES = (".html", ".htm")
MAIL_SUFFIXES = (".eml", ".mbox")

Result = tuple[str, list[Story], list[Sketch]] | Problem


def handles(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in (*PAGE_SUFFIXES, *MAIL_SUFFIXES)


def read_and_split(name: str, key: str, whole: bool = False) -> Result:
    raw = read_bytes(name)
    if isinstance(raw, Problem):
        return raw
    if not raw.strip():
        return Problem(name, "empty file")
    from reader.story.decode import sniff_binary

    reason = sniff_binary(raw)
    if reason is not None:
        return Problem(name, reason)
    digest = hashlib.sha256(raw).hexdigest()
    suffix = os.path.splitext(name)[1].lower()
    if suffix in PAGE_SUFFIXES:
        stories = _page(raw, key)
    elif suffix == ".eml":
        stories = _message(raw, key, 1, raw.count(b"\n") + 1, whole)
    else:
        from reader.sources.mail import split_mbox

        stories = []
        for chunk, first, last in split_mbox(raw):
            stories.extend(_message(chunk, key, first, last, whole))
    from reader.story.dedupe import merge_sketched

    kept, sketches = merge_sketched(stories)
    return digest, kept, sketches


def _page(raw: bytes, key: str) -> list[Story]:
    from reader.sources.html import extract_article
    from reader.sources.stories import make_story

    article = extract_article(raw)
    if article is None:
        return []
    story = make_story(
        article.paragraphs,
        source=key,
        title=article.title,
        url=article.url,
        site=article.site,
        byline=article.byline,
        published=article.date,
        lines=(1, raw.count(b"\n") + 1),
    )
    return [story] if story else []


def _message(raw: bytes, key: str, first: int, last: int, whole: bool) -> list[Story]:
    from reader.sources.mail import html_items, parse_message
    from reader.sources.stories import make_story

    msg = parse_message(raw)
    span = (first, last)
    if msg.html:
        items = [] if whole else html_items(msg.html)
        if len(items) >= 2:
            out = []
            for it in items:
                s = make_story(
                    it.paragraphs,
                    source=key,
                    title=it.title,
                    url=it.url,
                    site=msg.sender,
                    published=msg.date,
                    lines=span,
                )
                if s is not None:
                    out.append(s)
            return out
        from reader.sources.html import fragment_paragraphs

        paras = fragment_paragraphs(msg.html)
        s = make_story(
            paras, source=key, title=msg.subject, site=msg.sender, published=msg.date, lines=span
        )
        return [s] if s else []
    if msg.text:
        return _text_stories(msg.text, key, msg, span, whole)
    return []


def _text_stories(
    text: str, key: str, msg: Message, span: tuple[int, int], whole: bool
) -> list[Story]:
    from reader.model import Source
    from reader.pipeline import Document, split_document
    from reader.story.decode import normalise_text

    lines = [ln.rstrip() for ln in normalise_text(text).split("\n")]
    doc = Document(key, lines, "")
    stories = split_document(doc, whole=whole)
    for s in stories:
        s.sources = [Source(key, span[0], span[1])]
        s.site = _clean(msg.sender)
        s.published = s.published or _clean(msg.date)
    subject = _clean(msg.subject)
    if len(stories) == 1 and stories[0].title_generated and subject:
        stories[0].title, stories[0].title_generated = subject, False
    return stories


def _clean(text: str | None) -> str | None:
    from reader.sources.stories import one_line

    return one_line(text) or None if text else None
