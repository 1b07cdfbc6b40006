"""The reader's frame: the load status line and the copy notice (the footer is in
``footer``, imported after the first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.tui.messages import LoadProgress

OSC52 = "OSC 52"
OSC52_HINT = (
    "sent via OSC 52 (works if your terminal/tmux allows it: tmux `set -g set-clipboard on`)"
)


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
