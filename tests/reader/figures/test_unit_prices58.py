"""One unit of what is sold rising to a sum is that unit's price, not a measure named "hour":
"with an hour in the town-centre car parks rising to £2.40" (a user's paste, session 57;
``moved._PER_UNITS``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _metric(sentence: str, surface: str, title: str = "Town news") -> str | None:
    found = [f for f in extract_figures([sentence], title=title) if f.surface == surface]
    assert found, f"{surface!r} not found"
    return found[0].metric


def test_an_hour_rising_to_a_sum_is_the_price_of_an_hour() -> None:
    sentence = (
        "Shoppers in Kettering face dearer parking from May under plans the council published"
        " on Friday, with an hour in the Newland Street car park rising to £1.70 from £1.30."
    )
    assert _metric(sentence, "£1.70") == "price per hour"


def test_a_pint_rising_to_a_sum_is_the_price_of_a_pint() -> None:
    sentence = "Drinkers in Galway face dearer nights out, with a pint of stout rising to €6.40."
    assert _metric(sentence, "€6.40") == "price per pint"
