"""Faults a blind round (attrib_a40: a Swedish year-end release, a Korean broker's note, a
Danish court fine, an Osaka railway's results table, newsletters and mastheads) showed, each
mended by a general rule."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.scan import scan


def _figures(paras: list[str], title: str = "Results") -> dict[str, object]:
    return {f.surface: f for f in extract_figures(paras, title=title)}


def test_a_bracketed_prior_period_is_the_same_measure_in_the_same_unit() -> None:
    got = _figures(
        [
            "Nordvik Mobler AB published its year-end report on Thursday.",
            "Net sales increased by 6.8% to SEK 9,416 million (8,817).",
            "Operating profit amounted to SEK 742 million (598), an operating margin of 7.9% (6.8).",
        ]
    )
    prior = got["8,817"]
    assert (prior.kind, prior.unit, prior.value) == ("money", "SEK", 8_817e6)  # type: ignore[attr-defined]
    assert prior.status == "base" and prior.metric == "net sales"  # type: ignore[attr-defined]
    assert got["598"].value == 598e6 and got["598"].status == "base"  # type: ignore[attr-defined]
    margin = got["6.8"]
    assert (margin.kind, margin.status) == ("percent", "base")  # type: ignore[attr-defined]
    assert got["SEK 9,416 million"].status != "base"  # type: ignore[attr-defined]


def test_a_footnote_or_a_year_in_brackets_is_no_prior_period() -> None:
    got = _figures(
        [
            "Nordvik Mobler AB paid a dividend of SEK 3.50 (1) per share.",
            "It employs 2,400 people and made SEK 742 million (2019 was a record).",
        ]
    )
    assert "1" not in got and "2019" not in got


def test_the_won_written_w_before_thousands() -> None:
    text = "Target price: W41,000 (previous W36,000) | Last close: W31,850 on the W140 chassis"
    found = [(text[r.start : r.end], r.unit, r.value) for r in scan(text)]
    assert ("W41,000", "KRW", 41_000.0) in found and ("W31,850", "KRW", 31_850.0) in found
    assert not any(s.startswith("W140") for s, _, _ in found)


def test_a_scaled_amount_after_a_name_is_no_model_number() -> None:
    text = "The court fined Nordhavn 52 million kroner for rigging bids."
    found = [(text[r.start : r.end], r.kind) for r in scan(text)]
    assert ("52 million kroner", "money") in found
    boeing = "The airline ordered Boeing 737 jets."
    assert not any(r.kind == "money" for r in scan(boeing))


def test_a_caption_gives_a_table_its_unit_and_a_period_column_its_base() -> None:
    paras = [
        "Senshu Minato Railway cut its full-year forecast on Wednesday.",
        "First-half results, consolidated, ¥ million unless stated",
        "                         H1 FY2026    H1 FY2025    Change",
        "Operating revenue          168,420      176,930     -4.8%",
        "Operating profit            21,305       25,118    -15.2%",
        "Passengers (number)        318,600      334,200     -4.7%",
    ]
    got = _figures(paras, "Osaka railway cuts forecast")
    rev = got["168,420"]
    assert (rev.kind, rev.unit, rev.value) == ("money", "JPY", 168_420e6)  # type: ignore[attr-defined]
    assert got["176,930"].status == "base"  # type: ignore[attr-defined]
    assert got["168,420"].status != "base"  # type: ignore[attr-defined]
    assert got["318,600"].kind == "count"  # type: ignore[attr-defined]  # (its own unit)


def test_a_masthead_bar_line_is_no_lead() -> None:
    paras = [
        "Rhine Valley Business Daily (English edition) | Companies | Transport",
        "By Lena Vogt",
        "Kessler Bahn AG, the private railway that links Basel with the airport, cut its full-year "
        "forecast on Wednesday after passenger numbers in the first half fell.",
        "First-half results, consolidated, EUR million unless stated",
        "                         H1 2026    H1 2025    Change",
        "Operating revenue           1,684        1,769     -4.8%",
        "Operating profit              213          251    -15.2%",
        "The company now expects a full-year net profit of EUR 39.5 million.",
        "Kessler Bahn will apply to raise fares by 8.6% from April.",
    ]
    got = _figures(paras, "Basel railway cuts forecast")
    assert got["1,684"].subject == "Kessler Bahn AG"  # type: ignore[attr-defined]


def test_a_common_word_opening_a_sentence_owns_nothing() -> None:
    paras = [
        "The Severn Vale Wildlife Trust said its income rose to £14.7 million in the year to March.",
        "Membership grew 7% to 38,900, the trust said.",
    ]
    got = _figures(paras, "Trust reports record income")
    assert got["38,900"].subject == "Severn Vale Wildlife Trust"  # type: ignore[attr-defined]


def test_a_dividend_written_per_share() -> None:
    paras = [
        "Harbour Foods said pre-tax profit rose to £48 million.",
        "The board proposed an interim dividend of 45 pence per share.",
        "Dividends totalled £40m.",
    ]
    got = _figures(paras, "Harbour Foods results")
    assert got["45 pence"].metric == "interim dividend per share"  # type: ignore[attr-defined]
    assert got["£40m"].metric == "dividends"  # type: ignore[attr-defined]


def test_the_year_befores_figure_in_brackets_is_a_base() -> None:
    got = _figures(
        [
            "Harbour Foods reported its full-year results on Tuesday.",
            "The board proposed a final dividend of 6.8p a share (2025: 5.5p).",
            "Revenue rose to £412.7m (FY2025: £366.0m).",
        ]
    )
    assert got["5.5p"].status == "base"  # type: ignore[attr-defined]
    assert got["5.5p"].metric == "final dividend per share"  # type: ignore[attr-defined]
    assert got["£366.0m"].status == "base" and got["£366.0m"].metric == "revenue"  # type: ignore[attr-defined]
    assert got["£412.7m"].status != "base"  # type: ignore[attr-defined]


def test_a_caption_gives_its_unit_to_the_data_lines_under_it() -> None:
    got = _figures(
        [
            "Kanat Air reported a sharp rise in nine-month profit on Tuesday.",
            "Kanat Air, nine months to September 30 (TL million unless stated; 2025 in brackets)",
            "Revenue: 148,620 (92,410)",
            "Fleet at period end (aircraft): 142 (126)",
            "Estimates (EUR million)",
            "Revenue 2026E: 3,480 | 2027E: 3,655",
            "The carrier said it expected to fly 40 million passengers next year.",
        ]
    )
    rev = got["148,620"]
    assert (rev.kind, rev.unit, rev.value) == ("money", "TRY", 148_620e6)  # type: ignore[attr-defined]
    assert got["92,410"].status == "base"  # type: ignore[attr-defined]
    assert "142" not in got or got["142"].kind == "count"  # type: ignore[attr-defined]
    est = got["3,480"]
    assert (est.kind, est.unit, est.status) == ("money", "EUR", "expected")  # type: ignore[attr-defined]


def test_a_story_that_says_its_currency_is_read_in_it() -> None:
    got = _figures(
        [
            "Murihiku Dairy Co-operative narrowed its forecast milk price to $9.40 a kilogram.",
            "Revenue rose 11% to $1.94 billion, while whole milk powder fetched US$3,640 a tonne.",
            "All figures are in New Zealand dollars unless stated.",
        ]
    )
    assert got["$1.94 billion"].unit == "NZD"  # type: ignore[attr-defined]
    assert got["US$3,640"].unit == "USD"  # type: ignore[attr-defined]
