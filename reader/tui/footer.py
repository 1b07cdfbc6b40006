"""The reader's footer, mounted after the first paint (its key widgets cost a frame's styling,
and importing Textual's footer is not needed before): help and quit first, so a narrow screen
keeps them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.bindings import PINNED_ACTIONS


class LateFooter(Footer):
    """A footer mounted after the first paint: it reads the bindings as it mounts, since the
    screen announced them before it existed (Textual also runs Footer.on_mount). Help and quit
    come first: a narrow terminal cuts the footer on the right."""

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        pinned = [w for w in widgets if isinstance(w, FooterKey) and w.action in PINNED_ACTIONS]
        pinned.sort(key=lambda w: PINNED_ACTIONS.index(w.action))
        yield from pinned
        yield from (w for w in widgets if w not in pinned)
