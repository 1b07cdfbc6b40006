"""Load theme data files (themes/*.toml) into plain dicts, without Textual.

Why: themes are data so users can add their own (config dir themes/
folder); the TUI turns these dicts into textual.theme.Theme objects.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from reader.settings.resources import themes_dir

_FIELDS = {
    "name", "dark", "primary", "secondary", "accent", "foreground", "background",
    "surface", "panel", "success", "warning", "error", "variables",
}  # fmt: skip


class ThemeError(Exception):
    """A theme file cannot be used; message is one line."""


def load_theme(path: Path) -> dict[str, object]:
    """Parse one theme file; keep only fields textual.theme.Theme accepts."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ThemeError(f"cannot read theme {path}: {exc}") from None
    if not isinstance(data.get("name"), str) or not isinstance(data.get("primary"), str):
        raise ThemeError(f"theme {path} needs string 'name' and 'primary'")
    return {k: v for k, v in data.items() if k in _FIELDS}


def load_themes(extra_dirs: list[Path] | None = None) -> dict[str, dict[str, object]]:
    """Bundled themes then user themes (later ones override by name)."""
    out: dict[str, dict[str, object]] = {}
    for folder in [themes_dir(), *(extra_dirs or [])]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            theme = load_theme(path)
            out[str(theme["name"])] = theme
    return out
