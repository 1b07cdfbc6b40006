"""The reader's settings as one typed object, without Textual.

Two files in the config dir: ``config.toml`` (the user writes it: ``[keys]``) and
``settings.json`` (the reader writes it: the theme chosen with ``t`` or ``--theme``). The
second is written atomically (a temporary file, fsync, rename), so a crash never leaves half
of it. A theme saved by an older newsdesk in the library's settings table is moved here once.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from reader.settings.keymap import (
    DEFAULTS,
    Binding,
    ConfigError,
    config_path,
    load_config,
    read_small_text,
)
from reader.settings.keymap import resolve_keys as _resolve_keys

SETTINGS_FILE = "settings.json"


class SettingsError(Exception):
    """The settings file cannot be written; message is one line."""


def _default_keys() -> Mapping[str, Binding]:
    return MappingProxyType({b.id: b for b in DEFAULTS})


@dataclass(frozen=True)
class Settings:
    """Everything the reader is told by the user: keys, theme, where they live."""

    keys: Mapping[str, Binding] = field(default_factory=_default_keys)
    theme: str | None = None
    config_path: Path = field(default_factory=config_path)
    warnings: tuple[str, ...] = ()  # one line each: shown once the reader is up
    saved: bool = False  # settings.json existed (so no legacy migration)

    @property
    def settings_path(self) -> Path:
        return self.config_path.parent / SETTINGS_FILE

    def with_theme(self, theme: str | None) -> Settings:
        return replace(self, theme=theme)


def load_settings(path: Path | None = None) -> Settings:
    """The config file's keys and the saved choices; ConfigError (one line) if the config file
    cannot be used. An unreadable settings.json is a warning, not an error: it only holds
    choices the reader makes again."""
    cfg_path = path or config_path()
    keys, warnings = _resolve_keys(load_config(cfg_path))
    settings = Settings(MappingProxyType(keys), None, cfg_path, tuple(warnings))
    saved_path = settings.settings_path
    try:
        text = read_small_text(saved_path, "settings")
    except ConfigError as exc:
        return replace(settings, warnings=(*settings.warnings, str(exc)))
    if text is None:
        return settings
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        warning = f"settings {saved_path}: not a JSON object; ignored"
        return replace(settings, warnings=(*settings.warnings, warning), saved=True)
    theme = data.get("theme")
    return replace(settings, theme=theme if isinstance(theme, str) else None, saved=True)


def save_settings(settings: Settings) -> None:
    """Write the reader's choices to settings.json atomically; SettingsError if it cannot."""
    target = settings.settings_path
    payload = json.dumps({"theme": settings.theme}, indent=2) + "\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise SettingsError(f"cannot save settings to {target}: {exc.strerror or exc}") from None


def migrate_legacy_theme(settings: Settings, legacy_theme: str | None) -> Settings:
    """Settings with the theme an older newsdesk kept in the library, when settings.json does
    not exist yet (then it is written, so this happens once)."""
    if settings.saved or not legacy_theme:
        return settings
    moved = replace(settings, theme=settings.theme or legacy_theme, saved=True)
    save_settings(moved)
    return moved
