"""How strongly the furniture in front of a paragraph says "a new story starts here".

Scored per paragraph from the non-body lines before it (a headline block, a photo caption and
credit, a byline or time stamp, a section heading), plus two tests of the words: does the
photo caption or the heading speak of what follows rather than of what came before? Section
labels and a press release's closing sections count against a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.story.lines.line import Line
from reader.story.lines.patterns import article_part
from reader.story.lines.words import word_count

if TYPE_CHECKING:
    from reader.story.paragraph import Paragraph

# How strongly each kind of line in front of a paragraph signals a story start (0..1).
# A headline-shaped line after body text is ambiguous (a section heading, or the headline of
# the next story pasted in): it gets a weak positive cue and the words decide. Measured on 150
# concatenations of three BBC articles (title line kept): -0.5 → 93 exact, 0 → 127, 0.3 → 144;
# seeds with 4-6 section headings stay whole at all of these.
CUE_WEIGHTS: dict[str, float] = {
    "title": 0.95,
    "masthead": 0.9,
    "caption": 0.9,
    "credit": 0.9,
    "byline": 0.8,
    "standfirst": 0.8,
    "timestamp": 0.7,
    "reading_time": 0.7,
    "tag": 0.7,
    "heading": 0.3,
}

PHOTO_KINDS = frozenset({"caption", "credit"})
# photo alone: 0.5 → news Pk 0.0202, 0.4 → 0.0192 (singles whole 0.987 → 0.990)
PHOTO_CUE = 0.4
PHOTO_LEADS_CUE = 0.9
# Words a leading caption shares with what follows, at least. 1 → 2: news Pk seed 13
# 0.0147 → 0.0143 (singles whole 0.987 → 0.990), seed 7 0.0180 → 0.0170 (#right 0.883 → 0.897).
PHOTO_LEADS_WORDS = 2

# Headings this short are section labels: they give no evidence of a new story.
SHORT_HEADING_WORDS = 3
SHORT_HEADING_CUE = -0.2

# A heading that shares this many content words more with what follows than with what came
# before is the headline of a new story, with this cue (instead of 0.3). News eval, pipeline
# (Pk / #right / singles whole): seed 13 0.0150/0.910/0.987 -> 0.0147/0.913/0.987,
# seed 7 0.0199/0.880/0.990 -> 0.0180/0.883/0.987; a cue of 0.7 found more starts but split
# more singles (seed 7 whole 0.983).
HEADING_LEADS_WORDS = 2
HEADING_LEADS_CUE = 0.5

# Cue of a paragraph that opens with a wire dateline (as strong as a byline).
DATELINE_CUE = 0.8
# Cue of a heading set apart by blank lines in a file that otherwise runs paragraphs together.
# On 150 piles of three BBC articles laid out "Title, blank, one paragraph per line":
# 0.3 (plain heading) → 142 exact, 0.7 → 148 exact.
SET_APART_HEADING = 0.7

# A paragraph that opens by pointing back (a pronoun, a connective, a quotation, an honorific
# with a bare surname, "The firm said", a dash item) goes on with a story already under way.
# Measured on the bare BBC eval (body paragraphs only, seed 13): such openings at 19 of 913
# story starts and 1,614 of 4,863 other paragraphs. Only where nothing on the page gives a cue.
# News eval --bare Pk (seed 13 / 7; before 0.0524 / 0.0587), shortest uncued story 2
# paragraphs (starts.MIN_UNCUED_BARE): no cue 0.0430 / 0.0485, -0.3 0.0399 / 0.0482, -0.5
# 0.0402 / 0.0488; with page cues, shortest uncued story 2 everywhere: singles whole
# 0.983 / 0.983 (no cue) → 0.990 / 0.987 (-0.5). Shortest 3: -0.3 0.0493 / 0.0583, -0.6
# 0.0502 / 0.0598, -1.0 0.0509 / 0.0598.
CONTINUES_CUE = -0.5
# connectives that point back to what came before: "Meanwhile, ...", "However, ..." (alone they
# go on an article even after a wire's dateline: ``opens_on_connective``)
_BACK_CONNECTIVES = (
    "But|Yet|However|Meanwhile|Also|Still|Nevertheless|Nonetheless|Moreover|Furthermore|Besides"
    "|Likewise|Similarly|Even so|In addition|By contrast|In contrast|At the same time"
)
CONTINUES_OPENING = re.compile(
    r"""^(?:
        (?:He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|These|That|Those|Such)\b(?!-)
      | (?:"""
    + _BACK_CONNECTIVES.replace(" ", r"\ ")  # (spaces kept in a verbose pattern)
    + r"""|And|Or|So|Instead|Then|Although|Though|Indeed|Otherwise|As\ a\ result
          |On\ the\ other\ hand|Despite\ this|Despite\ that)\b(?!-)
      | [\"\u201c\u2018']
      | (?:Mr|Mrs|Ms|Miss)\.?\ [A-Z][\w'-]+(?=[\s,.;:])(?!\ [A-Z])
      | The\ \w+(?:\ \w+)?\ (?:said|says|told)\b
      | [-\u2013\u2014\u2022*][ ]
    )""",
    re.VERBOSE,
)


# a connective alone (no pronoun, quote or name: a wire's lede may open on those)
_CONNECTIVE = re.compile(rf"(?:{_BACK_CONNECTIVES})\b(?!-)")


# a note on the article: "Editor's note: This story has been updated ...", "Correction: An
# earlier version of this article said ...", "Correction, Tuesday 8 December: ...",
# "Clarification (8 December): ...", "This article was amended on ..."
_ARTICLE_NOTE = re.compile(
    r"(?:(?:editor(?:'|\u2019)?s(?:'|\u2019)? note|correction|clarification|update|updated)"
    r"(?:,[^:\n]{1,40}?:|(?:\s*\([^)\n]{1,30}\))?\s*[:\u2014\u2013-])"
    r"|(?:this|the) (?:story|article|report|piece) (?:has been|was|is being) "
    r"(?:updated|amended|corrected|changed)\b"
    r"|an earlier version of this (?:story|article|report|piece)\b)",
    re.I,
)


def article_note(text: str) -> bool:
    """The paragraph opens as a note on the article (a correction, a clarification, an
    update or an editor's note), not as its prose."""
    return _ARTICLE_NOTE.match(text.lstrip()) is not None


def opens_on_connective(text: str) -> bool:
    """A paragraph (or the lede after its dateline) opening on a connective that points back to
    what came before it: "Meanwhile in Lagos, exporters said ..."."""
    return _CONNECTIVE.match(text.lstrip()) is not None


def continues_story(text: str) -> bool:
    """True when a paragraph opens as a story's continuation, never as its lead: with a
    pronoun or a connective ("He said", "But", "However,"), a quotation, a second reference
    ("Mr Smith added", "The company said") or a dash item."""
    return CONTINUES_OPENING.match(text.lstrip()) is not None


def line_cue(ln: Line) -> float:
    """Cue of one line; a one-to-three-word heading ("Key points", "Background") is a section
    label, not a headline (headlines say who did what: four words or more)."""
    if ln.kind == "heading" and section_label(ln.text):
        return SHORT_HEADING_CUE
    return CUE_WEIGHTS.get(ln.kind, 0.0)


def section_label(text: str) -> bool:
    """A heading that names a part of an article: short, a summary box label ("Key points"),
    or a press release's closing section ("About Velatrix Inc.", "Forward-looking statements")."""
    return word_count(text) <= SHORT_HEADING_WORDS or article_part(text)


def cue_score(
    head: Sequence[Line],
    set_apart: frozenset[int] = frozenset(),
    *,
    photo_leads: bool = False,
    heading_leads: bool = False,
) -> float:
    """Combined cue of the ``head`` lines before a paragraph.

    ``set_apart`` holds line numbers of headings framed by blank lines in a file whose
    paragraphs are not blank-separated: such layout marks a headline block, not a section
    heading, and counts as SET_APART_HEADING. ``photo_leads``: the caption's words belong to the
    text after it (see ``photo_leads``), which makes the photo a decisive cue.
    ``heading_leads``: a headline-shaped heading names what follows and nothing before it (see
    ``heading_leads``): the headline of a story pasted in without its byline.
    """
    scores = [
        SET_APART_HEADING
        if ln.no in set_apart
        else HEADING_LEADS_CUE
        if heading_leads and ln.kind == "heading" and not section_label(ln.text)
        else line_cue(ln)
        for ln in head
        if ln.kind not in PHOTO_KINDS
    ]
    if any(ln.kind in PHOTO_KINDS for ln in head):
        # a caption and its credit are one photo, and photos sit inside articles too:
        # one cue, decisive only with a headline, byline or stamp beside it
        scores.append(PHOTO_LEADS_CUE if photo_leads else PHOTO_CUE)
    positive = [s for s in scores if s > 0]
    against = min((s for s in scores if s < 0), default=0.0)
    if positive:
        # two independent cues (caption and credit, byline and timestamp) reinforce each other;
        # a section label among them ("Analysis" above a photo) says "inside an article"
        miss = 1.0
        for s in positive:
            miss *= 1.0 - s
        return min(1.0, 1.0 - miss) + against
    return against


def _shared_words(paras: Sequence[Paragraph], k: int, kind: str) -> tuple[int, int] | None:
    """How many content words the ``kind`` lines (caption, heading) over paragraph k share
    with the next two paragraphs and with the previous two; None when there are none."""
    text = " ".join(ln.text for ln in paras[k].head if ln.kind == kind)
    if not text or k == 0:
        return None
    from reader.story.segment.vectors import content_term_set as terms_of

    # (the terms of paragraphs joined by a space are the union of each one's terms)
    terms = terms_of(text)
    after = frozenset().union(*(terms_of(p.text) for p in paras[k : k + 2]))
    before = frozenset().union(*(terms_of(p.text) for p in paras[max(0, k - 2) : k]))
    return len(terms & after), len(terms & before)


def photo_leads(paras: Sequence[Paragraph], k: int) -> bool:
    """True when the photo caption before paragraph k speaks of what follows, not of what came
    before: it shares more content words with the next two paragraphs than with the previous
    two, and at least PHOTO_LEADS_WORDS. Such a photo opens a story; a photo inside an article
    matches both sides or neither (or one name: "Lanxi's plant" inside a story on Lanxi)."""
    shared = _shared_words(paras, k, "caption")
    return shared is not None and shared[0] > shared[1] and shared[0] >= PHOTO_LEADS_WORDS


def heading_leads(paras: Sequence[Paragraph], k: int) -> bool:
    """True when the heading before paragraph k shares at least two content words more with
    the next two paragraphs than with the previous two, and at most one with those: it is the
    headline of what follows. A section heading speaks the article's language on both sides."""
    shared = _shared_words(paras, k, "heading")
    if shared is None:
        return False
    shared_after, shared_before = shared
    return shared_after >= HEADING_LEADS_WORDS + shared_before and shared_before <= 1
