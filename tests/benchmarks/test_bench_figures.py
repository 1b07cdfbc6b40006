"""benchmarks/bench_figures.py: one round reads BBC-shaped articles and counts their figures;
a whole run with a baseline checkout prints the paired ratio."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.bench_figures import HERE, articles, one_round

ARTICLE = """Acme profits jump

Acme said on Monday that revenue rose 5% to $1.2bn in the quarter.

Profit fell 3% to $80m, and the firm will cut 200 jobs.
"""


def bbc(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "News Articles" / "business"
    folder.mkdir(parents=True)
    for k in range(n):
        (folder / f"{k:03}.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_round_counts_the_stories_and_their_figures(tmp_path: Path) -> None:
    root = bbc(tmp_path, 3)
    assert articles(root, 2) == [[ln for ln in ARTICLE.splitlines()[1:] if ln]] * 2
    result = one_round(root, 3)
    assert result["stories"] == 3 and result["figures"] == 3 * 5 and result["cpu"] >= 0


def test_a_run_against_a_baseline_prints_the_paired_ratio(tmp_path: Path) -> None:
    root = bbc(tmp_path, 2)
    script = str(HERE / "benchmarks" / "bench_figures.py")
    cmd = [sys.executable, script, str(root), "--stories", "2", "--rounds", "2"]
    done = subprocess.run([*cmd, "--baseline", str(HERE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "candidate / baseline CPU:" in done.stdout and "10 figures" in done.stdout
    missing = subprocess.run([*cmd[:2], str(tmp_path / "none")], capture_output=True, text=True)
    assert missing.returncode == 2 and "no 'News Articles'" in missing.stderr
