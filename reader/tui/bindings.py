"""Textual bindings from the key table in ``reader.settings.keymap`` (ids, default keys, descriptions).

The app and every screen build their ``BINDINGS`` here, so one table (remappable by id in the
config file) drives them all, and Textual's keymap (``App.set_keymap``) applies the user's
keys to the screens' bindings too. Key names are checked against Textual's names here (the
config module cannot import Textual).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding, BindingType
from textual.keys import REPLACED_KEYS, Keys, key_to_character

from reader.settings.keymap import DEFAULT_KEYS, DEFAULTS
from reader.settings.keymap import Binding as KeyBinding

# main-screen binding id -> action
ACTIONS: dict[str, str] = {
    "down": "cursor(1)",
    "up": "cursor(-1)",
    "open": "open",
    "back": "back_to_list",
    "switch_pane": "switch_pane",
    "top": "top",
    "bottom": "bottom",
    "search": "search",
    "next_unread": "unread(1)",
    "prev_unread": "unread(-1)",
    "toggle_read": "toggle_read",
    "star": "star",
    "copy_summary": "copy_summary",
    "copy_figures": "copy_figures",
    "briefing": "briefing",
    "cycle_theme": "cycle_theme",
    "zen": "zen",
    "related": "related",
    "date_filter": "date_filter",
    "source_filter": "source_filter",
    "refresh": "refresh_feeds",
    "open_link": "open_link",
    "help": "help",
    "quit": "quit",
}
FOOTER_IDS = {"open", "search", "star", "copy_summary", "briefing", "help", "quit"}
PINNED_ACTIONS = ("help", "quit")  # first in the footer: never pushed off a narrow screen
PRIORITY_IDS = {"switch_pane", "search.open", "related.open", "filter.open"}
_MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
_KEY_VALUES = {k.value for k in Keys}


def app_bindings() -> list[BindingType]:
    """The main screen's bindings (the app's): every id without a dot."""
    return [
        Binding(
            b.keys,
            ACTIONS[b.id],
            b.description,
            show=b.id in FOOTER_IDS,
            id=b.id,
            priority=b.id in PRIORITY_IDS,
        )
        for b in DEFAULTS
        if b.scope == "main"
    ]


def screen_bindings(scope: str, actions: Mapping[str, str]) -> list[BindingType]:
    """A screen's (or widget's) bindings: ``actions`` maps the part after ``scope.`` to an
    action; keys and descriptions come from the table."""
    out: list[BindingType] = []
    for name, action in actions.items():
        bid = f"{scope}.{name}"
        description = next(b.description for b in DEFAULTS if b.id == bid)
        out.append(
            Binding(
                DEFAULT_KEYS[bid],
                action,
                description.split(": ", 1)[-1],
                show=name in ("back", "open", "close", "copy"),
                id=bid,
                priority=bid in PRIORITY_IDS,
            )
        )
    return out


def unknown_key(key: str) -> bool:
    """True if Textual has no key of this name (``ctrl+x``, ``f5``, ``question_mark`` are)."""
    *mods, base = key.split("+")
    if any(m not in _MODIFIERS for m in mods) or not base:
        return True
    if len(base) == 1 or base in _KEY_VALUES:
        return False
    return key_to_character(REPLACED_KEYS.get(base, base)) is None


def keymap_changes(keys: Mapping[str, KeyBinding]) -> tuple[dict[str, str], list[str]]:
    """The ids whose keys differ from the defaults (for ``App.set_keymap``), and one-line
    warnings for key names Textual does not know (those keys are left out)."""
    changed: dict[str, str] = {}
    warnings: list[str] = []
    for bid, binding in keys.items():
        if binding.keys == DEFAULT_KEYS.get(bid):
            continue
        names = [k for k in binding.keys.split(",") if k]
        bad = [k for k in names if unknown_key(k)]
        good = [k for k in names if k not in bad]
        if bad:
            kept = "" if good else f" (kept {key_display(DEFAULT_KEYS[bid])})"
            warnings.append(f"keys.{bid}: unknown key {', '.join(bad)}; ignored{kept}")
            if not good:
                continue
        # a binding whose keys were all taken gets one nobody types, so its default stops
        changed[bid] = ",".join(good) or "ctrl+f24"
    return changed, warnings


def key_display(keys: str) -> str:
    return ", ".join(
        k.replace("question_mark", "?").replace("slash", "/") for k in keys.split(",") if k
    )
