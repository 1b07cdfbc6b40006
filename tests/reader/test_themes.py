from pathlib import Path

from reader import themes


def test_bundled_themes_load() -> None:
    loaded = themes.load_themes()
    assert {"newsdesk-dark", "newsdesk-light", "newsdesk-contrast"} <= set(loaded)


def test_user_theme_and_bad_file(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('name = "mine"\nprimary = "#ff0000"\nbogus = 1\n')
    loaded = themes.load_themes([tmp_path])
    assert loaded["mine"] == {"name": "mine", "primary": "#ff0000"}
    (tmp_path / "bad.toml").write_text("name = \n")
    loaded, problems = themes.load_theme_files([tmp_path])
    assert "mine" in loaded and len(problems) == 1 and "bad.toml" in problems[0]
