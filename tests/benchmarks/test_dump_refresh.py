from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import reader.sources.refresh_work as work_module
from benchmarks.dump_refresh import main
from tests.benchmarks.one_line import assert_one_line_error


def test_dumps_a_refreshed_library_with_the_copies_merged(tmp_path: Path) -> None:
    spare_cores = work_module.spare_cores
    out = tmp_path / "out.jsonl"
    args = ["--feeds", "3", "--items", "2", "--copies", "2", "--workers", "0", "--enrich", "2"]
    assert main([str(out), *args]) == 0
    assert work_module.spare_cores is spare_cores  # put back
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    tables = [row[0] for row in rows]
    # 3 feeds of 2 items, then a copy and a near-copy of the first feed's 2 items
    assert tables.count("stories") == 6 and tables.count("sources") == 10
    assert tables.count("feeds") == 5 and tables.count("feed_items") == 10
    assert tables.count("body_fts") == tables.count("title_fts") == 6
    enriched = [row[1] for row in rows if row[0] == "enriched"]
    assert len(enriched) == 2 and all(s["summary"] for s in enriched)
    urls = [row[2] for row in rows if row[0] == "feeds"]  # without the ports, which vary
    assert all(re.fullmatch(r"http://127\.0\.0\.\d+/feed/\d+", url) for url in urls), urls


@pytest.mark.parametrize("args", [["--bbc", "/nonexistent"], ["--feeds", "0"], ["--workers", "-1"]])
def test_bad_arguments_are_a_one_line_error(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_error(main([str(tmp_path / "out.jsonl"), *args]), capsys)
