"""OPML import (nested, duplicated, hostile) and OPML 2.0 export."""

from __future__ import annotations

import pytest

from reader.sources.opml import OpmlError, Outline, parse_opml, write_opml

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Business">
      <outline text="Harbour Ledger" type="rss" xmlUrl="https://harbour-ledger.example/rss"
               htmlUrl="https://harbour-ledger.example/"/>
      <outline text="Tech">
        <outline title="Orbital Notes" text="ON" type="rss"
                 xmlUrl="https://orbital-notes.example/feed.atom"/>
      </outline>
    </outline>
    <outline text="Harbour Ledger again" xmlUrl="https://harbour-ledger.example/rss"/>
    <outline text="A folder with no feed"/>
  </body>
</opml>"""


def test_nested_outlines_are_read_once_each() -> None:
    outlines = parse_opml(NESTED)
    assert outlines == [
        Outline(
            "https://harbour-ledger.example/rss",
            "Harbour Ledger",
            "https://harbour-ledger.example/",
        ),
        Outline("https://orbital-notes.example/feed.atom", "Orbital Notes", None),
    ]


def test_export_round_trips_and_escapes() -> None:
    feeds = [
        Outline(
            "https://a.example/rss?x=1&y=2", 'Field & Fork "daily" <news>', "https://a.example/"
        ),
        Outline("https://b.example/feed.json"),
    ]
    text = write_opml(feeds, created="2026-11-24T06:00:00Z")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert "<dateCreated>2026-11-24T06:00:00Z</dateCreated>" in text
    back = parse_opml(text.encode())
    assert back == [feeds[0], Outline("https://b.example/feed.json", "https://b.example/feed.json")]


def test_entities_and_non_opml_are_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>'
    )
    with pytest.raises(OpmlError, match="refused"):
        parse_opml(bomb)
    with pytest.raises(OpmlError, match="not an OPML"):
        parse_opml(b"<rss version='2.0'/>")
    with pytest.raises(OpmlError, match="not an OPML"):
        parse_opml(b"<opml><body><outline")
