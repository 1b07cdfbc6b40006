"""Dump what a cold refresh leaves in the library, to check a speed change leaves it identical.

    python benchmarks/dump_refresh.py OUT.jsonl [--bbc BBC_DIR] [--feeds 200] [--items 20]
                                     [--copies 40] [--workers 1] [--enrich 200]

The feeds of ``bench_refresh.py`` (same items, same server, 100 ms latency), plus ``--copies``
feeds that repeat another feed's items under their own links, every other one with a word of
each item changed (near-copies for the merge across feeds). One cold refresh into a fresh
library (``--workers``: worker processes, as ``bench_refresh --workers``; 0 parses in the
thread only), then one JSON line per row of the stories, sources, search-index and feed-item
tables in a stable order (times of day and the server's ports left out), and the summary and figures of the first
``--enrich`` stories. Compare two dumps with ``cmp``. Bad arguments: a one-line error, exit
status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_refresh import feed_body, make_items

_TABLES = {  # (query, ...) in a stable order, without the times a refresh stamps
    "stories": "SELECT seq, id, title, title_generated, words, lead_figure, data, path,"
    " first_line, last_line, date, date_kind, site FROM stories ORDER BY seq",
    "sources": "SELECT ord, story_id, path, first_line, last_line FROM sources ORDER BY ord",
    "title_fts": "SELECT rowid, title FROM title_fts ORDER BY rowid",
    "body_fts": "SELECT rowid, body FROM body_fts ORDER BY rowid",
    "feeds": "SELECT id, url, title, site, etag, last_error FROM feeds ORDER BY id",
    "feed_items": "SELECT feed_id, item_key, story_id FROM feed_items ORDER BY feed_id, item_key",
}


def _feeds(folder: Path, bbc: Path | None, feeds: int, items: int, copies: int) -> None:
    made = make_items(feeds * items, bbc, seed=17)
    for n in range(feeds):
        (folder / f"{n}.xml").write_bytes(feed_body(n, made[n * items : (n + 1) * items]))
    for c in range(copies):
        chunk = made[(c % feeds) * items : (c % feeds + 1) * items]
        if c % 2:  # near-copies: the second word of each paragraph changed
            chunk = [(t, [" ".join(["changed" if i == 1 else w for i, w in
                                    enumerate(p.split())]) for p in ps]) for t, ps in chunk]  # fmt: skip
        (folder / f"{feeds + c}.xml").write_bytes(feed_body(feeds + c, chunk))


_PORT = re.compile(r"(127\.0\.0\.\d+):\d+")  # the server's ports differ between runs


def _dump(library_file: Path, out: Any, enrich: int) -> int:
    from reader.desk import enrich_stories
    from reader.library.store import Library

    with Library.open(library_file) as lib:
        for table, query in _TABLES.items():
            for row in lib._query(query):
                line = json.dumps([table, *row], ensure_ascii=False)
                out.write(_PORT.sub(r"\1", line) + "\n")
        ids = [r[0] for r in lib._query("SELECT id FROM stories ORDER BY seq LIMIT ?", (enrich,))]
        for story in enrich_stories(None, lib.stories(ids)):
            out.write(json.dumps(["enriched", story.to_json()], ensure_ascii=False) + "\n")
        return lib.count()


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="dump_refresh")
    p.add_argument("out", type=Path)
    p.add_argument("--bbc", type=Path)
    p.add_argument("--feeds", type=int, default=200)
    p.add_argument("--items", type=int, default=20)
    p.add_argument("--copies", type=int, default=40)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--enrich", type=int, default=200)
    args = p.parse_args(argv)
    if args.bbc is not None and not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    if min(args.feeds, args.items) < 1 or min(args.copies, args.workers, args.enrich) < 0:
        print(
            "error: --feeds and --items must be positive, the others not negative", file=sys.stderr
        )
        return 2
    import reader.sources.refresh_work as work_module
    from reader.sources.refresh import refresh

    spare_cores = work_module.spare_cores
    work_module.spare_cores = lambda cores, load: args.workers
    try:
        return _run(args, refresh)
    finally:
        work_module.spare_cores = spare_cores


def _run(args: argparse.Namespace, refresh: Callable[..., Any]) -> int:
    from reader.library import feeds as feed_table
    from reader.library.store import Library

    bench = Path(__file__).resolve().parent / "bench_refresh.py"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "feeds"
        folder.mkdir()
        _feeds(folder, args.bbc, args.feeds, args.items, args.copies)
        server = subprocess.Popen(
            [sys.executable, str(bench), "--serve", str(folder), "--hosts", "25"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            addrs = json.loads(server.stdout.readline())
            urls = [
                f"http://{addrs[n % len(addrs)][0]}:{addrs[n % len(addrs)][1]}/feed/{n}"
                for n in range(args.feeds + args.copies)
            ]
            with Library.open(Path(tmp) / "library.sqlite3") as lib:
                feed_table.add(lib, urls)
                report = refresh(lib)
        finally:
            server.terminate()
            server.wait()
        if report.failed:
            print(f"error: {len(report.failed)} feeds failed: {report.failed[0]}", file=sys.stderr)
            return 1
        with args.out.open("w", encoding="utf-8") as out:
            stories = _dump(Path(tmp) / "library.sqlite3", out, args.enrich)
    print(f"{len(urls)} feeds, {stories} stories stored, {report.processes} workers -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
