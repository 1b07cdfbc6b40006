"""The lines a page's article holds as its own, which the line roles leave as they are: its
head block (``head_blocks``), the lists, summary boxes, closing sections and tables it
introduces (``owned_lines``) and its prose (``is_prose``); and the kinds a furniture role may
override (``KEEPABLE``) or turn a line into (``FURNITURE_KIND``). ``kinds`` and
``page_headlines`` read them."""

from __future__ import annotations

from collections.abc import Sequence

from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.patterns import CLOSING_SECTION, SUMMARY_LABEL
from reader.story.lines.roles import Role
from reader.story.lines.shape import ends_sentence
from reader.story.lines.table import table_rows
from reader.story.lines.words import word_count

# Kinds a furniture role may override (text the rules would keep or take as a headline).
KEEPABLE = frozenset({"body", "bullet", "title", "standfirst", "heading"})
# Longest item of a list the article introduces with a colon.
LIST_ITEM_WORDS = 12
# Shortest line ending in a colon taken as the article's own list opener (not a label).
OPENER_WORDS = 4
# A kept line this long that ends a sentence reads as the article's prose.
PROSE_WORDS = 15
# Kinds that end a press release's closing section (a list header, a tool bar, a footer line).
CLOSING_ENDS = frozenset({"promo", "masthead", "marker"})
FURNITURE_KIND = {
    "nav": "nav",
    "linklist": "linklist",
    "comment": "comment",
    "footer": "footer",
    "promo": "promo",
}


# longest line read as a site's name rather than an article's headline ("Straits of Melaka Post")
SITE_NAME_WORDS = 5


def head_blocks(lines: Sequence[Line]) -> set[int]:
    """Line numbers of each rule title (and the deck under it) right over a byline or stamp:
    an article's own head block, which a run of menus or a ticker above it does not make
    furniture."""
    body = [ln for ln in lines if ln.kind != "blank"]
    out: set[int] = set()
    for k, ln in enumerate(body):
        if ln.kind != "title" or word_count(ln.text) <= SITE_NAME_WORDS:
            continue  # (a paper's name over the stamp, "The Acadiana Ledger", heads nothing)
        nxt = body[k + 1 : k + 3]
        if nxt and nxt[0].kind in BLOCK_META:
            out.add(ln.no)
        elif len(nxt) == 2 and nxt[0].kind == "standfirst" and nxt[1].kind in BLOCK_META:
            out |= {ln.no, nxt[0].no}
    return out


def owned_lines(lines: Sequence[Line], roles: dict[int, Role]) -> set[int]:
    """Line numbers the article itself introduces: the items of a list after a line that ends
    in a colon right after the body ("The board named three new members:"), the bullets of a
    summary box ("Key points", "At a glance") and a press release's closing sections ("About
    Harbour Holdings", "Forward-looking statements") and the rows of a table
    (``table.table_rows``)."""
    out = table_rows(lines)
    opener = False
    closing = False
    after_body = False
    summary = False
    for ln in lines:
        if ln.kind == "blank":
            continue
        summary = _summary_box(ln, summary)
        if summary:
            out.add(ln.no)
        was_after_body = after_body
        role = roles.get(ln.no)
        after_body = role is not None and role.role == "body" and ln.kind == "body"
        if ln.kind == "heading":
            closing = CLOSING_SECTION.match(ln.text) is not None
        elif ln.kind in CLOSING_ENDS:
            closing = False  # "Media contact:", "Share this", "Related news": the section is over
        if closing and ln.kind in KEEPABLE:
            out.add(ln.no)
        if opener and ln.kind in KEEPABLE and word_count(ln.text) <= LIST_ITEM_WORDS:
            out.add(ln.no)
            continue
        opener = (
            was_after_body
            and ln.kind in ("body", "bullet")
            and ln.text.endswith(":")
            and word_count(ln.text) >= OPENER_WORDS
        )
        if opener:
            out.add(ln.no)  # a sentence that opens a list belongs to the text it ends
    return out


def _summary_box(ln: Line, inside: bool) -> bool:
    """Whether ``ln`` is part of a summary box: its label ("Key points", "What you need to
    know") or a bullet under it (``inside``: the line before was)."""
    if ln.kind == "heading" and SUMMARY_LABEL.match(ln.text.strip()) is not None:
        return True
    return inside and ln.kind == "bullet"


def is_prose(ln: Line, roles: dict[int, Role]) -> bool:
    """A kept line the model decodes as body that reads as prose (a sentence of some length)."""
    role = roles.get(ln.no)
    return (
        role is not None
        and ln.kind in ("body", "bullet")
        and role.role == "body"
        and word_count(ln.text) >= PROSE_WORDS
        and ends_sentence(ln.text)
    )
