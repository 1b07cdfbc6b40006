"""Features of each candidate story boundary: the gap before a body paragraph.

What a person reads when deciding that a pasted article has ended and another begun: the words
stop being shared across the gap (lexical cohesion), the next lede names people, places and
organisations the text before never mentioned while the previous run's names stop recurring, a
new dateline or time frame opens, junk lies between (ads, sign-ups, "Read more", captions and
credits), a headline-shaped line stands before it (and not before the paragraph before: a
lede's story goes on), the paragraph lengths change shape (a short closing line, then a long
lede), a blank line sets the gap apart where the file usually puts none, and the heading over
the paragraph reads as a headline (a clause with a verb, in words the file has not used yet)
rather than a section heading (a noun phrase, a question: ``reader.story.boundary.heading``).
Cohesion is also taken over windows of about as many content words whatever the paragraphs'
length, and against the file's usual cohesion. ``boundary_features`` measures these at every gap;
``reader.story.boundary.scorer`` weighs them with weights learned from generated concatenations.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reader.story.boundary.heading import HEADING_FEATURES, heading_features
from reader.story.boundary.lede import LEDE_FEATURES, gated_lede_features, short_gate
from reader.story.boundary.lede_words import lede_words
from reader.story.cues import continues_story, heading_leads, photo_leads, section_label
from reader.story.lines.shape import ends_sentence, split_dateline, wire_dateline
from reader.story.paragraph import Paragraph, longest_blank_run
from reader.story.segment.vectors import content_term_set, content_terms, stop_words
from reader.text.calendar import MONTH_NAMES, WEEKDAY_NAMES

# Paragraphs on each side of a gap that cohesion and entity overlap look at.
WINDOW = 3
# How far back a name counts as "already seen" for the next lede.
SEEN_BACK = 6
# Content words on each side of a gap that ``cohesion_words`` compares: paragraphs are taken
# outwards from the gap until their terms reach WINDOW_TERMS (about three news paragraphs), at
# least one and at most WORD_WINDOW paragraphs, so short paragraphs (which share few words) are
# compared over as much text as long ones.
WINDOW_TERMS = 90
WORD_WINDOW = 6

BASE_FEATURES: tuple[str, ...] = (
    "bias",
    "cohesion",  # cosine of content words, WINDOW paragraphs each side
    "cohesion_near",  # cosine of the two paragraphs touching the gap
    "cohesion_words",  # cosine of content words, about WINDOW_TERMS terms each side
    "cohesion_rel",  # cohesion_words less the file's median over its gaps
    "lede_new_names",  # share of the lede's names not seen in the paragraphs before
    "lede_names",  # log(1 + number of names in the lede)
    "names_end",  # share of the previous run's names that do not recur after the gap
    "dateline",  # the paragraph opens with a dateline
    "time_frame",  # its first sentence sets a time (a weekday, "on Tuesday", a month)
    "points_back",  # it opens with a pronoun, connective, quotation or second reference
    "opens_indefinite",  # "A pensioner from…", "An inquiry…": introduces someone new
    "lede_words",  # its wording reads as a lede (a model learned from articles: lede_words.py)
    "junk_between",  # ads, sign-ups, "Read more", menus or footers in the gap
    "photo_between",  # a photo caption or credit in the gap
    "headline",  # a headline-shaped line stands before it
    "prev_headed",  # a headline stands before the paragraph before (a lede: the story goes on)
    "heading_leads",  # a long heading that speaks of what follows, not what came before
    "section_label",  # a short section label ("Background") stands before it
    "meta",  # a byline, time stamp, standfirst or reading time stands before it
    "photo_leads",  # a photo caption that speaks of what follows
    "lede_length",  # log length of the paragraph relative to the file's median
    "prev_short",  # the paragraph before is under half the file's median (a closing line)
    "longer_than_prev",  # log length relative to the paragraph before (a lede after a closer)
    "gap_blank",  # a longer run of blank lines in this gap than in the file's usual gap
    "headline_shaped",  # the paragraph itself reads as a headline (a few words, no full stop)
    "page_cue",  # what the furniture before it says, combined (reader.story.cues.cue_score)
    *HEADING_FEATURES,  # the heading before it: a headline's clause, a question, new words
)
# Files of short paragraphs (pasted briefs, a sentence or two a paragraph) are read with their
# own weights on top of the shared ones: the lede features, and a copy of every feature above
# scaled by the file's ``short_gate`` (0 in files of long paragraphs, so there the copies are
# constant and those files are scored by the shared weights alone; learning briefs does not
# move how full articles are split).
SHORT_FEATURES: tuple[str, ...] = tuple(f"short_{name}" for name in BASE_FEATURES)
FEATURES: tuple[str, ...] = (*BASE_FEATURES, *LEDE_FEATURES, *SHORT_FEATURES)
JUNK_KINDS = frozenset({"promo", "nav", "linklist", "footer", "comment"})
PHOTO_KINDS = frozenset({"caption", "credit"})
META_KINDS = frozenset({"byline", "timestamp", "standfirst", "reading_time", "masthead", "tag"})

# (a quote or a space after ".", "!" or "?" and before a capital: the engine scans for the
# quote or space, then looks behind, which finds the same matches as the look-behind first)
_SENTENCE_END = re.compile(
    r"[\s\"”’'](?<=[.!?][\s\"”’'])(?:(?<=\s)\s*|(?<=[\"”’'])\s+)(?=[\"“‘']?[A-Z])"
)
_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")
_TIME = re.compile(  # (behind a look-ahead for the first letters its words can begin with)
    r"(?=[oMTWFSytlJANOD])\b(?:on\s+)?(?:"
    + "|".join(w.capitalize() for w in WEEKDAY_NAMES)
    + r"|yesterday|today"
    r"|tonight|this (?:morning|week|month|year)|last (?:week|month|year|night)|"
    + "|".join(w.capitalize() for w in MONTH_NAMES)
    + r")\b"
)
_NOT_NAMES = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES, "i", "mr", "mrs", "ms", "dr"])
_INDEFINITE = re.compile(
    r"^(?:A|An|Some|More than|About|Around|Nearly|Almost|Hundreds|Thousands)\b"
)


def _head_terms(p: Paragraph) -> frozenset[str]:
    """The content terms of the headlines and headings over a paragraph."""
    return frozenset().union(
        *(content_term_set(ln.text, 5) for ln in p.head if ln.kind in ("heading", "title"))
    )


@dataclass(frozen=True, slots=True)
class Units:
    """What the features need of each paragraph, computed once per file."""

    terms: list[Counter[str]]
    names: list[frozenset[str]]
    lengths: list[int]

    @classmethod
    def of(cls, paras: Sequence[Paragraph]) -> Units:
        return cls(
            terms=[Counter(content_terms(p.text, 5)) for p in paras],
            names=[names_in(p.text) for p in paras],
            lengths=[len(p.text.split()) for p in paras],
        )


def headline_shaped(text: str) -> bool:
    """A headline left among the paragraphs: 4 to 16 words, no sentence end, mostly capitals
    or a line that starts with one and ends without punctuation."""
    words = text.split()
    return 4 <= len(words) <= 16 and not ends_sentence(text) and text[:1].isupper()


@lru_cache(maxsize=4096)
def names_in(text: str) -> frozenset[str]:
    """Capitalised words that are not a sentence's first word nor a stop word: the people,
    places and organisations a paragraph names (lower-cased, possessive dropped). Remembered
    for a few files' paragraphs: the file-kind features (filekind.py) ask for the paragraphs
    the boundary features just read."""
    out: set[str] = set()
    stops = stop_words()
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        for w in words[1:]:
            if not w[0].isupper():
                continue
            key = w.rstrip(".").lower().removesuffix("'s").removesuffix("’s")
            if len(key) > 1 and key not in stops and key not in _NOT_NAMES:
                out.add(key)
    return frozenset(out)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


class _Dots:
    """Dot products of paragraphs' term counts, each pair computed once: paragraph j with the
    ``reach[j]`` paragraphs after it (by default ``2 * WINDOW - 1``, what the paragraph windows
    need). Counts are integers, so a bag's products are exact sums of these: the cosine of two
    bags of paragraphs is the float ``_cosine`` gives for the summed Counters, without building
    them."""

    __slots__ = ("band",)

    def __init__(self, terms: Sequence[Counter[str]], reach: Sequence[int] | None = None) -> None:
        n = len(terms)
        band: list[list[int]] = []  # band[j][d]: terms[j] · terms[j + d]
        for j, a in enumerate(terms):
            far = 2 * WINDOW - 1 if reach is None else reach[j]
            row = [sum(v * v for v in a.values())]
            for b in terms[j + 1 : min(n, j + 1 + far)]:
                row.append(sum(a[t] * b[t] for t in a.keys() & b.keys()))
            band.append(row)
        self.band = band

    @classmethod
    def over(cls, terms: Sequence[Counter[str]], runs: Sequence[tuple[range, range]]) -> _Dots:
        """The products the paragraph windows and the word windows ``runs`` need."""
        reach = [2 * WINDOW - 1] * len(terms)
        for first, second in runs:
            end = second.stop - 1
            for j in first:
                reach[j] = max(reach[j], end - j)
        return cls(terms, reach)

    def bags(self, first: range, second: range) -> float:
        """``_cosine`` of the summed counts of paragraphs ``first`` and of ``second`` (two
        adjacent runs, each at most WINDOW long)."""
        band = self.band
        na2 = sum(band[j][k - j] if j <= k else band[k][j - k] for j in first for k in first)
        nb2 = sum(band[j][k - j] if j <= k else band[k][j - k] for j in second for k in second)
        if not na2 or not nb2:
            return 0.0
        dot = sum(band[j][k - j] for j in first for k in second)
        return dot / (math.sqrt(na2) * math.sqrt(nb2))


def cohesion_at(units: Units, dots: _Dots | None = None) -> list[float]:
    """Cohesion across the gap before each paragraph (index 0: 1.0, no gap)."""
    n = len(units.terms)
    dots = dots or _Dots(units.terms)
    out = [1.0] * n
    for i in range(1, n):
        out[i] = dots.bags(range(max(0, i - WINDOW), i), range(i, min(n, i + WINDOW)))
    return out


def windows(terms: Sequence[Counter[str]]) -> list[tuple[range, range]]:
    """The paragraphs before and after the gap before each paragraph that ``cohesion_words``
    compares (index 0: empty runs): taken outwards from the gap until their terms reach
    WINDOW_TERMS, at least one paragraph and at most WORD_WINDOW on each side."""
    n = len(terms)
    sizes = [sum(t.values()) for t in terms]
    out = [(range(0), range(0))]
    for i in range(1, n):
        a, total = i - 1, sizes[i - 1]
        while total < WINDOW_TERMS and a > 0 and i - a < WORD_WINDOW:
            a -= 1
            total += sizes[a]
        b, total = i + 1, sizes[i]
        while total < WINDOW_TERMS and b < n and b - i < WORD_WINDOW:
            total += sizes[b]
            b += 1
        out.append((range(a, i), range(i, b)))
    return out


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def blank_gaps(paras: Sequence[Paragraph]) -> list[float]:
    """1.0 where the paste's layout sets a paragraph apart, else 0.0; index 0: 0.0.

    A gap holding a longer run of blank lines than the file's usual gap sets one apart (a
    blank line setting an article apart in a paste whose paragraphs run on; a heading set
    apart by blank lines in a file that puts one between paragraphs is not); the gap between
    two list items is not counted in the usual gap. A file pasted in two layouts (an article
    with blank lines between its paragraphs, the next with none) changes layout between two
    runs of two gaps or more, each of its own layout (``_layout_runs``): the story changes at
    one of the two gaps around the change (the blank line before the touching article, or
    right under the blank-parted article's last paragraph), and the gaps inside the runs set
    nothing apart."""
    return blank_layout(paras)[0]


def blank_layout(paras: Sequence[Paragraph]) -> tuple[list[float], list[tuple[int, int]]]:
    """``blank_gaps``, and the gaps (b, b + 1) around each change of layout in a paste of two
    layouts: the story changes at one of the two, and paragraph b is the last of one article
    or the first of the next. One reading of the file's blank lines serves both."""
    blanks = [0, *(longest_blank_run(a, b) for a, b in pairwise(paras))]
    # (the gaps inside a list are no paragraph gaps: a briefing's sections of bullets, a blank
    # line between sections and none between items, are laid out as paragraphs with blank lines)
    gaps = [b for k, b in enumerate(blanks) if k and not (paras[k - 1].listed and paras[k].listed)]
    usual = _median(gaps or blanks[1:])
    out = [float(k > 0 and b > usual) for k, b in enumerate(blanks)]
    runs = _layout_runs(paras, blanks)
    changes = [(b, c) for (_a, b, region), (c, _d, other) in pairwise(runs) if region and other]
    for b, c in changes:
        out[b] = out[c] = 1.0  # the two gaps around the change
    for a, b, region in runs:
        if region and blanks[a] > 0:
            for k in range(a, b + 1):
                # inside a blank-parted run (and at its end where no other layout follows)
                if (k > a or a == 1) and (k < b or b == len(blanks) - 1):
                    out[k] = 0.0
    return out, changes


def _layout_runs(paras: Sequence[Paragraph], blanks: Sequence[int]) -> list[tuple[int, int, bool]]:
    """The file's gaps (1 .. n-1) in maximal runs of one layout, blank lines or none: (first,
    last, region), where a region is two gaps or more, and for a run with no blank lines, of
    running prose (``_prose``: a list's items or a team's ratings on touching lines under
    blank-parted prose are no article's layout)."""
    runs: list[tuple[int, int, bool]] = []
    k = 1
    while k < len(blanks):
        end = k
        while end + 1 < len(blanks) and (blanks[end + 1] > 0) == (blanks[k] > 0):
            end += 1
        long = end > k
        prose = blanks[k] > 0 or all(_prose(p) for p in paras[k - 1 : end + 1])
        runs.append((k, end, long and prose))
        k = end + 1
    return runs


# a paragraph of running prose: the layout of a run of them says how its article was pasted (a
# list's items or a team's ratings on touching lines under blank-parted prose are no article)
PROSE_WORDS = 20


def _prose(p: Paragraph) -> bool:
    return not p.listed and len(p.text.split()) >= PROSE_WORDS and ends_sentence(p.text)


def _names_features(units: Units, i: int) -> tuple[float, float, float]:
    seen: set[str] = set()
    for s in units.names[max(0, i - SEEN_BACK) : i]:
        seen |= s
    lede = units.names[i]
    # no names on a side: neither for nor against (half way)
    new = len(lede - seen) / len(lede) if lede else 0.5
    prev: set[str] = set()
    for s in units.names[max(0, i - WINDOW) : i]:
        prev |= s
    after: set[str] = set()
    for s in units.names[i : i + WINDOW]:
        after |= s
    ending = len(prev - after) / len(prev) if prev else 0.5
    return new, math.log1p(len(lede)), ending


def _head_features(paras: Sequence[Paragraph], i: int) -> list[float]:
    p = paras[i]
    kinds = [ln.kind for ln in p.head]
    between = [*(ln.kind for ln in paras[i - 1].trail), *kinds]
    headings = [ln for ln in p.head if ln.kind == "heading"]
    return [
        math.log1p(sum(k in JUNK_KINDS for k in between)),
        float(any(k in PHOTO_KINDS for k in between)),
        float("title" in kinds),
        float(any(ln.kind == "title" for ln in paras[i - 1].head)),
        float(any(not section_label(h.text) for h in headings) and heading_leads(paras, i)),
        float(any(section_label(h.text) for h in headings)),
        float(any(k in META_KINDS for k in kinds)),
        float(any(k in ("caption", "credit") for k in kinds) and photo_leads(paras, i)),
    ]


def boundary_features(paras: Sequence[Paragraph]) -> list[list[float]]:
    """One feature vector (in FEATURES order) per paragraph; row 0 (no gap) is all zeros."""
    n = len(paras)
    out: list[list[float]] = [[0.0] * len(FEATURES)]
    if n < 2:
        return out[:n]
    units = Units.of(paras)
    runs = windows(units.terms)
    dots = _Dots.over(units.terms, runs)
    coh = cohesion_at(units, dots)
    coh_words = [1.0] + [dots.bags(*runs[i]) for i in range(1, n)]
    usual_coh = _median(coh_words[1:])
    blank = blank_gaps(paras)
    lengths = units.lengths
    median = max(1, int(_median(lengths)))
    texts = [p.text for p in paras]
    gate = short_gate(median)
    # (a headline's and heading's words count as used: a section heading that takes up the
    # headline's words is no new story's)
    seen: frozenset[str] = frozenset(units.terms[0]) | _head_terms(paras[0])
    for i in range(1, n):
        p = paras[i]
        near = dots.bags(range(i - 1, i), range(i, i + 1))
        new, count, ending = _names_features(units, i)
        first = _SENTENCE_END.split(p.text, maxsplit=1)[0]
        opens = p.text.lstrip()
        row = [
            1.0,
            coh[i],
            near,
            coh_words[i],
            coh_words[i] - usual_coh,
            new,
            count,
            ending,
            float(wire_dateline(p.text) or split_dateline(p.text)[0] is not None),
            float(_TIME.search(first) is not None),
            float(continues_story(p.text)),
            float(_INDEFINITE.match(opens) is not None),
            lede_words(p.text),
            *_head_features(paras, i),
            max(-1.5, min(1.5, math.log(max(1, lengths[i]) / median))),
            float(lengths[i - 1] * 2 < median),
            max(-2.0, min(2.0, math.log(max(1, lengths[i]) / max(1, lengths[i - 1])))),
            blank[i],
            float(headline_shaped(p.text)),
            p.cue,
            *heading_features(paras, i, seen),
        ]
        seen |= units.terms[i].keys() | _head_terms(p)
        row += gated_lede_features(texts, i, median)
        row += [gate * v for v in row[: len(BASE_FEATURES)]]
        out.append(row)
    return out
