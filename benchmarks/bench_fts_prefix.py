"""What the search index's prefix set costs and buys: insert CPU per story against
as-you-type search latency, for several ``prefix`` options of the FTS5 tables.

``python benchmarks/bench_fts_prefix.py BBC_DIR [--stories 20000] [--prefixes "1 2 3 4 5 6 7 8"
"1 2 3 4"] [--repeat 5] [--batch 200] [--hashsize BYTES] [--unoptimized]``

Each prefix set gets the library's two FTS5 tables (titles, text; the tokenizer and
``detail = none`` of ``reader.library.schema``, and its ``hashsize`` unless told) in memory,
filled with the same stories (BBC articles made into stories as ``benchmarks.corpus`` makes
them) ``--batch`` per transaction as the library stores them, then optimized as after a large
ingest (``--unoptimized``: searched as written too, as a refresh leaves it to FTS5's automerge). Prints the insert CPU per story and, per query as typed a character at a time
(the last word a prefix, as ``reader.library.queries.fts_query`` makes it), the median time of
the list's search (titles then text, 200 rows each). A prefix length with no index of its
own is answered by merging every term that begins with it, which grows with the library.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TYPED = ("market", "government", "const", "film a", "profit r", "star")


def _texts(bbc: Path, n: int) -> list[tuple[str, str]]:
    from benchmarks.corpus import load_bbc, make_story

    rng = random.Random(17)
    corpus = load_bbc(bbc)
    cats = sorted(corpus)
    out = []
    for _ in range(n):
        lines = make_story(rng, corpus[rng.choice(cats)])
        out.append((lines[0], "\n\n".join(ln for ln in lines[1:] if ln)))
    return out


def _queries() -> list[str]:
    """Every prefix of each typed query, as the reader searches while the user types."""
    from reader.library.queries import fts_query

    typed = {text[:k] for text in TYPED for k in range(1, len(text) + 1)}
    return [q for q in (fts_query(t) for t in sorted(typed)) if q]


def measure(
    texts: list[tuple[str, str]],
    prefix: str,
    repeat: int,
    hashsize: int = 0,
    batch: int = 200,
    optimize: bool = True,
) -> dict[str, float]:
    from reader.library.schema import FTS_OPTIONS

    options = FTS_OPTIONS.split(", prefix")[0] + (f", prefix = '{prefix}'" if prefix else "")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(f"CREATE VIRTUAL TABLE title_fts USING fts5(title, {options})")
    conn.execute(f"CREATE VIRTUAL TABLE body_fts USING fts5(body, {options})")
    if hashsize:
        for table in ("title_fts", "body_fts"):
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (hashsize,))
    start = time.process_time()
    for at in range(0, len(texts), batch):  # a transaction per batch, as the library stores
        conn.execute("BEGIN")
        for rowid, (title, body) in enumerate(texts[at : at + batch], at + 1):
            conn.execute("INSERT INTO title_fts (rowid, title) VALUES (?, ?)", (rowid, title))
            conn.execute("INSERT INTO body_fts (rowid, body) VALUES (?, ?)", (rowid, body))
        conn.execute("COMMIT")
    insert = time.process_time() - start
    for table in ("title_fts", "body_fts") if optimize else ():
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    times = []
    for query in _queries():
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for table in ("title_fts", "body_fts"):
                sql = (
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 200"
                )
                conn.execute(sql, (query,)).fetchall()
            runs.append(time.perf_counter() - t0)
        times.append(statistics.median(runs))
    conn.close()
    times.sort()
    return {
        "insert_ms": insert / len(texts) * 1000,
        "median_ms": statistics.median(times) * 1000,
        "p90_ms": times[int(len(times) * 0.9)] * 1000,
        "max_ms": times[-1] * 1000,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bbc", type=Path)
    ap.add_argument("--stories", type=int, default=20_000)
    ap.add_argument("--prefixes", nargs="+", default=["1 2 3 4 5 6 7 8", "1 2 3 4", "1 2 3"])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--batch", type=int, default=200, help="stories per transaction")
    ap.add_argument(
        "--unoptimized",
        action="store_true",
        help="also search each index as written, left to FTS5's automerge (as after a refresh)",
    )
    ap.add_argument(
        "--hashsize",
        type=int,
        default=None,
        help="FTS5 hashsize in bytes (default: the library's; 0: FTS5's own, 1 MiB)",
    )
    args = ap.parse_args()
    from reader.library.schema import FTS_HASHSIZE

    hashsize = FTS_HASHSIZE if args.hashsize is None else args.hashsize
    texts = _texts(args.bbc, args.stories)
    words = sum(len(body.split()) for _, body in texts) / len(texts)
    print(f"{len(texts):,} stories of {words:.0f} words; {len(_queries())} typed queries")
    print(f"{'prefix':<30} {'insert ms/story':>15} {'search median':>13} {'p90':>7} {'max':>7}")
    for prefix in args.prefixes:
        for optimize in (True, False) if args.unoptimized else (True,):
            r = measure(texts, prefix, args.repeat, hashsize, args.batch, optimize)
            label = (prefix or "(none)") + ("" if optimize else ", as written")
            print(
                f"{label:<30} {r['insert_ms']:>15.3f} {r['median_ms']:>10.2f} ms"
                f" {r['p90_ms']:>7.2f} {r['max_ms']:>7.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
