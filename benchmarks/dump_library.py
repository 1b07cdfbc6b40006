"""Ingest files into a new library and dump its tables, to check that a change to the merge
across files or to the store leaves the library identical (``dump_outputs`` checks what the
workers compute; this checks what the main process makes of it).

    python benchmarks/dump_library.py OUT.txt [INPUT ...] [--bbc BBC_DIR --generated N
                                      --corpus whole|mixed]

The inputs (files and folders, and ``--generated`` stories made from the BBC articles by
``benchmarks/corpus.py``; ``whole`` past 1,328 stories repeats articles, which the merge folds
together) go through ``desk.gather`` with summaries, as ``newsdesk brief`` does, into a library
in a temporary folder. Each table is written one row a line, in a fixed order; the search
indexes by rowid. What differs between runs by design is masked: the pipeline's fingerprint
in each file's mode, the date of a story dated when first read, and the temporary folder the
generated files are written to (named ``$TMP``, their mtimes 0). To dump another
checkout's library, put its tree first: ``PYTHONPATH=/tmp/base python
benchmarks/dump_library.py ...`` (it runs in that checkout's folder, where the pool's
forkserver looks first); the last line printed names the ``reader`` that ran. Compare two
dumps with ``cmp``. Bad arguments: a one-line error, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: see above

FTS = ("title_fts", "body_fts")


def dump(library: Path, out: Path, scratch: str) -> int:
    """Write ``library``'s tables to ``out``, the folder ``scratch`` named ``$TMP`` (the
    generated files are written anew each run); the number of lines."""
    conn = sqlite3.connect(library)
    lines: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " ORDER BY name")]  # fmt: skip
    for table in tables:
        if table.startswith(("sqlite_", *FTS)):
            continue
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        rows = []
        for values in conn.execute(f"SELECT * FROM {table}"):
            row = dict(zip(cols, values, strict=True))
            if table == "files":
                row["mode"] = str(row["mode"]).rsplit(":", 1)[-1]  # fingerprint: differs
                if str(row["path"]).startswith(scratch):
                    row["mtime_ns"] = 0  # written this run (its size and digest stay)
            if table == "stories" and row.get("date_kind") != "published":
                record = json.loads(row["data"])
                record["date"] = row["date"] = "(first read)"
                row["data"] = json.dumps(record)
            line = json.dumps(row, sort_keys=True, ensure_ascii=False)
            rows.append(f"{table} {line.replace(scratch, '$TMP')}")
        lines += sorted(rows)
    for table in FTS:
        for values in conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
            lines.append(f"{table} {json.dumps(values, ensure_ascii=False)}")
    conn.close()
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="dump_library")
    p.add_argument("out", type=Path)
    p.add_argument("inputs", nargs="*")
    p.add_argument("--bbc", type=Path)
    p.add_argument("--generated", type=int, default=0)
    p.add_argument("--corpus", choices=("whole", "mixed"), default="whole")
    args = p.parse_args(argv)
    if args.bbc is not None and not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    missing = [given for given in args.inputs if not Path(given).exists()]
    if missing:
        print(f"error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    if not args.inputs and not (args.bbc and args.generated > 0):
        print("error: nothing to ingest: give INPUT files or folders, or --bbc and --generated",
              file=sys.stderr)  # fmt: skip
        return 2
    import reader
    from reader import desk
    from reader.library.store import Library

    out, bbc = args.out.resolve(), args.bbc.resolve() if args.bbc is not None else None
    inputs = [os.path.abspath(given) for given in args.inputs]
    # the pool's forkserver finds ``reader`` in the current folder first: this checkout's
    os.chdir(Path(reader.__file__).resolve().parent.parent)
    with tempfile.TemporaryDirectory() as tmp:
        if bbc is not None and args.generated > 0:
            from benchmarks.corpus import generate

            generate(Path(tmp) / "corpus", bbc, args.generated, mode=args.corpus)
            inputs.append(str(Path(tmp) / "corpus"))
        home = Path(tmp) / "home"
        os.environ["NEWSDESK_HOME"] = str(home)
        os.environ["NEWSDESK_CONFIG"] = str(home / "config.toml")
        library = Library.open(home / "library.sqlite3")
        try:
            gathered = desk.gather(library, inputs, summaries=desk.SummaryOptions())
            stories = sum(1 for _ in gathered.stories)
        finally:
            library.close()
        lines = dump(home / "library.sqlite3", out, tmp)
    print(f"{stories} stories, {lines} lines -> {out} (reader: {Path(reader.__file__).parent})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
