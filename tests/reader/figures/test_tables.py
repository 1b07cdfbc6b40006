"""Figures in a plain-text table take their meaning from the row's label and the column's
header."""

from __future__ import annotations

from reader.figures import extract_figures

RESULTS = [
    "Larkfield Dairies said sales rose in each of its divisions in the year to June.",
    "Larkfield Dairies expects profit of £12m next year.",
    "Division        2026       2025       Change",
    "Milk            £84.2m     £80.1m     +5%",
    "Cheese          £31.6m     £33.0m     -4%",
    "Yoghurt         £12.9m     £11.7m     +10%",
]

SERVICE = [
    "Wexford Buses ran fewer services on time this winter, figures show.",
    "Route\tOn time\tChange",
    "Harbour loop\t91.2%\t-1.5 pts",
    "Airport express\t86.4%\t-3.1 pts",
    "Hospital shuttle\t94.0%\t+0.6 pts",
    "Wexford Buses said staff shortages were to blame.",
]


def _by_surface(paragraphs: list[str]) -> dict[str, object]:
    return {f.surface: f for f in extract_figures(paragraphs)}


def test_a_period_column_gives_the_row_label_as_metric_and_earlier_columns_are_bases() -> None:
    figs = _by_surface(RESULTS)
    milk_now, milk_then = figs["£84.2m"], figs["£80.1m"]
    assert milk_now.metric == "Milk" and milk_now.status is None  # type: ignore[attr-defined]
    assert milk_then.metric == "Milk" and milk_then.status == "base"  # type: ignore[attr-defined]
    assert figs["£33.0m"].status == "base"  # type: ignore[attr-defined]


def test_a_change_column_gives_a_change_with_its_sign() -> None:
    figs = _by_surface(RESULTS)
    cheese = figs["-4%"].change  # type: ignore[attr-defined]
    assert cheese is not None and cheese.direction == "down"
    assert figs["-4%"].metric == "Cheese"  # type: ignore[attr-defined]
    assert figs["10%"].change.direction == "up"  # type: ignore[attr-defined]


def test_a_measure_column_names_the_metric_for_the_row() -> None:
    figs = _by_surface(SERVICE)
    assert figs["91.2%"].metric == "on time (Harbour loop)"  # type: ignore[attr-defined]
    # the change column changes the measure before it
    assert figs["-3.1 pts"].metric == "on time (Airport express)"  # type: ignore[attr-defined]


def test_table_figures_belong_to_the_storys_owner_not_the_rows_label() -> None:
    subjects = {f.subject for f in extract_figures(RESULTS)}
    assert subjects == {"Larkfield Dairies"}


def test_prose_figures_are_left_alone() -> None:
    plain = ["Larkfield Dairies said sales rose 5% to £84.2m in the year to June."]
    (sales, *_) = [f for f in extract_figures(plain) if f.surface == "£84.2m"]
    assert sales.metric == "sales"


def test_a_lone_line_with_wide_gaps_is_no_table() -> None:
    story = [
        "Harlow Foods shares rose 3% after it raised its forecast.",
        "FTSE 100 8,412.5 +0.4%  Brent $74.10 -1.2%  GBP/USD 1.2711 +0.1%",
        "Harlow Foods said sales rose 6% to £410m.",
    ]
    ticker = [f for f in extract_figures(story) if f.sentence.startswith("FTSE")]
    # the index's figures are not Harlow's (as a table row's would be)
    assert ticker and all(f.subject != "Harlow Foods" for f in ticker)


def test_a_caption_over_the_table_names_what_its_rows_measure() -> None:
    """ "Revenue by segment" over a table of periods: a row's figure is that segment's revenue
    ("milk revenue"), its earlier column a base; without the caption, the label alone."""

    def figs(paragraphs: list[str]) -> dict[str, tuple[str | None, str | None]]:
        return {f.surface: (f.metric, f.status) for f in extract_figures(paragraphs)}

    got = figs([*RESULTS[:2], "Revenue by division", *RESULTS[2:]])
    assert got["£84.2m"] == ("milk revenue", None)
    assert got["£80.1m"] == ("milk revenue", "base")
    assert figs(RESULTS)["£84.2m"][0] == "Milk"
    # a sentence above the table is no caption
    assert figs([*RESULTS[:2], "Revenue rose by division.", *RESULTS[2:]])["£84.2m"][0] == "Milk"
