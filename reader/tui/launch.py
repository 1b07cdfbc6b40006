"""Start the reader on an open library; the command line (``reader.cli.read``) has already
checked the arguments, the terminal and the settings. The exit status is the app's."""

from __future__ import annotations

from reader.library.store import Library
from reader.settings.user import Settings


def launch(
    paths: list[str],
    *,
    whole: bool,
    theme: str | None,
    library: Library,
    settings: Settings,
) -> int:
    """Run the app until it exits; its return code (1 after a crash, 0 after quitting, 129 when
    its terminal went away: tui.hangup)."""
    from reader.tui.app import ReaderApp

    app = ReaderApp(paths, whole=whole, theme_name=theme, library=library, settings=settings)
    try:
        app.run()
    finally:
        library.close()
    return app.return_code or 0
