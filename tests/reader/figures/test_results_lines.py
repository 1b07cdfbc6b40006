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


def test_a_label_that_gives_its_unit_makes_its_bare_numbers_money() -> None:
    found = {
        f.surface: f
        for f in extract_figures(
            [
                "Talvaro Cables reported half-year results on Monday (prior year in brackets):",
                "Cables shipped: 4,210 (3,880)",
                "Revenue, CZK m: 1,875.4 (1,702.9)",
                "Net profit (EUR m): 96.5 (81.0)",
                "EBITDA margin: 14.2% (12.8%)",
            ]
        )
    }
    assert (found["1,875.4"].kind, found["1,875.4"].unit) == ("money", "CZK")
    assert found["1,875.4"].value == 1_875_400_000
    assert (found["96.5"].unit, found["96.5"].value, found["96.5"].metric) == (
        "EUR",
        96_500_000,
        "net profit",
    )
    assert found["1,875.4"].metric == found["1,702.9"].metric == "revenue"
    # the bracketed figure is the period before: the same measure, a base
    for now, before in (("1,875.4", "1,702.9"), ("96.5", "81.0"), ("14.2%", "12.8%")):
        assert found[now].status is None and found[before].status == "base", before
    assert found["3,880"].status == "base"


def test_a_bracket_in_another_currency_is_still_a_conversion() -> None:
    found = {f.surface: f for f in extract_figures(["Orla Foods agreed a A$8bn (US$5.3bn) deal."])}
    assert found["A$8bn"].converted == "US$5.3bn" and "US$5.3bn" not in found
