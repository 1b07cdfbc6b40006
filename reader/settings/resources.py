"""Where the bundled seeds and themes live, from a checkout or from an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name  # the wheel force-includes seeds/ and themes/ here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a source checkout


def seeds_dir() -> Path:
    return _bundled("seeds")


def themes_dir() -> Path:
    return _bundled("themes")
