from pathlib import Path

from reader.tui.app import ReaderApp


async def test_loads_and_shows_story(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Acme buys Widgets\n\nAcme said on Monday it would buy Widgets Inc for $3 billion.\n"
    )
    app = ReaderApp([str(f)])
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app._stories
        await pilot.press("down")
        await pilot.press("q")
