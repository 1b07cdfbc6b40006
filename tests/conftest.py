"""Every test runs with its own library and config dir: nothing touches the user's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The suite (and CI) runs the property tests on a fixed seed so that a run is reproducible;
# `HYPOTHESIS_PROFILE=explore make test` searches new random examples (see README).
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    base: Path = tmp_path_factory.mktemp("newsdesk-env")
    monkeypatch.setenv("NEWSDESK_HOME", str(base / "home"))
    monkeypatch.setenv("NEWSDESK_CONFIG", str(base / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
