"""Key binding ids, defaults and user overrides, without Textual.

Why: every binding has a stable id so users can remap it from
config.toml ([keys] id = "key,key2") and the app, its screens, the help screen and the tests
all read the same table. Ids with a dot belong to one screen (``search.open``); the others are
the main screen's. The config file is read with the same regular-file and size rules as inputs
(a FIFO or a device is one line, never a hang), and key values are checked here for their shape
(the UI checks the names against its own key list).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reader.story.load import Problem, read_bytes

CONFIG_MAX_BYTES = 256 * 1024  # a config is a few lines; anything bigger is not one


@dataclass(frozen=True)
class Binding:
    """One remappable action: id, default keys, and a help description."""

    id: str
    keys: str
    description: str

    @property
    def scope(self) -> str:
        """Where the binding acts: "main", or a screen ("search", "related", …)."""
        return self.id.split(".", 1)[0] if "." in self.id else "main"


DEFAULTS: tuple[Binding, ...] = (
    Binding("down", "j,down", "Next story"),
    Binding("up", "k,up", "Previous story"),
    Binding("open", "enter", "Open story"),
    Binding("back", "escape", "Back to the list"),
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
    Binding("date_filter", "d", "Filter by date"),
    Binding("source_filter", "f", "Filter by source"),
    Binding("refresh", "u", "Refresh feeds"),
    Binding("open_link", "o", "Open link in browser"),
    Binding("help", "question_mark", "Help"),
    Binding("quit", "q", "Quit"),
    # the story list (also in the search and related pickers)
    Binding("list.down", "down", "List: next"),
    Binding("list.up", "up", "List: previous"),
    Binding("list.pagedown", "pagedown", "List: page down"),
    Binding("list.pageup", "pageup", "List: page up"),
    Binding("list.home", "home", "List: first"),
    Binding("list.end", "end", "List: last"),
    # screens
    Binding("help.close", "escape,q,question_mark", "Help: close"),
    Binding("search.back", "escape", "Search: back"),
    Binding("search.open", "enter", "Search: open"),
    Binding("search.down", "down", "Search: next"),
    Binding("search.up", "up", "Search: previous"),
    Binding("related.back", "escape", "Related: back"),
    Binding("related.open", "enter", "Related: open"),
    Binding("related.down", "down,j", "Related: next"),
    Binding("related.up", "up,k", "Related: previous"),
    Binding("filter.back", "escape", "Filter: back"),
    Binding("filter.open", "enter", "Filter: choose"),
    Binding("filter.down", "down,j", "Filter: next"),
    Binding("filter.up", "up,k", "Filter: previous"),
    Binding("briefing.close", "escape,q,b", "Briefing: close"),
    Binding("briefing.copy", "c", "Briefing: copy"),
)
DEFAULT_KEYS: dict[str, str] = {b.id: b.keys for b in DEFAULTS}

# A key is one printable character, or a name made of letters, digits and "_", with optional
# modifiers: "j", "G", "?", "ctrl+n", "shift+tab", "question_mark". Markup ("[/]"), spaces and
# a lone "," (the separator) are not keys.
_KEY_NAME = re.compile(r"(?:(?:ctrl|shift|alt|meta|super|hyper)\+)*(?:[A-Za-z0-9_]+|[^\s,])")


class ConfigError(Exception):
    """The config file exists but cannot be used; message is one line."""


def config_path() -> Path:
    """Config file: $NEWSDESK_CONFIG, else the platform user config dir."""
    env = os.environ.get("NEWSDESK_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk")) / "config.toml"


def read_small_text(path: Path, what: str, limit: int = CONFIG_MAX_BYTES) -> str | None:
    """The text of a small regular UTF-8 file; None if it does not exist.

    A FIFO, a device, a directory, a file over ``limit`` or bytes that are not UTF-8 raise
    ``ConfigError`` with one line (nothing blocks: ``reader.story.load.read_bytes`` checks the file
    before it opens it, and opens it without waiting).
    """
    if not os.path.lexists(path):
        return None
    data = read_bytes(str(path))
    if isinstance(data, Problem):
        raise ConfigError(f"cannot read {what} {path}: {data.message}")
    if len(data) > limit:
        raise ConfigError(f"cannot read {what} {path}: larger than {limit // 1024} KiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"cannot read {what} {path}: not UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from None


def load_config(path: Path | None = None) -> dict[str, object]:
    """Read the TOML config; a missing file is an empty config."""
    p = path or config_path()
    text = read_small_text(p, "config")
    if text is None:
        return {}
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"cannot read config {p}: {exc}") from None


def parse_keys(bid: str, value: object) -> str:
    """``value`` as a clean comma-separated key list, or ConfigError saying what is wrong."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"keys.{bid} must be a non-empty string")
    keys = [k.strip() for k in value.split(",")]
    if any(not k for k in keys):
        raise ConfigError(
            f"keys.{bid} = {value!r}: an empty key (write 'comma' for the , key)"[:200]
        )
    for key in keys:
        if not _KEY_NAME.fullmatch(key):
            raise ConfigError(f"keys.{bid}: {key!r} is not a key name"[:200])
    return ",".join(keys)


def resolve_keys(config: dict[str, object] | None = None) -> tuple[dict[str, Binding], list[str]]:
    """Defaults with [keys] overrides applied, and one-line warnings about conflicts.

    A remapped key that another binding of the same screen also has is taken from that binding
    (``star = "j"`` takes ``j`` from ``down``, which keeps ``down``); the warning says so.
    Unknown ids and malformed keys are ConfigErrors.
    """
    result = {b.id: b for b in DEFAULTS}
    keys = (config or {}).get("keys", {})
    if not isinstance(keys, dict):
        raise ConfigError("[keys] must be a table")
    for bid, value in keys.items():
        if bid not in result:
            raise ConfigError(f"unknown key binding id: {bid}"[:200])
        result[bid] = Binding(bid, parse_keys(bid, value), result[bid].description)
    warnings: list[str] = []
    for bid in keys:
        mine = result[bid]
        for other in list(result.values()):
            if other.id == bid or other.scope != mine.scope:
                continue
            shared = [k for k in other.keys.split(",") if k in mine.keys.split(",")]
            if not shared:
                continue
            if other.id in keys:
                warnings.append(f"keys: {', '.join(shared)} is set for both {bid} and {other.id}")
                continue
            left = [k for k in other.keys.split(",") if k not in shared]
            note = "" if left else " (it has no key left; use the palette)"
            warnings.append(
                f"keys: {bid} = {', '.join(shared)} takes it from {other.id} ({other.description})"
                + note
            )
            result[other.id] = Binding(other.id, ",".join(left), other.description)
    return result, warnings


def keymap(config: dict[str, object] | None = None) -> dict[str, Binding]:
    """Defaults with [keys] overrides applied; unknown ids are errors."""
    return resolve_keys(config)[0]
