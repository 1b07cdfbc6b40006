"""The learned boundary scorer: how likely a new story starts at each paragraph.

A logistic model over ``features.boundary_features``, its weights fitted on generated
concatenations of development articles (``python -m reader.eval.train_boundary BBC_DIR``
rebuilds ``weights.json``; nothing is hand-set). The probability becomes the cue the
segmentation search weighs against lexical cost (``cue = 2p - 1``: a likely start lowers the
price of a boundary, an unlikely one raises it), and the largest feature contributions are the
reasons ``newsdesk stories --explain`` prints.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from reader.story.boundary import filekind
from reader.story.boundary.features import FEATURES, boundary_features
from reader.story.boundary.filekind import judged_several
from reader.story.boundary.heading import is_clause, is_plain
from reader.story.boundary.lede import opens_as_lede
from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.shape import ends_sentence, split_dateline
from reader.story.paragraph import Paragraph

WEIGHTS_FILE = "weights.json"
CLIP = 3.0
# Read only where the odds decide (a file judged to hold several articles, ``filekind``): a
# lede's tense tells one brief from the next, but in an article the lexical search keeps whole
# a mid-article "X has …" sentence on a line of its own reads the same, and there it only
# splits (with it in the cues, BBC articles written a sentence a line, lower-cased, lost 199 →
# 195 of 200 whole, CNN/DailyMail 49 → 48 of 50).
ODDS_ONLY: tuple[str, ...] = ("news_tense",)


@dataclass(frozen=True, slots=True)
class Weights:
    """A fitted logistic model: features are standardised with mean/scale, then weighed."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    # added to the log-odds before decoding: chosen by the trainer so the segmentation search
    # gives the right story count most often on the training files (the probabilities are
    # per gap; the search decides jointly, and misses cost more than its prior assumes)
    shift: float = 0.0
    # added on top in files of short paragraphs, times the file's gate (the row's
    # ``short_bias``, ``lede.short_gate``): chosen by the trainer on short files drawn from
    # articles the fit did not see (``boundary_decoding.choose_short_decoding``)
    short_shift: float = 0.0
    # files whose gate is at least ``short_from`` are decoded by the scorer alone, every story
    # at least ``short_min`` paragraphs (``decode.cut_by_odds``; 0: never, the lexical search
    # decides): both chosen by the trainer on generated short files
    # (``boundary_decoding.choose_short_decoding``)
    short_min: int = 0
    short_from: float = 1.0
    # which feature is the bias (not standardised), worked out once
    _is_bias: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_is_bias", tuple(name == "bias" for name in self.features))

    def contributions(self, row: Sequence[float]) -> list[float]:
        """Each feature's share of the log-odds; standardised values are clipped to ±CLIP so a
        line unlike any in training (a one-word menu item) cannot dominate."""
        if len(row) != len(self.features):
            raise ValueError(f"{len(row)} features for {len(self.features)} weights")
        return [
            w * (1.0 if bias else max(-CLIP, min(CLIP, (x - m) / s)))
            for bias, x, m, s, w in zip(
                self._is_bias, row, self.mean, self.scale, self.weights, strict=False
            )
        ]

    def without(self, names: Sequence[str]) -> Weights:
        """These weights with the features ``names`` weighing nothing (their contribution 0,
        as at their training mean)."""
        drop = set(names)
        pairs = zip(self.features, self.weights, strict=True)
        kept = tuple(0.0 if f in drop else w for f, w in pairs)
        return replace(self, weights=kept)

    def to_json(self, **meta: object) -> str:
        data = {
            **meta,
            "features": list(self.features),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "weights": [round(v, 6) for v in self.weights],
            "shift": self.shift,
            "short_shift": self.short_shift,
            "short_min": self.short_min,
            "short_from": self.short_from,
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Weights:
        data = json.loads(text)
        w = cls(
            features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            shift=float(data.get("shift", 0.0)),
            short_shift=float(data.get("short_shift", 0.0)),
            short_min=int(data.get("short_min", 0)),
            short_from=float(data.get("short_from", 1.0)),
        )
        if w.features != FEATURES:
            raise ValueError(f"{WEIGHTS_FILE} was fitted on other features; rebuild it")
        return w


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The weights shipped in the package."""
    text = resources.files("reader.story.boundary").joinpath(WEIGHTS_FILE).read_text("utf-8")
    return Weights.from_json(text)


_override: list[Weights] = []


def use_weights(weights: Weights | None) -> None:
    """Score with ``weights`` instead of the shipped ones (None: back to shipped); used by
    the training command to measure a model fitted without the held-out category."""
    _override.clear()
    if weights is not None:
        _override.append(weights)


def use_weights_file(path: str | None) -> str | None:
    """Score with the weights in the file at ``path`` (None: the shipped ones); returns a
    one-line error when the file cannot be read as weights, else None (the evaluations'
    ``--weights FILE``, to measure weights fitted with a category held out)."""
    if path is None:
        use_weights(None)
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            use_weights(Weights.from_json(fh.read()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"cannot read boundary weights {path}: {exc}"
    return None


def current() -> Weights:
    return _override[0] if _override else shipped()


@dataclass(frozen=True, slots=True)
class Score:
    """The probability that a story starts at a paragraph, and the features behind it."""

    p: float
    # each feature's contribution to the log-odds, in FEATURES order (bias included)
    parts: tuple[float, ...] = ()
    features: tuple[str, ...] = ()

    @property
    def reasons(self) -> tuple[tuple[str, float], ...]:
        """(feature, contribution to the log-odds), largest first, the bias left out (sorted
        only when asked: the segmentation search needs the cue alone)."""
        named = [(n, c) for n, c in zip(self.features, self.parts, strict=True) if n != "bias"]
        return tuple(sorted(named, key=lambda nc: -abs(nc[1])))

    @property
    def cue(self) -> float:
        return 2.0 * self.p - 1.0

    @property
    def log_odds(self) -> float:
        p = min(max(self.p, 1e-6), 1.0 - 1e-6)
        return math.log(p / (1.0 - p))

    def why(self, top: int = 3) -> str:
        parts = [f"{name} {c:+.1f}" for name, c in self.reasons[:top]]
        return f"boundary p={self.p:.2f} (log-odds for it: " + ", ".join(parts) + ")"


def score_rows(rows: Sequence[Sequence[float]], weights: Weights | None = None) -> list[Score]:
    w = weights or current()
    gate = w.features.index("short_bias") if "short_bias" in w.features else -1
    out: list[Score] = []
    for k, (row, parts) in enumerate(zip(rows, _file_contributions(w, rows), strict=True)):
        if k == 0:
            out.append(Score(1.0))
            continue
        z = sum(parts) + w.shift + (w.short_shift * row[gate] if gate >= 0 else 0.0)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        out.append(Score(p, tuple(parts), w.features))
    return out


def _file_contributions(w: Weights, rows: Sequence[Sequence[float]]) -> list[list[float]]:
    """``w.contributions`` of every row (row 0, which opens the file, is not scored: none
    for it), computed for the whole file at once: the same products, value for value (a
    standardised value is clipped as ``contributions`` clips it, NaN to +CLIP as ``min``
    and ``max`` leave it)."""
    if len(rows) < 2:
        return [[] for _ in rows]
    import numpy as np

    if any(len(row) != len(w.features) for row in rows[1:]):
        bad = next(len(row) for row in rows[1:] if len(row) != len(w.features))
        raise ValueError(f"{bad} features for {len(w.features)} weights")
    x = np.array(rows[1:], dtype=np.float64)
    bias = np.array(w._is_bias)
    scale = np.where(bias, 1.0, np.array(w.scale))  # (the bias is not standardised)
    std = (x - np.array(w.mean)) / scale
    std[np.isnan(std)] = CLIP
    std = np.minimum(CLIP, std)
    std = np.maximum(-CLIP, std)
    std[:, bias] = 1.0
    parts: list[list[float]] = (std * np.array(w.weights)).tolist()
    return [[], *parts]


def boundary_scores(paras: Sequence[Paragraph]) -> list[Score]:
    """One score per paragraph (paragraph 0 opens the file: p = 1)."""
    return score_rows(boundary_features(paras))


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
    """The first paragraph stands under a headline and no later one under a byline or stamp:
    one article's head, with or without its byline (``one_head_block`` asks for one); a
    headline written as a sentence below it heads a section (``plain_clause``)."""
    k = _headed_first(paras)
    if k < 0:
        return False
    return not any(ln.kind in BLOCK_META for p in paras[k + 1 :] for ln in p.head)


def _headed_first(paras: Sequence[Paragraph]) -> int:
    """The paragraph the file's first headline stands over: the first, or the second under a
    newsletter's opening line ("Good morning, Boston. ..."), else -1."""
    for k, p in enumerate(paras[:2]):
        if any(ln.kind == "title" for ln in p.head):
            return k
    return -1


def one_head_block(paras: Sequence[Paragraph]) -> bool:
    """The first paragraph stands under a headline and a byline or time stamp, and no later one
    under a byline or stamp (a later headline still opens a story: ``starts`` forces it)."""
    k = _headed_first(paras)
    return titled_once(paras) and any(ln.kind in BLOCK_META for ln in paras[k].head)


def plain_clause(text: str) -> bool:
    """A heading that reads as a clause written as a sentence ("The hospital says it followed
    its rules"): under one article's head block, a section's heading, not a new item's
    headline (``heading.is_plain``)."""
    return is_clause(text) and is_plain(text)


def section_title(paras: Sequence[Paragraph], i: int, ln: Line, *, captioned: bool = True) -> bool:
    """A title read over paragraph ``i`` that heads a section under one article's headline:
    written as a sentence (``plain_clause``), or, under a head block with its byline or stamp
    (``captioned``), standing right after a photo's caption: a page sets its photos inside the
    running text, where sub-headings follow them, and a pasted item keeps its photo below its
    own headline. Measured on the development files before the rule was written: of the 36
    titles read after the first paragraph under one headline, 20 of the 23 section headings
    stand after a caption, 1 of the 13 later items' headlines (those mostly after a credit
    line alone); under a headline with no byline or stamp (generated pastes headed on every
    item, captions between them) the caption rule lost a file and is not applied."""
    if plain_clause(ln.text):
        return True
    if not captioned:
        return False
    before = [*paras[i - 1].trail, *paras[i].head] if i > 0 else list(paras[i].head)
    at = next(k for k, b in enumerate(before) if b is ln)
    return any(b.kind == "caption" and _described(b.text) for b in before[:at])


def _described(caption: str) -> bool:
    """A caption that describes its photo ("Hail damage on apples near Cygnet on Monday. (AAP
    Image/Rob Blakers)"), not a credit alone ("(AAP Image/Rob Blakers)")."""
    return len(_BRACKETED.sub(" ", caption).split()) >= _DESCRIBED_WORDS


_BRACKETED = re.compile(r"\([^()]*\)")
_DESCRIBED_WORDS = 4


def _own_sections(
    paras: Sequence[Paragraph], rows: list[list[float]], w: Weights, *, whole: bool = True
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
    right after a photo's caption (``section_title``). Under a headline with no byline or stamp
    (``whole`` False: ``titled_once``) only the sentence rule holds."""
    blank = w.features.index("gap_blank")
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
            (ln.kind == "heading" and plain_clause(ln.text))
            or (ln.kind == "title" and section_title(paras, i, ln, captioned=whole))
            for ln in p.head
        )
        for i, p in enumerate(paras)
    ]
    gapped = [i for i in range(1, len(paras)) if rows[i][blank] > 0]
    sections = sum(marked[i] for i in gapped)
    layout = sections >= 2 and 2 * sections >= len(gapped)
    junk = w.features.index("junk_between")
    for i in range(1, len(paras)):
        row = rows[i]
        if not whole:
            if plain[i] and one_title:
                for name in _HEADING_WORDS:
                    row[w.features.index(name)] = 0.0
            continue
        if not marked[i] and not (layout and row[blank] > 0):
            continue
        names: tuple[str, ...] = _BLANK_GAP
        # (a headline-like heading after page junk may be a paste's next item: "Read more:
        # ..." or "Advertisement", then "41 patients on trolleys at Sligo University Hospital")
        if marked[i] and one_title and ((row[blank] > 0 and row[junk] <= 0) or plain[i]):
            names += _HEADING_WORDS
        for name in names:
            row[w.features.index(name)] = 0.0


def _junk_inside(paras: Sequence[Paragraph], rows: list[list[float]], w: Weights) -> None:
    """Under one article's head block, page junk ("Advertisement", "Read more: ...") before a
    paragraph that does not open as a lede (``opens_as_lede``: "If another storm hit before the
    wall was built, engineers said, ..."), with no headline over it, is the article's own
    furniture, not a gap between items: its ``junk_between`` is zeroed. (Under a headline with no
    byline or stamp the file may be a paste headed on its first item only, whose later items
    run on after junk: 2 of its dev files were lost there, so that case keeps the cue.)"""
    junk = w.features.index("junk_between")
    for i in range(1, len(paras)):
        row = rows[i]
        if row[junk] <= 0 or any(ln.kind == "title" for ln in paras[i].head):
            continue
        if not opens_as_lede(paras[i].text):
            row[junk] = 0.0


def scores_and_shortest(paras: Sequence[Paragraph]) -> tuple[list[Score], int]:
    """``boundary_scores``, and the shortest story (in paragraphs) when the file is one of
    short paragraphs to be decoded by the scores alone (``decode.cut_by_odds``), else 0. Short
    paragraphs most of which are not sentences (a menu the line roles kept) are no pasted items:
    the lexical search decides there. A file the judgement (``filekind``) reads as one article
    gives the lexical search cues without the ``ODDS_ONLY`` features; with the judgement off
    (the boundary trainer's decoding) every file is cued as before the judgement existed."""
    rows = boundary_features(paras)
    w = current()
    if one_head_block(paras):
        _own_sections(paras, rows, w)
        _junk_inside(paras, rows, w)
    elif titled_once(paras):
        _own_sections(paras, rows, w, whole=False)
    gate = w.features.index("short_bias")
    short = w.short_min if len(rows) > 1 and rows[1][gate] >= w.short_from else 0
    lexical = w.without(ODDS_ONLY) if filekind.current().threshold <= 1.0 else w
    if 2 * sum(ends_sentence(p.text) for p in paras) <= len(paras):
        return score_rows(rows, lexical), 0
    scores = score_rows(rows, w)
    if short:
        return scores, short
    if judged_several(paras, rows, [s.log_odds for s in scores]):
        # judged to hold several articles (``filekind``): decoded by the odds, shifted
        kind = filekind.current()
        return score_rows(rows, replace(w, shift=w.shift + kind.shift)), kind.shortest
    # the lexical search decides, with the odds as its cues
    return score_rows(rows, lexical), 0
