"""Reading and splitting files, in a process pool when there are enough of them.

Splitting is CPU-bound pure Python, so a pile of files is spread over the machine's cores
(at most ``MAX_WORKERS``). Small jobs stay in-process: starting workers costs more than it
saves. Workers are started with "spawn"/"forkserver", never "fork", because the reader calls
this from a thread and forking a threaded process is unsafe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Executor, Future

from reader.model import Figure, Story
from reader.story.dedupe import Sketch
from reader.story.load import Problem

MAX_WORKERS = 4
LATE_CHUNK = 8  # stories an enrichment task after the merge takes (``LateEnrich``)
IN_FLIGHT_PER_WORKER = 4  # chunks submitted to the pool and not yet handed on, per worker
CHUNK_MAX = 16  # files a pool task splits: the stories in flight stay a few hundred
# Use the pool from this many files and this many bytes on.
POOL_MIN_FILES = 24
POOL_MIN_BYTES = 512 * 1024

# (path as given, key stored in the library)
Job = tuple[str, str]
# (digest, stories, their sketches, their shingle hashes: ``reader.story.dedupe.fingerprint``,
# None where not made; their lead figures: ``reader.enrich.lead_of``, None where not enriched)
Split = tuple[str, list[Story], list[Sketch], list[bytes | None], list[str | None]]
Result = Split | Problem
# summary options (algorithm, sentences, ratio) to compute each story's summary and figures
# with, beside the split (``reader.enrich.compute``); None: leave them for later
Enrich = tuple[str, int, float | None] | None


def read_and_split(job: Job, whole: bool, enrich: Enrich = None) -> Result:
    """One file: read, decode, split (and sketch the stories for the merge across files).
    With ``enrich``, each story comes with its summary and figures filled in, and its lead
    figure (a story whose enrichment fails is left unfilled: the main process computes it and
    reports the error). Every failure is a Problem, never an exception."""
    from reader.pipeline import read_document, split_fingerprinted
    from reader.sources import files

    name, key = job
    try:
        if files.handles(name):  # .html/.htm/.eml/.mbox (issue 17)
            found = files.read_and_split(name, key, whole)
            if isinstance(found, Problem):
                return found
            digest, stories, sketches = found
            exact: list[bytes | None] = [None] * len(stories)
        else:
            doc = read_document(name)
            if isinstance(doc, Problem):
                return doc
            doc.path = key
            digest = doc.digest
            stories, sketches, exact = split_fingerprinted(doc, whole=whole)
    except (RecursionError, MemoryError, ValueError) as exc:
        return Problem(name, f"cannot split ({type(exc).__name__})")
    leads: list[str | None] = [None] * len(stories)
    if enrich is not None:
        leads = _enrich_all(stories, enrich)
    return digest, stories, sketches, exact, leads


# (enrichment key, story id, summary, figures, lead figure); summary and figures None: failed
Enriched = tuple[str, str, list[str] | None, list[Figure] | None, str | None]


class LateEnrich:
    """Summaries and figures computed after the merge across files, by the pool that split
    the files: no work for the copies the merge folds away (issue 15). Given to
    ``split_files``, which sets ``active`` when its local pool starts: the workers then only
    split, and the caller ``send``s (enrichment key, story) pairs between the results it takes;
    what was computed for them collects in ``found`` (``Enriched``, in the order sent), all
    of it by the time the generator ends. Not active (one process, a Dask cluster): the
    workers enrich every story beside its split, as ``enrich`` says."""

    def __init__(self, options: tuple[str, int, float | None]) -> None:
        self.options = options
        self.active = False
        self.todo: list[tuple[str, Story]] = []
        self.found: list[Enriched] = []
        self._running: deque[Future[list[Enriched]]] = deque()  # sent to the pool, in order

    def send(self, items: Sequence[tuple[str, Story]]) -> None:
        self.todo.extend(items)

    def take(self) -> list[Enriched]:
        """What was computed since the last ``take``."""
        found, self.found = self.found, []
        return found

    def pump(self, pool: Executor | None, wait: bool = False) -> None:
        """Hand what was sent to ``pool`` (None: compute it in this process) and collect
        what it has finished (all of it: ``wait``)."""
        items, self.todo = self.todo, []
        if pool is None:
            self.found += _enrich_late(items, self.options) if items else []
            return
        for at in range(0, len(items), LATE_CHUNK):
            part = items[at : at + LATE_CHUNK]
            self._running.append(pool.submit(_enrich_late, part, self.options))
        while self._running and (wait or self._running[0].done()):
            self.found += self._running.popleft().result()


def _pump(late: LateEnrich | None, pool: Executor | None, wait: bool = False) -> None:
    if late is not None:
        late.pump(pool, wait)


def _split_only(late: LateEnrich | None, enrich: Enrich) -> Enrich:
    """What the pool's workers compute beside the split: nothing with ``late``, now active."""
    if late is None:
        return enrich
    late.active = True
    return None


def _enrich_late(
    items: list[tuple[str, Story]], options: tuple[str, int, float | None]
) -> list[Enriched]:
    stories = [story for _, story in items]
    leads = _enrich_all(stories, options)
    return [
        (key, story.id, story.summary, story.figures, lead)
        for (key, story), lead in zip(items, leads, strict=True)
    ]


def _enrich_all(stories: list[Story], options: tuple[str, int, float | None]) -> list[str | None]:
    """Fill each story's summary and figures; their lead figures (the main process stores
    them beside the title without importing the figure finder)."""
    from reader.enrich import compute, lead_of

    algorithm, sentences, ratio = options
    leads: list[str | None] = []
    for story in stories:
        try:
            story.summary, story.figures = compute(
                story, algorithm=algorithm, sentences=sentences, ratio=ratio
            )
            leads.append(lead_of(story.figures))
        except (RecursionError, MemoryError, ValueError):
            story.summary = story.figures = None
            leads.append(None)
    return leads


# How often a worker checks that the process that started the pool is still there.
PARENT_POLL_SECONDS = 0.25


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    try:  # Linux: a killed parent its own parent has not reaped yet is a zombie
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _watch_parent(parent: int) -> None:
    """Pool initializer: a daemon thread ends this worker once ``parent`` is gone, so a
    kill -9 of the reader or the CLI leaves no worker behind (the forkserver and resource
    tracker then see their last users go and exit too)."""
    import threading
    import time

    def watch() -> None:
        while _alive(parent):
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _call(args: tuple[Job, bool, Enrich]) -> Result:
    return read_and_split(*args)


def _no_sigint() -> None:
    """In a worker: Ctrl+C is the parent's to handle (it stops the pool), not a traceback here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_worker(parent: int) -> None:
    """Pool initializer: Ctrl+C is the parent's; the worker ends when the parent is gone;
    it starts warm (``reader.ingest_warm``: done already when forked from the forkserver)."""
    _no_sigint()
    _watch_parent(parent)
    from reader.ingest_warm import warm

    warm()


def _call_chunk(chunk: list[tuple[Job, bool, Enrich]]) -> list[Result]:
    return [read_and_split(*args) for args in chunk]


def stop_pool(pool: Executor) -> None:
    """Cancel what has not started and end the workers now, without waiting for their chunks.

    Only the pool's own manager thread cancels futures (``shutdown``): one cancelled from
    here while that thread still counts it as pending (what ``Executor.map``'s iterator did
    as it closed) made it fail when it saw the workers gone (CPython 3.11 sets an exception
    on the cancelled future: InvalidStateError, a traceback on stderr). The workers go first,
    so none finishes its chunk or takes a shutdown sentinel and leaves in good order."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(1.0)


def _workers(jobs: Sequence[Job]) -> int:
    if len(jobs) < POOL_MIN_FILES or any(name == "-" for name, _ in jobs):
        return 1
    total = 0
    for name, _ in jobs:
        with contextlib.suppress(OSError):
            total += os.path.getsize(name)
    if total < POOL_MIN_BYTES:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _on_cluster(
    address: str,
    jobs: Sequence[Job],
    whole: bool,
    on_done: Callable[[int], None] | None,
    enrich: Enrich = None,
) -> Generator[Result, None, None]:
    """``_call`` over the jobs on a Dask cluster; its workers read each file by its absolute
    path (ClusterError when they cannot see it), and a problem names the file as it was given."""
    from reader.ingest_dask import check_path, map_in_order

    remote = [((os.path.abspath(name), key), whole, enrich) for name, key in jobs]
    check_path(address, remote[0][0][0])
    results = map_in_order(address, _call, remote, on_done)
    with contextlib.closing(results):  # stopped early: the futures left are cancelled now
        for (name, _), result in zip(jobs, results, strict=True):
            yield Problem(name, result.message) if isinstance(result, Problem) else result


def split_files(
    jobs: Sequence[Job],
    whole: bool,
    on_done: Callable[[int], None] | None = None,
    enrich: Enrich = None,
    late: LateEnrich | None = None,
) -> Generator[Result, None, None]:
    """Results in job order, each as soon as its file (and every one before it) is done, so
    the caller can store them as they come; ``on_done(n)`` after each finished file. Closing
    the generator early (or Ctrl+C, or ``on_done`` raising) stops the workers at once.
    ``enrich``: see ``read_and_split``; with ``late`` too, a local pool enriches only what the
    caller sends it after the merge (``LateEnrich``). With a Dask scheduler configured
    (``reader.ingest_dask``) the same work runs on its cluster."""
    from reader.ingest_dask import scheduler_address

    address = scheduler_address()
    if address is not None and jobs and all(name != "-" for name, _ in jobs):
        yield from _on_cluster(address, jobs, whole, on_done, enrich)
        return
    workers = _workers(jobs)
    if workers <= 1:
        for n, job in enumerate(jobs, 1):
            yield read_and_split(job, whole, enrich)
            if on_done is not None:
                on_done(n)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    chunk = max(1, min(CHUNK_MAX, len(jobs) // (workers * 8)))
    done = 0
    enrich = _split_only(late, enrich)
    context = multiprocessing.get_context(method)
    if method == "forkserver":  # warmed once, in the forkserver, for every worker
        context.set_forkserver_preload(["__main__", "reader.ingest_warm"])
    try:
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
        ) as pool:
            # what pool.map does, but no future is ever cancelled from this thread (stop_pool),
            # and at most IN_FLIGHT_PER_WORKER chunks per worker are submitted and not yet
            # handed on (results the caller has not taken never pile up in memory)
            starts = iter(range(0, len(jobs), chunk))
            futures: deque[Future[list[Result]]] = deque()

            def top_up() -> None:
                for at in islice(starts, workers * IN_FLIGHT_PER_WORKER - len(futures)):
                    args = [(job, whole, enrich) for job in jobs[at : at + chunk]]
                    futures.append(pool.submit(_call_chunk, args))

            try:
                top_up()
                while futures:
                    results = futures.popleft().result()
                    top_up()
                    for result in results:
                        done += 1
                        yield result
                        _pump(late, pool)  # what the caller sent meanwhile
                        if on_done is not None:
                            on_done(done)
                _pump(late, pool, wait=True)
            except BaseException:
                # Ctrl+C, the caller stopped early, or its on_done raised: do not finish the rest
                stop_pool(pool)
                raise
    except (BrokenProcessPool, OSError, ValueError, RuntimeError):
        # workers could not start or died (no usable __main__, file descriptors replaced by a
        # UI or a test harness, out of memory…): finish the rest here
        for job in jobs[done:]:
            yield read_and_split(job, whole, enrich)
            _pump(late, None)
            done += 1
            if on_done is not None:
                on_done(done)
        _pump(late, None)
