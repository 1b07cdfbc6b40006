"""The stop-word list read without sumy.utils is sumy's own list."""

from __future__ import annotations

from reader.text.stop_words import sumy_stop_words


def test_same_list_as_sumy() -> None:
    from sumy.utils import get_stop_words

    assert sumy_stop_words() == frozenset(get_stop_words("english"))
    assert "the" in sumy_stop_words()
