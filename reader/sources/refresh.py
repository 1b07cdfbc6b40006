"""``refresh``: fetch every feed, turn new items into stories, remember what was seen.

One feed's failure (network, HTTP status, not a feed) is recorded on that feed and never stops
the others. A 304 costs no parsing. Items already seen in a feed are skipped before any work;
a new item that carries only a teaser has its linked page fetched and extracted (the teaser is
kept when that fails). New stories are merged with each other as duplicates, and a story whose
text is already in the library only gains one more source.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.model import Story
from reader.sources.feeds import FeedError, Item, parse
from reader.sources.html import extract_article
from reader.sources.http import Fetcher, Limits, Request, Response
from reader.sources.stories import make_story

# progress(done, total) as feeds come back
Progress = Callable[[int, int], None]


@dataclass
class Report:
    feeds: int = 0
    not_modified: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    new_items: int = 0
    pages: int = 0  # teasers whose article page was fetched
    added: int = 0  # stories new to the library
    received: int = 0  # bytes on the wire
    ids: list[str] = field(default_factory=list)


def refresh(
    library: Library,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    only: list[str] | None = None,
) -> Report:
    """Fetch the followed feeds (or those in ``only``) and store their new stories."""
    rows = [f for f in feed_table.feeds(library) if only is None or f.url in only]
    return asyncio.run(_refresh(library, rows, limits or Limits(), progress))


async def _refresh(
    library: Library, rows: list[feed_table.FeedRow], limits: Limits, progress: Progress | None
) -> Report:
    report = Report(feeds=len(rows))
    done = 0

    def tick(_: Response) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(rows))

    results: list[tuple[feed_table.Outcome, list[Item]]] = []

    # each feed is parsed as soon as it arrives, while the others are still on the wire, in
    # one worker thread: parsing in the event loop would starve the requests in flight (on a
    # busy machine they ran into their deadline)
    parser = ThreadPoolExecutor(1, thread_name_prefix="newsdesk-feeds")
    loop = asyncio.get_running_loop()

    async def one(
        fetcher: Fetcher, row: feed_table.FeedRow
    ) -> tuple[feed_table.Outcome, list[Item]]:
        res = await fetcher.fetch(Request(row.url, row.etag, row.last_modified))
        tick(res)
        report.received += res.received
        return await loop.run_in_executor(parser, _outcome, library, row, res, report)

    try:
        async with Fetcher(limits) as fetcher:
            results = list(await asyncio.gather(*(one(fetcher, row) for row in rows)))
            outcomes = [out for out, _ in results]
            todo = [(out, item) for out, fresh in results for item in fresh]  # feed order
            pages = await _fetch_pages(fetcher, [item for _, item in todo if item.teaser])
            report.received += sum(r.received for r in pages.values())
    finally:
        parser.shutdown(wait=True)
    stories = _stories(todo, pages, report)
    from reader.pipeline import merge_duplicates

    merged = merge_duplicates(stories)
    report.added = feed_table.record(library, outcomes, merged)
    report.ids = list(dict.fromkeys(s.id for s in stories))
    return report


def _outcome(
    library: Library, row: feed_table.FeedRow, res: Response, report: Report
) -> tuple[feed_table.Outcome, list[Item]]:
    """The feed's new state and its items not seen before."""
    out = feed_table.Outcome(
        row, moved_to=res.moved_to, etag=res.etag, last_modified=res.last_modified
    )
    if res.error is not None:
        out.error = res.error
        report.failed.append((row.url, res.error))
        return out, []
    if res.not_modified:
        report.not_modified += 1
        out.etag = res.etag or row.etag
        out.last_modified = res.last_modified or row.last_modified
        return out, []
    try:
        feed = parse(res.body or b"", res.final_url or row.url, res.content_type)
    except FeedError as exc:
        out.error = str(exc)
        report.failed.append((row.url, out.error))
        return out, []
    out.title, out.site = feed.title, feed.site
    keys = [it.key for it in feed.items]
    seen = feed_table.seen_keys(library, row.id, keys)
    fresh = [it for it in dict((it.key, it) for it in feed.items).values() if it.key not in seen]
    report.new_items += len(fresh)
    out.items = []
    return out, fresh


async def _fetch_pages(fetcher: Fetcher, items: list[Item]) -> dict[str, Response]:
    links = list(dict.fromkeys(it.link for it in items if it.link))
    responses = await fetcher.fetch_all([Request(link) for link in links])
    return dict(zip(links, responses, strict=True))


def _stories(
    todo: list[tuple[feed_table.Outcome, Item]], pages: dict[str, Response], report: Report
) -> list[Story]:
    stories: list[Story] = []
    for out, item in todo:
        story = _item_story(out, item, pages, report)
        assert out.items is not None
        out.items.append((item.key, story.id if story else None))
        if story is not None:
            stories.append(story)
    return stories


def _item_story(
    out: feed_table.Outcome, item: Item, pages: dict[str, Response], report: Report
) -> Story | None:
    paragraphs, byline, published = item.paragraphs, item.author, item.published
    page = pages.get(item.link or "") if item.teaser else None
    if page is not None and page.body and page.error is None:
        article = extract_article(page.body, page.final_url or item.link)
        if article is not None and sum(len(p.split()) for p in article.paragraphs) > sum(
            len(p.split()) for p in paragraphs
        ):
            report.pages += 1
            paragraphs = article.paragraphs
            byline = byline or article.byline
            published = published or article.date
    site = out.title or out.feed.title
    return make_story(
        paragraphs,
        source=item.link or f"{out.feed.url}#{item.key}",
        title=item.title,
        url=item.link,
        site=site,
        byline=byline,
        published=published,
    )
