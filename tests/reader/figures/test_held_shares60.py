"""Market reports write "market share" once and the rest as bare percentages (session 60): in a
story that measures market shares, a percentage a company holds, takes or is ranked with ("held
36%", "was second with 19.1%, followed by Tessaro at 14.6%", "Vivra (11.2%)") is a market share;
outside such a story it keeps no measure. A currency named by what it is ("The currency has lost
2.3% this week", "The onshore yuan strengthened 0.2 per cent") moves its exchange rate. Money a
body provides, commits, promises or contributes towards something is funding ("provided
£250,000 towards staging the event")."""

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


def test_money_a_body_gives_towards_something_is_funding() -> None:
    metrics = _metrics(
        [
            "The council provided £250,000 towards staging the event, and the regional tourism "
            "board contributed £400,000.",
            "The ministry has promised an extra £11.5 million for children's services.",
        ]
    )
    assert metrics["£250,000"] == "funding"
    assert metrics["£400,000"] == "funding"
    assert metrics["£11.5 million"] == "funding"
    # (a court's award is no funding)
    assert _metrics(["The court awarded £40,000 to the family."])["£40,000"] != "funding"


def test_gross_merchandise_value_is_a_measure_and_equivalent_units_are_no_shares() -> None:
    metrics = _metrics(["Gross merchandise value (GMV) climbed 29% to Tk 4,860 crore."])
    assert metrics["Tk 4,860 crore"] == "gross merchandise value"
    assert metrics["29%"] == "gross merchandise value"
    teu = _metrics(
        [
            "Its terminals handled 3.86 million twenty-foot equivalent units in the first half, "
            "up 9.4% from a year earlier."
        ]
    )
    assert teu["9.4%"] != "share price"
