"""A label that names its period as well as its measure ("Revenue for the 2025/26 season:",
"Q3 2026 revenue:") still names the measure of the figure after its colon; a label that is only
a period ("In 2026:") names none."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(line: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([line])}


def test_a_label_with_a_season_names_the_measure() -> None:
    got = _metrics(
        "Revenue for the 2025/26 season (October to September): TND 186 million (about "
        "$60 million), up 15%"
    )
    assert got["TND 186 million"] is not None
    assert "revenue" in got["TND 186 million"]
    assert got["15%"] is not None and "revenue" in got["15%"]


def test_a_label_opening_on_its_quarter_names_the_measure() -> None:
    assert _metrics("Q3 2026 revenue: $4.2 million")["$4.2 million"] == "revenue"
    assert _metrics("* Net profit 2037: $1.9 million")["$1.9 million"] == "net profit"


def test_a_period_alone_names_no_measure() -> None:
    assert _metrics("In 2026: $4.2 million")["$4.2 million"] in (None, "")
