"""Themes as data: theme files (bundled themes/ and the user's config dir) → Textual Themes."""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

from reader.themes import ThemeError, load_themes


def user_themes_dir() -> Path:
    from reader.keymap import config_path

    return config_path().parent / "themes"


def build_themes() -> tuple[list[Theme], list[str]]:
    """All themes that load, and one-line problems for those that do not."""
    problems: list[str] = []
    try:
        data = load_themes([user_themes_dir()])
    except ThemeError as exc:
        problems.append(str(exc))
        data = load_themes()
    themes: list[Theme] = []
    for name, fields in data.items():
        try:
            themes.append(Theme(**fields))  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            problems.append(f"theme {name}: {exc}")
    return themes, problems
