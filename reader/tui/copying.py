"""The reader's copy actions: the summary or key figures of the story on screen as Markdown,
put on the clipboard twice over (OSC 52 from the terminal, and the system's own tools from a
worker), with one notice saying where it went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from reader.model import Story
from reader.tui.chrome import copied_notice
from reader.tui.mixin import AppMixin
from reader.tui.story_view import StoryView

if TYPE_CHECKING:  # imported when first used, after the first paint
    from reader.tui.messages import Copied, CopyRequested


class CopyActions(AppMixin):
    """Mixed into ``ReaderApp``."""

    story_view: StoryView

    def _current_story(self) -> Story | None:
        story: Story | None = getattr(self.story_view, "story", None)
        if story is None or story.summary is None:
            self.notify("The summary is still being computed", markup=False)
            return None
        return story

    def action_copy_summary(self) -> None:
        from reader.output.clipboard_markdown import summary_markdown

        story = self._current_story()
        if story is not None:
            self.copy_text("the summary", summary_markdown(story))

    def action_copy_figures(self) -> None:
        from reader.output.clipboard_markdown import figures_markdown

        story = self._current_story()
        if story is not None:
            self.copy_text("the key figures", figures_markdown(story))

    def copy_text(self, what: str, text: str) -> None:
        self.copy_to_clipboard(text)  # OSC 52: works over SSH and inside tmux, if allowed
        self._copy_native(what, text)

    @work(thread=True, exit_on_error=False, group="copy")
    def _copy_native(self, what: str, text: str) -> None:
        from reader.tui import workers

        self.post_message(workers.copy_native(what, text))

    def on_copy_requested(self, message: CopyRequested) -> None:
        self.copy_text(message.what, message.text)

    def on_copied(self, message: Copied) -> None:
        self.notify(copied_notice(message.what, message.methods), markup=False, timeout=8)
