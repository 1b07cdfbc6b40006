"""Weights written short or in pounds (issue 14, session 41): "19.6 million MT" is metric tons,
"44,400 boepd" a flow of oil and gas, "180 lbs" pounds of weight (short_units.py); in a story
that prices a stuff by the pound and writes no sterling, "sold 12.9 million pounds" is a weight
(raw_currency.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _kinds(paragraphs: list[str]) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (str(f.kind), f.unit) for f in extract_figures(paragraphs)}


def test_units_written_short_are_read_in_full() -> None:
    found = _kinds(
        [
            "Palay output fell to 19.6 million MT in the third quarter, with yields at 4.12 MT "
            "per hectare.",
            "Production averaged 44,400 boepd in the nine months.",
        ]
    )
    assert found["19.6 million MT"] == ("other", "metric tons")
    assert found["4.12 MT per hectare"] == ("other", "metric tons per hectare")
    assert found["44,400 boepd"] == ("other", "barrels of oil equivalent per day")


def test_pounds_in_a_story_pricing_a_stuff_by_the_pound_are_a_weight() -> None:
    found = _kinds(
        [
            "Kestrel Uranium sold 12.9 million pounds in the quarter at an average realized "
            "price of US$74.20 per pound.",
            "It now expects to produce 13 million pounds this year.",
        ]
    )
    assert found["12.9 million pounds"] == ("other", "pounds")
    assert found["13 million pounds"] == ("other", "pounds")


def test_pounds_in_a_story_with_sterling_stay_money() -> None:
    found = _kinds(
        [
            "The club paid £12m for the striker, who cost his last club 3 million pounds.",
            "Beef now sells at £4.20 per pound in the club shop.",
        ]
    )
    assert found["3 million pounds"] == ("money", "GBP")
