"""Themes as data: theme files (bundled themes/ and the user's config dir) → Textual Themes.

A theme that Textual cannot use (a colour it cannot parse, a number where a colour goes, a
``[variables]`` value the stylesheet would reject) is skipped with a one-line notice; it is
never registered, so it can be neither chosen nor saved. A saved choice that no longer loads
falls back to newsdesk-dark.
"""

from __future__ import annotations

import contextlib
import copy
import re
from pathlib import Path
from typing import Any

from textual.app import App
from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import Theme

from reader.settings.themes import load_theme_files

DEFAULT_THEME = "newsdesk-dark"
BUNDLED_CHECKED = frozenset({"newsdesk-dark", "newsdesk-light", "newsdesk-contrast"})
_AUTO = re.compile(r"auto(?: \d{1,3}%)?")


def user_themes_dir(config_path: Path) -> Path:
    return config_path.parent / "themes"


def _kind(value: str) -> str | None:
    """ "colour" or "style" (what a stylesheet variable can hold), None if it is neither."""
    if value == "initial" or _AUTO.fullmatch(value):
        return "colour"
    with contextlib.suppress(ColorParseError, ValueError):
        Color.parse(value)
        return "colour"
    if value.split() and all(w in VALID_STYLE_FLAGS for w in value.split()):
        return "style"
    return None


def check_theme(theme: Theme) -> str | None:
    """Why Textual could not use ``theme`` (one line), or None if it can."""
    bare = copy.copy(theme)
    bare.variables = {}  # what Textual would generate: the values the user's replace
    try:
        defaults = bare.to_color_system().generate()
    except (ColorParseError, AttributeError, TypeError, ValueError) as exc:
        return f"theme {theme.name}: {exc}"
    for name, value in theme.variables.items():
        want = _kind(defaults[name]) if name in defaults else "colour"
        if _kind(value) != want:
            return f"theme {theme.name}: variable {name} = {value!r} is not a {want}"
    return None


def _has_theme_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.glob("*.toml"))
    except OSError:
        return True  # the load said what went wrong; compare as if it had some


def build_themes(config_path: Path) -> tuple[list[Theme], list[str]]:
    """All themes that load, and one-line problems for those that do not."""
    user_dir = user_themes_dir(config_path)
    data, problems = load_theme_files([user_dir])
    # the bundled themes are checked by the tests, not before every first paint (15 ms each);
    # a user file may replace one: compare (the bundled files are read again only then)
    bundled = load_theme_files()[0] if _has_theme_files(user_dir) else data
    themes: list[Theme] = []
    for name, fields in data.items():
        try:
            theme = Theme(**fields)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            problems.append(f"theme {name}: {exc}; skipped")
            continue
        if name in BUNDLED_CHECKED and bundled.get(name) == fields:
            themes.append(theme)
            continue
        problem = check_theme(theme)
        if problem is not None:
            problems.append(f"{problem}; skipped")
            continue
        themes.append(theme)
    return themes, problems


def setup_themes(
    app: App[Any], theme_arg: str | None, saved: str | None, config_path: Path
) -> tuple[list[str], str, list[str]]:
    """Register every usable theme and select ``--theme``, else the saved choice, else
    newsdesk-dark.

    Runs in the app's constructor, before the stylesheet is first parsed. Returns the theme
    names (the ``t`` cycle), the theme chosen and one-line problems to show once the app is up.
    """
    themes, problems = build_themes(config_path)
    for theme in themes:
        app.register_theme(theme)
    names = [t.name for t in themes]
    wanted = theme_arg or saved or DEFAULT_THEME
    if wanted not in names:
        how = "--theme" if theme_arg else "the saved theme"
        problems.append(f"{how} {wanted!r} is not available; using {DEFAULT_THEME}")
        wanted = DEFAULT_THEME if DEFAULT_THEME in names else "textual-dark"
    apply_theme_before_start(app, wanted)
    return names, wanted, problems


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
