"""OPML 2.0 feed lists: import (nested outlines, any depth) and export.

Parsing goes through defusedxml: a DOCTYPE with entities or external references is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr


class OpmlError(ValueError):
    """Not an OPML file we can read (one line)."""


@dataclass(frozen=True)
class Outline:
    url: str
    title: str | None = None
    site: str | None = None


def parse_opml(data: bytes) -> list[Outline]:
    """Every outline with an ``xmlUrl``, in document order, each URL once."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        root = DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise OpmlError(f"refused: {type(exc).__name__} (entities are not allowed)") from None
    except Exception as exc:  # xml.etree.ElementTree.ParseError and friends
        raise OpmlError(f"not an OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML file (root element <{root.tag}>)")
    out: dict[str, Outline] = {}
    for el in root.iter("outline"):
        url = (el.get("xmlUrl") or el.get("xmlurl") or "").strip()
        if not url or url in out:
            continue
        title = el.get("title") or el.get("text")
        out[url] = Outline(url, title.strip() if title else None, el.get("htmlUrl"))
    return list(out.values())


def write_opml(outlines: list[Outline], title: str = "newsdesk feeds", created: str = "") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
    ]
    if created:
        lines.append(f"    <dateCreated>{_text(created)}</dateCreated>")
    lines += ["  </head>", "  <body>"]
    for o in outlines:
        name = o.title or o.url
        attrs = f'text={quoteattr(name)} title={quoteattr(name)} type="rss"'
        attrs += f" xmlUrl={quoteattr(o.url)}"
        if o.site:
            attrs += f" htmlUrl={quoteattr(o.site)}"
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
