"""Markdown's cheap test, one search for any of its marks, says what a look per mark said."""

from __future__ import annotations

import pytest

from reader.story.markdown import _ANY_MARK, _MARKS, plain_markdown


@pytest.mark.parametrize(
    "line",
    [
        "A plain sentence about the harbour toll, up 4% on the year.",
        "See [the notice](https://example.org/n) for **all** the details.",
        "Shares fell 3* after the close; a `code` span and a > sign.",
        "snake__case and a ref [here][1] with [1]: at the end",
        "mail <mailto:desk@example.org> or <https://example.org>, not <b>",
        "",
    ],
)
def test_one_search_finds_a_line_with_a_mark(line: str) -> None:
    assert (_ANY_MARK.search(line) is not None) == any(m in line for m in _MARKS)


def test_a_line_without_marks_is_returned_as_it_is() -> None:
    lines = ["The toll rose to £4.20 on Monday.", "Read **more** here."]
    out = plain_markdown(lines)
    assert out[0] is lines[0]
    assert out[1] == "Read more here."
