from pathlib import Path

from reader.settings import themes


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


def test_wrong_types_are_skipped_with_a_problem(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('name = "a"\nprimary = "#ff0000"\naccent = 5\n')
    (tmp_path / "b.toml").write_text('name = "b"\nprimary = "#ff0000"\n[variables]\nx = 3\n')
    (tmp_path / "c.toml").write_text('name = "c"\nprimary = "#00ff00"\n')
    loaded, problems = themes.load_theme_files([tmp_path])
    assert "c" in loaded and "a" not in loaded and "b" not in loaded
    assert len(problems) == 2 and all("\n" not in p for p in problems)
    assert "accent must be a colour string" in problems[0]


def test_a_fifo_theme_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "dir.toml").mkdir()
    loaded, problems = themes.load_theme_files([tmp_path])
    assert "newsdesk-dark" in loaded and len(problems) == 2
