"""Clipboard helpers that work without Textual.

Why: the reader and the briefing's --copy both need to put text on the
clipboard. OSC 52 works over SSH and inside tmux; native tools (wl-copy,
xclip, xsel, pbcopy, clip.exe) cover terminals that ignore OSC 52.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys

_TOOLS: tuple[tuple[str, ...], ...] = (
    ("wl-copy",),
    ("xclip", "-selection", "clipboard"),
    ("xsel", "--clipboard", "--input"),
    ("pbcopy",),
    ("clip.exe",),
)


def osc52_sequence(text: str) -> str:
    """Return the OSC 52 escape that asks the terminal to set the clipboard."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"\x1b]52;c;{payload}\x07"


def copy_native(text: str, timeout: float = 2.0) -> str | None:
    """Copy with the first native tool found; return its name or None."""
    for cmd in _TOOLS:
        if shutil.which(cmd[0]) is None:
            continue
        try:
            subprocess.run(
                list(cmd),
                input=text.encode("utf-8"),
                timeout=timeout,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return cmd[0]
    return None


def copy_text(text: str, *, osc52: bool = True) -> list[str]:
    """Copy text by every available method; return the methods used."""
    used: list[str] = []
    tool = copy_native(text)
    if tool is not None:
        used.append(tool)
    if osc52 and sys.stdout.isatty():
        sys.stdout.write(osc52_sequence(text))
        sys.stdout.flush()
        used.append("OSC 52")
    return used
