"""A tariff notice's list: the new charges under a forward-looking lead-in, the current ones in
brackets as bases, each row's figures measuring its label (lead_in_status.py, bases.py,
labelled.py)."""

from __future__ import annotations

from reader.figures import extract_figures

NOTICE = [
    "From 1 April your charges will change as follows:",
    "- Unit rate: 11.42p per kWh (now 13.96p)",
    "- Standing charge: 52.9p per day (now 48.2p)",
    "- Meter rental: £2.10 a month (was £1.80)",
    "We spent £1.4 million on new pipes last year.",
]


def _got() -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.metric, f.status) for f in extract_figures(NOTICE, title="x")}


def test_the_new_charges_look_ahead_and_the_bracketed_ones_are_bases() -> None:
    got = _got()
    assert got["11.42p"][1] in ("planned", "forecast")
    assert got["52.9p"][1] in ("planned", "forecast")
    assert got["13.96p"][1] == "base"
    assert got["48.2p"][1] == "base"
    assert got["£1.80"][1] == "base"
    assert got["£1.4 million"][1] is None  # past the list: no lead-in


def test_a_rows_earlier_level_measures_the_rows_label() -> None:
    got = _got()
    assert got["48.2p"][0] == got["52.9p"][0] == "standing charge"
    assert got["£1.80"][0] == "meter rental"


def test_a_list_under_a_lead_in_about_the_past_stays_actual() -> None:
    fs = extract_figures(
        ["Last year's results were:", "- Revenue: £12.4m", "- Pre-tax profit: £1.1m"], title="x"
    )
    assert {f.surface: f.status for f in fs}["£12.4m"] is None
