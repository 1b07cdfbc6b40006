"""Newsletters: .eml files and .mbox mailboxes (standard library ``email`` and ``mailbox``).

Each message's HTML part is preferred (its structure shows where items begin), else its text
part. A newsletter carrying several items gives several stories: the HTML is cut at its
headings, or, when it has none, at short paragraphs that are nothing but a link (the usual
"item title" of a link roundup). Parts too short to be an item (a footer, "view in browser",
unsubscribe lines) are dropped. A text-only message goes through the text pipeline, which
finds run-together stories itself.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

from reader.sources.html import HEADINGS

MIN_ITEM_WORDS = 25  # a part shorter than this is furniture, not an item
MAX_TITLE_WORDS = 20
# a short block saying one of these is mailing-list furniture (required by anti-spam law in
# most places, so nearly every newsletter carries it), not part of an item
_FURNITURE = re.compile(
    r"\bunsubscribe\b|\bmanage (your )?(email )?(preferences|subscription)|\bupdate your"
    r" preferences\b|\bview (this|it|the) (email|newsletter|message)? ?(in|on) (your|a|the)"
    r" (web )?browser|\byou(’|')?(re| are) receiving this|\bforwarded (this|the) (email|newsletter)"
    r"|\bsent to [^ ]+@",
    re.I,
)
FURNITURE_WORDS = 40


@dataclass
class Message:
    subject: str | None
    sender: str | None
    date: str | None
    html: str | None
    text: str | None
    first_line: int = 1
    last_line: int = 1


@dataclass
class MailItem:
    title: str | None
    url: str | None
    paragraphs: list[str] = field(default_factory=list)


def parse_message(raw: bytes) -> Message:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    html = _part(msg, "html")
    text = _part(msg, "plain")
    date = None
    if msg.get("date"):
        try:
            date = email.utils.parsedate_to_datetime(str(msg["date"])).isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    sender = None
    if msg.get("from"):
        name, addr = email.utils.parseaddr(str(msg["from"]))
        sender = name or addr or None
    subject = " ".join(str(msg.get("subject", "")).split()) or None
    return Message(subject, sender, date, html, text)


def _part(msg: EmailMessage, subtype: str) -> str | None:
    try:
        part = msg.get_body(preferencelist=(subtype,))
    except (KeyError, LookupError):
        return None
    if part is None:
        return None
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None
    return content if isinstance(content, str) and content.strip() else None


def split_mbox(raw: bytes) -> Iterator[tuple[bytes, int, int]]:
    """Each message of an mbox with its 1-based first and last line (the "From " line first)."""
    lines = raw.split(b"\n")
    starts = [
        i
        for i, ln in enumerate(lines)
        if ln.startswith(b"From ") and (i == 0 or not lines[i - 1].strip())
    ]
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body = [_unquote(ln) for ln in lines[start + 1 : stop]]
        last = stop
        while last > start + 1 and not lines[last - 1].strip():
            last -= 1
        yield b"\n".join(body), start + 1, last


def _unquote(line: bytes) -> bytes:
    """mboxrd: ">From " (with any number of ">") loses one ">"."""
    stripped = line.lstrip(b">")
    if stripped.startswith(b"From ") and line.startswith(b">"):
        return line[1:]
    return line


def html_items(html: str) -> list[MailItem]:
    """The items of an HTML newsletter, cut at headings or at link-only title paragraphs."""
    blocks = _blocks_with_links(html)
    if not blocks:
        return []
    cut_at_headings = any(tag in HEADINGS for tag, _, _ in blocks)
    items: list[MailItem] = [MailItem(None, None)]
    for tag, text, link in blocks:
        starts = tag in HEADINGS if cut_at_headings else (link is not None and _titleish(text))
        if starts:
            items.append(MailItem(text, link))
        else:
            items[-1].paragraphs.append(text)
            if items[-1].url is None and link is not None:
                items[-1].url = link
    return [it for it in items if sum(len(p.split()) for p in it.paragraphs) >= MIN_ITEM_WORDS]


def _titleish(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= MAX_TITLE_WORDS and not text.rstrip().endswith((".", ":"))


def _blocks_with_links(html: str) -> list[tuple[str, str, str | None]]:
    """(tag, text, link) per block; ``link`` is set when the block's text is all one link."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for bad in root.xpath("//script|//style|//head|//noscript"):
        bad.drop_tree()
    out: list[tuple[str, str, str | None]] = []
    leaves = ("p", "li", "td", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "div")
    for el in root.iter(*leaves):
        if any(child.tag in leaves for child in el.iterdescendants()):
            continue  # only the innermost blocks: no text twice
        text = " ".join(el.text_content().split())
        if not text or (len(text.split()) <= FURNITURE_WORDS and _FURNITURE.search(text)):
            continue
        link = None
        anchors = el.xpath(".//a[@href]")
        if anchors:
            anchor_text = " ".join(" ".join(a.text_content().split()) for a in anchors)
            if len(anchors) == 1 and len(anchor_text) >= 0.8 * len(text):
                link = anchors[0].get("href")
        tag = el.getparent().tag if el.tag == "a" else el.tag
        out.append((str(tag), text, link))
    return out
