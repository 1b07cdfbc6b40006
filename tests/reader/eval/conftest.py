"""Fixtures shared by the boundary trainer's tests."""

from __future__ import annotations

import pytest

from reader.eval.concat import Article


@pytest.fixture
def short_items() -> dict[str, list[Article]]:
    """Six articles of six two-sentence paragraphs in each of two categories."""
    paras = [f"The {{}} item {k} opens here. It goes on with more detail." for k in range(6)]
    return {
        cat: [
            Article(cat, f"{cat.title()} item {k}", [p.format(cat) for p in paras])
            for k in range(6)
        ]
        for cat in ("business", "tech")
    }
