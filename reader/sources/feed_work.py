"""The CPU side of a refresh: a feed's body to its new items' stories, a teaser's page to its
story. Plain functions of picklable values, so they run in a worker process as well as here.

A refresh of a few hundred feeds spends most of its CPU here (parsing, cleaning each
paragraph, the content hash and the sketch the merge across feeds needs): in the event
loop's process that work starved the requests in flight, and on one core it serialised what
a machine's other cores could share (``reader.sources.refresh`` sends it to a pool).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from reader.model import Story
from reader.sources.feeds import FeedError, Item, parse
from reader.sources.html import extract_article
from reader.sources.stories import make_story
from reader.story.dedupe import Sketch, sketch

T = TypeVar("T")


@dataclass
class NewItem:
    """An item not seen before: its story (and sketch) now, or a teaser whose page is next."""

    key: str
    story: Story | None = None
    sketch: Sketch | None = None
    teaser: Item | None = None


@dataclass
class ParsedFeed:
    title: str | None = None
    site: str | None = None
    error: str | None = None  # not a feed we can read
    items: list[NewItem] = field(default_factory=list)  # in feed order, each key once


def parse_feed(
    body: bytes,
    url: str,
    content_type: str,
    seen: frozenset[str],
    feed: tuple[str, str | None],
) -> ParsedFeed:
    """The feed in ``body`` (fetched from ``url``), with a story for every item whose key is
    not in ``seen``; a teaser item (only a summary and a link) is returned for its page to
    be fetched. ``feed``: the followed URL and its known title (the site name of stories
    when the feed has none)."""
    followed, known_title = feed
    try:
        parsed = parse(body, url, content_type, seen)
    except FeedError as exc:
        return ParsedFeed(error=str(exc))
    out = ParsedFeed(title=parsed.title, site=parsed.site)
    site = parsed.title or known_title
    fresh = dict((it.key, it) for it in parsed.items)  # the last copy of a repeated key
    for key, item in fresh.items():
        if key in seen:  # (a key that is a hash of the text: the parser cannot skip it)
            continue
        if item.teaser:
            out.items.append(NewItem(key, teaser=item))
            continue
        story, _ = item_story(item, site, followed, None, None)
        out.items.append(NewItem(key, story, sketch(story.text) if story else None))
    return out


def page_story(
    item: Item, site: str | None, feed_url: str, page: bytes | None, page_url: str | None
) -> tuple[Story | None, Sketch | None, bool]:
    """A teaser's story from its linked page when the page's article says more (else from
    the teaser), its sketch, and whether the page was used."""
    story, used = item_story(item, site, feed_url, page, page_url)
    return story, sketch(story.text) if story else None, used


def item_story(
    item: Item, site: str | None, feed_url: str, page: bytes | None, page_url: str | None
) -> tuple[Story | None, bool]:
    """An item's story, from its page's article when that is longer than the item's own
    text; whether the page was used."""
    paragraphs, byline, published = item.paragraphs, item.author, item.published
    cleaned = item.clean
    used = False
    if page:
        article = extract_article(page, page_url or item.link)
        if article is not None and sum(len(p.split()) for p in article.paragraphs) > sum(
            len(p.split()) for p in paragraphs
        ):
            used = True
            paragraphs, cleaned = article.paragraphs, True  # each one_line's already
            byline = byline or article.byline
            published = published or article.date
    story = make_story(
        paragraphs,
        source=item.link or f"{feed_url}#{item.key}",
        title=item.title,
        url=item.link,
        site=site,
        byline=byline,
        published=published,
        cleaned=cleaned,
    )
    return story, used


def timed(fn: Callable[..., T], *args: Any) -> tuple[T, float]:
    """``fn(*args)`` and the CPU seconds it took in this thread (what a pool worker spent)."""
    import time

    start = time.thread_time()
    result = fn(*args)
    return result, time.thread_time() - start


def warm_up() -> None:
    """Import what parsing a feed and making its stories need: a pool worker's first job
    (its imports take most of a second), so the jobs wait for it in the thread instead."""
    import fastfeedparser  # noqa: F401
    import lxml.html  # noqa: F401
    import numpy  # noqa: F401


def start_worker(parent: int) -> None:
    """Pool initializer (as ``reader.ingest_work``'s workers): Ctrl+C is the parent's to
    handle, and the worker ends once ``parent`` is gone (a kill -9 leaves none behind)."""
    import os
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass  # alive, owned by someone else
            time.sleep(0.25)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
