"""Features of each candidate story boundary: the gap before a body paragraph.

What a person reads when deciding that a pasted article has ended and another begun: the words
stop being shared across the gap (lexical cohesion), the next lede names people, places and
organisations the text before never mentioned while the previous run's names stop recurring, a
new dateline or time frame opens, junk lies between (ads, sign-ups, "Read more", captions and
credits), a headline-shaped line stands before it, and the paragraph lengths change shape (a
short closing line, then a long lede). ``boundary_features`` measures these at every gap;
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

from reader.story.cues import continues_story, heading_leads, photo_leads, section_label
from reader.story.lines.shape import ends_sentence, split_dateline, wire_dateline
from reader.story.paragraph import Paragraph, blank_lines_between
from reader.story.segment.vectors import content_terms, stop_words
from reader.text.calendar import MONTH_NAMES, WEEKDAY_NAMES

# Content words on each side of a gap that cohesion looks at: paragraphs are taken outwards
# from the gap until their terms reach WINDOW_TERMS (about three news paragraphs), at least one
# and at most WINDOW paragraphs, so short paragraphs (which share few words) are compared over
# as much text as long ones.
WINDOW_TERMS = 90
WINDOW = 6
# Paragraphs on each side that the names features look at.
NAMES_WINDOW = 3
# How far back a name counts as "already seen" for the next lede.
SEEN_BACK = 6

FEATURES: tuple[str, ...] = (
    "bias",
    "cohesion",  # cosine of content words, about WINDOW_TERMS terms each side
    "cohesion_rel",  # the same less the file's median over its gaps (short paragraphs share less)
    "cohesion_near",  # cosine of the two paragraphs touching the gap
    "lede_ahead",  # the paragraph shares more words with the two after it than the two before
    "closer_back",  # the paragraph before shares more with the two before it than the two after
    "lede_new_names",  # share of the lede's names not seen in the paragraphs before
    "lede_names",  # log(1 + number of names in the lede)
    "names_end",  # share of the previous run's names that do not recur after the gap
    "dateline",  # the paragraph opens with a dateline
    "time_frame",  # its first sentence sets a time (a weekday, "on Tuesday", a month)
    "points_back",  # it opens with a pronoun, connective, quotation or second reference
    "opens_indefinite",  # "A pensioner from…", "An inquiry…": introduces someone new
    "junk_between",  # ads, sign-ups, "Read more", menus or footers in the gap
    "photo_between",  # a photo caption or credit in the gap
    "headline",  # a headline-shaped line stands before it
    "heading_leads",  # a long heading that speaks of what follows, not what came before
    "section_label",  # a short section label ("Background") stands before it
    "meta",  # a byline, time stamp, standfirst or reading time stands before it
    "photo_leads",  # a photo caption that speaks of what follows
    "lede_length",  # log length of the paragraph relative to the file's median
    "prev_short",  # the paragraph before is under half the file's median (a closing line)
    "longer_than_prev",  # log length relative to the paragraph before (a lede after a closer)
    "gap_blank",  # more blank lines in this gap than in the file's usual gap
    "headline_shaped",  # the paragraph itself reads as a headline (a few words, no full stop)
    "page_cue",  # what the furniture before it says, combined (reader.story.cues.cue_score)
)
JUNK_KINDS = frozenset({"promo", "nav", "linklist", "footer", "comment"})
PHOTO_KINDS = frozenset({"caption", "credit"})
META_KINDS = frozenset({"byline", "timestamp", "standfirst", "reading_time", "masthead", "tag"})

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")
# A capitalised _WORD token: not inside a token ("Anglo-French", "U.S.", "O'Neil", "eBay")
_CAPITAL = re.compile(r"(?<![A-Za-z_&.-])(?<![A-Za-z0-9]['’])[A-Z][\w'’&.-]*")
_QUOTES = frozenset("\"“‘'")
_TIME = re.compile(
    r"\b(?:on\s+)?(?:" + "|".join(w.capitalize() for w in WEEKDAY_NAMES) + r"|yesterday|today"
    r"|tonight|this (?:morning|week|month|year)|last (?:week|month|year|night)|"
    + "|".join(w.capitalize() for w in MONTH_NAMES)
    + r")\b"
)
_NOT_NAMES = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES, "i", "mr", "mrs", "ms", "dr"])
_INDEFINITE = re.compile(
    r"^(?:A|An|Some|More than|About|Around|Nearly|Almost|Hundreds|Thousands)\b"
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


def windows(terms: Sequence[Counter[str]]) -> list[tuple[range, range]]:
    """The paragraphs before and after the gap before each paragraph that cohesion compares
    (index 0: empty runs): taken outwards from the gap until their terms reach WINDOW_TERMS,
    at least one paragraph and at most WINDOW on each side."""
    n = len(terms)
    sizes = [sum(t.values()) for t in terms]
    out = [(range(0), range(0))]
    for i in range(1, n):
        a, total = i - 1, sizes[i - 1]
        while total < WINDOW_TERMS and a > 0 and i - a < WINDOW:
            a -= 1
            total += sizes[a]
        b, total = i + 1, sizes[i]
        while total < WINDOW_TERMS and b < n and b - i < WINDOW:
            total += sizes[b]
            b += 1
        out.append((range(a, i), range(i, b)))
    return out


def headline_shaped(text: str) -> bool:
    """A headline left among the paragraphs: 4 to 16 words, no sentence end, mostly capitals
    or a line that starts with one and ends without punctuation."""
    words = text.split()
    return 4 <= len(words) <= 16 and not ends_sentence(text) and text[:1].isupper()


def names_in(text: str) -> frozenset[str]:
    """Capitalised words that are not a sentence's first word nor a stop word: the people,
    places and organisations a paragraph names (lower-cased, possessive dropped). Words are
    ``_WORD`` tokens; only the capitalised ones are visited (``_CAPITAL``), and a sentence's
    first word is the token where ``_SENTENCE_END`` starts it (or the text's first token)."""
    out: set[str] = set()
    drop = _not_names()
    first = _WORD.search(text)
    skip = {m.end() + (text[m.end()] in _QUOTES) for m in _SENTENCE_END.finditer(text)}
    if first is not None:
        skip.add(first.start())
    for m in _CAPITAL.finditer(text):
        if m.start() in skip:
            continue
        key = m.group().rstrip(".").lower().removesuffix("'s").removesuffix("’s")
        if len(key) > 1 and key not in drop:
            out.add(key)
    return frozenset(out)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that name no one: stop words, weekdays, months, titles."""
    return stop_words() | _NOT_NAMES


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


class _Dots:
    """Dot products of paragraphs' term counts, each pair computed once and only for the pairs
    some window holds (``reach[j]``: how far after paragraph j a window that holds it ends).
    Counts are integers, so a bag's products are exact sums of these: the cosine of two bags
    of paragraphs is the float ``_cosine`` gives for the summed Counters, without building
    them."""

    __slots__ = ("band",)

    def __init__(self, terms: Sequence[Counter[str]], reach: Sequence[int]) -> None:
        n = len(terms)
        band: list[list[int]] = []  # band[j][d]: terms[j] · terms[j + d]
        for j, a in enumerate(terms):
            row = [sum(v * v for v in a.values())]
            for b in terms[j + 1 : min(n, j + 1 + reach[j])]:
                row.append(sum(a[t] * b[t] for t in a.keys() & b.keys()))
            band.append(row)
        self.band = band

    @classmethod
    def over(cls, terms: Sequence[Counter[str]], runs: Sequence[tuple[range, range]]) -> _Dots:
        """The products the gaps' ``runs`` (and each gap's two touching paragraphs) need."""
        reach = [2] * len(terms)  # a paragraph and the two on each side (_turns)
        for first, second in runs:
            end = second.stop - 1
            for j in first:
                reach[j] = max(reach[j], end - j)
            for j in second:
                reach[j] = max(reach[j], end - j)
        return cls(terms, reach)

    def bags(self, first: range, second: range) -> float:
        """``_cosine`` of the summed counts of paragraphs ``first`` and of ``second`` (two
        adjacent runs that some window holds)."""
        band = self.band
        na2 = sum(band[j][k - j] if j <= k else band[k][j - k] for j in first for k in first)
        nb2 = sum(band[j][k - j] if j <= k else band[k][j - k] for j in second for k in second)
        if not na2 or not nb2:
            return 0.0
        dot = sum(band[j][k - j] for j in first for k in second)
        return dot / (math.sqrt(na2) * math.sqrt(nb2))


def cohesion_at(
    units: Units,
    runs: Sequence[tuple[range, range]] | None = None,
    dots: _Dots | None = None,
) -> list[float]:
    """Cohesion across the gap before each paragraph (index 0: 1.0, no gap)."""
    runs = runs if runs is not None else windows(units.terms)
    dots = dots or _Dots.over(units.terms, runs)
    out = [1.0] * len(units.terms)
    for i in range(1, len(out)):
        out[i] = dots.bags(*runs[i])
    return out


def _names_features(units: Units, i: int) -> tuple[float, float, float]:
    seen: set[str] = set()
    for s in units.names[max(0, i - SEEN_BACK) : i]:
        seen |= s
    lede = units.names[i]
    # no names on a side: neither for nor against (half way)
    new = len(lede - seen) / len(lede) if lede else 0.5
    prev: set[str] = set()
    for s in units.names[max(0, i - NAMES_WINDOW) : i]:
        prev |= s
    after: set[str] = set()
    for s in units.names[i : i + NAMES_WINDOW]:
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
        float(any(not section_label(h.text) for h in headings) and heading_leads(paras, i)),
        float(any(section_label(h.text) for h in headings)),
        float(any(k in META_KINDS for k in kinds)),
        float(any(k in ("caption", "credit") for k in kinds) and photo_leads(paras, i)),
    ]


def _one_to_run(band: Sequence[Sequence[int]], i: int, a: int, b: int) -> float:
    """``_cosine`` of paragraph i's terms and the summed terms of paragraphs a..b-1 (a run of
    one or two beside i), straight from the band: no bags are built."""
    if b - a == 2:
        run2 = band[a][0] + band[a + 1][0] + 2 * band[a][1]
        dot = (
            band[a][i - a] + band[a + 1][i - a - 1]
            if a < i
            else band[i][a - i] + band[i][b - 1 - i]
        )
    elif b - a == 1:
        run2 = band[a][0]
        dot = band[a][i - a] if a < i else band[i][a - i]
    else:
        return 0.0
    own2 = band[i][0]
    if not run2 or not own2:
        return 0.0
    return dot / (math.sqrt(own2) * math.sqrt(run2))


def _turns(dots: _Dots, i: int, n: int) -> tuple[float, float]:
    """(lede_ahead, closer_back) at the gap before paragraph i of n: how much more paragraph i
    shares with the two paragraphs after it than with the two before, and how much more the
    paragraph before the gap shares with the two before it than with the two after. A short
    article's lede opens its topic and its closing line ends the last one, where windows of
    several paragraphs reach across both articles."""
    band = dots.band
    ahead = _one_to_run(band, i, i + 1, min(n, i + 3))
    behind = _one_to_run(band, i, max(0, i - 2), i)
    back = _one_to_run(band, i - 1, max(0, i - 3), i - 1)
    on = _one_to_run(band, i - 1, i, min(n, i + 2))
    return ahead - behind, back - on


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _blank_gaps(paras: Sequence[Paragraph]) -> list[float]:
    """1.0 where a gap holds more blank lines than the file's usual gap (a blank line setting
    an article apart in a paste whose paragraphs run on), else 0.0; index 0: 0.0."""
    blanks = [0, *(blank_lines_between(a, b) for a, b in pairwise(paras))]
    usual = _median(blanks[1:])
    return [float(k > 0 and b > usual) for k, b in enumerate(blanks)]


def boundary_features(paras: Sequence[Paragraph]) -> list[list[float]]:
    """One feature vector (in FEATURES order) per paragraph; row 0 (no gap) is all zeros."""
    n = len(paras)
    out: list[list[float]] = [[0.0] * len(FEATURES)]
    if n < 2:
        return out[:n]
    units = Units.of(paras)
    runs = windows(units.terms)
    dots = _Dots.over(units.terms, runs)
    coh = cohesion_at(units, runs, dots)
    usual_coh = _median(coh[1:])
    blank = _blank_gaps(paras)
    lengths = units.lengths
    median = max(1, int(_median(lengths)))
    for i in range(1, n):
        p = paras[i]
        near = _one_to_run(dots.band, i - 1, i, i + 1)
        new, count, ending = _names_features(units, i)
        first = _SENTENCE_END.split(p.text, maxsplit=1)[0]
        opens = p.text.lstrip()
        row = [
            1.0,
            coh[i],
            coh[i] - usual_coh,
            near,
            *_turns(dots, i, n),
            new,
            count,
            ending,
            float(wire_dateline(p.text) or split_dateline(p.text)[0] is not None),
            float(_TIME.search(first) is not None),
            float(continues_story(p.text)),
            float(_INDEFINITE.match(opens) is not None),
            *_head_features(paras, i),
            max(-1.5, min(1.5, math.log(max(1, lengths[i]) / median))),
            float(lengths[i - 1] * 2 < median),
            max(-2.0, min(2.0, math.log(max(1, lengths[i]) / max(1, lengths[i - 1])))),
            blank[i],
            float(headline_shaped(p.text)),
            p.cue,
        ]
        out.append(row)
    return out
