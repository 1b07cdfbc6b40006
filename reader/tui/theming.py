"""Themes as data: theme files (bundled themes/ and the user's config dir) → Textual Themes."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from textual.app import App
from textual.theme import Theme

from reader.library.store import Library
from reader.settings.themes import ThemeError, load_themes


def user_themes_dir() -> Path:
    from reader.settings.keymap import config_path

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


def setup_themes(
    app: App[Any], theme_arg: str | None, library: Library
) -> tuple[list[str], list[str]]:
    """Register every theme and select ``--theme``, else the saved choice, else newsdesk-dark.

    Runs in the app's constructor, before the stylesheet is first parsed. Returns the theme
    names (the ``t`` cycle) and one-line problems to show once the app is up.
    """
    themes, problems = build_themes()
    for theme in themes:
        app.register_theme(theme)
    wanted = theme_arg or library.get_setting("theme") or "newsdesk-dark"
    if wanted not in app.available_themes:
        problems.append(f"unknown theme {wanted!r}; using newsdesk-dark")
        wanted = "newsdesk-dark"
    apply_theme_before_start(app, wanted)
    if theme_arg:
        library.set_setting("theme", wanted)
    return [t.name for t in themes], problems


def apply_theme_before_start(app: App[Any], name: str) -> None:
    """What ``app.theme = name`` does, minus its CSS refresh: the stylesheet is not parsed
    yet, and its first parse reads these variables (a refresh would parse it all twice)."""
    app.set_reactive(App.theme, name)
    dark = app.current_theme.dark
    app.set_class(True, f"-theme-{name}")
    app.set_class(dark, "-dark-mode")
    app.set_class(not dark, "-light-mode")
    app.stylesheet.set_variables(app.get_css_variables())
    with contextlib.suppress(AttributeError):  # private in Textual; the filter is optional
        app._refresh_truecolor_filter(app.ansi_theme)
