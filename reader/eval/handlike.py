"""Generated pastes that look like the hand-written ones (``reader/eval/labels/pastes``).

People paste short, whole items: 3–6 paragraphs of one to three sentences, often no headline,
and between the items whatever the page had there — an advert line, a photo caption with its
credit, a "Read more" link, a byline or time stamp, a share prompt. ``make_hand_paste`` builds
such files from BBC articles: each article's lede and a few of its shorter sentences, a
paragraph each (sometimes two; sometimes closing on a quote from further on, as short items do), neighbours from one
category in most files, and junk between the items in most files — and now and then inside an
item, so that junk is a hint of a new story, not a proof. The boundary trainer fits on them
(``train_boundary``, kind "hand") and ``python -m reader.eval pasted BBC_DIR --hand`` scores them.
"""

from __future__ import annotations

import random
import re

from reader.eval.concat import (
    SENTENCE_END,
    Article,
    Concat,
    Line,
    _byline,
    _caption,
    _promo,
    _stamp,
)
from reader.eval.paste_parts import LAYOUTS, MIXED, is_quote, separator_junk

# How many of a file's gaps between items carry junk, in files that have junk at all.
JUNK_GAPS = 0.7
# Share of items with a junk line inside (after their second paragraph or later).
JUNK_INSIDE = 0.2
# In training files (``make_hand_paste(short_items=...)``, and the briefs of
# ``pasted.make_brief_paste``): the share of items cut to their first two paragraphs (people
# paste briefs that short: a lede and a quote, a lede and a date). 0 by default, so the shipped
# weights are what their commands rebuild; ``--short-items`` of ``train_boundary`` and
# ``train_filekind`` sets it. At 0.3 the file-kind trainer chose stories of 2+ (threshold 0.93,
# shift -1.0), which found more two-paragraph briefs in the hand-written pastes it was read on
# and split many more three- and four-paragraph items in the rounds not read (paste5 29 -> 21
# of 30 right): the odds do not yet tell a two-paragraph brief from an article's next
# paragraph well enough for that decoding. The evaluation's files keep 0.
SHORT_ITEMS = 0.0
# Share of the one-category files whose items follow one another by subject: each the next
# item's nearest neighbour in words among its category's articles (``related_chain``), as people
# paste a morning's stories on one sector or town. Neighbours drawn at random share a category
# and little else, so the boundary scorer learnt to lean on a change of words; in the
# hand-written pastes of related items (a town's briefs, a sector's results) the words carry on
# across a start and only the lede's shape, new names and the page say a story starts. Set by the
# trainers' ``--related`` (``train_boundary.RELATED`` by default) while they run; 0 in the
# evaluation's files.
RELATED_DEFAULT = 0.0
RELATED = RELATED_DEFAULT
# Articles sharing more than this share of their words are one story told twice (the BBC set
# holds duplicates): the dedupe's business, not a paste of two stories.
SAME_STORY = 0.5
# A chain's next item is drawn from this many nearest neighbours of the item before.
NEAREST = 5


def hand_paragraphs(article: Article, rng: random.Random, short_items: float = 0.0) -> list[str]:
    """An item as people write a brief from an article: its lede (the first sentence) and then
    2–5 of the next sentences, the shorter ones more likely (a brief keeps the lede whole and
    condenses the rest into short facts), in order, one a paragraph and now and then two (at
    least three paragraphs in all, when the article has the sentences); three
    times in ten, when the article quotes someone further on, a quoted sentence from there
    closes the item."""
    sentences = [s for p in article.paragraphs for s in SENTENCE_END.split(p) if s.strip()]
    rest = rng.randint(2, 5)
    pool = list(enumerate(sentences[1 : 2 + 3 * rest]))
    chosen = sorted(pool, key=lambda ks: len(ks[1].split()) * rng.uniform(0.6, 1.4))[:rest]
    out = [sentences[0]] if sentences else []
    merges = len(chosen) - 2  # at most: an item keeps three paragraphs
    single = False  # the last paragraph is one of the chosen sentences alone
    for _, sentence in sorted(chosen):
        if single and merges > 0 and rng.random() < 0.15:
            out[-1] = f"{out[-1]} {sentence}"
            merges -= 1
            single = False
        else:
            out.append(sentence)
            single = True
    quotes = [s for s in sentences[2 + 3 * rest :] if is_quote(s)]
    if len(out) >= 3 and quotes and rng.random() < 0.3:
        out[-1] = rng.choice(quotes)
    if short_items and rng.random() < short_items:
        out = out[:1] + out[-1:] if len(out) >= 3 and is_quote(out[-1]) else out[:2]
    return out


_WORD = re.compile(r"[a-z]{4,}")
_WORDS: dict[int, frozenset[str]] = {}


def _words(article: Article) -> frozenset[str]:
    """The article's words of four letters or more, lower-cased (its title and body)."""
    key = id(article)
    if key not in _WORDS:
        text = " ".join([article.title, *article.paragraphs]).lower()
        _WORDS[key] = frozenset(_WORD.findall(text))
    return _WORDS[key]


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def related_chain(pool: list[Article], rng: random.Random, count: int) -> list[Article]:
    """``count`` articles of ``pool`` in a chain by subject: a first drawn at random, then each
    drawn from the NEAREST articles sharing the most words with the one before (not one story
    told twice: overlap at most SAME_STORY)."""
    chosen = [rng.choice(pool)]
    while len(chosen) < count:
        last = _words(chosen[-1])
        taken = {id(a) for a in chosen}
        near = sorted(
            (
                (_overlap(last, _words(a)), k)
                for k, a in enumerate(pool)
                if id(a) not in taken and _overlap(last, _words(a)) <= SAME_STORY
            ),
            reverse=True,
        )[:NEAREST]
        if not near:
            break
        chosen.append(pool[rng.choice(near)[1]])
    return chosen


def _gap_junk(rng: random.Random, article: Article, others: list[Article]) -> list[str]:
    """One or two lines of what a page shows between two items; a photo caption is the next
    item's, ``article`` (a page shows a story's photo above it, as ``concat.noisy_story`` has
    it: a caption of the item before taught the scorer that a caption speaking of what follows
    is no sign of a new story)."""
    roll = rng.random()
    if roll < 0.35:
        return separator_junk(rng, others)[:2]
    if roll < 0.6:
        return _caption(rng, article)
    if roll < 0.8:
        return [_promo(rng)]
    return [_byline(rng) if rng.random() < 0.5 else _stamp(rng)]


def _items(
    articles: dict[str, list[Article]], pool: list[Article], rng: random.Random
) -> list[Article]:
    """2-6 items of ``pool``: in a chain by subject (``related_chain``) in RELATED of the
    one-category files, else drawn at random."""
    count = min(len(pool), rng.randint(2, 6))
    if RELATED and len(pool) < sum(map(len, articles.values())) and rng.random() < RELATED:
        return related_chain(pool, rng, count)
    return rng.sample(pool, count)


def _parted(layout: str, n: int, rng: random.Random) -> list[bool]:
    """Which of ``n`` items have blank lines between their paragraphs: all or none, or in a
    MIXED layout each drawn, both ways in the file."""
    if layout != MIXED:
        return [layout == "blank"] * n
    parted = [rng.random() < 0.5 for _ in range(n)]
    if len(set(parted)) == 1:
        flip = rng.randrange(n)
        parted[flip] = not parted[flip]
    return parted


def make_hand_paste(
    articles: dict[str, list[Article]],
    rng: random.Random,
    layout: str | None = None,
    short_items: float = 0.0,
) -> Concat:
    """2–6 items (``hand_paragraphs``) pasted as by hand: from one category in seven files of
    ten; no headline in half the files, on some items in a quarter; junk between the items
    (``_gap_junk``, on JUNK_GAPS of the gaps) in two files of three, a byline, stamp or caption
    under a headline sometimes; ``layout`` as ``pasted.make_pasted`` (None: drawn) or MIXED
    (each item blank-parted or not, both in the file); ``short_items`` as ``hand_paragraphs``."""
    cats = sorted(c for c, arts in articles.items() if arts)
    if rng.random() < 0.7:
        pool = list(articles[rng.choice(cats)])
    else:
        pool = [a for c in cats for a in articles[c]]
    chosen = _items(articles, pool, rng)
    roll = rng.random()
    headlines = "none" if roll < 0.5 else "some" if roll < 0.75 else "all"
    if layout is None:
        layout = rng.choice(LAYOUTS)
    junk = rng.random() < 2 / 3
    out = Concat()
    parted = _parted(layout, len(chosen), rng)

    def add(text: str, story: int, kind: str) -> None:
        if parted[story] and out.lines:
            out.lines.append(Line("", story, "blank"))
        out.lines.append(Line(text, story, kind))

    for k, art in enumerate(chosen):
        paras = hand_paragraphs(art, rng, short_items)
        if k and layout == "between":
            out.lines.append(Line("", k, "blank"))
        if k and junk and rng.random() < JUNK_GAPS:
            for text in _gap_junk(rng, art, pool):
                add(text, k, "promo")
        if headlines == "all" or (headlines == "some" and rng.random() < 0.5):
            add(art.title, k, "headline")
            if junk and rng.random() < 0.3:
                for text in _caption(rng, art) if rng.random() < 0.5 else [_byline(rng)]:
                    add(text, k, "promo")
        inside = rng.randrange(2, len(paras)) if len(paras) > 2 else -1
        if not (junk and rng.random() < JUNK_INSIDE):
            inside = -1
        for i, para in enumerate(paras):
            if i == inside:
                add(rng.choice((_promo(rng), *_caption(rng, art)[:1])), k, "promo")
            add(para, k, "body")
    return out
