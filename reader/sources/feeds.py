"""Feed documents to items: RSS 0.9x/1.0/2.0 and Atom, JSON Feed by hand.

Well-formed XML goes through fastfeedparser (lxml; a refresh of 200 feeds spent most of its
time in feedparser), anything else through feedparser, the reference: it falls back to a loose
parser on malformed XML and has its own charset fallbacks. Both give the same items (a test
checks every fixture). Entity declarations are refused before either parser runs (a
billion-laughs or external-entity DOCTYPE), and the well-formedness check loads no DTD and
resolves no entity. A feed that declares one charset but is valid UTF-8 throughout is read as
UTF-8 (the common "declared latin-1, saved as UTF-8" mistake). Relative links resolve against
the feed's final URL.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from reader.sources.html import fragment_paragraphs, html_text
from reader.text.safe import first_line

# an item whose text has fewer words than this and a link to follow is a teaser
TEASER_WORDS = 120
_ROOT = re.compile(rb"<(?![?!])")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


class FeedError(ValueError):
    """Not a feed we can read (one line for the user)."""


@dataclass
class Item:
    key: str  # guid / id, else link, else a hash of title and text
    title: str | None
    link: str | None
    author: str | None
    published: str | None  # ISO 8601 when the feed gives a parsable date
    paragraphs: list[str] = field(default_factory=list)
    teaser: bool = False  # only a summary: fetch and extract the linked page
    # the paragraphs are ``reader.sources.stories.one_line``'s output (an HTML fragment's)
    clean: bool = False


@dataclass
class Feed:
    title: str | None
    site: str | None
    items: list[Item]


def parse(
    body: bytes, url: str, content_type: str = "", seen: frozenset[str] = frozenset()
) -> Feed:
    """The feed in ``body`` (fetched from ``url``); FeedError when it is no feed. Items whose
    key is in ``seen`` are left out before their text is read (a refresh skips them anyway:
    a feed with one new item of twenty parsed the HTML of all twenty), unless the key is a
    hash of the text (an item with no id, guid or link)."""
    head = body.lstrip()[:1]
    if "json" in content_type.lower() or head in (b"{", b"["):
        return parse_json_feed(body, url, seen)
    return _parse_xml(body, url, content_type, seen)


def _as_utf8(body: bytes) -> bytes:
    """Valid UTF-8 with non-ASCII bytes, declared otherwise: say UTF-8 in the declaration."""
    m = _XML_DECL.match(body)
    if m is None or m.group(1).lower() in (b"utf-8", b"utf8"):
        return body
    if body.isascii():
        return body
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return body
    return body[: m.start(1)] + b"utf-8" + body[m.end(1) :]


def _declares_entities(body: bytes) -> bool:
    """An ``<!ENTITY`` before the root element: the shape of billion laughs and XXE."""
    root = _ROOT.search(body)
    prolog = body[: root.start()] if root else body
    return b"<!ENTITY" in prolog.upper()


def _parse_xml(body: bytes, url: str, content_type: str, seen: frozenset[str]) -> Feed:
    import feedparser

    if _declares_entities(body):
        # feedparser would neutralise them too (the DOCTYPE is replaced, nothing expands or is
        # read), leaving "&lol9;" as text: a feed that needs entity declarations is refused
        raise FeedError("refused: the feed declares XML entities (entity expansion is unsafe)")

    fast = _parse_fast(body, url, seen)
    if fast is not None:
        return fast
    headers = {"content-location": url}
    if content_type and "charset" not in content_type.lower():
        headers["content-type"] = content_type
    # our own HTML-to-text drops scripts and markup, and links resolve below: feedparser's
    # sanitizer and relative-URI pass would only double the parsing time
    data = feedparser.parse(
        _as_utf8(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = data.get("version") or ""
    entries = data.get("entries") or []
    if not version and not entries:
        exc = data.get("bozo_exception")
        why = f" ({first_line(str(exc), 160, 'unreadable')})" if exc else ""
        raise FeedError(f"not an RSS, Atom or JSON feed{why}")
    info = data.get("feed", {})
    items = [_xml_item(e, url, _tuple_time(e), seen) for e in entries]
    return Feed(_clean(info.get("title")), info.get("link"), _new(items))


def _parse_fast(body: bytes, url: str, seen: frozenset[str] = frozenset()) -> Feed | None:
    """The feed through fastfeedparser (lxml: a tenth of feedparser's time or less), or None
    when the XML is not well-formed in its declared charset or is no feed: then feedparser's
    loose parser and charset fallbacks decide. Entity declarations are refused before this
    runs, and the well-formedness check neither loads a DTD nor resolves entities."""
    import fastfeedparser
    from lxml import etree

    body = _as_utf8(body)
    strict = etree.XMLParser(
        recover=False, resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
    )
    try:
        etree.fromstring(body, strict)
        data = fastfeedparser.parse(body)
    except Exception:
        return None
    entries = data.get("entries") or []
    info = data.get("feed") or {}
    if not entries and not info.get("title"):
        return None
    items = []
    for entry in entries:
        # as feedparser gives them: links resolved against the feed's URL, and a description
        # is a summary, not the item's content
        ident = str(entry.get("id") or "")
        if ident.startswith("/"):  # feedparser resolves a permalink guid; a path surely is one
            entry["id"] = urljoin(url, ident)
        summary = entry.get("description")
        entry["content"] = [c for c in entry.get("content") or [] if c.get("value") != summary]
        stamp = _iso_utc(entry.get("published") or entry.get("updated"))
        items.append(_xml_item(entry, url, stamp, seen))
    site = info.get("link")
    return Feed(_clean(info.get("title")), urljoin(url, site) if site else None, _new(items))


def _iso_utc(stamp: object) -> str | None:
    """An ISO 8601 time as UTC 'YYYY-MM-DDTHH:MM:SSZ' (a time without a zone taken as UTC)."""
    if not isinstance(stamp, str) or not stamp:
        return None
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _tuple_time(entry: Any) -> str | None:
    """feedparser's parsed time of an entry (a UTC time tuple) as ISO 8601."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*stamp[:6])


def _xml_item(entry: Any, base: str, published: str | None, seen: frozenset[str]) -> Item | None:
    """The entry's item; None when its id, guid or link is in ``seen``."""
    link = entry.get("link")
    link = urljoin(base, link) if link else None
    known = entry.get("id") or entry.get("guid") or link
    if known and str(known) in seen:
        return None
    title = _clean(html_text(entry.get("title")))
    content = entry.get("content") or []
    html = max((c.get("value", "") for c in content), key=len, default="")
    summary = entry.get("summary") or entry.get("description") or ""
    full = bool(html) and len(html) >= len(summary)
    paragraphs = fragment_paragraphs(html if full else summary)
    author = _clean(entry.get("author"))
    key = known or _hash(title, paragraphs)
    return Item(
        key=str(key),
        title=title,
        link=link,
        author=author,
        published=published,
        paragraphs=paragraphs,
        teaser=_teaser(paragraphs, link, full),
        clean=True,
    )


def _teaser(paragraphs: list[str], link: str | None, full: bool) -> bool:
    words = sum(len(p.split()) for p in paragraphs)
    return bool(link) and words < TEASER_WORDS and not (full and words >= 40)


def parse_json_feed(body: bytes, url: str, seen: frozenset[str] = frozenset()) -> Feed:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FeedError(f"not a JSON feed ({first_line(str(exc), 160, 'unreadable')})") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("not a JSON feed (no 'items' list)")
    if not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("not a JSON feed (no jsonfeed.org version)")
    base = _str(data.get("feed_url")) or url
    items = [_json_item(it, base, seen) for it in data["items"] if isinstance(it, dict)]
    return Feed(_clean(_str(data.get("title"))), _str(data.get("home_page_url")), _new(items))


def _new(items: list[Item | None]) -> list[Item]:
    return [item for item in items if item is not None]


def _json_item(item: dict[str, Any], base: str, seen: frozenset[str]) -> Item | None:
    """The item; None when its id or link is in ``seen``."""
    link = _str(item.get("url")) or _str(item.get("external_url"))
    link = urljoin(base, link) if link else None
    known = _str(item.get("id")) or link
    if known and known in seen:
        return None
    html = _str(item.get("content_html"))
    text = _str(item.get("content_text"))
    summary = _str(item.get("summary"))
    if html:
        paragraphs = fragment_paragraphs(html)
    elif text:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    else:
        paragraphs = fragment_paragraphs(summary or "")
    full = bool(html or text)
    authors = item.get("authors") or ([item["author"]] if "author" in item else [])
    names = [a.get("name") for a in authors if isinstance(a, dict) and a.get("name")]
    title = _clean(html_text(_str(item.get("title"))))
    key = known or _hash(title, paragraphs)
    return Item(
        key=key,
        title=title,
        link=link,
        author=", ".join(str(n) for n in names) or None,
        published=_str(item.get("date_published")) or _str(item.get("date_modified")),
        paragraphs=paragraphs,
        teaser=_teaser(paragraphs, link, full),
        clean=bool(html) or not text,
    )


def _str(value: object) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _clean(text: str | None) -> str | None:
    """One clean line (``reader.sources.stories.one_line``), None when nothing is left."""
    from reader.sources.stories import one_line

    return (one_line(text) or None) if text else None


def _hash(title: str | None, paragraphs: list[str]) -> str:
    return "sha1:" + hashlib.sha1(((title or "") + "\n".join(paragraphs)).encode()).hexdigest()
