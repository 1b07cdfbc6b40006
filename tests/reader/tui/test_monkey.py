"""Monkey test: random keys and clicks through every screen, no exception.

The suite runs 250 steps to keep CI fast; ``NEWSDESK_MONKEY_STEPS=3000 pytest -k monkey``
runs thousands (done before each release).
"""

from __future__ import annotations

import os
import random

import pytest

from reader.library.store import Library
from reader.tui.app import ReaderApp

KEYS = [
    "j", "k", "up", "down", "enter", "tab", "g", "G", "n", "N", "r", "s", "c", "y", "b",
    "t", "z", "R", "question_mark", "slash", "escape", "escape", "pageup", "pagedown",
    "home", "end", "a", "x", "1", "space", "backspace", "ctrl+p", "left", "right",
]  # fmt: skip


@pytest.mark.slow
async def test_random_keys_and_clicks(
    articles: list[str], library: Library, monkeypatch: object
) -> None:
    import reader.output.clipboard

    monkeypatch.setattr(reader.output.clipboard, "copy_native", lambda text, timeout=2.0: None)  # type: ignore[attr-defined]
    rng = random.Random(20261123)
    app = ReaderApp(articles, library=library, include_seeds=False)
    async with app.run_test(size=(90, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for step in range(int(os.environ.get("NEWSDESK_MONKEY_STEPS", "250"))):
            if rng.random() < 0.15:
                await pilot.click(offset=(rng.randrange(90), rng.randrange(30)))
            else:
                await pilot.press(rng.choice(KEYS))
            if step % 100 == 0:
                await app.workers.wait_for_complete()
                await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        # the library is still sound and answers
        assert library.count() == 3
