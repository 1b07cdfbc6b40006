"""Modal screens: help, search (results as you type), briefing preview, related stories, and
the list's date and source filters.

Screens post messages (SearchRequested, CopyRequested) and answer with ``dismiss``; they never
call the app's methods. Their bindings come from the key table (remappable by id). Their
layout is ``BoxScreen.DEFAULT_CSS``, not the app's stylesheet: Textual parses it when the
first of them opens, so the reader's first frame does not parse (nor match) their rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from reader.library.queries import SEARCH_LIMIT, StoryRow
from reader.text.safe import clean_line, stories_count
from reader.tui.bindings import key_display, screen_bindings
from reader.tui.messages import CopyRequested, SearchRequested
from reader.tui.story_list import StoryList

if TYPE_CHECKING:
    from reader.settings.keymap import Binding as KeyBinding

Answer = TypeVar("Answer")


class BoxScreen(ModalScreen[Answer]):
    """A modal screen whose content sits in one ``.modal-box`` (the app's stylesheet keeps
    the rule for every ModalScreen, the command palette's too)."""

    SCOPED_CSS = False  # the rules below read the app's classes (-narrow) above the screen
    DEFAULT_CSS = """
    .modal-box {
        width: 90%;
        max-width: 110;
        height: 80%;
        padding: 1 2;
        border: round $primary;
        background: $surface;
    }
    #search-box Input {
        margin-bottom: 1;
    }
    #search-results, #related-results {
        height: 1fr;
        border: none;
    }
    #choice-box {
        max-width: 70;
        height: auto;
        max-height: 80%;
    }
    #choice-list {
        height: auto;
        max-height: 100%;
        border: none;
    }
    /* below 90 columns (the app sets -narrow): the whole screen */
    .-narrow .modal-box {
        width: 100%;
        height: 100%;
        padding: 0 1;
    }
    /* Markdown headings are as wide as their text by default, so a narrow box cut them */
    #briefing-md MarkdownHeader, #briefing-status, #search-status {
        width: 100%;
    }
    """


class HelpScreen(BoxScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = screen_bindings("help", {"close": "dismiss"})

    def __init__(self, bindings: list[KeyBinding], config_path: str) -> None:
        super().__init__()
        self._key_bindings = bindings
        self._config = config_path

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold")
        table.add_column("Keys", no_wrap=True)
        table.add_column("Action")
        table.add_column("Id", style="dim")
        for b in self._key_bindings:
            table.add_row(Text(key_display(b.keys)), Text(b.description), Text(b.id))
        with VerticalScroll(id="help-box", classes="modal-box"):
            yield Label(Text("newsdesk — keys", style="bold"))
            yield Static(table)
            yield Static(
                Text(
                    f'Remap in {clean_line(self._config)}:  [keys] star = "s,x"\n'
                    "Mouse: click a story to select it, double-click to open; wheel scrolls.\n"
                    "Every action is also in the command palette (ctrl+p).",
                    style="dim",
                )
            )


class PickerScreen(BoxScreen[str | None]):
    """A list to pick from: enter (or a double click) answers the highlighted entry's key,
    escape answers None. The search and related screens pick a story (its id) from a story
    list; ``ChoiceScreen`` picks a filter from a list of options."""

    LIST_ID = "picker-results"

    def action_move(self, delta: int) -> None:
        self.query_one(StoryList).move(delta)

    def highlighted(self) -> str | None:
        """The key of the entry under the cursor (None: the list is empty)."""
        row = self.query_one(StoryList).current
        return row.id if row is not None else None

    def action_choose(self) -> None:
        self.dismiss(self.highlighted())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_story_list_selected(self, event: StoryList.Selected) -> None:
        event.stop()
        self.dismiss(event.row.id)

    def on_story_list_highlighted(self, event: StoryList.Highlighted) -> None:
        event.stop()


PICKER_ACTIONS = {"back": "cancel", "open": "choose", "down": "move(1)", "up": "move(-1)"}


class ChoiceScreen(PickerScreen):
    """Pick one of ``choices`` ((key, label) pairs): the list's date or source filter.
    Labels are text (a feed's title is data, never markup); ``current`` starts highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = screen_bindings("filter", PICKER_ACTIONS)

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str | None) -> None:
        super().__init__()
        self._title = title
        self._keys = [key for key, _ in choices]
        self._labels = [label for _, label in choices]
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-box", classes="modal-box"):
            yield Label(Text(self._title, style="bold"))
            yield OptionList(
                *(
                    Option(Text(clean_line(label)), id=f"c{i}")
                    for i, label in enumerate(self._labels)
                ),
                id="choice-list",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self._current in self._keys:
            options.highlighted = self._keys.index(self._current)
        options.focus()

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def highlighted(self) -> str | None:
        index = self.query_one(OptionList).highlighted
        return self._keys[index] if index is not None and index < len(self._keys) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._keys[event.option_index])


class SearchScreen(PickerScreen):
    """Type to search; enter opens the highlighted result, escape goes back."""

    BINDINGS: ClassVar[list[BindingType]] = screen_bindings("search", PICKER_ACTIONS)

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="modal-box"):
            yield Input(placeholder="Search titles and text…", id="search-input")
            yield Label("", id="search-status")
            yield StoryList(id="search-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchRequested(event.value))

    def show_results(self, query: str, rows: list[StoryRow], loading: str | None = None) -> None:
        """The answer to ``query``; ``loading`` says how far a load still running has got
        (then no match is not the last word)."""
        if query != self.query_one(Input).value:
            return  # an older query answered late
        status = stories_count(len(rows)) if query.strip() else ""
        if len(rows) >= SEARCH_LIMIT:
            status = f"the first {stories_count(len(rows))}: titles, then text, newest first"
        if query.strip() and not rows:
            status = "No matches"
        if loading and query.strip():
            found = f"{stories_count(len(rows))} so far" if rows else "No matches yet"
            status = f"{found}: still loading ({loading.removeprefix('Loading: ')})"
        self.query_one("#search-status", Label).update(Text(status, style="dim"))
        self.query_one(StoryList).set_rows(rows)


class BriefingScreen(BoxScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = screen_bindings(
        "briefing", {"close": "dismiss", "copy": "copy"}
    )

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="briefing-box", classes="modal-box"):
            yield Label(Text("Compiling the briefing…", style="dim italic"), id="briefing-status")
            yield Markdown("", id="briefing-md")

    def show(self, markdown: str, stories: int) -> None:
        self.markdown = markdown
        self.query_one("#briefing-status", Label).update(
            Text(f"Briefing preview · {stories_count(stories)} · c copies it", style="dim")
        )
        self.query_one(Markdown).update(markdown)

    def action_copy(self) -> None:
        text = getattr(self, "markdown", "")
        if text:
            self.post_message(CopyRequested("the briefing", text))


class RelatedScreen(PickerScreen):
    BINDINGS: ClassVar[list[BindingType]] = screen_bindings("related", PICKER_ACTIONS)

    def __init__(self, title: str, rows: list[StoryRow]) -> None:
        super().__init__()
        self._title = title
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="related-box", classes="modal-box"):
            yield Label(Text("Related to: " + clean_line(self._title), style="bold"))
            if not self._rows:
                yield Label(Text("No related stories found.", style="dim"))
            yield StoryList(id="related-results")

    def on_mount(self) -> None:
        self.query_one(StoryList).set_rows(self._rows)
        self.query_one(StoryList).focus()
