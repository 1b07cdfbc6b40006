"""Helpers the figure tests share."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def by_surface(sentence: str) -> dict[str, Figure]:
    """The figures found in one sentence, by their surface."""
    return {f.surface: f for f in extract_figures([sentence])}
