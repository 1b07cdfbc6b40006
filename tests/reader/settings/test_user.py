"""Settings: one typed object from the config file, the theme choice in settings.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.settings import user as settings_mod
from reader.settings.keymap import ConfigError
from reader.settings.user import Settings, load_settings, migrate_legacy_theme, save_settings


def test_defaults_without_files(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "config.toml")
    assert s.theme is None and s.keys["star"].keys == "s" and not s.saved
    with pytest.raises(AttributeError):
        s.theme = "x"  # type: ignore[misc]  # frozen


def test_keys_and_warnings_from_the_config(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\nstar = "j"\n', encoding="utf-8")
    s = load_settings(cfg)
    assert s.keys["star"].keys == "j" and s.keys["down"].keys == "down"
    assert s.warnings and "takes it from down" in s.warnings[0]


def test_bad_config_is_a_config_error(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\nstar = "[/]"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(cfg)


def test_theme_saved_atomically_and_read_back(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "config.toml").with_theme("newsdesk-light")
    save_settings(s)
    assert json.loads(s.settings_path.read_text(encoding="utf-8")) == {"theme": "newsdesk-light"}
    again = load_settings(tmp_path / "config.toml")
    assert again.theme == "newsdesk-light" and again.saved
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary left


def test_a_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings(config_path=tmp_path / "config.toml", theme="a")
    save_settings(s)

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(settings_mod.SettingsError) as err:
        save_settings(s.with_theme("b"))
    assert "No space left" in str(err.value)
    assert json.loads(s.settings_path.read_text(encoding="utf-8")) == {"theme": "a"}
    assert sorted(os.listdir(tmp_path)) == ["settings.json"]


def test_unreadable_settings_file_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    s = load_settings(tmp_path / "config.toml")
    assert s.theme is None and any("not a JSON object" in w for w in s.warnings)


def test_legacy_theme_moves_once(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "config.toml")
    moved = migrate_legacy_theme(s, "newsdesk-contrast")
    assert moved.theme == "newsdesk-contrast" and moved.settings_path.exists()
    later = load_settings(tmp_path / "config.toml")
    assert migrate_legacy_theme(later, "newsdesk-light").theme == "newsdesk-contrast"
