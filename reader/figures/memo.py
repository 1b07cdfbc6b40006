"""Per-story memos: the rules, the owner and the learned metric ask the same question of one
figure (where its clause begins, what governs it), so the answer is kept, but only for the
story being read. ``extract_figures`` calls ``new_story`` first: nothing is held between
stories, and each story's work is what it would be without the memo (work-count tests see the
same counts for the same text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def per_story(fn: F) -> F:
    """``fn`` (pure, hashable arguments) remembered until the next story."""
    memo = lru_cache(maxsize=4096)(fn)
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


def new_story() -> None:
    """Forget every answer kept for the last story."""
    for memo in _MEMOS:
        memo.cache_clear()
