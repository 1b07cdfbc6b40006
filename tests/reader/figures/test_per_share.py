"""A result restated per share is earnings per share with the result's status
(reader/figures/per_share.py); "must still find £6.2m" is planned (budgeted.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _got(*paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.metric, f.status) for f in extract_figures(list(paragraphs), title="x")}


def test_a_base_results_per_share_figure_is_a_base_earnings_per_share() -> None:
    got = _got(
        "Net loss narrowed to $18.3 million, or 9 cents a share, from $31.6 million, or 17 "
        "cents, the software maker said."
    )
    assert got["9 cents"] == ("loss per share", None)
    assert got["17 cents"] == ("loss per share", "base")


def test_a_deals_price_per_share_is_no_earnings() -> None:
    got = _got("The offer values Tarbet Mills at £2.2bn, or 310p a share.")
    assert got["310p"][0] != "earnings per share"


def test_savings_still_to_find_are_planned() -> None:
    got = _got("The authority must still find £6.2 million of savings by 2028.")
    assert got["£6.2 million"][1] == "planned"


def test_a_company_that_earned_an_amount_a_share_reports_earnings_per_share() -> None:
    got = _got("Excluding one-off items, the group earned $1.38 a share in the quarter.")
    assert got["$1.38"][0] == "adjusted earnings per share"
    got = _got("The miner lost 12 cents a share in the half.")
    assert got["12 cents"][0] == "loss per share"
    got = _got("The shares traded at $1.38 a share on Friday.")
    assert got["$1.38"][0] != "earnings per share"
