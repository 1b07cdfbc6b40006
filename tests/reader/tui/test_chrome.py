"""Issue 11 item 20: copying says "copied" only when a native tool confirmed it."""

from __future__ import annotations

import pytest

from reader.library.store import Library
from reader.tui.chrome import copied_notice
from tests.reader.tui.helpers import make_app, notices, settle


def test_osc52_alone_is_not_called_a_copy() -> None:
    text = copied_notice("the summary", ["OSC 52"])
    assert text.startswith("The summary sent via OSC 52")
    assert "set -g set-clipboard on" in text and "Copied" not in text
    confirmed = copied_notice("the summary", ["OSC 52", "wl-copy"])
    assert confirmed.startswith("Copied the summary to the clipboard (wl-copy")


@pytest.mark.parametrize("tool", [None, "xclip"])
async def test_copy_notice_in_the_reader(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch, tool: str | None
) -> None:
    import reader.output.clipboard

    monkeypatch.setattr(reader.output.clipboard, "copy_native", lambda text, timeout=2.0: tool)
    app = make_app(articles, library)
    monkeypatch.setattr(app, "copy_to_clipboard", lambda text: None)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
    said = [n for n in notices(app) if "summary" in n]
    assert len(said) == 1
    if tool is None:
        assert "sent via OSC 52" in said[0] and "set-clipboard on" in said[0]
    else:
        assert said[0].startswith("Copied the summary to the clipboard (xclip")
