"""Currencies as their own press writes them: the Peruvian sol's "S/", Israel's "NIS" and
agorot, a word-like code before a price in hundredths ("SAR 2.20"), other countries' pounds;
volumes in cubic metres; a report's paragraph number before a plural is no count. Sentences
written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _figs(*paragraphs: str) -> list[tuple[str, str, float, str | None, str | None]]:
    return [
        (f.surface, str(f.kind), f.value, f.unit, f.subject)
        for f in extract_figures(list(paragraphs), title="x")
    ]


def test_the_sol_written_s_slash_is_peruvian() -> None:
    got = _figs("Exports rose to S/ 2.4 billion, and a kilo sold for S/.9.15 in Lima.")
    assert ("S/ 2.4 billion", "money", 2.4e9, "PEN", None) in got
    assert ("S/.9.15", "money", 9.15, "PEN", None) in got


def test_nis_and_agorot_are_shekels_and_no_owner() -> None:
    got = _figs("Net profit reached NIS 84.2 million and the board declared 31.5 agorot a share.")
    assert ("NIS 84.2 million", "money", 8.42e7, "ILS", None) in got
    assert ("31.5 agorot", "money", 0.315, "ILS", None) in got


def test_a_wordlike_code_is_money_before_hundredths_only() -> None:
    assert [g[:4] for g in _figs("The board proposed a dividend of SAR 1.35 per share.")] == [
        ("SAR 1.35", "money", 1.35, "SAR")
    ]
    assert not [g for g in _figs("Crews from SAR 3 reached the boat.") if g[1] == "money"]


def test_other_countries_pounds() -> None:
    got = _figs("Tolls brought in 9.6 billion Egyptian pounds last year.")
    assert got[0][:4] == ("9.6 billion Egyptian pounds", "money", 9.6e9, "EGP")
    rate = _figs("The Egyptian pound weakened to 49.10 to the dollar on Monday.")
    assert [(s, u) for s, _, _, u, _ in rate] == [("49.10", "EGP per USD")]


def test_cubic_metres_glued_or_spaced() -> None:
    got = _figs("The mill sawed 640,000m³ of logs, and the region 2.8 million m3 in all.")
    assert [(s, v, u) for s, _, v, u, _ in got] == [
        ("640,000m³", 640000.0, "cubic metres"),
        ("2.8 million m3", 2.8e6, "cubic metres"),
    ]


def test_a_paragraph_number_before_a_plural_is_no_count() -> None:
    got = _figs("2.3 Retained firefighters crewed 14 stations for 71% of the year.")
    assert [s for s, *_ in got] == ["14 stations", "71%"]
