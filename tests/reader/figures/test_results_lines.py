"""Results statements' summary lines: a label before a colon and a figure in a currency's
letter code (labelled.py), a bullet's capitalised kind word (premodified.py), and the prior
period's value in brackets, which measures what the figure before it measures (inherit.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _figures(*paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_figures(["Talvaro Cables reported half-year results on Monday.", *paragraphs])
    return {f.surface: (f.metric, f.status) for f in found}


def test_a_label_before_a_figure_in_a_letter_code_names_its_measure() -> None:
    got = _figures(
        "Revenue: KES 4.26 billion (+17%)",
        "Operating profit: ZAR 812 mn vs ZAR 655 mn (+24.0%)",
    )
    assert got["KES 4.26 billion"][0] == "revenue"
    assert got["17%"][0] == "revenue"
    assert got["ZAR 812 mn"][0] == "operating profit"
    assert got["ZAR 655 mn"] == ("operating profit", "base")


def test_a_bullets_kind_word_says_which_measure() -> None:
    got = _figures(
        "\u2022 Net interest margin of 3.14%, against 3.02% a year earlier",
        "\u2022 Net fee income of KES 2.2 billion",
    )
    assert got["3.14%"][0] == "net interest margin"
    assert got["3.02%"] == ("net interest margin", "base")


def test_a_bracketed_prior_value_measures_what_the_figure_before_it_does() -> None:
    got = _figures(
        "\u2022 Earnings per share of KES 1.42 (2025: KES 1.18)",
        "Target price: KES 61.00 (previous: KES 55.00)",
    )
    assert got["KES 1.18"] == ("earnings per share", "base")
    assert got["KES 55.00"] == ("target price", "base")


def test_a_name_opening_a_bullet_stays_out_of_the_measure() -> None:
    got = _figures(
        "Talvaro sales rose 9% to KES 3.1 billion, and Talvaro's order book grew.",
        "\u2022 Talvaro revenue of KES 3.4 billion",
    )
    assert got["KES 3.4 billion"][0] == "revenue"
