"""The reader's frame: the footer (help and quit first, so a narrow screen keeps them), the
load status line and the copy notice."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.bindings import PINNED_ACTIONS
from reader.tui.messages import LoadProgress

OSC52 = "OSC 52"
OSC52_HINT = (
    "sent via OSC 52 (works if your terminal/tmux allows it: tmux `set -g set-clipboard on`)"
)


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


def load_status(progress: LoadProgress | None) -> str:
    """ "Loading: 340 of 2,000 files read · 812 stories so far" (or just "Loading…")."""
    if progress is None or progress.total == 0:
        return "Loading…"
    text = f"Loading: {progress.done:,} of {progress.total:,} files read"
    if progress.stories:
        text += f" · {progress.stories:,} stories so far"
    return text


def copied_notice(what: str, methods: list[str]) -> str:
    """What the copy did. OSC 52 cannot be confirmed (the terminal or tmux may drop it), so
    only a native tool that ran counts as a confirmed copy."""
    native = [m for m in methods if m != OSC52]
    if native:
        return f"Copied {what} to the clipboard ({' + '.join(native)}; also sent via OSC 52)"
    return f"{what[0].upper()}{what[1:]} {OSC52_HINT}"
