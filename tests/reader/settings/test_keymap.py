from pathlib import Path

import pytest

from reader.settings import keymap


def test_override_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\nquit = "x, ctrl+q"\n')
    monkeypatch.setenv("NEWSDESK_CONFIG", str(cfg))
    km = keymap.keymap(keymap.load_config())
    assert km["quit"].keys == "x,ctrl+q"
    assert km["down"].keys == "j,down"


def test_missing_file_is_defaults(tmp_path: Path) -> None:
    assert keymap.load_config(tmp_path / "nope.toml") == {}


def test_unknown_id_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(keymap.ConfigError):
        keymap.keymap({"keys": {"fly": "f"}})
    bad = tmp_path / "c.toml"
    bad.write_text("[keys\n")
    with pytest.raises(keymap.ConfigError):
        keymap.load_config(bad)
