"""What the near-copy merge keeps of every story it has kept, compactly, or on disk: its sketch (shingle
count and bottom-k hashes, in flat machine-word arrays) and the LSH buckets (hash -> the
stories whose sketch holds it) as sorted numpy arrays. Python objects per story (a tuple of
32 ints, a dict entry and a list per hash) cost ~1.5 kB a story and ~170 bytes a hash; these
cost 8 bytes a hash in the table and 12 in the buckets, so an ingest of 100,000 stories keeps
~70 MB here, not ~700 MB (issue 15: memory at 100k stories within 2x of 1k). Whole
records (the stories themselves) wait in a ``SpillFile`` until they are needed again.

``Buckets`` behaves exactly as the ``dict[int, list[int]]`` it replaces: the same members for
every hash, and the same cap (a hash shared by ``cap`` stories takes no more: boilerplate,
not evidence), so the merge decides exactly as before.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import IO

    import numpy as np
    import numpy.typing as npt

__all__ = ["Buckets", "SketchTable", "SpillFile"]

# (number of shingles, its smallest shingle hashes): ``reader.story.dedupe.Sketch``
Sketch = tuple[int, tuple[int, ...]]


class SketchTable:
    """Sketches by story index, in flat arrays (8 bytes a hash)."""

    def __init__(self) -> None:
        self._sizes = array("q")
        self._keys = array("Q")
        self._starts = array("q", [0])

    def __len__(self) -> int:
        return len(self._sizes)

    def append(self, sketched: Sketch) -> None:
        size, keys = sketched
        self._sizes.append(size)
        self._keys.extend(keys)
        self._starts.append(len(self._keys))

    def __getitem__(self, idx: int) -> Sketch:
        return self._sizes[idx], tuple(self._keys[self._starts[idx] : self._starts[idx + 1]])

    def all(self) -> list[Sketch]:
        return [self[i] for i in range(len(self))]


# Hashes collected in a plain dict before they join the sorted arrays, and the largest sorted
# run: a flush copies one run (at most RUN_MAX entries, 12 bytes each: 3 MB), so memory never holds
# the whole index twice; a lookup searches each run (a few at 100,000 stories).
FLUSH_AT = 1 << 15
RUN_MAX = 1 << 18


class Buckets:
    """hash -> the indexes of the stories holding it (at most ``cap`` of them), appended in
    story order: recent entries in a dict, older ones in sorted (hash, index) array runs."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._recent: dict[int, list[int]] = {}
        self._pending = 0  # entries in _recent
        self._runs: list[tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint32]]] = []

    def lookup(self, keys: Sequence[int]) -> tuple[list[int], list[int]]:
        """The members of each key's bucket, one after another, and each bucket's size."""
        found: list[int] = []
        sizes = [0] * len(keys)
        if self._runs:
            self._from_runs(keys, found, sizes)
        recent = self._recent
        for j, key in enumerate(keys):
            bucket = recent.get(key)
            if bucket:
                found += bucket
                sizes[j] += len(bucket)
        return found, sizes

    def _from_runs(self, keys: Sequence[int], found: list[int], sizes: list[int]) -> None:
        import numpy as np

        wanted = np.array(keys, dtype=np.uint64)
        for hashes, members in self._runs:
            lo = hashes.searchsorted(wanted, "left")
            hi = hashes.searchsorted(wanted, "right")
            for j in np.flatnonzero(hi > lo).tolist():
                a, b = int(lo[j]), int(hi[j])
                found += members[a:b].tolist()
                sizes[j] += b - a

    def add(self, idx: int, keys: Sequence[int], sizes: Sequence[int]) -> None:
        """Put story ``idx`` in the buckets of ``keys`` (``sizes``: theirs, from ``lookup``)
        that are not full."""
        recent = self._recent
        for key, size in zip(keys, sizes, strict=True):
            if size < self.cap:
                bucket = recent.get(key)
                if bucket is None:
                    recent[key] = [idx]
                else:
                    bucket.append(idx)
                self._pending += 1
        if self._pending >= FLUSH_AT:
            self._flush()

    def _flush(self) -> None:
        """Move the recent entries into a sorted run (the last one, while it has room)."""
        import numpy as np

        hashes: list[int] = []
        members: list[int] = []
        for key, bucket in self._recent.items():
            hashes += [key] * len(bucket)
            members += bucket
        self._recent, self._pending = {}, 0
        new_h = np.array(hashes, dtype=np.uint64)
        new_m = np.array(members, dtype=np.uint32)
        order = np.argsort(new_h, kind="stable")
        new_h, new_m = new_h[order], new_m[order]
        if self._runs and len(self._runs[-1][0]) + len(new_h) <= RUN_MAX:
            old_h, old_m = self._runs.pop()
            at = old_h.searchsorted(new_h, "right")
            new_h, new_m = np.insert(old_h, at, new_h), np.insert(old_m, at, new_m)
        self._runs.append((new_h, new_m))


class SpillFile:
    """Records written out and read back by number: each pickled at the end of an unnamed
    temporary file (gone when closed, or when the process ends). 16 bytes a record in memory."""

    def __init__(self) -> None:
        import tempfile

        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._offsets = array("q")
        self._lengths = array("q")
        self._end = 0

    def __len__(self) -> int:
        return len(self._offsets)

    def append(self, record: object) -> int:
        """Write ``record``; its number."""
        import pickle

        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        self._offsets.append(self._end)
        self._lengths.append(len(data))
        self._end += len(data)
        return len(self._offsets) - 1

    def read(self, number: int) -> object:
        import pickle

        self._file.seek(self._offsets[number])
        return pickle.loads(self._file.read(self._lengths[number]))

    def close(self) -> None:
        self._file.close()
