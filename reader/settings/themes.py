"""Load theme data files (themes/*.toml) into plain dicts, without Textual.

Why: themes are data so users can add their own (config dir themes/
folder); the TUI turns these dicts into textual.theme.Theme objects (and checks the colours,
which only Textual can parse). A file that cannot be used is skipped with a one-line problem;
the other themes still load. Files are read with the same regular-file and size rules as
inputs: a FIFO or a device named ``x.toml`` is a problem, never a hang.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from reader.settings.keymap import ConfigError, read_small_text
from reader.settings.resources import themes_dir

COLOUR_FIELDS = (
    "primary", "secondary", "accent", "foreground", "background",
    "surface", "panel", "success", "warning", "error",
)  # fmt: skip
_FIELDS = {"name", "dark", "variables", *COLOUR_FIELDS}
THEME_MAX_BYTES = 64 * 1024


class ThemeError(Exception):
    """A theme file cannot be used; message is one line."""


def check_theme(data: dict[str, object], where: str) -> dict[str, object]:
    """The fields textual.theme.Theme accepts, with their types checked (ThemeError if not)."""
    if not isinstance(data.get("name"), str) or not str(data["name"]).strip():
        raise ThemeError(f"theme {where} needs a string 'name'")
    if not isinstance(data.get("primary"), str):
        raise ThemeError(f"theme {where} needs a string 'primary'")
    for key in COLOUR_FIELDS:
        if key in data and not isinstance(data[key], str):
            raise ThemeError(f"theme {where}: {key} must be a colour string, not {data[key]!r}")
    if "dark" in data and not isinstance(data["dark"], bool):
        raise ThemeError(f"theme {where}: dark must be true or false")
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in variables.items()
    ):
        raise ThemeError(f"theme {where}: [variables] values must be strings")
    return {k: v for k, v in data.items() if k in _FIELDS}


def load_theme(path: Path) -> dict[str, object]:
    """Parse one theme file; keep only fields textual.theme.Theme accepts."""
    try:
        text = read_small_text(path, "theme", THEME_MAX_BYTES)
        if text is None:
            raise ThemeError(f"cannot read theme {path}: no such file")
        data = tomllib.loads(text)
    except ConfigError as exc:
        raise ThemeError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ThemeError(f"cannot read theme {path}: {exc}") from None
    return check_theme(data, str(path))


def load_theme_files(
    extra_dirs: list[Path] | None = None,
) -> tuple[dict[str, dict[str, object]], list[str]]:
    """Bundled themes then user themes (later ones override by name), and one-line problems
    for the files that were skipped."""
    out: dict[str, dict[str, object]] = {}
    problems: list[str] = []
    for folder in [themes_dir(), *(extra_dirs or [])]:
        try:
            if not folder.is_dir():
                continue
            paths = sorted(folder.glob("*.toml"))
        except OSError as exc:
            problems.append(f"cannot list themes in {folder}: {exc.strerror or exc}")
            continue
        for path in paths:
            try:
                theme = load_theme(path)
            except ThemeError as exc:
                problems.append(f"{exc}; skipped")
                continue
            out[str(theme["name"])] = theme
    return out, problems


def load_themes(extra_dirs: list[Path] | None = None) -> dict[str, dict[str, object]]:
    """Every theme that loads (see ``load_theme_files`` for the problems)."""
    return load_theme_files(extra_dirs)[0]
