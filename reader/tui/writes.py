"""The reader's writes: read and star marks, and settings (the theme among them). Each shows
at once and is saved by the write worker on a connection of its own (``writer``), so the
screen's reads never wait behind a write; a refused write comes back to
``ReaderApp.on_worker_state_changed``, which retries it or undoes it on screen."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import work
from textual.worker import Worker

from reader import desk
from reader.library.queries import StoryRow
from reader.library.store import Library
from reader.settings.user import Settings
from reader.tui.mixin import AppMixin
from reader.tui.story_list import StoryList
from reader.tui.theming import DEFAULT_THEME

if TYPE_CHECKING:
    from reader.tui.messages import WriteJob


class WriteActions(AppMixin):
    """Mixed into ``ReaderApp``."""

    library: Library
    settings: Settings
    story_list: StoryList
    theme_names: list[str]
    _writer_library: Library | None
    _writer_lock: threading.Lock
    _pending: dict[Worker[Any], WriteJob]

    def writer(self) -> Library:
        """The library for writes (in workers): its own connection for a file, so the reads
        of the screen never wait behind a write that waits for a busy file."""
        with self._writer_lock:
            if self._writer_library is None:
                if self.library.path == ":memory:":
                    self._writer_library = self.library
                else:
                    self._writer_library = desk.second_connection(self.library)
            return self._writer_library

    @work(thread=True, exit_on_error=False, group="write")
    def _run_write(self, job: WriteJob) -> None:
        from reader.tui.messages import Written

        job.run()
        self.post_message(Written(job.what))

    def write(self, job: WriteJob) -> None:
        """Run a write in the write worker; a failure comes back to ``_write_failed``."""
        self._pending[self._run_write(job)] = job

    def _set_state(
        self, row: StoryRow, *, read: bool | None = None, star: bool | None = None
    ) -> None:
        """Show the change at once; save it in the write worker (undone if it cannot be)."""
        from reader.tui.messages import WriteJob

        if read is not None:
            self.story_list.patch(row.id, read=read)
            self.write(
                WriteJob(
                    "the read mark",
                    lambda: self.writer().set_read(row.id, read),
                    lambda: self.story_list.patch(row.id, read=row.read),
                )
            )
        if star is not None:
            self.story_list.patch(row.id, starred=star)
            self.write(
                WriteJob(
                    "the star",
                    lambda: self.writer().set_starred(row.id, star),
                    lambda: self.story_list.patch(row.id, starred=row.starred),
                )
            )

    def action_toggle_read(self) -> None:
        row = self.story_list.current
        if row is not None:
            self._set_state(row, read=not row.read)

    def action_star(self) -> None:
        row = self.story_list.current
        if row is not None:
            self._set_state(row, star=not row.starred)
            self.notify("Starred" if not row.starred else "Unstarred", markup=False)

    def action_cycle_theme(self) -> None:
        names = self.theme_names or [DEFAULT_THEME]
        index = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(index + 1) % len(names)]
        self._save_settings(self.settings.with_theme(self.theme))
        self.notify(f"Theme: {self.theme}", markup=False)

    def _save_settings(self, settings: Settings) -> None:
        from reader.settings.user import save_settings
        from reader.tui.messages import WriteJob

        self.settings = settings
        self.write(WriteJob("the settings", lambda: save_settings(settings)))
