"""Refresh 200 feeds x 20 items from a local server with 100 ms latency per request.

``python benchmarks/bench_refresh.py [--bbc BBC_DIR] [--feeds 200] [--items 20] [--hosts 25]
[--latency 0.1] [--rounds 3] [--baseline OTHER_CHECKOUT] [--workers N]``

A server process (asyncio, HTTP/1.1 keep-alive, ETag / If-None-Match, gzip when asked)
listens on ``--hosts`` loopback addresses (127.0.0.1, 127.0.0.2, …: each a host of its own
for the per-host limit) and answers every request after ``--latency`` seconds. Half the feeds
are RSS 2.0 with content:encoded, half Atom with HTML content. Item text comes from BBC
articles when ``--bbc`` is given (a real lead, then paragraphs of other articles of the same
category, so no two items are duplicates), else from generated sentences.

Each round opens a fresh library file, follows the feeds and times:
- a cold refresh (every feed fetched, parsed, every item stored as a story);
- a second refresh where nothing changed (every feed answers 304).
Bytes are counted by the server (status line, headers and body as sent). Prints min / median
/ max over the rounds and the targets: cold <= 5 s; second <= 1 s and <= 5% of the bytes.

The feeds are spread over ``--hosts`` loopback addresses because real feeds live on many
hosts: with all of them on one address, the per-host limit (6 at a time) alone would make 200
feeds 34 rounds of latency. CPU time is reported beside wall time (this process's, plus what
the refresh's worker processes spent on its jobs): on a shared machine wall time is mostly
the other jobs' load. Each round runs in a fresh process (a user's ``newsdesk refresh``);
the unchanged refresh follows the cold one in that process, as in the reader.

With ``--baseline DIR`` (another checkout of the project, e.g. main) each round runs both,
taking turns in alternating order against the same server, and prints per-round ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

VOCABULARY = (
    "the council port shares profit market said on monday after year company bank rates"
    " workers strike prices rose fell percent million billion government minister plan"
    " energy costs growth quarter sales deal investors analysts expected report new city"
    " local trade exports imports ship freight rail airline fund school hospital budget"
)
WORDS = VOCABULARY.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 999)}")
    return " ".join(words).capitalize() + "."


def make_items(n: int, bbc: Path | None, seed: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    if bbc is not None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from benchmarks.corpus import load_bbc, make_story

        corpus = load_bbc(bbc)
        cats = sorted(corpus)
        out = []
        for _ in range(n):
            lines = make_story(rng, corpus[rng.choice(cats)])
            paras = [ln for ln in lines[1:] if ln and not ln.endswith("ago")]
            out.append((lines[0], paras))
        return out
    return [
        (_sentence(rng)[:70].rstrip("."), [_sentence(rng) + " " + _sentence(rng) for _ in range(5)])
        for _ in range(n)
    ]


def feed_body(n: int, items: list[tuple[str, list[str]]]) -> bytes:
    base = f"https://site{n}.example"
    start = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    if n % 2 == 0:
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'
            ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Feed {n}</title><link>{base}/</link><description>bench</description>"
        ]
        for i, (title, paras) in enumerate(items):
            html = "".join(f"<p>{escape(p)}</p>" for p in paras)
            when = format_datetime(start - timedelta(minutes=37 * i))
            parts.append(
                f"<item><title>{escape(title)}</title><link>{base}/{i}</link>"
                f"<guid>{base}/{i}</guid><pubDate>{when}</pubDate>"
                f"<description>{escape(paras[0][:200])}</description>"
                f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
            )
        parts.append("</channel></rss>")
    else:
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Feed {n}</title><link href="{base}/"/><id>{base}/</id>'
            "<updated>2026-11-24T06:00:00Z</updated>"
        ]
        for i, (title, paras) in enumerate(items):
            html = escape("".join(f"<p>{escape(p)}</p>" for p in paras))
            when = (start - timedelta(minutes=37 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            parts.append(
                f'<entry><title>{escape(title)}</title><link href="{base}/{i}"/>'
                f"<id>{base}/{i}</id><updated>{when}</updated>"
                f'<author><name>Reporter {i}</name></author><content type="html">{html}</content>'
                "</entry>"
            )
        parts.append("</feed>")
    return "".join(parts).encode()


# -- the server (a separate process: it must not share the client's event loop or GIL) ----


async def serve(folder: Path, hosts: int, latency: float) -> None:
    bodies = {f"/feed/{p.stem}": p.read_bytes() for p in folder.glob("*.xml")}
    packed = {k: gzip.compress(v, 6) for k, v in bodies.items()}
    tags = {k: '"' + hashlib.sha1(v).hexdigest()[:16] + '"' for k, v in bodies.items()}
    sent = {"bytes": 0, "requests": 0}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
                }
                if path == "/_stats":
                    body = json.dumps(sent).encode()
                    sent.update(bytes=0, requests=0)
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
                    )
                    await writer.drain()
                    continue
                await asyncio.sleep(latency)
                if path not in bodies:
                    out = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                elif headers.get("if-none-match") == tags[path]:
                    out = b"HTTP/1.1 304 Not Modified\r\nETag: %s\r\n\r\n" % tags[path].encode()
                else:
                    gz = "gzip" in headers.get("accept-encoding", "")
                    body = packed[path] if gz else bodies[path]
                    out = (
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/xml; charset=utf-8\r\n"
                        b"ETag: %s\r\nContent-Length: %d\r\n%s\r\n"
                        % (
                            tags[path].encode(),
                            len(body),
                            b"Content-Encoding: gzip\r\n" if gz else b"",
                        )
                    ) + body
                sent["bytes"] += len(out)
                sent["requests"] += 1
                writer.write(out)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except Exception as exc:  # a bug in this server must show, not look like a network error
            print(f"server: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        finally:
            writer.close()

    addrs = [f"127.0.0.{i + 1}" for i in range(hosts)]
    servers = [await asyncio.start_server(handle, host, 0, backlog=512) for host in addrs]
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    print(json.dumps(list(zip(addrs, ports, strict=True))), flush=True)
    await asyncio.Event().wait()


def stats(addr: tuple[str, int]) -> dict[str, int]:
    import httpx

    return dict(httpx.get(f"http://{addr[0]}:{addr[1]}/_stats").json())


def one_round(urls: list[str], addr0: tuple[str, int], folder: Path) -> dict[str, float]:
    from reader.library import feeds as feed_table
    from reader.library.store import Library
    from reader.sources.refresh import refresh

    stats(addr0)  # reset the counters
    with Library.open(folder / "library.sqlite3") as lib:
        feed_table.add(lib, urls)
        t0, c0 = time.perf_counter(), time.process_time()
        cold = refresh(lib)
        t1, c1 = time.perf_counter(), time.process_time()
        cold_bytes = stats(addr0)["bytes"]
        t1, c1 = time.perf_counter(), time.process_time()  # (not the counters' request)
        warm = refresh(lib)
        t2, c2 = time.perf_counter(), time.process_time()
        warm_bytes = stats(addr0)["bytes"]
    assert not cold.failed, cold.failed[:3]
    assert warm.not_modified == len(urls) and warm.added == 0
    return {
        "cold_s": t1 - t0,
        "warm_s": t2 - t1,
        # this process, plus the worker processes' CPU on the refresh's jobs (when it has any)
        "cold_cpu": c1 - c0 + getattr(cold, "pool_cpu", 0.0),
        "warm_cpu": c2 - c1 + getattr(warm, "pool_cpu", 0.0),
        "cold_bytes": cold_bytes,
        "warm_bytes": warm_bytes,
        "stories": cold.added,
        # where the cold refresh's CPU went: parsing in the thread (no pool) and in worker
        # processes, merging and storing, and the rest of this process (the event loop)
        "cold_parse_thread": getattr(cold, "thread_cpu", 0.0),
        "cold_parse_pool": getattr(cold, "pool_cpu", 0.0),
        "cold_store": getattr(cold, "store_cpu", 0.0),
        "cold_tail": getattr(cold, "tail", 0.0),
        "cold_loop": c1 - c0 - getattr(cold, "thread_cpu", 0.0) - getattr(cold, "store_cpu", 0.0),
    }


def run_round(repo: Path, plan: Path, folder: Path) -> dict[str, float]:
    """One round in a fresh process importing ``reader`` from ``repo``."""
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(repo)}
    out = subprocess.run(
        [sys.executable, __file__, "--round", str(folder), "--plan", str(plan)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"round failed in {repo}:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _where_cores_are_counted() -> Any:
    """The module whose ``spare_cores`` a refresh asks (``refresh_work``; ``refresh`` in
    checkouts before it was split out, so a baseline of either age can be measured)."""
    import importlib

    try:
        return importlib.import_module("reader.sources.refresh_work")
    except ImportError:
        return importlib.import_module("reader.sources.refresh")


def _round_main(folder: Path, plan_file: Path) -> int:
    plan = json.loads(plan_file.read_text())
    if plan.get("workers") is not None:  # --workers: as if the machine had that many to spare
        workers = int(plan["workers"])
        _where_cores_are_counted().spare_cores = lambda cores, load: workers
    profile_to = os.environ.get("BENCH_PROFILE")  # a file for the round's cProfile stats
    if profile_to:
        import cProfile

        # BENCH_PROFILE_CLOCK=thread: the event loop thread's CPU (not its waits, nor the
        # CPU of the refresh's other threads, which the default wall clock would mix in)
        thread = os.environ.get("BENCH_PROFILE_CLOCK") == "thread"
        profiler = cProfile.Profile(time.thread_time) if thread else cProfile.Profile()
        result = profiler.runcall(one_round, plan["urls"], tuple(plan["addr0"]), folder)
        profiler.dump_stats(profile_to)
    else:
        result = one_round(plan["urls"], tuple(plan["addr0"]), folder)
    print(json.dumps(result))
    return 0


def _line(name: str, values: list[float], fmt: str) -> str:
    vals = sorted(values)
    return (
        f"{name:<30} min {fmt.format(vals[0])}  median {fmt.format(statistics.median(vals))}"
        f"  max {fmt.format(vals[-1])}"
    )


def _print_side(label: str, results: list[dict[str, float]]) -> None:
    print(f"-- {label}: stories stored per cold refresh {results[0]['stories']:.0f}")
    for name, key, fmt in (  # (a baseline without the CPU breakdown shows zeros)
        ("cold refresh wall (s)", "cold_s", "{:.2f}"),
        ("cold refresh CPU (s)", "cold_cpu", "{:.2f}"),
        ("  parsing in a thread (s)", "cold_parse_thread", "{:.2f}"),
        ("  parsing in processes (s)", "cold_parse_pool", "{:.2f}"),
        ("  merging and storing (s)", "cold_store", "{:.2f}"),
        ("  event loop and the rest (s)", "cold_loop", "{:.2f}"),
        ("cold: wall after the last feed (s)", "cold_tail", "{:.2f}"),
        ("unchanged refresh wall (s)", "warm_s", "{:.3f}"),
        ("unchanged refresh CPU (s)", "warm_cpu", "{:.3f}"),
        ("cold bytes", "cold_bytes", "{:,.0f}"),
        ("unchanged bytes", "warm_bytes", "{:,.0f}"),
    ):
        print(_line(name, [r.get(key, 0.0) for r in results], fmt))
    ratios = [100 * r["warm_bytes"] / r["cold_bytes"] for r in results]
    print(_line("unchanged / cold bytes (%)", ratios, "{:.2f}"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=20)
    ap.add_argument("--hosts", type=int, default=25)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="another checkout to take turns with")
    ap.add_argument(
        "--workers",
        type=int,
        help="worker processes a large refresh starts, whatever the load (on a machine other"
        " jobs keep busy a refresh starts none: this measures the path an idle one takes)",
    )
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--round", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve, args.hosts, args.latency))
        return 0
    if args.round:
        return _round_main(args.round, args.plan)
    here = Path(__file__).resolve().parent.parent
    sides = [("candidate", here)]
    if args.baseline is not None:
        sides.append(("baseline", args.baseline.resolve()))
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in sides}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        items = make_items(args.feeds * args.items, args.bbc, seed=17)
        (root / "feeds").mkdir()
        for n in range(args.feeds):
            chunk = items[n * args.items : (n + 1) * args.items]
            (root / "feeds" / f"{n}.xml").write_bytes(feed_body(n, chunk))
        server = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--serve",
                str(root / "feeds"),
                "--hosts",
                str(args.hosts),
                "--latency",
                str(args.latency),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            addrs = [tuple(a) for a in json.loads(server.stdout.readline())]
            urls = [
                f"http://{addrs[n % len(addrs)][0]}:{addrs[n % len(addrs)][1]}/feed/{n}"
                for n in range(args.feeds)
            ]
            plan = root / "plan.json"
            plan.write_text(json.dumps({"urls": urls, "addr0": addrs[0], "workers": args.workers}))
            for r in range(args.rounds):
                for name, repo in sides if r % 2 == 0 else sides[::-1]:
                    results[name].append(run_round(repo, plan, root / f"{name}{r}"))
        finally:
            server.terminate()
            server.wait()
    print(
        f"{args.feeds} feeds x {args.items} items spread over {args.hosts} loopback hosts,"
        f" {args.latency * 1000:.0f} ms per request, {args.rounds} rounds;"
        f" text from {'BBC articles' if args.bbc else 'generated sentences'};"
        f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end"
    )
    for name, repo in sides:
        _print_side(f"{name} ({repo})", results[name])
    if args.baseline is not None:
        for key, label in (("cold_s", "cold wall"), ("cold_cpu", "cold CPU"),
                           ("warm_s", "unchanged wall"), ("warm_cpu", "unchanged CPU")):  # fmt: skip
            paired = [
                c[key] / b[key]
                for c, b in zip(results["candidate"], results["baseline"], strict=True)
            ]
            print(_line(f"candidate / baseline {label}", paired, "{:.2f}x"))
    print("targets: cold <= 5 s, unchanged <= 1 s and <= 5% of the cold bytes")
    mine = results["candidate"]
    sys.path.insert(0, str(here))
    from benchmarks.results import record, spread

    what = f"{args.feeds} feeds × {args.items} items, {args.latency * 1000:.0f} ms latency"
    record("bench_refresh", f"cold refresh, {what}", "≤ 5 s",
           spread([r["cold_s"] for r in mine], unit=" s"))  # fmt: skip
    record("bench_refresh", "unchanged refresh", "≤ 1 s",
           spread([r["warm_s"] for r in mine], "{:.3f}", " s"))  # fmt: skip
    ratios = [100 * r["warm_bytes"] / r["cold_bytes"] for r in mine]
    record("bench_refresh", "unchanged ÷ cold bytes", "≤ 5%", spread(ratios, "{:.2f}", "%"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
