"""Article-body extraction on eval/pages: the text path, and the HTML path when HTML is given.

``python -m reader.eval extract PAGES_DIR [--html HTML_DIR] [--whole] -o RESULTS.json``

- text path (default): each ``text/<id>.txt`` goes through the story pipeline (as a user's
  pasted page would); the kept body is every story's paragraphs, in order. ``--whole`` reads
  each page as one story.
- HTML path: with ``--html HTML_DIR`` holding ``<id>.html`` per page (the sources named in
  index.json), each page goes through ``reader.sources.html.extract_article`` (trafilatura).
  Pages with no HTML file are left out of the results, and the count is printed.

Score the results with the set's own scorer: ``python PAGES_DIR/score.py PAGES_DIR RESULTS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def text_path(page: Path, whole: bool) -> str:
    from reader.desk import build_stories

    result = build_stories([str(page)], whole=whole)
    return "\n".join(p for s in result.stories for p in s.paragraphs)


def html_path(page: Path) -> str:
    from reader.sources.html import extract_article

    article = extract_article(page.read_bytes())
    return "" if article is None else "\n".join(article.paragraphs)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m reader.eval extract", description=__doc__)
    p.add_argument("pages", type=Path)
    p.add_argument("--html", type=Path, help="folder with <id>.html per page")
    p.add_argument("--whole", action="store_true", help="text path: each page is one story")
    p.add_argument("-o", "--output", type=Path, required=True)
    args = p.parse_args(argv)
    index = json.loads((args.pages / "index.json").read_text(encoding="utf-8"))
    results: dict[str, str] = {}
    missing = 0
    for pid in sorted(index):
        if args.html is not None:
            source = args.html / f"{pid}.html"
            if not source.exists():
                missing += 1
                continue
            results[pid] = html_path(source)
        else:
            results[pid] = text_path(args.pages / "text" / f"{pid}.txt", args.whole)
    args.output.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    print(f"{len(results)} pages written to {args.output}", file=sys.stderr)
    if missing:
        print(f"{missing} pages had no HTML in {args.html}", file=sys.stderr)
    return 0
