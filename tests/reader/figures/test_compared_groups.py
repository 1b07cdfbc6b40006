"""compared.py: a figure compared with another party's, the party a group written after it."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_group_after_for_owns_the_compared_figure() -> None:
    got = _subjects(
        ["Patients on the Kelvane drug lost 14.8% of their weight, against 2.6% for those on "
         "a placebo."],
        title="Kelvane drug trial results",
    )  # fmt: skip
    assert got["2.6%"] is not None and "placebo" in got["2.6%"]
    got = _subjects(["Some 11% stopped treatment, compared with about 7% for the leading rival."])
    assert got["7%"] is not None and "rival" in got["7%"]


def test_a_range_and_a_noun_between_still_lead_to_the_group() -> None:
    got = _subjects(
        ["Ferrolyte's batteries cost about €20 a kilowatt-hour, against €90 to €110 for "
         "lithium-ion systems, although they are heavier."]
    )  # fmt: skip
    assert got["€90"] == got["€110"] == "lithium-ion systems"
    got = _subjects(
        ["Overseas students at Kingsholm pay £17,900 a year, compared with the £9,535 cap for "
         "home undergraduates."]
    )  # fmt: skip
    assert got["£9,535"] == "home undergraduates"


def test_a_time_or_a_measure_after_for_is_no_owner() -> None:
    for tail in ("for the same period last year", "for the previous year", "for each share"):
        got = _subjects([f"Ostwick made $4bn, compared with $3.1bn {tail}."])
        assert got["$3.1bn"] in (None, "Ostwick"), tail


def test_a_named_firm_with_a_thousands_comma_is_still_read() -> None:
    got = _subjects(["The average fee at FitBase is £24,990, against £27,500 at PulseGym."])
    assert got["£27,500"] == "PulseGym"


def test_a_month_or_a_financial_period_after_for_is_no_owner() -> None:
    for tail in ("for October", "for the fiscal second quarter", "for H1"):
        got = _subjects([f"Ostwick's margin was 12%, compared with 9% {tail}."])
        assert got["9%"] in (None, "Ostwick"), tail
