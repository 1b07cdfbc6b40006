"""Key binding ids, defaults and user overrides, without Textual.

Why: every binding has a stable id so users can remap it from
config.toml ([keys] id = "key,key2") and the app, help screen and tests
all read the same table.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Binding:
    """One remappable action: id, default keys, and a help description."""

    id: str
    keys: str
    description: str


DEFAULTS: tuple[Binding, ...] = (
    Binding("down", "j,down", "Next story"),
    Binding("up", "k,up", "Previous story"),
    Binding("open", "enter", "Open story"),
    Binding("switch_pane", "tab", "Switch pane"),
    Binding("top", "g,home", "Top"),
    Binding("bottom", "G,end", "Bottom"),
    Binding("search", "slash", "Search"),
    Binding("next_unread", "n", "Next unread"),
    Binding("prev_unread", "N", "Previous unread"),
    Binding("toggle_read", "r", "Toggle read"),
    Binding("star", "s", "Star"),
    Binding("copy_summary", "c", "Copy summary"),
    Binding("copy_figures", "y", "Copy figures"),
    Binding("briefing", "b", "Briefing preview"),
    Binding("cycle_theme", "t", "Cycle theme"),
    Binding("zen", "z", "Zen mode"),
    Binding("related", "R", "Related stories"),
    Binding("help", "question_mark", "Help"),
    Binding("quit", "q", "Quit"),
)


class ConfigError(Exception):
    """The config file exists but cannot be used; message is one line."""


def config_path() -> Path:
    """Config file: $NEWSDESK_CONFIG, else the platform user config dir."""
    env = os.environ.get("NEWSDESK_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk")) / "config.toml"


def load_config(path: Path | None = None) -> dict[str, object]:
    """Read the TOML config; a missing file is an empty config."""
    p = path or config_path()
    try:
        with p.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {p}: {exc}") from None


def keymap(config: dict[str, object] | None = None) -> dict[str, Binding]:
    """Defaults with [keys] overrides applied; unknown ids are errors."""
    result = {b.id: b for b in DEFAULTS}
    keys = (config or {}).get("keys", {})
    if not isinstance(keys, dict):
        raise ConfigError("[keys] must be a table")
    for bid, value in keys.items():
        if bid not in result:
            raise ConfigError(f"unknown key binding id: {bid}")
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"keys.{bid} must be a non-empty string")
        cleaned = ",".join(k.strip() for k in value.split(",") if k.strip())
        result[bid] = Binding(bid, cleaned, result[bid].description)
    return result
