"""Market reports write "market share" once and the rest as bare percentages (session 60): in a
story that measures market shares, a percentage a company holds, takes or is ranked with ("held
36%", "was second with 19.1%, followed by Tessaro at 14.6%", "Vivra (11.2%)") is a market share;
outside such a story it keeps no measure. And a currency named by what it is ("The currency has
lost 2.3% this week", "The onshore yuan strengthened 0.2 per cent") moves its exchange rate."""

from __future__ import annotations

from reader.figures import extract_figures

SHARES = [
    "Kestrel's market share rose to 23% in the third quarter, research firm Dunmore said.",
    "South Korea's Norvik was second with 19.1%, followed by Tessaro at 14.6%.",
    "Its main rival, the Berlin-owned Lieferfix, held 36%, down from 41%.",
    "Vivra (11.2%) and Rumi (9.5%) completed the top five.",
]


def _metrics(story: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(story)}


def test_held_and_ranked_percentages_in_a_story_of_shares_are_market_shares() -> None:
    metrics = _metrics(SHARES)
    for surface in ("19.1%", "14.6%", "36%", "11.2%", "9.5%"):
        assert metrics[surface] == "market share", surface


def test_without_a_market_share_in_the_story_a_held_percentage_keeps_no_measure() -> None:
    metrics = _metrics(["Its main rival, the Berlin-owned Lieferfix, held 36%, down from 41%."])
    assert metrics["36%"] != "market share"


def test_a_currency_named_by_what_it_is_moves_its_exchange_rate() -> None:
    metrics = _metrics(
        [
            "The currency has lost 2.3% this week, when it traded at 517.40 to the dollar.",
            "The onshore yuan strengthened 0.2 per cent to 7.0815 per dollar.",
        ]
    )
    assert metrics["2.3%"] == "exchange rate"
    assert metrics["0.2 per cent"] == "exchange rate"
