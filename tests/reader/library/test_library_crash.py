"""Crash safety: a process killed with SIGKILL right after a star/read change loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.desk import ingest
from reader.library.store import Library

CHILD = """
import sys
from reader.library.store import Library
lib = Library.open(sys.argv[1])
sid = sys.argv[2]
lockstep = sys.argv[3] == "lockstep"
n = 0
while True:
    n += 1
    lib.set_starred(sid, n % 2 == 1)
    lib.set_read(sid, n % 3 == 0)
    print(n, flush=True)
    if lockstep:
        sys.stdin.readline()  # wait: the parent kills us here, right after the change
"""


def test_kill_9_after_changes_keeps_the_last_committed_state(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    article = tmp_path / "a.txt"
    article.write_text(
        "The port authority said cargo volumes rose in October as new cranes came online.\n\n"
        "Officials expect the busy season to last into the new year, the authority said.",
        encoding="utf-8",
    )
    with Library.open(db) as lib:
        sid = ingest(lib, [str(article)]).ids[0]
    for round_ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), sid, "lockstep"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        for step in range(1, 3 + round_ * 2):
            if step > 1:
                child.stdin.write("\n")
                child.stdin.flush()
            last = int(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        with Library.open(db) as lib:
            assert lib.state(sid) == (last % 3 == 0, last % 2 == 1), (round_, last)
        _check_integrity(db)
    # and killed mid-write, at arbitrary moments: the file stays sound
    for delay in (0.05, 0.1, 0.2, 0.3):
        writer = subprocess.Popen([sys.executable, "-c", CHILD, str(db), sid, "free"],
                                  stdout=subprocess.DEVNULL)  # fmt: skip
        time.sleep(delay + 0.3)  # interpreter start-up, then writes
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        _check_integrity(db)
        with Library.open(db) as lib:
            lib.set_starred(sid, True)
            assert lib.state(sid)[1] is True


def _check_integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
