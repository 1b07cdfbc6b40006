"""Grouping precision and recall on generated days of BBC news.

``python -m reader.eval grouping BBC_DIR [--fit business] [--rewrites 0.2] [--seed 1]``

BBC_DIR is the BBC News Summary folder (``News Articles/<category>/NNN.txt``). Each article is
its own event; byte-identical articles share one. A day is a category's articles plus
generated rewrites of a share of them (another outlet's take: a different headline, the lead
dropped or kept, paragraphs subset and reordered), labelled with their article's event. Same
category means many stories sharing topic words ("profits", "election", "mobile") that are not
about the same thing. Pairs put in one group are scored against the labels:
precision = grouped pairs that share an event, recall = same-event pairs that are grouped.
Different BBC articles on one event (the set holds many: the same bid battle on two days, a
story filed twice with one word changed) are labelled by hand in
``labels/bbc_same_event.tsv`` (yes/no per pair); a grouped pair of different articles that is
not labelled yes counts as wrong.

The content threshold is fitted on the ``--fit`` category (highest recall with precision ≥
0.95) and reported on the other categories (out of domain) and on all categories as one day.

``--coverage``: also score the briefing's second level (briefing/coverage.py: event groups
joined when they are one subject's results coverage) on the same days, and both levels on
each round of ``labels/coverage/`` — stories written for the label (one company's results
from several angles, its other news that week, its results a year earlier, rivals' results,
a sector or market report), read through the library as ``newsdesk brief`` reads them, with
every pair judged in the round's ``pairs.tsv`` before any grouping ran on them.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import time
from collections.abc import Sequence
from pathlib import Path

from reader.model import Source, Story

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def load_category(root: Path, category: str) -> list[tuple[str, Story]]:
    """(event id, story) per article; identical articles share the first one's id."""
    out: list[tuple[str, Story]] = []
    seen: dict[str, str] = {}
    folder = root / "News Articles" / category
    for path in sorted(folder.glob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if len(lines) < 2:
            continue
        digest = hashlib.sha1("\n".join(lines).encode()).hexdigest()
        event = seen.setdefault(digest, f"{category}/{path.stem}")
        story = Story(
            id=f"{category}/{path.stem}",
            title=lines[0],
            title_generated=False,
            sources=[Source(str(path), 1, len(lines))],
            paragraphs=lines[1:],
        )
        out.append((event, story))
    return out


def rewrite(story: Story, rng: random.Random, k: int) -> Story:
    """Another outlet's take on the same event, from the article's own sentences."""
    paras = list(story.paragraphs)
    body = paras[1:] if len(paras) > 3 and rng.random() < 0.5 else paras
    keep = max(2, int(len(body) * rng.uniform(0.5, 0.8)))
    chosen = sorted(rng.sample(range(len(body)), min(keep, len(body))))
    lead, rest = chosen[:1], chosen[1:]
    rng.shuffle(rest)
    new = [body[i] for i in lead + rest]
    sentences = [s for p in new for s in _SENTENCE_END.split(p) if len(s.split()) >= 6]
    head = rng.choice(sentences) if sentences else new[0]
    title = " ".join(head.split()[:9]).rstrip(",.;:")
    return Story(
        id=f"{story.id}~{k}",
        title=title,
        title_generated=False,
        sources=[Source(story.sources[0].path + f"~{k}", 1, len(new))],
        paragraphs=new,
    )


def make_day(
    articles: list[tuple[str, Story]], share: float, seed: int
) -> tuple[list[Story], list[str]]:
    rng = random.Random(seed)
    stories = [s for _, s in articles]
    events = [e for e, _ in articles]
    for event, story in articles:
        if rng.random() < share:
            for k in range(rng.choice((1, 1, 2))):
                stories.append(rewrite(story, rng, k))
                events.append(event)
    order = list(range(len(stories)))
    rng.shuffle(order)
    return [stories[i] for i in order], [events[i] for i in order]


def with_figures(stories: list[Story]) -> list[Story]:
    """Fill each story's key figures as the briefing has them (its same-figure signal)."""
    from reader.figures import extract_figures

    for story in stories:
        if story.figures is None:
            story.figures = extract_figures(story.paragraphs, title=story.title)
    return stories


LABELS = Path(__file__).parent / "labels" / "bbc_same_event.tsv"


def same_event_labels(path: Path = LABELS) -> set[frozenset[str]]:
    """Pairs of different articles judged to be about the same event."""
    out: set[frozenset[str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        a, b, verdict = line.split("\t")[:3]
        if verdict == "yes":
            out.add(frozenset((a, b)))
    return out


def pair_scores(
    groups: Sequence[Sequence[int]],
    events: Sequence[str],
    same: set[frozenset[str]] | None = None,
) -> tuple[float, float, int]:
    """(precision, recall, grouped pairs) over pairs of stories."""
    same = same or set()

    def together(a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in same

    predicted = 0
    right = 0
    for g in groups:
        for a in range(len(g)):
            for b in range(a + 1, len(g)):
                predicted += 1
                right += together(events[g[a]], events[g[b]])
    sizes: dict[str, int] = {}
    for e in events:
        sizes[e] = sizes.get(e, 0) + 1
    truth = sum(k * (k - 1) // 2 for k in sizes.values())
    for pair in same:
        first, second = sorted(pair)
        truth += sizes.get(first, 0) * sizes.get(second, 0)
    precision = right / predicted if predicted else 1.0
    recall = right / truth if truth else 1.0
    return precision, recall, predicted


def evaluate(
    stories: list[Story],
    events: list[str],
    threshold: float,
    subject: float | None = None,
    coverage: bool = False,
) -> tuple[float, float, int, float]:
    from briefing.related import SUBJECT_THRESHOLD, group_stories

    start = time.perf_counter()
    groups = group_stories(
        stories,
        content_threshold=threshold,
        subject_threshold=SUBJECT_THRESHOLD if subject is None else subject,
    )
    if coverage:
        groups = with_coverage(stories, groups)
    took = time.perf_counter() - start
    p, r, n = pair_scores(groups, events, same_event_labels())
    return p, r, n, took


def with_coverage(stories: list[Story], groups: list[list[int]]) -> list[list[int]]:
    """The event groups joined by one subject's results coverage, as the briefing does."""
    from briefing.coverage import coverage_links, merge_groups
    from briefing.related import main_subject

    subjects = [main_subject(s) for s in stories]
    return merge_groups(groups, coverage_links(stories, subjects))


COVERAGE = Path(__file__).parent / "labels" / "coverage"


def load_coverage(folder: Path) -> tuple[list[Story], list[str], set[frozenset[str]]]:
    """The written-for-the-label stories read through the library (dates, figures), each
    labelled by its file's stem, and the pairs judged to belong together."""
    import shutil
    import tempfile

    from reader import desk

    same: set[frozenset[str]] = set()
    for line in (folder / "pairs.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        a, b, verdict = line.split("\t")[:3]
        if verdict == "yes":
            same.add(frozenset((a, b)))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for src in sorted(folder.glob("*.txt")):
            shutil.copyfile(src, Path(tmp) / src.name)
            paths.append(str(Path(tmp) / src.name))
        library = desk.open_library(saved=False)
        try:
            stories = list(desk.gather(library, paths, summaries=desk.SummaryOptions()).stories)
        finally:
            library.close()
    events = [Path(s.sources[0].path).stem for s in stories]
    return stories, events, same


def coverage_report(threshold: float) -> None:
    from briefing.related import group_stories

    for folder in sorted(p for p in COVERAGE.iterdir() if p.is_dir()):
        stories, events, same = load_coverage(folder)
        events_only = group_stories(stories, content_threshold=threshold)
        both = with_coverage(stories, events_only)
        print(f"labels/coverage/{folder.name}: {len(stories)} stories, {len(same)} pairs belong")
        for name, groups in (("events", events_only), ("events+coverage", both)):
            p, r, n = pair_scores(groups, events, same)
            print(f"  {name:16} pairs {n:3d}  precision {p:.3f}  recall {r:.3f}")


def fit(stories: list[Story], events: list[str], floor: float = 0.95) -> float:
    """The lowest content threshold (best recall) whose precision is ≥ ``floor``."""
    best = 0.6
    for step in range(60, 9, -2):
        t = step / 100
        p, _r, _n, _s = evaluate(stories, events, t)
        if p < floor:
            break
        best = t
    return best


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m reader.eval grouping")
    ap.add_argument("bbc", type=Path)
    ap.add_argument("--fit", default="business", help="category to fit the threshold on")
    ap.add_argument("--rewrites", type=float, default=0.2, help="share of articles rewritten")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", type=float, help="skip fitting, use this content threshold")
    ap.add_argument(
        "--coverage", action="store_true", help="also score results coverage (second level)"
    )
    args = ap.parse_args(list(argv))
    folder = args.bbc / "News Articles"
    if not folder.is_dir():
        print(f"{folder}: not a folder (want the BBC News Summary set)")
        return 2
    categories = sorted(p.name for p in folder.iterdir() if p.is_dir())
    data = {c: load_category(args.bbc, c) for c in categories}
    days = {c: make_day(data[c], args.rewrites, args.seed) for c in categories}
    for stories, _events in days.values():
        with_figures(stories)
    if args.threshold is not None:
        threshold = args.threshold
        print(f"content threshold {threshold:.2f} (given)")
    else:
        threshold = fit(*days[args.fit])
        print(f"content threshold {threshold:.2f} (fitted on {args.fit}: precision >= 0.95)")
    everything = [a for c in categories for a in data[c]]
    days["all (one day)"] = make_day(everything, args.rewrites, args.seed)
    with_figures(days["all (one day)"][0])
    print(f"{'day':16} {'stories':>7} {'pairs':>6} {'precision':>9} {'recall':>7} {'seconds':>7}")
    for name, (stories, events) in days.items():
        p, r, n, took = evaluate(stories, events, threshold)
        where = "in-domain" if name == args.fit else "out of domain"
        print(f"{name:16} {len(stories):7d} {n:6d} {p:9.3f} {r:7.3f} {took:7.2f}  {where}")
        if args.coverage:
            p, r, n, took = evaluate(stories, events, threshold, coverage=True)
            print(f"{'  +coverage':16} {len(stories):7d} {n:6d} {p:9.3f} {r:7.3f} {took:7.2f}")
    if args.coverage:
        coverage_report(threshold)
    return 0
