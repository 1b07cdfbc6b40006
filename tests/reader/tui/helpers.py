"""Shared pieces of the reader's pilot tests."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from reader.library.store import Library
from reader.settings.user import Settings
from reader.tui.app import ReaderApp


def make_app(paths: list[str], library: Library, **kw: object) -> ReaderApp:
    """The reader over ``library``, recording every notification (they expire on screen)."""
    app = ReaderApp(paths, library=library, include_seeds=False, **kw)  # type: ignore[arg-type]
    seen: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message: str, **options: Any) -> None:
        seen.append((str(message), str(options.get("severity", "information"))))
        notify(message, **options)

    app.notify = recording  # type: ignore[method-assign]
    app._seen_notices = seen  # type: ignore[attr-defined]
    return app


async def settle(pilot: Pilot[None], *, failures_ok: bool = False) -> None:
    """Let the workers finish and their messages arrive; ``failures_ok``: a worker that
    failed (and was handled by the app) does not fail the test. A worker the app cancels while
    this waits (an exclusive group's older run: the enrichment of a story no longer shown) is
    done, not a failure: the loop waits again for those still running."""
    from textual.worker import WorkerCancelled, WorkerFailed

    for _ in range(10):  # a finished worker's message may start another (a load: the leads)
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerFailed:
            if not failures_ok:
                raise
        except WorkerCancelled:
            pass  # (cancelled by the app itself under load; see the docstring)
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            await pilot.pause()
            return


def notices(app: ReaderApp, severity: str | None = None) -> list[str]:
    seen: list[tuple[str, str]] = app._seen_notices  # type: ignore[attr-defined]
    return [m for m, s in seen if severity is None or s == severity]


def settings_from(config: str, tmp_dir: object) -> Settings:
    from pathlib import Path

    from reader.settings.user import load_settings

    path = Path(str(tmp_dir)) / "config.toml"
    path.write_text(config, encoding="utf-8")
    return load_settings(path)
