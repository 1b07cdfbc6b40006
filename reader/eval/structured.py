"""Generated structured single articles: one story whatever its layout (boundary training).

Explainers, features, council notices and results pieces are laid out in ways BBC articles
(the training material) are not: sub-headings over sections that move from topic to topic,
question lines over the answers of a question-and-answer explainer, bullet and numbered lists,
"Label: value" fact boxes and timelines, small tables of the article's numbers, one sentence a
line, lower case throughout, "Read more"/"Related" lines inside and a block of related links
and a comment count at the end. ``structured_single`` turns one BBC article into such a file,
its layout drawn at random; every line is the article's (story 0), so every gap inside is "no
new story" to the trainers (``train_boundary --structured``, ``train_filekind --structured``).
The structure is built from the article's own words and numbers and from general layouts, not
from any labelled file. Deterministic for an ``rng``.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reader.eval import handlike
from reader.eval.concat import (
    GENERIC_HEADINGS,
    SENTENCE_END,
    Article,
    Concat,
    Line,
    _byline,
    _stamp,
    regroup,
)
from reader.eval.structure import bullet_items, note, promo, sub_heading

# Structured singles drawn beside the trainers' files, as a share of the files of each kind: set
# by the trainers' ``--structured`` (``train_boundary.STRUCTURED`` by default) while they run,
# 0 otherwise (the evaluations' files).
SHARE_DEFAULT = 0.0
SHARE = SHARE_DEFAULT
# Offset of the seed of the structured singles' own stream (the other files stay the same draws).
SEED_OFFSET = 3_000_017
# Shapes a structured article is given (one to three of them, drawn by these weights). A live
# page's entries under time stamps are left out: a stamp alone on a line is what a page shows
# between pasted items, and 23 of 30 such files split at a stamp with the weights fitted on them.
SHAPES = {
    "heads": 3,
    "qa": 2,
    "bullets": 2,
    "facts": 1,
    "table": 1,
    "links": 1,
    "pull": 1,
}
# Sub-headings without the article's words, as explainers and council pages use them.
MORE_HEADINGS = (
    "What we know",
    "What happened",
    "The background",
    "What people are saying",
    "What they said",
    "The impact",
    "Next steps",
    "In numbers",
    "How it works",
    "The details",
)
FACT_LEADS = ("Key facts", "At a glance", "The figures", "Timeline", "In numbers", "Fact box")
COMMENTS = ("{n} comments", "Comments ({n})", "Share this article", "Join the conversation")
_NUMBER = re.compile(r"[£$€]?\d+(?:[,.]\d+)*(?:%|bn|m\b| per cent| million| billion)?")
# a number with the one to three words before it (a table row's label)
_LABELLED = re.compile(r"((?:[A-Za-z'-]+ ){1,3})(" + _NUMBER.pattern + ")")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def heading(body: str, rng: random.Random) -> str:
    """A section sub-heading: generic, or from the words of the section below; now and then
    numbered or closed by a colon."""
    roll = rng.random()
    if roll < 0.35:
        text = rng.choice((*GENERIC_HEADINGS, *MORE_HEADINGS))
    else:
        text = sub_heading(body, rng, question=False)
    if rng.random() < 0.15:
        text += ":"
    return text


def fact_lines(text: str, rng: random.Random) -> list[str]:
    """A fact box or timeline: a lead line and 2-6 "Label: value" lines, each a number of the
    article after a few of its words (or a sentence of it after a date)."""
    words = _WORD.findall(text)
    numbers = _NUMBER.findall(text)
    if len(numbers) < 2 or len(words) < 4:
        numbers = [str(rng.randint(2, 500)) for _ in range(rng.randint(2, 4))]
    lead = rng.choice(FACT_LEADS)
    out = [lead + (":" if rng.random() < 0.6 else "")]
    sep = rng.choice((": ", " - ", " – "))
    if lead == "Timeline":
        years = sorted(rng.sample(range(1990, 2025), min(5, max(2, len(_sentences(text))))))
        for year, sentence in zip(years, _sentences(text), strict=False):
            out.append(f"{year}{sep}{sentence.rstrip('.')}")
        return out
    for value in numbers[:6]:
        size = rng.randint(1, 3)
        start = rng.randrange(max(1, len(words) - size))
        label = " ".join(words[start : start + size]).lower()
        out.append(f"{_cap(label)}{sep}{value.strip()}")
    return out


def number_table(text: str, rng: random.Random) -> list[str]:
    """A small table of the article's numbers: a header, 2-5 rows of a label and a number,
    with pipes or tabs; a lead-in line over it now and then."""
    words = [w.lower() for w in _WORD.findall(text)] or ["total"]
    pairs = [(m.group(1).strip().lower(), m.group(2)) for m in _LABELLED.finditer(text)]
    if len(pairs) < 2:
        pairs = [(rng.choice(words), str(rng.randint(2, 99))) for _ in range(3)]
    rows = [[_cap(rng.choice(words)), _cap(rng.choice(words))]]
    for label, value in pairs[: rng.randint(2, 5)]:
        rows.append([_cap(label), value])
    style = rng.choice(("pipe", "bare", "tab"))
    if style == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "bare":
        lines = [" | ".join(r) for r in rows]
    else:
        lines = ["\t".join(r) for r in rows]
    if style != "tab" and rng.random() < 0.4:
        lines.insert(1, "|---|---|" if style == "pipe" else "--- | ---")
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(("The figures are:", "The full result was:", "In numbers:")))
    return lines


def _links(others: Sequence[Article], rng: random.Random) -> list[str]:
    """A closing block of related links (other articles' headlines) and a comment count."""
    out = [rng.choice(("Related:", "Related stories", "More on this story", "Read more:"))]
    out += [a.title for a in rng.sample(list(others), min(len(others), rng.randint(2, 4)))]
    if rng.random() < 0.5:
        out.append(rng.choice(COMMENTS).format(n=rng.randint(3, 400)))
    return out


Block = list[tuple[str, str]]  # lines (text, kind) that go before or in place of a paragraph


def shape_blocks(
    paras: list[str], shapes: Sequence[str], rng: random.Random
) -> tuple[list[Block], list[bool]]:
    """Per paragraph, the lines standing before it and whether it stays a paragraph of body
    text (False: replaced by a list or box), for the shapes drawn."""
    before: list[Block] = [[] for _ in paras]
    keep = [True] * len(paras)
    inside = list(range(2, len(paras))) or [len(paras) - 1]
    if "heads" in shapes:  # sections: a heading every 2-4 paragraphs
        k = rng.randint(1, 3)
        while k < len(paras):
            before[k].append((heading(" ".join(paras[k : k + 2]), rng), "heading"))
            k += rng.randint(2, 4)
    elif "qa" in shapes:  # question lines, each over one or two paragraphs of answer
        k = rng.randint(1, 2)
        while k < len(paras):
            before[k].append((sub_heading(paras[k], rng, question=True), "heading"))
            k += rng.randint(1, 2)
    if "bullets" in shapes:
        k = rng.choice(inside)
        before[k] += [(t, "body") for t in bullet_items(paras[k], rng)]
        keep[k] = False
    if "facts" in shapes:
        k = rng.choice(inside)
        before[k] += [(t, "body") for t in fact_lines(" ".join(paras[k - 1 : k + 1]), rng)]
    if "table" in shapes:
        k = rng.choice(inside)
        before[k] += [(t, "body") for t in number_table(" ".join(paras), rng)]
    if "pull" in shapes:  # a quote of further on, alone on a line earlier
        quotes = [(k, s) for k, p in enumerate(paras) for s in _sentences(p) if '"' in s[:2]]
        if quotes and quotes[-1][0] >= 2:
            at, quote = rng.choice([q for q in quotes if q[0] >= 2])
            before[rng.randint(1, at - 1)].append((quote, "body"))
    if rng.random() < 0.4:
        before[rng.choice(inside)].append((promo(" ".join(paras), rng), "promo"))
    return before, keep


def _draw_shapes(rng: random.Random) -> list[str]:
    """One to three distinct SHAPES drawn by their weights."""
    want = rng.randint(1, 3)
    names, weights = list(SHAPES), list(SHAPES.values())
    out: list[str] = []
    while len(out) < want:
        pick = rng.choices(names, weights)[0]
        if pick not in out:
            out.append(pick)
    return out


def structured_single(
    article: Article, rng: random.Random, others: Sequence[Article] = ()
) -> Concat:
    """``article`` as one structured file (one story): a headline or none, sometimes a byline
    or time stamp; paragraphs as written, regrouped short, or a sentence a line; one to three
    SHAPES; now and then a note or a related-links block at the end; blank lines between the
    lines in some files, lower case throughout in some. ``others``: articles whose headlines
    the related links show."""
    paras = list(article.paragraphs)
    if rng.random() < 0.35:
        paras = regroup(article, rng, most=2).paragraphs
    shapes = _draw_shapes(rng)
    before, keep = shape_blocks(paras, shapes, rng)
    per_sentence = rng.random() < 0.3
    lines: list[tuple[str, str]] = []
    if rng.random() < 0.8:
        lines.append((article.title, "headline"))
    if rng.random() < 0.3:
        lines.append((_byline(rng), "byline"))
    if rng.random() < 0.3:
        lines.append((_stamp(rng), "stamp"))
    for k, para in enumerate(paras):
        lines += before[k]
        if keep[k]:
            lines += [(p, "body") for p in (_sentences(para) if per_sentence else [para])]
    if "links" in shapes and others:
        lines += [(t, "promo") for t in _links(others, rng)]
    elif rng.random() < 0.2:
        lines.append((note(" ".join(paras), rng), "note"))
    lower = rng.random() < 0.15
    blank = rng.random() < 0.4
    out = Concat()
    for text, kind in lines:
        if blank and out.lines:
            out.lines.append(Line("", 0, "blank"))
        out.lines.append(Line(text.lower() if lower else text, 0, kind))
    return out


def structured_files(articles: dict[str, list[Article]], seed: int, n: int) -> list[Concat]:
    """``n`` structured singles (``structured_single``) of articles drawn by ``seed`` from every
    category, their related links other articles of the same category."""
    rng = random.Random(seed + SEED_OFFSET)
    cats = sorted(c for c, arts in articles.items() if arts)
    out: list[Concat] = []
    for _ in range(n):
        pool = articles[rng.choice(cats)]
        article = rng.choice(pool)
        out.append(structured_single(article, rng, [a for a in pool if a is not article]))
    return out


def share_files(articles: dict[str, list[Article]], seed: int, n: int) -> list[Concat]:
    """SHARE of ``n`` structured singles (none at the default share)."""
    return structured_files(articles, seed, round(SHARE * n)) if SHARE > 0 else []


@contextmanager
def generation_settings() -> Iterator[None]:
    """The trainers' generation settings (``handlike.SHORT_ITEMS``, ``handlike.RELATED``,
    SHARE), which a trainer sets from its flags, put back as they were when it is done (the
    evaluations' files are drawn with the defaults)."""
    global SHARE
    saved = handlike.SHORT_ITEMS, handlike.RELATED, SHARE
    try:
        yield
    finally:
        handlike.SHORT_ITEMS, handlike.RELATED, SHARE = saved


def use_generation_flags(args: argparse.Namespace) -> None:
    """Set the generation settings from a trainer's ``--short-items``, ``--related`` and
    ``--structured`` flags (put back by ``generation_settings``)."""
    global SHARE
    handlike.SHORT_ITEMS = args.short_items
    handlike.RELATED = args.related
    SHARE = args.structured


def generation_command(args: argparse.Namespace, related: float, share: float) -> str:
    """The part of a trainer's rebuild command those flags write, each only when it differs
    from the trainer's default (``related``, ``share``; no short items by default)."""
    command = ""
    if args.short_items:
        command += f" --short-items {args.short_items}"
    if args.related != related:
        command += f" --related {args.related}"
    if args.structured != share:
        command += f" --structured {args.structured}"
    return command
