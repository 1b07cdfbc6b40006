"""A sum in a currency of its own quoted against another is an exchange rate, not money:
"₦1,528 to the dollar", "GH¢10.85 to the dollar", "N1,462/$" (reader/figures/rates.py,
``marked_rate``; blind rounds a62 and a64, session 40); a price is still money, and so is a
dollar sum (a bare "$" may be the story's own dollar, which the scan cannot tell yet)."""

from __future__ import annotations

from reader.figures import extract_figures


def _figures(paragraph: str) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures([paragraph])}


def test_a_marked_sum_quoted_against_the_dollar_is_a_rate() -> None:
    found = _figures("The naira averaged ₦1,528 to the dollar in the period.")
    assert found["₦1,528"] == ("other", "NGN per USD")
    found = _figures("At the current exchange rate of GH¢10.85 to the dollar, cocoa pays well.")
    assert found["GH¢10.85"] == ("other", "GHS per USD")
    found = _figures("The naira averaged N1,462/$ at the official window in the quarter.")
    assert found["N1,462"] == ("other", "NGN per USD")


def test_a_price_and_a_dollar_sum_stay_money() -> None:
    assert _figures("Tickets cost ₦5,000 to the public on Friday.")["₦5,000"][0] == "money"
    found = _figures("The exchange rate moved to $6.79 to the US dollar last year.")
    assert found["$6.79"][0] == "money"
