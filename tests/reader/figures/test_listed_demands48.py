"""What blind round a94 taught (session 48, jobs and pay): items listed after a planned figure,
each named before its own figure ("wants a 12% rise, a housing allowance of N$1,600 a month and
a night-shift allowance of N$45 an hour"), share its status; a premium measured to a price does
not (``carry._LISTED``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    found = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert found, surface
    return found[0].status


def test_items_listed_after_a_demand_are_planned() -> None:
    sentence = (
        "The union wants a 9% rise this year, a travel allowance of €120 a month and a "
        "weekend allowance of €18 an hour."
    )
    assert _status(sentence, "€120") == "planned"
    assert _status(sentence, "€18") == "planned"


def test_a_premium_after_an_offer_keeps_its_own_status() -> None:
    sentence = (
        "Harbro will pay 385p in cash for each Lindow share, a premium of 31% to Friday's "
        "closing price of 294p."
    )
    assert _status(sentence, "31%") != "planned"
