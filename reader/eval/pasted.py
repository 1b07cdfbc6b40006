"""``python -m reader.eval pasted BBC_DIR [--files N] [--seed S] [--category CAT] [--short]
[--brief] [--hand] [--layout none|blank|between]``.

Short articles pasted into one file, as a user copies them from several pages: 2–6 BBC articles
cut to their first 4–6 paragraphs, with or without their headlines, sometimes with blank lines
between paragraphs, and sometimes with separator junk between them ("Advertisement", a newsletter
sign-up, a photo caption with its credit, "Read more: …"). Scores the full story pipeline: the
share of files split into the right number of stories and Pk/WindowDiff over the articles' own
lines (headlines and paragraphs; the junk between them belongs to neither).
``--category CAT`` builds files from that BBC category only (leave-one-category-out: the other
categories are what the learned parts may be fitted on). ``--short`` cuts each article to 3–5
paragraphs of one or two sentences (``short_paragraphs``) and ``--layout`` fixes the blank lines
(none, between every paragraph, or only between the articles) instead of drawing them.
``--brief`` pastes briefs as people write them by hand (``make_brief_paste``): 3–6 paragraphs
of one or two sentences, some closing on a quote, neighbours from one category, no headline in
half the files, no blank line in half. ``--hand`` pastes whole items with junk between them, as
in the hand-written sets (``reader.eval.handlike``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from reader.eval.concat import SENTENCE_END, Article, Concat, Line, load_bbc, regroup
from reader.eval.paste_parts import LAYOUTS, MIXED, is_quote, separator_junk

__all__ = ["LAYOUTS", "build_files", "content_boundaries", "make_brief_paste", "make_pasted"]


def short_paragraphs(article: Article, rng: random.Random, most: int = 5) -> list[str]:
    """The first 3 to ``most`` paragraphs of ``article`` cut to their first one or two
    sentences: the short wire and newsletter items users paste, whose closing line is often a
    single short sentence."""
    out: list[str] = []
    for para in article.paragraphs[: rng.randint(3, most)]:
        sentences = SENTENCE_END.split(para)
        out.append(" ".join(sentences[: 1 if rng.random() < 0.6 else 2]))
    return out


def brief_paragraphs(article: Article, rng: random.Random, short_items: float = 0.0) -> list[str]:
    """A brief as users paste it: the first 3–6 paragraphs of ``article`` cut to one or two
    sentences (``short_paragraphs``), and four times in ten, when the article quotes someone
    further on, a quoted sentence from there as its closing line (short items often end on a
    quote); with chance ``short_items``, then cut to its first two paragraphs."""
    out = short_paragraphs(article, rng, most=6)
    quotes = [
        s
        for para in article.paragraphs[len(out) :]
        for s in SENTENCE_END.split(para)
        if is_quote(s)
    ]
    if quotes and rng.random() < 0.4:
        out[-1] = rng.choice(quotes)
    if short_items and rng.random() < short_items:
        out = out[:2]  # a brief of two paragraphs
    return out


def make_brief_paste(
    articles: dict[str, list[Article]],
    rng: random.Random,
    layout: str | None = None,
    short_items: float = 0.0,
) -> Concat:
    """2–6 briefs (``brief_paragraphs``) from one category, so neighbouring stories share a
    topic, pasted together as ``make_pasted`` does with ``brief``: no headline in about half the
    files, no separator junk (the pasted kind has it); ``layout`` None draws no blank line in
    half the files, else blank lines between the paragraphs or between the articles only;
    ``short_items``: the share of briefs cut to their first two paragraphs (training files,
    ``handlike.SHORT_ITEMS``; the evaluation's keep 0)."""
    cats = sorted(c for c, arts in articles.items() if sum(len(a.paragraphs) >= 3 for a in arts))
    pool = [a for a in articles[rng.choice(cats)] if len(a.paragraphs) >= 3]
    if layout is None:
        layout = "none" if rng.random() < 0.5 else rng.choice(("blank", "between"))
    return make_pasted(pool, pool, rng, layout=layout, brief=True, short_items=short_items)


def make_pasted(
    pool: list[Article],
    others: list[Article],
    rng: random.Random,
    *,
    short: bool = False,
    layout: str | None = None,
    regrouped: bool = False,
    brief: bool = False,
    short_items: float = 0.0,
) -> Concat:
    """2–6 short articles pasted together; junk lines belong to the story they precede.
    ``short``: articles of 3–5 paragraphs of one or two sentences (``short_paragraphs``);
    ``layout`` (one of LAYOUTS): the blank lines, instead of a random draw between none and
    blank-separated paragraphs (the evaluation's files: None); ``regrouped``: each article's
    sentences in new paragraphs of one to four sentences first (``concat.regroup``: training
    files whose paragraph lengths do not give the boundary away); ``brief``: articles cut by
    ``brief_paragraphs``, no junk and no headline at all in half the files
    (``make_brief_paste``)."""
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
    if regrouped:
        chosen = [regroup(a, rng) for a in chosen]
    headlines = rng.choice(["all", "none", "some"])
    if brief:
        headlines = "none" if rng.random() < 0.5 else rng.choice(["all", "some"])
    blank = rng.random() < 0.4
    if layout is not None:
        blank = layout == "blank"
    junk = rng.random() < 0.5 and not brief  # briefs: the text alone, no page furniture
    out = Concat()
    for k, art in enumerate(chosen):
        if k and layout == "between":
            out.lines.append(Line("", k, "blank"))
        if k and junk:
            out.lines += [Line(t, k, "promo") for t in separator_junk(rng, others)]
            if blank:
                out.lines.append(Line("", k, "blank"))
        if headlines == "all" or (headlines == "some" and rng.random() < 0.5):
            out.lines.append(Line(art.title, k, "headline"))
            if blank:
                out.lines.append(Line("", k, "blank"))
        if brief:
            paras = brief_paragraphs(art, rng, short_items)
        else:
            paras = short_paragraphs(art, rng) if short else art.paragraphs[: rng.randint(4, 6)]
        # junk inside an article too (an ad or a "Read more" after its second paragraph or
        # later): junk between paragraphs is a hint of a new story, not a proof
        inside = -1
        if junk and len(paras) > 2 and rng.random() < 0.25:
            inside = rng.randrange(2, len(paras))
        for i, para in enumerate(paras):
            if i == inside:
                out.lines += [Line(t, k, "promo") for t in separator_junk(rng, others)[:1]]
            out.lines.append(Line(para, k, "body"))
            if blank:
                out.lines.append(Line("", k, "blank"))
    return out


def build_files(
    articles: dict[str, list[Article]],
    seed: int,
    n_files: int,
    category: str | None,
    *,
    short: bool = False,
    layout: str | None = None,
    brief: bool = False,
    hand: bool = False,
) -> list[Concat]:
    rng = random.Random(seed)
    if hand:
        from reader.eval.handlike import make_hand_paste

        chosen = {k: v for k, v in articles.items() if category is None or k == category}
        return [make_hand_paste(chosen, rng, layout) for _ in range(n_files)]
    if brief:
        chosen = {k: v for k, v in articles.items() if category is None or k == category}
        return [make_brief_paste(chosen, rng, layout) for _ in range(n_files)]
    pool = [
        a
        for cat in sorted(articles)
        if category is None or cat == category
        for a in articles[cat]
        if len(a.paragraphs) >= 4
    ]
    return [make_pasted(pool, pool, rng, short=short, layout=layout) for _ in range(n_files)]


def content_boundaries(c: Concat) -> tuple[list[int], list[int], int, bool]:
    """(reference, pipeline) boundaries over the articles' own lines (headlines and paragraphs;
    separator junk and blank lines belong to no article and are left out), their count, and
    whether the pipeline gave as many stories as there are articles (a story of junk counts)."""
    from reader.eval.segment import _pipeline_owners

    owner = _pipeline_owners(c)
    keep = [i for i, ln in enumerate(c.lines) if ln.kind in ("headline", "body")]
    ref = [k for k in range(1, len(keep)) if c.lines[keep[k]].story != c.lines[keep[k - 1]].story]
    hyp = [k for k in range(1, len(keep)) if owner[keep[k]] != owner[keep[k - 1]]]
    right = len({o for o in owner if o >= 0}) == c.n_stories
    return ref, hyp, len(keep), right


def main(argv: list[str]) -> int:
    from reader.eval.segment import Scores, pk_wd

    parser = argparse.ArgumentParser(prog="python -m reader.eval pasted")
    parser.add_argument("path")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--category", default=None, help="only this BBC category")
    parser.add_argument(
        "--weights", default=None, help="boundary weights file (default: the shipped ones)"
    )
    parser.add_argument(
        "--short", action="store_true", help="paragraphs of one or two sentences, 3-5 per article"
    )
    parser.add_argument(
        "--brief",
        action="store_true",
        help="briefs of 3-6 one- or two-sentence paragraphs from one category, some ending on "
        "a quote, no headline in half the files",
    )
    parser.add_argument(
        "--hand",
        action="store_true",
        help="whole items of 3-6 paragraphs of 1-3 sentences with junk between, as pasted by "
        "hand (reader.eval.handlike)",
    )
    parser.add_argument(
        "--layout",
        default=None,
        choices=(*LAYOUTS, MIXED),
        help="blank lines (default: drawn per file); mixed (with --hand): each item its own way",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    root = Path(args.path)
    if not root.is_dir():
        print(f"error: not a directory: {root}", file=sys.stderr)
        return 2
    if args.layout == MIXED and not args.hand:
        print("error: --layout mixed is a layout of hand-like pastes: add --hand", file=sys.stderr)
        return 2
    from reader.story.boundary.scorer import use_weights_file

    error = use_weights_file(args.weights)
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    articles = load_bbc(root)
    if args.category is not None and args.category not in articles:
        print(f"error: no category {args.category!r} (have {', '.join(articles)})", file=sys.stderr)
        return 2
    files = build_files(
        articles,
        args.seed,
        args.files,
        args.category,
        short=args.short,
        layout=args.layout,
        brief=args.brief,
        hand=args.hand,
    )
    groups: dict[str, list[tuple[list[int], list[int], int, bool]]] = {}
    for c in files:
        scored = content_boundaries(c)
        junk = any(ln.kind == "promo" for ln in c.lines)
        heads = sum(ln.kind == "headline" for ln in c.lines)
        key = ("junk" if junk else "nojunk") + (
            "+heads" if heads == c.n_stories else "+noheads" if heads == 0 else "+someheads"
        )
        for g in ("all", key):
            groups.setdefault(g, []).append(scored)
    label = f"category {args.category}" if args.category else "all categories"
    if args.short:
        label += ", short paragraphs"
    if args.brief:
        label += ", briefs from one category"
    if args.hand:
        label += ", hand-like items with junk between"
    if args.layout:
        label += f", layout {args.layout}"
    if args.weights:
        label += f", weights {args.weights}"
    print(f"pasted: {len(files)} files of 2-6 short articles ({label}, seed {args.seed})")
    print(f"{'files':>20} {'n':>4} {'Pk':>7} {'WD':>7} {'#right':>7}")
    for g in ["all", *sorted(k for k in groups if k != "all")]:
        scores = Scores()
        right = 0
        for ref, hyp, n_lines, ok in groups[g]:
            scores.add(*pk_wd(ref, hyp, n_lines))
            right += ok
        n = len(groups[g])
        print(f"{g:>20} {n:>4} {scores.mean_pk:7.4f} {scores.mean_wd:7.4f} {right / n:7.3f}")
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0
