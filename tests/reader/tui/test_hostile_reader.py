"""The reader on the hostile corpus: it opens, lists what could be read, reports what could
not, and no escape or control character reaches the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library.store import Library
from reader.tui.app import ReaderApp
from tests.hostile_corpus import FORBIDDEN, build


@pytest.mark.slow
async def test_reader_on_hostile_input(tmp_path: Path, library: Library) -> None:
    corpus = build(tmp_path / "hostile", large=True)
    # the 2,000-file folder is covered by the CLI tests; here it would only add 2,000 rows
    paths = [str(p) for name, p in corpus.items() if name != "wide"] + ["/dev/zero"]
    app = ReaderApp(paths, library=library, include_seeds=False)
    async with app.run_test(size=(100, 30)) as pilot:
        # settle: the ingest's workers post their results and the skip notice; a loaded
        # machine needs more rounds, so wait by rounds (bounded), not by time
        warnings: list[object] = []
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause()
            warnings = [n for n in app._notifications if "skipped" in (n.title or "")]
            if warnings and app.story_list.rows:
                break
        rows = app.story_list.rows
        assert rows, "the readable files gave stories"
        assert warnings, "refused inputs are reported"
        for _ in range(min(len(rows), 40)):
            await pilot.press("j")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.export_screenshot()
            for bad in FORBIDDEN:
                assert bad not in screen
            for part in ("headline", "meta", "summary", "body"):
                text = str(app.story_view.query_one(f"#{part}").render())
                for bad in FORBIDDEN:
                    assert bad not in text, (part, repr(bad))
        assert app.is_running
