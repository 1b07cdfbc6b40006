"""kill -9 of a pooled ingest's parent leaves no worker, forkserver or resource tracker behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile_corpus import STORY

PARENT = """
import sys
from reader.ingest_work import split_files

if __name__ == "__main__":
    jobs = [(p, p) for p in sys.argv[1:]]
    for n, _ in enumerate(split_files(jobs, False), 1):
        if n == 1:
            print("pooled", flush=True)
            sys.stdin.read()  # wait here, the pool up, until the test kills us
"""


def group_members(pgid: int) -> list[int]:
    """Live processes in process group ``pgid`` (zombies excluded)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state != "Z":
            found.append(int(entry))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    paths = []
    for k in range(30):
        path = tmp_path / f"{k:02d}.txt"
        path.write_text((STORY + "\n\n") * 60)  # 30 files, ~1 MB: the pool is used
        paths.append(str(path))
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    proc = subprocess.Popen(
        [sys.executable, str(script), *paths],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=True,  # its own process group: the workers are found by pgid
        cwd=Path(__file__).resolve().parents[2],
    )
    pgid = proc.pid
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"pooled"
        assert len(group_members(pgid)) >= 3  # parent, forkserver, workers (+ tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = group_members(pgid)
        for _ in range(100):  # a bounded number of polls, 0.1 s apart
            if not left:
                break
            time.sleep(0.1)
            left = group_members(pgid)
        assert not left, f"still running after the parent died: {left}"
    finally:
        for pid in group_members(pgid):
            os.kill(pid, signal.SIGKILL)
