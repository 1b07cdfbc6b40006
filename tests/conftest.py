"""Every test runs with its own library and config dir: nothing touches the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    base: Path = tmp_path_factory.mktemp("newsdesk-env")
    monkeypatch.setenv("NEWSDESK_HOME", str(base / "home"))
    monkeypatch.setenv("NEWSDESK_CONFIG", str(base / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
