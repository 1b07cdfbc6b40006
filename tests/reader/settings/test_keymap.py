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


def test_not_utf8_config_is_one_line(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_bytes(b'[keys]\nstar = "\xff\xfe"\n')
    with pytest.raises(keymap.ConfigError) as err:
        keymap.load_config(cfg)
    assert "not UTF-8" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", ["[/]", ",", "s,", "[bold]x", "a b", ""])
def test_markup_and_separators_are_not_keys(value: str) -> None:
    with pytest.raises(keymap.ConfigError) as err:
        keymap.keymap({"keys": {"star": value}})
    assert "\n" not in str(err.value)


def test_valid_key_names_pass() -> None:
    km = keymap.keymap({"keys": {"star": "f, ctrl+s", "help": "?", "quit": "question_mark"}})
    assert km["star"].keys == "f,ctrl+s" and km["help"].keys == "?"


def test_a_stolen_key_is_taken_from_the_other_binding_with_a_warning() -> None:
    km, warnings = keymap.resolve_keys({"keys": {"star": "j"}})
    assert km["star"].keys == "j" and km["down"].keys == "down"
    assert warnings == ["keys: star = j takes it from down (Next story)"]
    # other screens' bindings are not conflicts: j is also "next" in the related picker
    assert km["related.down"].keys == "down,j"


def test_two_remaps_to_one_key_warn() -> None:
    _, warnings = keymap.resolve_keys({"keys": {"star": "x", "zen": "x"}})
    assert any("both" in w for w in warnings)


@pytest.mark.parametrize("kind", ["fifo", "dir", "device", "big"])
def test_config_that_is_not_a_small_regular_file_is_one_line(tmp_path: Path, kind: str) -> None:
    import os

    path = tmp_path / "config.toml"
    if kind == "fifo":
        os.mkfifo(path)  # a hang before: open() waited for a writer
    elif kind == "dir":
        path.mkdir()
    elif kind == "device":
        path = Path("/dev/zero")  # a MemoryError before
    else:
        path.write_bytes(b"#" * (keymap.CONFIG_MAX_BYTES + 1))
    with pytest.raises(keymap.ConfigError) as err:
        keymap.load_config(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_every_binding_id_is_in_the_readme_key_table() -> None:
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    for binding in keymap.DEFAULTS:
        assert f"`{binding.id}`" in readme, binding.id
