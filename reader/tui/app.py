"""Minimal two-pane reader: story list and story view (interim version).

Why: stories are built in a thread worker so the first paint never waits
for the pipeline; story text is shown via rich.text.Text, never markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, OptionList, Static

from reader.model import Story
from reader.textsafe import strip_controls


class ReaderApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Quit")]
    CSS = "OptionList { width: 40%; } #view { width: 60%; } Screen { layout: horizontal; }"

    def __init__(
        self, paths: list[str], *, whole: bool = False, theme_name: str | None = None
    ) -> None:
        super().__init__()
        self._paths = paths
        self._whole = whole
        self._stories: list[Story] = []

    def compose(self) -> ComposeResult:
        yield OptionList(id="list")
        with VerticalScroll(id="view"):
            yield Static(Text("No story selected"), id="body")
        yield Footer()

    def on_mount(self) -> None:
        if self._paths:
            self._load()

    @work(thread=True, exit_on_error=False)
    def _load(self) -> None:
        from reader.pipeline import build_stories

        result = build_stories(self._paths, whole=self._whole)
        self.call_from_thread(self._show, result.stories)

    def _show(self, stories: list[Story]) -> None:
        self._stories = stories
        lst = self.query_one(OptionList)
        lst.add_options([Text(strip_controls(s.title)) for s in stories])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        story = self._stories[event.option_index]
        body = Text(strip_controls(story.title) + "\n\n", style="bold")
        body.append(strip_controls("\n\n".join(story.paragraphs)))
        self.query_one("#body", Static).update(body)
