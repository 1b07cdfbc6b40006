"""The article's head block and its sections: whether a file stands under one article's
headline (``titled_once``) with its byline or stamp (``one_head_block``), which later headings
and headlines head that article's sections (``plain_clause``, ``section_title``), and how the
boundary scorer's cues are read under such a head (``own_sections``, ``junk_inside``: the gap
features a section or the article's own page junk would otherwise lend a start).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.boundary.heading import is_clause, is_plain
from reader.story.boundary.lede import opens_as_lede
from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.shape import split_dateline
from reader.story.paragraph import Paragraph, gap_lines

_BLANK_GAP = ("gap_blank", "short_gap_blank", "junk_between")
# what a heading's words say of a start, read as a section's under one head block when a
# blank line sets the section apart (a paste's headed items run on with no blank between)
_HEADING_WORDS = ("heading_clause", "heading_fresh", "short_heading_fresh")


def bare_place(text: str) -> bool:
    """The paragraph opens on a dateline that is a place alone ("WARSAW —"): no agency, no
    date. Under one article's head block it moves the story to another place, as a
    sub-heading opens a section (a wire's item carries its agency or date: "NAIROBI, Nov 3
    (Reuters) -")."""
    place, _ = split_dateline(text)
    return place is not None and "(" not in place and not any(c.isdigit() for c in place)


def titled_once(paras: Sequence[Paragraph]) -> bool:
    """The file's first headline stands over its first paragraph (or its second, under a
    newsletter's opening line: ``_headed_first``) and no later paragraph stands under a byline
    or stamp: one article's head, with or without its byline (``one_head_block`` asks for one);
    a headline written as a sentence below it heads a section (``plain_clause``)."""
    k = _headed_first(paras)
    if k < 0:
        return False
    return not any(ln.kind in BLOCK_META for p in paras[_head_end(paras, k) + 1 :] for ln in p.head)


def _head_end(paras: Sequence[Paragraph], k: int) -> int:
    """The last paragraph of the head block over paragraph ``k``: ``k``, or the next one when
    ``k`` is a standfirst, one line under the headline, with the byline or stamp standing
    between it and the next paragraph (headline, standfirst, "Jane Doe · CBC News", "Posted:
    Oct 02 7:15 AM", then the article)."""
    if k + 1 >= len(paras) or paras[k].first != paras[k].last or paras[k].trail:
        return k
    head = paras[k + 1].head
    if any(ln.kind == "title" for ln in head) or not any(ln.kind in BLOCK_META for ln in head):
        return k
    return k + 1


def _headed_first(paras: Sequence[Paragraph]) -> int:
    """The paragraph the file's first headline stands over: the first, or the second under a
    newsletter's opening line ("Good morning, Boston. ..."), else -1."""
    for k, p in enumerate(paras[:2]):
        if any(ln.kind == "title" for ln in p.head):
            return k
    return -1


def one_head_block(paras: Sequence[Paragraph]) -> bool:
    """``titled_once``, with a byline or time stamp beside that first headline (a later
    headline still opens a story: ``starts`` forces it)."""
    k = _headed_first(paras)
    block = paras[k : _head_end(paras, k) + 1]
    return titled_once(paras) and any(ln.kind in BLOCK_META for p in block for ln in p.head)


def plain_clause(text: str) -> bool:
    """A heading that reads as a clause written as a sentence ("The hospital says it followed
    its rules"): under one article's head block, a section's heading, not a new item's
    headline (``heading.is_plain``)."""
    return is_clause(text) and is_plain(text)


# a line wholly in quotes, no sentence ending inside the closing mark: "'A hole in the tax
# base'", a section's pull quote
_QUOTED = re.compile(
    r"""^['"\u2018\u201c][^'"\u2018\u2019\u201c\u201d]+(?<![.!?,])['"\u2019\u201d]$"""
)


def quoted_head(text: str) -> bool:
    """A heading written wholly as a quotation ("'A hole in the tax base'"): under one
    article's head block, a section's pull quote, not a later item's headline (measured on
    the development files before the rule was written: 1 of 581 later headlines of the hand
    pastes is wholly quoted, against 15 short quoted lines inside the hand singles)."""
    return _QUOTED.match(text.strip()) is not None


def question_head(text: str) -> bool:
    """A heading written as a question ("What happens to staff?", "Should customers worry
    about vouchers?"): under one article's head block, a section's (measured on the development
    files before the rule was written: none of the 595 later headlines of the hand pastes ends
    in a question mark)."""
    t = text.strip()
    return t.endswith("?") and len(t.split()) <= QUESTION_WORDS


# A question heading is at most this many words.
QUESTION_WORDS = 14


def section_heading(paras: Sequence[Paragraph], ln: Line) -> bool:
    """A heading that heads a section under one article's headline: a clause written as a
    sentence, a pull quote or a line under half the headline's words (a question too, read
    as a headline after a photo's caption: ``_sections``; as a heading it cost a held-out
    paste's file, and gained no development file)."""
    t = ln.text
    return plain_clause(t) or quoted_head(t) or short_of_top(paras, ln)


# A heading under the article's headline with under this share of its words is a section's:
# measured on the development files before the rule was written, 1% of the later items'
# headlines of the hand pastes (6 of 537) are under half their file's first headline, and 69%
# of the sub-headings of the hand singles (486 of 705)
SHORT_OF_TOP = 0.5


def short_of_top(paras: Sequence[Paragraph], ln: Line) -> bool:
    """The heading or headline ``ln`` has under ``SHORT_OF_TOP`` of the words of the file's
    first headline ("Doctors want more beds" under "Canberra Hospital has nation's worst
    emergency waits for third year running"): a section's sub-heading, as a later item's
    headline is seldom so much shorter than the first's."""
    k = _headed_first(paras)
    titles = [h for h in paras[k].head if h.kind == "title"] if k >= 0 else []
    if not titles or ln in titles:
        return False
    # (the longest title of the head: a kicker above the headline, "NBA", is no headline)
    top = max(len(h.text.split()) for h in titles)
    return len(ln.text.split()) < SHORT_OF_TOP * top


def _short_heads(paras: Sequence[Paragraph], p: Paragraph) -> bool:
    """Every heading over ``p`` is short of the file's first headline (``short_of_top``): a
    section's sub-heading, not a later item's headline with a short line under it ("Local
    Democracy Reporting Service")."""
    heads = [ln for ln in p.head if ln.kind == "heading"]
    return bool(heads) and all(short_of_top(paras, ln) for ln in heads)


# a scene break inside an article: "* * *", "***", "⁂", "~ ~ ~", "• • •" (a line of one such mark)
_DINKUS = re.compile(r"(?:([*~\u2022\u00b7#])\s*)(?:\1\s*){1,4}|\u2042")


def scene_break(paras: Sequence[Paragraph], i: int) -> bool:
    """A scene break ("* * *") alone stands between paragraphs ``i - 1`` and ``i``."""
    between = gap_lines(paras, i)
    return bool(between) and all(_DINKUS.fullmatch(ln.text.strip()) for ln in between)


def sectioned(paras: Sequence[Paragraph]) -> set[int]:
    """Under one article's head block (``one_head_block``), the paragraphs a section's heading
    stands over: a clause written as a sentence, a pull quote or a line under half the
    headline's words (``plain_clause``, ``quoted_head``, ``short_of_top``). Page junk before
    such a heading backs no new story there (``start_evidence.junk_backed``): the heading says the
    article goes on ("Sign up for our newsletter", then "'He thought it was the flu'")."""
    if not one_head_block(paras):
        return set()
    out: set[int] = set()
    for i, p in enumerate(paras):
        heads = [ln for ln in p.head if ln.kind in ("heading", "title")]
        # (every heading over it a section's: a later item's headline with a short line under
        # it, "Local Democracy Reporting Service", is no section; a headline-shaped line is one
        # as ``section_title`` reads it: after a photo's caption, "Should customers worry?")
        if i > 0 and heads and all(_sections(paras, i, ln) for ln in heads):
            out.add(i)
        elif i > 0 and scene_break(paras, i):
            out.add(i)  # the article's own scene break ("* * *"): it goes on past it
    return out


def _sections(paras: Sequence[Paragraph], i: int, ln: Line) -> bool:
    """A heading that heads a section (``section_heading``); a headline-shaped line only when
    written as a question or a quote, far shorter than the headline or after a photo's caption
    (a clause alone, "English wine duty change 'will cost jobs'", may be a later item's)."""
    if ln.kind == "heading":
        return section_heading(paras, ln)
    t = ln.text
    return (
        question_head(t)
        or quoted_head(t)
        or short_of_top(paras, ln)
        or _after_caption(paras, i, ln)
    )


def section_title(paras: Sequence[Paragraph], i: int, ln: Line, *, captioned: bool = True) -> bool:
    """A title read over paragraph ``i`` that heads a section under one article's headline:
    written as a sentence (``plain_clause``) or much shorter than that headline
    (``short_of_top``), or, under a head block with its byline or stamp
    (``captioned``), standing right after a photo's caption: a page sets its photos inside the
    running text, where sub-headings follow them, and a pasted item keeps its photo below its
    own headline. Measured on the development files before the rule was written: of the 36
    titles read after the first paragraph under one headline, 20 of the 23 section headings
    stand after a caption, 1 of the 13 later items' headlines (those mostly after a credit
    line alone); under a headline with no byline or stamp (generated pastes headed on every
    item, captions between them) the caption rule lost a file and is not applied."""
    if section_heading(paras, ln):
        return True
    return captioned and _after_caption(paras, i, ln)


def _after_caption(paras: Sequence[Paragraph], i: int, ln: Line) -> bool:
    """``ln``, over paragraph ``i``, stands after a caption that describes its photo."""
    before = gap_lines(paras, i)
    at = next(k for k, b in enumerate(before) if b is ln)
    return any(b.kind == "caption" and _described(b.text) for b in before[:at])


def _described(caption: str) -> bool:
    """A caption that describes its photo ("Hail damage on apples near Cygnet on Monday. (AAP
    Image/Rob Blakers)"), not a credit alone ("(AAP Image/Rob Blakers)")."""
    return len(_BRACKETED.sub(" ", caption).split()) >= _DESCRIBED_WORDS


_BRACKETED = re.compile(r"\([^()]*\)")
_DESCRIBED_WORDS = 4


def own_sections(
    paras: Sequence[Paragraph],
    rows: list[list[float]],
    features: Sequence[str],
    *,
    whole: bool = True,
) -> None:
    """Under an article's head block over the file and none after it, a blank gap before a
    sub-heading or a bare place's dateline sets a section apart, not an item (a paste's items
    carry their own byline or stamp, or none at all): the gap's features are zeroed, and so
    are the heading's words when the gap is blank, holds no page junk and no later headline is
    read (a headline-like clause, "The icons were carried out first", over a section set apart
    by a blank line). A blank gap before plain text still may part items (a brief pasted after the
    article: "Membership of the Cotswold cycling club network grew 14% ..."), unless the
    file's blank gaps are its sections' layout: two or more of them, at least half, before a
    sub-heading or a place's dateline (a results story's sections, some with no sub-heading).
    A clause heading written as a sentence (``plain_clause``: "Residents are bracing for long
    waits") is a section's wherever it stands, blank gap or page junk before it or none, and
    even read as a headline (after a photo caption): its words are zeroed too (development
    singles 145 -> 158 of 190 whole, pastes 338 of 416 as before); so is a headline-shaped line
    right after a photo's caption (``section_title``), and a heading under half the words of
    the article's headline (``short_of_top``: development hand pastes and singles 607 -> 619 of 734 right
    with the pastes, three pastes lost and two of them won back by asking it of every heading
    over the paragraph). Under a headline with no byline or stamp
    (``whole`` False: ``titled_once``) only the sentence rule holds."""
    blank = features.index("gap_blank")
    # (not where a later headline shows the file's items are headed: "Online bingo boosts
    # gambling firm" over the second item, then its third under a heading)
    head = max(_headed_first(paras), 0)  # (the article's head, under a newsletter's greeting)
    one_title = not any(
        ln.kind == "title" and not section_title(paras, i, ln, captioned=whole)
        for i, p in enumerate(paras)
        if i > head
        for ln in p.head
    )
    marked = [
        any(ln.kind in ("heading", "title") for ln in p.head) or bare_place(p.text) for p in paras
    ]
    plain = [
        any(
            (ln.kind == "heading" and (plain_clause(ln.text) or quoted_head(ln.text)))
            or (ln.kind == "title" and section_title(paras, i, ln, captioned=whole))
            for ln in p.head
        )
        or _short_heads(paras, p)
        for i, p in enumerate(paras)
    ]
    gapped = [i for i in range(1, len(paras)) if rows[i][blank] > 0]
    # (a gap before a table or photo under its caption sets a section apart as well)
    sections = sum(marked[i] or _captioned(paras[i]) for i in gapped)
    layout = sections >= 2 and 2 * sections >= len(gapped)
    junk = features.index("junk_between")
    for i in range(1, len(paras)):
        row = rows[i]
        if not whole:
            if plain[i] and one_title:
                for name in _HEADING_WORDS:
                    row[features.index(name)] = 0.0
            continue
        if not marked[i] and not (layout and row[blank] > 0):
            continue
        names: tuple[str, ...] = _BLANK_GAP
        # (a headline-like heading after page junk may be a paste's next item: "Read more:
        # ..." or "Advertisement", then "41 patients on trolleys at Sligo University Hospital")
        if marked[i] and one_title and ((row[blank] > 0 and row[junk] <= 0) or plain[i]):
            names += _HEADING_WORDS
        for name in names:
            row[features.index(name)] = 0.0


def _captioned(p: Paragraph) -> bool:
    return any(ln.kind in ("caption", "credit") for ln in p.head)


def junk_inside(
    paras: Sequence[Paragraph], rows: list[list[float]], features: Sequence[str]
) -> None:
    """Under one article's head block, page junk ("Advertisement", "Read more: ...") before a
    paragraph that does not open as a lede (``opens_as_lede``: "If another storm hit before the
    wall was built, engineers said, ..."), or a scene break ("* * *") alone before any
    paragraph, with no headline over it, is the article's own furniture, not a gap between
    items: its ``junk_between`` is zeroed. (Under a headline with no byline or stamp the file may
    be a paste headed on its first item only, whose later items run on after junk: 2 of its dev
    files were lost there, so that case keeps the cue.)"""
    junk = features.index("junk_between")
    for i in range(1, len(paras)):
        row = rows[i]
        if row[junk] <= 0 or any(ln.kind == "title" for ln in paras[i].head):
            continue
        if scene_break(paras, i) or not opens_as_lede(paras[i].text):
            row[junk] = 0.0
