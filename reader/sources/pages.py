"""``newsdesk add URL…``: fetch web pages and keep each page's article as a story."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from reader.library.store import Library
from reader.model import Story
from reader.sources.html import extract_article
from reader.sources.http import Fetcher, Limits, Request
from reader.sources.stories import make_story


def add_pages(
    library: Library, urls: Sequence[str], limits: Limits | None = None
) -> tuple[list[Story], list[str]]:
    """The stories stored (in URL order) and one line per page that gave none."""

    async def go() -> list[tuple[str, bytes | None, str | None, str]]:
        async with Fetcher(limits) as fetcher:
            got = await fetcher.fetch_all([Request(u) for u in urls])
        return [(r.url, r.body, r.error, r.final_url or r.url) for r in got]

    stories: list[Story] = []
    problems: list[str] = []
    for url, body, err, final in asyncio.run(go()):
        if err is not None or body is None:
            problems.append(f"{url}: {err or 'empty response'}")
            continue
        article = extract_article(body, final)
        story = None
        if article is not None:
            story = make_story(
                article.paragraphs,
                source=final,
                title=article.title,
                url=article.url or final,
                site=article.site,
                byline=article.byline,
                published=article.date,
            )
        if story is None:
            problems.append(f"{url}: no article text found")
            continue
        stories.append(story)
    if stories:
        from reader.library.feeds import store_stories
        from reader.pipeline import merge_duplicates

        stories = merge_duplicates(stories)
        store_stories(library, stories)
    return stories, problems
