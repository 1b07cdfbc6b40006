"""An old range closed by when it held is a base at both ends ("cut its output guidance to
between 165,000 and 172,000 tonnes, from 175,000 to 185,000 tonnes previously": the far end had
been shown as a forecast; blind round attrib_a122 and this session's own paste, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures


def _statuses(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in extract_figures([sentence], title="News")}


def test_both_ends_of_an_old_range_are_bases() -> None:
    got = _statuses(
        "The miner cut its full-year output guidance to between 165,000 and 172,000 tonnes, "
        "from 175,000 to 185,000 tonnes previously."
    )
    assert got["175,000"] == "base"
    assert got["185,000 tonnes"] == "base"
    assert got["172,000 tonnes"] == "forecast"


def test_a_move_from_one_level_to_another_is_not_an_old_range() -> None:
    got = _statuses("Output rose from 175,000 to 185,000 tonnes.")
    assert got["185,000 tonnes"] is None
