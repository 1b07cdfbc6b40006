"""Ingest past one machine: the per-file work mapped over a Dask distributed cluster.

Chosen by ``--scheduler tcp://HOST:PORT`` (the commands put it in ``NEWSDESK_SCHEDULER``) or
that environment variable; without either the local process pool does the work
(``reader.ingest_work``) and nothing imports Dask: this module imports ``distributed`` only
inside the functions that talk to a cluster.

The workers run the same picklable per-file function as the local pool, on chunks of files,
and read the files themselves: every worker must see the same paths (a shared filesystem)
and have newsdesk installed (``pip install 'newsdesk[dask]'``). Results come back in job
order, a bounded number of chunks in flight at a time (an archive of millions of files never
makes millions of futures), and the client alone writes the library, one SQLite file.
Every cluster failure (no scheduler there, no workers, workers without newsdesk, a worker
lost) is a ``ClusterError`` with a one-line message.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = [
    "ENV",
    "ClusterError",
    "check_address",
    "check_cluster",
    "check_path",
    "disconnect",
    "map_in_order",
    "scheduler_address",
    "using_scheduler",
]

ENV = "NEWSDESK_SCHEDULER"
CONNECT_SECONDS = 10.0  # to reach the scheduler
WORKERS_SECONDS = 30.0  # for a first worker to join it
CHUNK_MAX = 64  # files per task, at most
IN_FLIGHT_PER_THREAD = 4  # chunks submitted and not yet handed on, per worker thread
INSTALL = "pip install 'newsdesk[dask]'"

_ADDRESS = re.compile(r"(?:(?:tcp|tls|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+):\d{1,5}")

T = TypeVar("T")
R = TypeVar("R")


class ClusterError(Exception):
    """The Dask cluster could not do the work; the message is one line for stderr."""


def scheduler_address() -> str | None:
    """The scheduler the ingest should use (``NEWSDESK_SCHEDULER``), or None: the local pool."""
    return os.environ.get(ENV, "").strip() or None


def check_address(address: str) -> str:
    """``address`` as given when it reads as ``[tcp|tls|ws|wss://]HOST:PORT``, else ValueError."""
    address = address.strip()
    if not _ADDRESS.fullmatch(address):
        raise ValueError(f"--scheduler {address!r} is not an address like tcp://HOST:PORT")
    return address


@contextlib.contextmanager
def using_scheduler(address: str | None) -> Iterator[None]:
    """Ingest on ``address`` inside the block (None: leave the environment's choice alone)."""
    if address is None:
        yield
        return
    before = os.environ.get(ENV)
    os.environ[ENV] = address
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before


# One client per scheduler for the life of the process (the reader ingests in batches).
_clients: dict[str, Client] = {}


def _connect(address: str) -> Client:
    client = _clients.get(address)
    if client is not None and client.status == "running":
        return client
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask distributed: {INSTALL}") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({_reason(exc)})"
        ) from None
    try:
        _check_workers(client, address)
    except BaseException:
        client.close()
        raise
    _clients[address] = client
    return client


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _version() -> str:
    """On a worker: the newsdesk it runs (an ImportError there if it has none)."""
    from reader import __version__

    return __version__


def _check_workers(client: Client, address: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)
    except (OSError, TimeoutError):
        raise ClusterError(
            f"no Dask worker joined the scheduler at {address} within {WORKERS_SECONDS:g} s"
            f" (start one: dask worker {address})"
        ) from None
    from reader import __version__

    try:
        versions: dict[str, Any] = client.run(_version)
    except Exception as exc:  # whatever the worker raised: ImportError, a pickling error…
        raise ClusterError(_no_newsdesk(exc)) from None
    wrong = sorted({str(v) for v in versions.values()} - {__version__})
    if wrong:
        raise ClusterError(
            f"the Dask workers run newsdesk {', '.join(wrong)}, this is {__version__}:"
            f" install the same version on every worker ({INSTALL})"
        )


def _no_newsdesk(exc: BaseException) -> str:
    return f"the Dask workers cannot run newsdesk ({_reason(exc)}): {INSTALL} on every worker"


def check_cluster(address: str) -> None:
    """Reach the scheduler, wait for a worker and check the workers run this newsdesk
    (ClusterError otherwise): for the reader, before its screen starts."""
    _connect(address)


def _sees(path: str) -> bool:
    """On a worker: whether ``path`` is there."""
    return os.path.exists(path)


def check_path(address: str, path: str) -> None:
    """ClusterError unless every worker sees ``path`` (an absolute path that exists here):
    the workers read the files themselves."""
    if not os.path.exists(path):
        return
    client = _connect(address)
    try:
        seen: dict[str, bool] = client.run(_sees, path)
    except Exception as exc:
        raise ClusterError(f"lost the Dask scheduler at {address} ({_reason(exc)})") from None
    blind = sum(not found for found in seen.values())
    if blind:
        raise ClusterError(
            f"{blind} of the {len(seen)} Dask workers cannot see {path}: the workers read the"
            " files themselves, so they need the same paths (a shared filesystem)"
        )


def disconnect() -> None:
    """Close the clients kept for later ingests."""
    while _clients:
        _, client = _clients.popitem()
        client.close()


def _apply(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """On a worker: one chunk."""
    return [fn(item) for item in items]


def map_in_order(
    address: str,
    fn: Callable[[T], R],
    items: Sequence[T],
    on_done: Callable[[int], None] | None = None,
) -> Generator[R, None, None]:
    """``fn`` over ``items`` on the cluster at ``address``, results in item order;
    ``on_done(n)`` after each. ``fn`` must be importable on the workers (a module-level
    function of newsdesk). Closing the generator early (or Ctrl+C) cancels what is left."""
    if not items:
        return
    client = _connect(address)
    threads = max(1, sum(client.nthreads().values()))
    size = max(1, min(CHUNK_MAX, len(items) // (threads * 8)))
    chunks = [(start, min(len(items), start + size)) for start in range(0, len(items), size)]
    yield from _stream(client, address, fn, items, chunks, threads, on_done)


def _stream(
    client: Client,
    address: str,
    fn: Callable[[T], R],
    items: Sequence[T],
    chunks: Sequence[tuple[int, int]],
    threads: int,
    on_done: Callable[[int], None] | None,
) -> Generator[R, None, None]:
    from distributed import as_completed

    window = IN_FLIGHT_PER_THREAD * threads
    pending: dict[Future[Any], int] = {}
    ready: dict[int, list[R]] = {}
    submitted = handed = done = 0
    finished = as_completed(loop=client.loop)

    def top_up() -> None:
        nonlocal submitted
        while submitted < len(chunks) and submitted - handed < window:
            start, end = chunks[submitted]
            future = client.submit(_apply, fn, items[start:end], pure=False)
            pending[future] = submitted
            finished.add(future)
            submitted += 1

    try:
        top_up()
        for future in finished:
            ready[pending.pop(future)] = _result(future, address)
            while handed in ready:
                for result in ready.pop(handed):
                    done += 1
                    yield result
                    if on_done is not None:
                        on_done(done)
                handed += 1
            top_up()
    except BaseException:  # Ctrl+C, the caller stopped early, a failure: stop the rest
        client.cancel(list(pending), force=True)
        raise


def _result(future: Future[Any], address: str) -> Any:
    from distributed import CancelledError, KilledWorker

    try:
        return future.result()
    except ImportError as exc:  # a worker without newsdesk
        raise ClusterError(_no_newsdesk(exc)) from None
    except KilledWorker:
        raise ClusterError(
            f"the Dask workers of {address} died on the same files again and again (out of memory?)"
        ) from None
    except (CancelledError, OSError, TimeoutError) as exc:
        raise ClusterError(f"lost the Dask scheduler at {address} ({_reason(exc)})") from None
