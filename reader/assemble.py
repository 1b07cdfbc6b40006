"""Turn classified lines into stories: paragraphs, cue scores, boundaries, metadata.

Body lines become paragraphs (hard-wrapped lines joined). Before each paragraph we score how
strongly the furniture in front of it says "a new story starts here" (a headline block, a
photo caption + credit, a byline or timestamp); section headings count against a boundary
because long articles have them. The boundary finder weighs those cues against lexical
cohesion, so even a story that starts with no cue at all can be separated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from reader.dedupe import normalise, story_id
from reader.lines import BODY_KINDS, Line, ends_sentence, split_dateline
from reader.lines_patterns import CLOSING_SECTION, SUMMARY_LABEL
from reader.lines_shape import wire_dateline
from reader.model import Heading, Source, Story
from reader.titles import generate_title

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

# Headlines say who did what: a title line shorter than this is a label or a brand.
HEADLINE_WORDS = 4
# A story that starts without any cue must have at least this many paragraphs.
MIN_UNCUED_PARAGRAPHS = 3
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


@dataclass(slots=True)
class Paragraph:
    """A body paragraph, its line span, and the non-body lines that stood right before it."""

    text: str
    first: int
    last: int
    head: list[Line] = field(default_factory=list)
    cue: float = 0.0
    # promo lines right after it ("Read more … news", "Related Topics"): they close this
    # story, so they belong to its line span, not to the head of the next one
    trail: list[Line] = field(default_factory=list)


def _blank_separated(lines: Sequence[Line]) -> bool:
    """True when the file separates paragraphs with blank lines (so adjacent lines are one)."""
    gaps = adjacent = 0
    prev: Line | None = None
    blank_between = False
    for ln in lines:
        if ln.kind == "blank":
            blank_between = True
            continue
        if prev is not None and prev.kind == "body" and ln.kind == "body":
            if blank_between:
                gaps += 1
            else:
                adjacent += 1
        prev = ln
        blank_between = False
    return gaps >= 2 and gaps > adjacent


def _line_cue(ln: Line) -> float:
    """Cue of one line; a one-to-three-word heading ("Key points", "Background") is a section
    label, not a headline (headlines say who did what: four words or more)."""
    if ln.kind == "heading" and _section_label(ln.text):
        return SHORT_HEADING_CUE
    return CUE_WEIGHTS.get(ln.kind, 0.0)


def _section_label(text: str) -> bool:
    """A heading that names a part of an article: short, a summary box label ("Key points"),
    or a press release's closing section ("About Velatrix Inc.", "Forward-looking statements")."""
    return (
        len(text.split()) <= SHORT_HEADING_WORDS
        or CLOSING_SECTION.match(text) is not None
        or SUMMARY_LABEL.match(text) is not None
    )


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
    text after it (see ``_photo_leads``), which makes the photo a decisive cue.
    ``heading_leads``: a headline-shaped heading names what follows and nothing before it (see
    ``_heading_leads``): the headline of a story pasted in without its byline.
    """
    scores = [
        SET_APART_HEADING
        if ln.no in set_apart
        else HEADING_LEADS_CUE
        if heading_leads and ln.kind == "heading" and not _section_label(ln.text)
        else _line_cue(ln)
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


def paragraphs_of(lines: Sequence[Line]) -> tuple[list[Paragraph], list[Line]]:
    """Body paragraphs in order (each with the furniture before it) and the trailing furniture."""
    blank_style = _blank_separated(lines)
    paras: list[Paragraph] = []
    pending: list[Line] = []
    blank_since = True
    for ln in lines:
        if ln.kind == "blank":
            blank_since = True
            continue
        if ln.kind not in BODY_KINDS:
            if ln.kind == "promo" and paras and not pending:
                paras[-1].trail.append(ln)
            else:
                pending.append(ln)
            continue
        cur = paras[-1] if paras else None
        join = (
            cur is not None
            and not pending
            and ln.kind == "body"
            and cur.last == ln.no - 1
            and not cur.text.endswith(":")
            and (not ends_sentence(cur.text) or blank_style)
            and not _was_bullet(cur, lines)
        )
        if join and cur is not None:
            cur.text = _join_wrapped(cur.text, ln.text)
            cur.last = ln.no
        else:
            paras.append(Paragraph(ln.text, ln.no, ln.no, pending))
            pending = []
        blank_since = False
    del blank_since
    set_apart: set[int] = set()
    if not blank_style:
        for p in paras:
            for ln in p.head:
                if (
                    ln.kind == "heading"
                    and ln.no < len(lines)
                    and lines[ln.no].kind == "blank"
                    and not _section_label(ln.text)
                ):
                    set_apart.add(ln.no)
    frozen = frozenset(set_apart)
    for k, p in enumerate(paras):
        p.cue = cue_score(
            p.head,
            frozen,
            photo_leads=_photo_leads(paras, k),
            heading_leads=_heading_leads(paras, k),
        )
        if k > 0 and wire_dateline(p.text):
            # "SEOUL, Nov 3 (Reuters) -": only a story's first paragraph carries a dateline
            p.cue = 1.0 - (1.0 - max(p.cue, 0.0)) * (1.0 - DATELINE_CUE)
    return paras, pending


def _photo_leads(paras: Sequence[Paragraph], k: int) -> bool:
    """True when the photo caption before paragraph k speaks of what follows, not of what came
    before: it shares more content words with the next two paragraphs than with the previous
    two, and at least PHOTO_LEADS_WORDS. Such a photo opens a story; a photo inside an article
    matches both sides or neither (or one name: "Lanxi's plant" inside a story on Lanxi)."""
    caption = " ".join(ln.text for ln in paras[k].head if ln.kind == "caption")
    if not caption or k == 0:
        return False
    from reader.segment.vectors import content_terms

    terms = set(content_terms(caption))
    after = set(content_terms(" ".join(p.text for p in paras[k : k + 2])))
    before = set(content_terms(" ".join(p.text for p in paras[max(0, k - 2) : k])))
    shared = len(terms & after)
    return shared > len(terms & before) and shared >= PHOTO_LEADS_WORDS


def _heading_leads(paras: Sequence[Paragraph], k: int) -> bool:
    """True when the heading before paragraph k shares at least two content words more with
    the next two paragraphs than with the previous two, and at most one with those: it is the
    headline of what follows. A section heading speaks the article's language on both sides."""
    heading = " ".join(ln.text for ln in paras[k].head if ln.kind == "heading")
    if not heading or k == 0:
        return False
    from reader.segment.vectors import content_terms

    terms = set(content_terms(heading))
    after = set(content_terms(" ".join(p.text for p in paras[k : k + 2])))
    before = set(content_terms(" ".join(p.text for p in paras[max(0, k - 2) : k])))
    shared_after, shared_before = len(terms & after), len(terms & before)
    return shared_after >= HEADING_LEADS_WORDS + shared_before and shared_before <= 1


def _was_bullet(p: Paragraph, lines: Sequence[Line]) -> bool:
    return lines[p.last - 1].kind == "bullet"


def find_story_starts(paras: Sequence[Paragraph]) -> list[int]:
    """Indices of paragraphs that begin a new story (0 is implicit and not listed)."""
    from reader.segment import find_boundaries

    # A real headline block is a new story whatever the words say (a repeated article has
    # identical vocabulary, which cohesion alone would keep together). Cutting there first
    # also keeps each boundary search small: cost grows faster than linearly with length.
    # So is a wire dateline ("SEOUL, Nov 3 (Reuters) -"): it opens only a story's first paragraph.
    forced = [
        i
        for i, p in enumerate(paras)
        if i > 0 and (any(ln.kind == "title" for ln in p.head) or wire_dateline(p.text))
    ]
    found: set[int] = set(forced)
    edges = [0, *forced, len(paras)]
    for a, b in pairwise(edges):
        if b - a < 2:
            continue
        chunk = paras[a:b]
        cuts = find_boundaries([p.text for p in chunk], [p.cue for p in chunk])
        found.update(a + c for c in cuts)
    starts = sorted(i for i in found if 0 < i < len(paras))
    # A boundary nothing on the page supports must open a story of some length: a two-paragraph
    # "story" with no headline, caption or byline is far likelier an article's closing aside.
    kept: list[int] = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(paras)
        if paras[i].cue <= 0 and end - i < MIN_UNCUED_PARAGRAPHS:
            continue
        kept.append(i)
    return kept


def _first(head: Sequence[Line], kind: str) -> str | None:
    for ln in head:
        if ln.kind == kind:
            return ln.text
    return None


def _headline(head: Sequence[Line]) -> str | None:
    """The story's headline: of several title-shaped lines in one head block (a section label
    or a brand, then the headline, then a deck), the first with HEADLINE_WORDS words or more."""
    best: str | None = None
    for ln in head:
        if ln.kind == "title" and (
            best is None or len(best.split()) < HEADLINE_WORDS <= len(ln.text.split())
        ):
            best = ln.text
    return best


def _dedupe_paragraphs(texts: list[str]) -> list[int]:
    """Indices to keep: a paragraph repeated inside one story (a pull quote) appears once."""
    seen: set[str] = set()
    keep = []
    for i, t in enumerate(texts):
        key = normalise(t)
        if key in seen:
            continue
        seen.add(key)
        keep.append(i)
    return keep


def build(
    path: str,
    lines: Sequence[Line],
    paras: Sequence[Paragraph],
    tail: Sequence[Line],
    starts: Sequence[int],
) -> list[Story]:
    """Story records for the paragraph groups beginning at 0 and at each of ``starts``."""
    if not paras:
        return []
    edges = [0, *starts, len(paras)]
    last_content = max((ln.no for ln in lines if ln.kind != "blank"), default=1)
    stories: list[Story] = []
    for k in range(len(edges) - 1):
        group = paras[edges[k] : edges[k + 1]]
        head = group[0].head
        first_line = min([group[0].first, *(ln.no for ln in head)])
        if k == 0:
            first_line = min([first_line, *(ln.no for ln in lines if ln.kind != "blank")])
        if k + 1 < len(edges) - 1:
            nxt = paras[edges[k + 1]]
            stop = min([nxt.first, *(ln.no for ln in nxt.head)]) - 1
            last_line = max(
                [
                    group[-1].last,
                    # lines[i] is line i + 1: the furniture between this story and the next
                    *(ln.no for ln in lines[group[-1].last : stop] if ln.kind != "blank"),
                ]
            )
        else:
            last_line = max(group[-1].last, last_content)
        texts = [p.text for p in group]
        keep = _dedupe_paragraphs(texts)
        headings: list[Heading] = []
        kept_paras: list[str] = []
        for j, p in enumerate(group):
            for ln in p.head if j > 0 else head:
                if ln.kind == "heading" and j in keep:
                    headings.append(Heading(ln.text, len(kept_paras)))
            if j in keep:
                kept_paras.append(p.text)
        # "Beijing — The ministry said …": the place is metadata, the paragraph starts after it
        dateline, lead = split_dateline(kept_paras[0])
        if dateline is not None:
            kept_paras[0] = lead
        title = _headline(head)
        if title is None and k > 0 and headings and headings[0].paragraph == 0:
            # the boundary finder agreed a new story starts here: its heading is its headline
            title = headings.pop(0).text
        byline = _first(head, "byline")
        if byline and byline.lower().startswith("by "):
            byline = byline[3:].strip()
        stories.append(
            Story(
                id=story_id(kept_paras),
                title=title or generate_title(kept_paras[0]),
                title_generated=title is None,
                sources=[Source(path, first_line, last_line)],
                paragraphs=kept_paras,
                headings=headings,
                byline=byline,
                published=_first(head, "timestamp"),
                standfirst=_first(head, "standfirst"),
                dateline=dateline,
                tags=[ln.text for ln in head if ln.kind == "tag"],
            )
        )
    return stories


def _join_wrapped(head: str, tail: str) -> str:
    """Join a line wrapped onto the next: "elec-" + "tricity" mends the word, "2-" + "year"
    keeps its hyphen, anything else is joined with a space."""
    if head.endswith("-") and tail[:1].islower() and len(head) > 1:
        before = head[-2]
        if before.isalpha():
            return head[:-1] + tail
        if before.isdigit():
            return head + tail
    return head + " " + tail
