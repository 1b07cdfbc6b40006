"""Synthetic noisy concatenations of BBC articles, the news benchmark for story splitting.

Real piles of scraped text run several stories together with no separator and sprinkle scrape
noise over them. This module rebuilds that situation from clean BBC articles, deterministically
from a seed: 2–6 articles per file, drawn across categories or from one category (same-topic
neighbours are the hard case), with photo captions and agency credits in several house styles at
some story starts, closing promo lines, bylines and time stamps of varied templates, section headings and photos inside some
articles, headlines kept for some and dropped for others, and some starts with no cue at all.
Every line remembers which story it belongs to and whether a line classifier would see a cue
there, so the evaluation can score boundaries at paragraph level.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

FIRST = ["Anna", "David", "Maria", "James", "Li", "Omar", "Sofia", "Peter", "Grace", "Ivan"]
LAST = ["Keller", "Okafor", "Tanaka", "Brennan", "Moreau", "Silva", "Novak", "Haddad", "Lund"]
AGENCIES = ["Bloomberg", "AFP", "Reuters", "Sopa Images", "NurPhoto", "Anadolu", "AP"]
OUTLETS = ["CNBC", "Daily", "Morning", "Wire", "Ledger"]
SECTIONS = ["tech", "business", "politics", "markets", "world"]
PLACES = ["London", "Brussels", "New York", "Tokyo", "Paris", "Berlin", "Mumbai", "Sydney"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
GENERIC_HEADINGS = [
    "What happens next",
    "Background",
    "Reaction",
    "The numbers",
    "Looking ahead",
    "Why it matters",
    "Key points",
    "Analysis",
]

# Cue strength a line classifier is expected to give each kind of story start.
CUE_CAPTION = 0.9
CUE_HEADLINE = 0.6
CUE_HEADING = 0.0


@dataclass(frozen=True, slots=True)
class Article:
    """A clean source article: title and body paragraphs."""

    category: str
    title: str
    paragraphs: list[str]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a synthetic file: its text, the story it belongs to, its kind and cue."""

    text: str
    story: int
    kind: str  # headline, body, caption, credit, promo, byline, stamp, heading
    cue: float = 0.0


@dataclass(slots=True)
class Concat:
    """A synthetic file: its lines in order; boundaries are where the story number changes."""

    lines: list[Line] = field(default_factory=list)

    @property
    def units(self) -> list[str]:
        return [line.text for line in self.lines]

    @property
    def cues(self) -> list[float]:
        return [line.cue for line in self.lines]

    @property
    def boundaries(self) -> list[int]:
        return [
            i for i in range(1, len(self.lines)) if self.lines[i].story != self.lines[i - 1].story
        ]

    @property
    def n_stories(self) -> int:
        return len({line.story for line in self.lines})

    def text(self) -> str:
        return "\n".join(self.units) + "\n"


def read_article(path: Path, category: str) -> Article | None:
    """BBC layout: first line the title, a blank line, then one paragraph per line."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines = [ln for ln in lines if ln]
    if len(lines) < 3:
        return None
    return Article(category=category, title=lines[0], paragraphs=lines[1:])


def load_bbc(root: Path) -> dict[str, list[Article]]:
    """Articles per category from ``root/News Articles/<cat>/NNN.txt`` (or ``root/<cat>``)."""
    base = root / "News Articles" if (root / "News Articles").is_dir() else root
    out: dict[str, list[Article]] = {}
    for cat in sorted(p for p in base.iterdir() if p.is_dir()):
        arts = [read_article(p, cat.name) for p in sorted(cat.glob("*.txt"))]
        out[cat.name] = [a for a in arts if a is not None]
    return {k: v for k, v in out.items() if v}


def bbc_articles(
    root: Path, *, only: str | None = None, exclude: str | None = None
) -> dict[str, list[Article]] | str:
    """``load_bbc(root)``: only the category ``only`` (leave-one-category-out, the measuring
    side) or all but ``exclude`` (the fitting side) when one is given; a one-line error message
    when ``root`` is no directory, holds no articles or has no such category."""
    if not root.is_dir():
        return f"not a directory: {root}"
    articles = load_bbc(root)
    if not articles:
        return f"no BBC articles under {root}"
    name = only if only is not None else exclude
    if name is None:
        return articles
    if name not in articles:
        return f"no category {name!r} under {root}"
    if only is not None:
        return {only: articles[only]}
    return {k: v for k, v in articles.items() if k != exclude}


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def regroup(article: Article, rng: random.Random, most: int = 4) -> Article:
    """``article`` with its sentences gathered into new paragraphs of 1 to ``most`` sentences
    at random. BBC paragraphing gives the boundary away (its lede is a story's shortest
    paragraph, its later paragraphs longer): regrouped, a lede may be long and a closing line
    short, as in the wire items, newsletters and blogs users paste. Deterministic for ``rng``."""
    sentences = [s for para in article.paragraphs for s in SENTENCE_END.split(para) if s.strip()]
    paragraphs: list[str] = []
    k = 0
    while k < len(sentences):
        size = rng.randint(1, most)
        paragraphs.append(" ".join(sentences[k : k + size]))
        k += size
    return Article(article.category, article.title, paragraphs)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


CAPTIONS = [
    "{name} speaks to reporters in {place} on {date}.",
    "Protesters gather outside a government building in {place}, {date}.",
    "A view of the skyline of {place} on {date}.",
    "{name} arrives for a meeting in {place} on {date}, amid the {subject} row.",
    "Visitors walk past a display at a trade fair in {place}.",
    "{name}, pictured in {place} in {month}.",
]


CREDITS = [
    "{name} | {agency} | Getty Images",
    "{name} | {agency}",
    "Photo: {agency}",
    "Image: {name}/{agency}",
    "(AP Photo/{name})",
    "{agency_up}/{name}",
]
STAMPS = [
    "{h} hours ago",
    "{m} minutes ago",
    "Updated {hh}:{mm} PM EST, {wd} {month} {d}, 2024",
    "Published {hh}:{mm} GMT, {d} {month} 2024",
    "{month} {d}, 2024",
    "2024-{mo:02d}-{d:02d} {hh}:{mm}",
    "{wd} {d} {month} 2024 {hh}.{mm} BST",
]
BYLINES = [
    "By {name}",
    "By {name}, {outlet}",
    "{name}, Business reporter",
    "By {name} and {name2}",
    "{name}, Technology correspondent",
]
PROMOS = [
    "Read more {outlet} {section} news",
    "Sign up for our {section} newsletter",
    "Related Topics",
    "Share this article",
    "Do you find this article useful?",
    "Follow {outlet} on X and Facebook",
    "Advertisement",
]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Saturday", "Sunday"]


def _caption(rng: random.Random, article: Article) -> list[str]:
    """A photo caption and an agency credit in one of several house styles, sometimes on one line."""
    month = rng.choice(MONTHS)
    caption = rng.choice(CAPTIONS).format(
        name=_name(rng),
        place=rng.choice(PLACES),
        date=f"{month} {rng.randint(1, 28)}, 2024",
        month=month,
        subject=" ".join(article.title.split()[:3]).lower(),
    )
    agency = rng.choice(AGENCIES)
    credit = rng.choice(CREDITS).format(name=_name(rng), agency=agency, agency_up=agency.upper())
    if rng.random() < 0.3:
        return [f"{caption} {credit}"]
    return [caption, credit]


def _stamp(rng: random.Random) -> str:
    return rng.choice(STAMPS).format(
        h=rng.randint(1, 23),
        m=rng.randint(2, 59),
        hh=rng.randint(1, 12),
        mm=f"{rng.randint(0, 59):02d}",
        wd=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS),
        mo=rng.randint(1, 12),
        d=rng.randint(1, 28),
    )


def _byline(rng: random.Random) -> str:
    return rng.choice(BYLINES).format(name=_name(rng), name2=_name(rng), outlet=rng.choice(OUTLETS))


def _promo(rng: random.Random) -> str:
    return rng.choice(PROMOS).format(outlet=rng.choice(OUTLETS), section=rng.choice(SECTIONS))


def _heading(rng: random.Random, article: Article) -> str:
    """A section heading: a generic label, a two-word phrase, or a longer Title Case line
    built from the article's own words (as features and analysis pieces have)."""
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(GENERIC_HEADINGS)
    words = [w.strip(".,;:'\"()") for w in rng.choice(article.paragraphs).split()]
    words = [w for w in words if len(w) > 3]
    if len(words) < 6:
        return rng.choice(GENERIC_HEADINGS)
    if roll < 0.7:
        start = rng.randrange(len(words) - 1)
        return " ".join(words[start : start + 2]).capitalize()
    size = rng.randint(4, 6)
    start = rng.randrange(len(words) - size + 1)
    return " ".join(w[:1].upper() + w[1:] for w in words[start : start + size])


def noisy_story(
    article: Article, story: int, rng: random.Random, *, first: bool, headings: bool
) -> list[Line]:
    """One article with scrape noise; the first line carries the start cue (if any)."""
    lines: list[Line] = []
    start = rng.random()
    if start < 0.35:
        lines += [Line(t, story, "caption") for t in _caption(rng, article)]
    if rng.random() < 0.6:
        lines.append(Line(article.title, story, "headline"))
    if rng.random() < 0.3:
        lines.append(Line(_byline(rng), story, "byline"))
    if rng.random() < 0.3:
        lines.append(Line(_stamp(rng), story, "stamp"))
    body = list(article.paragraphs)
    heading_at: set[int] = set()
    if headings and len(body) >= 5:
        for _ in range(rng.randint(1, 3)):
            heading_at.add(rng.randrange(2, len(body)))
    # a photo inside the article (caption + credit between paragraphs): part of this story
    photo_at = rng.randrange(2, len(body)) if len(body) >= 4 and rng.random() < 0.25 else -1
    # a promo line inside the article ("Read more …", a sign-up line): pages put them mid-story
    # too, so junk between paragraphs must not by itself mean a new story
    promo_at = rng.randrange(2, len(body)) if len(body) >= 4 and rng.random() < 0.25 else -1
    for i, para in enumerate(body):
        if i in heading_at:
            lines.append(Line(_heading(rng, article), story, "heading", CUE_HEADING))
        if i == photo_at:
            lines += [Line(t, story, "caption") for t in _caption(rng, article)]
        if i == promo_at:
            lines.append(Line(_promo(rng), story, "promo"))
        lines.append(Line(para, story, "body"))
    if rng.random() < 0.3:
        lines.append(Line(_promo(rng), story, "promo"))
    if not first and lines:
        kind = lines[0].kind
        cue = CUE_CAPTION if kind == "caption" else CUE_HEADLINE if kind == "headline" else 0.0
        if rng.random() < 0.15:  # some starts give no cue at all, whatever they look like
            cue = 0.0
        lines[0] = Line(lines[0].text, story, kind, cue)
    return lines


def make_concat(
    articles: dict[str, list[Article]],
    rng: random.Random,
    *,
    same_topic: bool,
    regrouped: bool = False,
) -> Concat:
    """2–6 distinct articles run together, all from one category when ``same_topic``;
    ``regrouped``: each article's sentences in new paragraphs (``regroup``)."""
    cats = sorted(articles)
    n = rng.randint(2, 6)
    if same_topic:
        pool = articles[rng.choice(cats)]
        chosen = rng.sample(pool, min(n, len(pool)))
    else:
        chosen = [rng.choice(articles[rng.choice(cats)]) for _ in range(n)]
        # no article twice in a file: duplicates are another module's business
        chosen = list({id(a): a for a in chosen}.values())
    if regrouped:
        chosen = [regroup(a, rng) for a in chosen]
    out = Concat()
    for i, article in enumerate(chosen):
        out.lines += noisy_story(article, i, rng, first=i == 0, headings=rng.random() < 0.5)
    return out


def make_single(article: Article, rng: random.Random) -> Concat:
    """One article with noise and (usually) section headings inserted: must stay whole."""
    return Concat(lines=noisy_story(article, 0, rng, first=True, headings=rng.random() < 0.7))


def bare(concat: Concat) -> Concat:
    """The same file with body paragraphs only: no headline, caption, credit, byline, time
    stamp, section heading or promo line, so no story start has any cue on the page (stories
    pasted one after another with nothing between them)."""
    return Concat(
        lines=[Line(ln.text, ln.story, ln.kind) for ln in concat.lines if ln.kind == "body"]
    )


def with_blanks(concat: Concat, rng: random.Random, *, between: bool, stray: int) -> Concat:
    """The same file with blank lines: before each story's first line when ``between`` (articles
    set apart while their paragraphs run on), and before ``stray`` body lines inside stories
    (a blank line here and there that marks no new story)."""
    lines = concat.lines
    inside = [
        i
        for i in range(1, len(lines))
        if lines[i].kind == "body" and lines[i - 1].story == lines[i].story
    ]
    at = set(rng.sample(inside, min(stray, len(inside))))
    out = Concat()
    for i, ln in enumerate(lines):
        if i in at or (between and i and lines[i - 1].story != ln.story):
            out.lines.append(Line("", ln.story, "blank"))
        out.lines.append(ln)
    return out


def benchmark(
    articles: dict[str, list[Article]], seed: int, n_files: int
) -> tuple[list[Concat], list[Concat]]:
    """(concatenations, singles), deterministic for a seed; half the files are same-topic."""
    rng = random.Random(seed)
    concats = [make_concat(articles, rng, same_topic=i % 2 == 1) for i in range(n_files)]
    flat = [a for cat in sorted(articles) for a in articles[cat]]
    singles = [make_single(a, rng) for a in rng.sample(flat, min(n_files, len(flat)))]
    return concats, singles
