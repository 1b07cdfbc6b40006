"""Where a refresh's CPU work runs (``Workers``): parsing feeds and making their stories in
one thread off the event loop, or for a large refresh on a machine with cores to spare, in a
process pool of ``spare_cores`` workers (``reader.sources.feed_work`` does the work itself).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any, TypeVar

from reader.sources.feed_work import start_worker, timed, warm_up

T = TypeVar("T")

# feeds are parsed in one worker thread until this many bytes of them have come back; from
# then on in a process pool of up to MAX_WORKERS. A worker costs about a second of CPU to
# start (its imports), and parsing and making stories about 0.5 ms per KiB of feed: below a
# few MiB the pool costs more than it saves (40 small feeds took twice as long with it), and an
# unchanged refresh (all 304s) starts no process at all. Its workers are the cores to spare:
# the cores less one for the event loop and SQLite, and less the load other jobs already put
# on the machine (its load average). With no core to spare it only costs: on 2 busy cores (load
# 10-15) a cold refresh of 200 feeds took 1.17x the CPU and 1.26x the time with the pool; on
# the same 2 cores idle it took 0.87x the time (interleaved against the thread alone).
POOL_FROM = 2 * 1024 * 1024
MAX_WORKERS = 4


def spare_cores(cores: int, load: float) -> int:
    """Worker processes a refresh may start: ``cores`` less one for this process, less the
    machine's ``load`` average beyond that one (other jobs' running processes), rounded: the
    one-minute average still holds this process's own recent work."""
    return max(0, min(MAX_WORKERS, cores - 1, int(cores - max(load, 1.0) + 0.5)))


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on every platform
        return 0.0


class Workers:
    """Where a refresh's CPU work runs: one thread (never the event loop: parsing there starved
    the requests in flight), and once jobs of ``POOL_FROM`` bytes have come, a process pool
    instead, so a cold refresh of hundreds of feeds uses the machine's cores and leaves the
    event loop's process its own. A pool that cannot start or breaks leaves the work to the
    thread.

    A job goes to the pool only once its workers are ready (their imports done): until then
    each job waits for whichever comes first, the thread or the pool, so the thread keeps
    parsing while the workers start instead of the refresh waiting most of a second for them.
    """

    def __init__(self, pool_from: int | None = None) -> None:
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="newsdesk-feeds")
        self._turn = asyncio.Lock()  # the thread takes one job at a time, in order
        self._pool: Executor | None = None
        self._ready: asyncio.Future[tuple[None, float]] | None = None  # the pool's warm-up
        self._pool_from = POOL_FROM if pool_from is None else pool_from
        self._bytes = 0
        self.processes = 0  # workers started
        self.pool_cpu = 0.0  # CPU seconds the pool's workers spent on jobs
        self.thread_cpu = 0.0  # CPU seconds the thread spent on jobs

    def _start_pool(self) -> None:
        import multiprocessing
        import sys
        from concurrent.futures import ProcessPoolExecutor

        workers = spare_cores(os.cpu_count() or 1, _load_average())
        if workers < 1:
            self._pool_from = -1
            return
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        try:
            self._pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context(method),
                initializer=start_worker,
                initargs=(os.getpid(),),
            )
            ready = self._pool.submit(timed, warm_up)
        except (OSError, ValueError, RuntimeError):
            self._pool, self._pool_from = None, -1
        else:
            self.processes = workers
            self._ready = asyncio.wrap_future(ready)
            self._ready.add_done_callback(self._warmed)

    def _warmed(self, ready: asyncio.Future[tuple[None, float]]) -> None:
        if not ready.cancelled() and ready.exception() is None:
            self.pool_cpu += ready.result()[1]  # the workers' imports, as any job's CPU

    async def run(self, size: int, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` off the event loop; ``size``: the bytes it works on."""
        from concurrent.futures.process import BrokenProcessPool

        loop = asyncio.get_running_loop()
        self._bytes += size
        if self._pool is None and 0 <= self._pool_from <= self._bytes:
            self._start_pool()
        if self._pool is not None and not await self._pool_first():
            return await self._in_thread(fn, *args, turn=True)
        if self._pool is not None:
            try:
                if self._ready is not None:
                    await self._ready
                result, cpu = await loop.run_in_executor(self._pool, timed, fn, *args)
            except (BrokenProcessPool, OSError):
                # workers could not start or died (no usable __main__, file descriptors
                # replaced by a UI or a test harness, out of memory): the thread finishes
                self._stop_pool(now=True)
            else:
                self.pool_cpu += cpu
                return result
        return await self._in_thread(fn, *args)

    async def _pool_first(self) -> bool:
        """While the pool starts: False when the thread is free first (the caller then holds
        the thread's turn), True when the pool is ready first (or failed to start)."""
        ready = self._ready
        if ready is None or ready.done():
            return True
        turn = asyncio.ensure_future(self._turn.acquire())
        try:
            await asyncio.wait((turn, ready), return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # stopped while waiting: give the turn back if it came
            turn.cancel()
            if turn.done() and not turn.cancelled():
                self._turn.release()
            raise
        if turn.done():
            return False
        turn.cancel()
        return True

    async def _in_thread(self, fn: Callable[..., T], *args: Any, turn: bool = False) -> T:
        """``fn(*args)`` in the thread, after the jobs before it (``turn``: the caller holds
        the thread's turn already)."""
        loop = asyncio.get_running_loop()
        if not turn:
            await self._turn.acquire()
        try:
            result, cpu = await loop.run_in_executor(self._thread, timed, fn, *args)
        finally:
            self._turn.release()
        self.thread_cpu += cpu
        return result

    def _stop_pool(self, now: bool) -> None:
        pool, self._pool, self._ready = self._pool, None, None
        self._pool_from = -1
        if pool is None:
            return
        if now:  # cancel what has not started, end the workers without waiting for them
            processes = list((getattr(pool, "_processes", None) or {}).values())
            for process in processes:
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
        else:
            pool.shutdown(wait=True)

    def close(self, now: bool = False) -> None:
        """Done (``now``: stopped early, nothing left is worth finishing). Workers still
        starting have had no job (the thread did them all): they are ended, not waited for."""
        starting = self._ready is not None and not self._ready.done()
        self._stop_pool(now or starting)
        self._thread.shutdown(wait=not now, cancel_futures=now)
