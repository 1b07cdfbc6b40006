"""``python -m reader.eval pages PAGES_DIR [--fit SRC] [--measure SRC] [--worst N] [--misses] [--headings]``.

Runs every rendered page of the pages eval set (``text/<id>.txt``) through the story pipeline and
scores what it keeps against ``truth/<id>.txt`` with the shingle metric of the set's ``score.py``
(``reader.eval.shingles``). Also prints the share of pages that give exactly one story and how
often the main story's title is the page's real headline (``index.json`` title, on pages whose
text shows it); on pages with no given title, how often it is the line the page's own <title>
starts with ("<title> line as title", where the text shows such a line of three words or more). A page's source is its id prefix (readability, newspaper, goose3).

``--fit SRC`` refits the learned line roles on pages of that source only (plus the BBC articles
when ``--bbc`` is given) before measuring, so ``--fit readability --measure newspaper`` is an
out-of-domain figure; without ``--fit`` the shipped weights are used.

``--misses`` prints every page whose main story's title is not its headline (or <title> line),
with the title it got. Where ``index.json`` gives a page ``articles`` and ``titles`` (hand-made
pages of several articles), "right count" counts pages with as many stories as articles and
"titles found" how many of those headlines are story titles.

``--headings`` counts each story's section headings (shown above their paragraphs) as kept text,
in place: the truths hold an article's sub-headings, which the pipeline keeps as headings, not
as paragraphs (without it only paragraphs count, the figure the README's history reports).

``--html DIR`` scores, for every page with ``DIR/<id>.html`` (the page's source HTML), the HTML
path (``reader.eval.html_pages``) beside the text path on those same pages, per source; "headline
as title" counts the same pages on both paths (those whose text shows the headline).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.eval.shingles import PageScore, score_page, summarise
from reader.model import Story

TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    pid: str
    source: str
    lines: list[str]
    truth: str
    title: str | None
    page_title: str | None = None  # the page's own <title> / og:title, where no title is given
    articles: int = 1  # how many articles the page holds (index.json ``articles``)
    titles: tuple[str, ...] = ()  # every article's headline, in page order (``titles``)


def source_of(pid: str) -> str:
    return pid.split("-", 1)[0]


def load_pages(root: Path) -> list[Page]:
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    out: list[Page] = []
    for pid in sorted(index):
        text = (root / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        truth = (root / "truth" / f"{pid}.txt").read_text(encoding="utf-8")
        title = index[pid].get("title")
        ptitle = index[pid].get("page_title")
        lines = text.split("\n")
        meta = index[pid]
        many = int(meta.get("articles") or 1), tuple(meta.get("titles") or ())
        out.append(Page(pid, source_of(pid), lines, truth, title or None, ptitle or None, *many))
    return out


def norm_tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def shows_title(page: Page) -> bool:
    """The page's text has a line that is its headline (same words, case and punctuation aside)."""
    if not page.title:
        return False
    want = norm_tokens(page.title)
    return bool(want) and any(norm_tokens(ln) == want for ln in page.lines)


def page_title_line(page: Page) -> str | None:
    """On a page with no given title, the line its own <title> starts with (the longest of three
    words or more: "Headline - Site" starts with the headline), if it shows one."""
    if page.title or not page.page_title:
        return None
    want = " ".join(norm_tokens(page.page_title))
    fits = [k for k in (" ".join(norm_tokens(ln)) for ln in page.lines) if len(k.split()) >= 3]
    fits = [k for k in fits if want.startswith(k)]
    return max(fits, key=len) if fits else None


@dataclass(slots=True)
class PageResult:
    score: PageScore
    stories: int
    title_right: bool | None  # None: the page shows no headline
    title: str | None = None  # the main story's title (HTML path)
    page_title_right: bool | None = None  # None: no given title, or <title> line not shown
    right_count: bool = True  # as many stories as the page holds articles
    titles_found: tuple[int, int] = (0, 0)  # of the page's ``titles``, how many are story titles


def kept_text(stories: Sequence[Story], headings: bool = False) -> str:
    """The stories' paragraphs, one a line; with ``headings``, each section heading above the
    paragraph it stands before."""
    out: list[str] = []
    for s in stories:
        above: dict[int, list[str]] = {}
        if headings:
            for h in s.headings:
                above.setdefault(h.paragraph, []).append(h.text)
        for k, para in enumerate(s.paragraphs):
            out += [*above.pop(k, []), para]
        out += [t for k in sorted(above) for t in above[k]]
    return "\n".join(out)


def run_page(page: Page, headings: bool = False) -> PageResult:
    from reader.pipeline import Document, split_document

    stories = split_document(Document(path=f"{page.pid}.txt", lines=page.lines, digest=""))
    kept = kept_text(stories, headings)
    title_right: bool | None = None
    if shows_title(page):
        main = max(stories, key=lambda s: s.words) if stories else None
        title_right = main is not None and norm_tokens(main.title) == norm_tokens(page.title or "")
    ptitle_right: bool | None = None
    if (line := page_title_line(page)) is not None:
        main = max(stories, key=lambda s: s.words) if stories else None
        ptitle_right = main is not None and " ".join(norm_tokens(main.title)) == line
    score = score_page(page.truth, kept)
    main = max(stories, key=lambda s: s.words) if stories else None
    got = {" ".join(norm_tokens(s.title)) for s in stories}
    found = sum(" ".join(norm_tokens(t)) in got for t in page.titles)
    return PageResult(
        score,
        len(stories),
        title_right,
        main.title if main else None,
        ptitle_right,
        len(stories) == page.articles,
        (found, len(page.titles)),
    )


def run_html_page(page: Page, path: Path) -> PageResult:
    """Score the page read from its source HTML the way ``newsdesk`` reads a ``.html`` file."""
    from reader.eval.html_pages import run_html

    run = run_html(path)
    title_right: bool | None = None
    if shows_title(page):  # the text path's condition, so both count the same pages
        title_right = run.title is not None and norm_tokens(run.title) == norm_tokens(
            page.title or ""
        )
    return PageResult(score_page(page.truth, run.kept), run.stories, title_right, run.title)


def compare_html(pages: Sequence[Page], folder: Path, worst: int) -> int:
    """HTML path beside text path on the pages that have ``folder/<id>.html``."""
    from reader.eval.html_pages import html_files

    found = html_files(folder, (p.pid for p in pages))
    subset = [p for p in pages if p.pid in found]
    print(f"HTML path vs text path on the {len(subset)} pages with an .html file in {folder}")
    if not subset:
        return 1
    html = {p.pid: run_html_page(p, found[p.pid]) for p in subset}
    text = {p.pid: run_page(p) for p in subset}
    for src in [None, *sorted({p.source for p in subset})]:
        ids = [p.pid for p in subset if src is None or p.source == src]
        name = src or "all"
        report(f"{name:<12} HTML path", {k: html[k] for k in ids})
        report(f"{name:<12} text path", {k: text[k] for k in ids})
    for pid in sorted(html, key=lambda k: (html[k].score.f1, k))[:worst]:
        h, t = html[pid], text[pid]
        print(
            f"  {pid:<40} HTML F1 {h.score.f1:.3f} P {h.score.p:.3f} R {h.score.r:.3f} "
            f"stories {h.stories} | text F1 {t.score.f1:.3f} | title {h.title or '-'!r:.60}"
        )
    return 0


def report(label: str, results: dict[str, PageResult]) -> None:
    if not results:
        print(f"{label:<28} no pages")
        return
    s = summarise(r.score for r in results.values())
    one = sum(1 for r in results.values() if r.stories == 1) / len(results)
    titled = [r.title_right for r in results.values() if r.title_right is not None]
    head = f"{sum(titled) / len(titled):.3f} of {len(titled)}" if titled else "-"
    by_pt = [r.page_title_right for r in results.values() if r.page_title_right is not None]
    pt = f"{sum(by_pt) / len(by_pt):.3f} of {len(by_pt)}" if by_pt else "-"
    many = [r for r in results.values() if r.titles_found[1]]
    if many:  # pages that list every article's headline (hand-made pages of several articles)
        right = sum(r.right_count for r in results.values())
        found = sum(r.titles_found[0] for r in many)
        pt += f"  right count {right}/{len(results)}"
        pt += f"  titles found {found} of {sum(r.titles_found[1] for r in many)}"
    print(
        f"{label:<28} {s.pages:>4} P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} "
        f"F1/page {s.f1_page:.4f}  one story {one:.3f}  headline as title {head}"
        f"  <title> line as title {pt}"
    )


def refit(root: Path, pages: Sequence[Page], fit: str, bbc: Path | None) -> None:
    """Refit the learned line roles on pages of source ``fit`` (plus ``bbc``) for this process."""
    from reader.eval.train_roles import fit as fit_weights
    from reader.eval.train_roles import use

    ids = {p.pid for p in pages if p.source == fit}
    use(fit_weights(root, bbc, page_ids=ids))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval pages")
    parser.add_argument("path")
    parser.add_argument("--fit", default=None, help="refit line roles on this source's pages")
    parser.add_argument("--measure", default=None, help="score only this source's pages")
    parser.add_argument("--bbc", default=None, help="BBC folder for refitting (with --fit)")
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--misses", action="store_true", help="print every wrong title")
    parser.add_argument("--html", default=None, help="folder of <id>.html source pages")
    parser.add_argument(
        "--headings", action="store_true", help="count the stories' section headings as kept"
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    root = Path(args.path)
    if not (root / "index.json").is_file():
        print(f"error: no index.json in {root}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    pages = load_pages(root)
    if args.fit:
        bbc = Path(args.bbc) if args.bbc else None
        refit(root, pages, args.fit, bbc)
        print(f"fitted on {args.fit} pages" + (f" and {bbc}" if bbc else ""))
    measured = [p for p in pages if args.measure is None or p.source == args.measure]
    if args.html:
        folder = Path(args.html)
        if not folder.is_dir():
            print(f"error: no folder {folder}", file=sys.stderr)
            return 2
        code = compare_html(measured, folder, args.worst)
        print(f"({time.perf_counter() - t0:.1f}s)")
        return code
    try:
        results = {p.pid: run_page(p, args.headings) for p in measured}
    finally:
        from reader.eval.train_roles import use

        use(None)  # the shipped weights again
    report("all measured", results)
    for src in sorted({p.source for p in measured}):
        report(f"  {src}", {p.pid: results[p.pid] for p in measured if p.source == src})
    if args.worst:
        worst = sorted(results, key=lambda k: (results[k].score.f1, k))[: args.worst]
        for pid in worst:
            r = results[pid]
            print(
                f"  {pid:<45} F1 {r.score.f1:.3f} P {r.score.p:.3f} R {r.score.r:.3f} "
                f"stories {r.stories}"
            )
    if args.misses:
        print_misses(measured, results)
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0


def print_misses(pages: Sequence[Page], results: dict[str, PageResult]) -> None:
    """Every page whose main story's title is not its headline (or <title> line)."""
    for page in pages:
        r = results[page.pid]
        if r.title_right is False or r.page_title_right is False:
            want = page.title if r.title_right is False else page_title_line(page)
            print(f"  miss {page.pid:<40} want {want!r:.70}\n{'':<48}got  {r.title!r:.70}")
