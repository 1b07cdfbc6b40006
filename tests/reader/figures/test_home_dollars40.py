"""Which dollar a story's "$" means (reader/figures/home_currency.py, patterns.NUMBER): the
Australian press's "$US40 million", "$A38,000" and "$C74 billion" name theirs after the sign;
a story naming one dollar country's places twice and no US place ("Waikato", "Stats NZ") is
set there whatever its spelling (blind rounds a62 and a63, session 40)."""

from __future__ import annotations

from reader.figures import extract_figures


def test_the_australian_press_marks_a_dollar_after_its_sign() -> None:
    paragraphs = [
        "Northgate, which manages about $C74 billion, bid $3.4 billion for the ASX-listed "
        "Sydney company.",
        "The buyer raised $US40 million from its own investors and paid $A38,000 in fees.",
    ]
    units = {f.surface: f.unit for f in extract_figures(paragraphs)}
    assert units["$C74 billion"] == "CAD"
    assert units["$US40 million"] == "USD"
    assert units["$A38,000"] == "AUD"


def test_a_story_set_in_new_zealand_writes_its_own_dollar_bare() -> None:
    paragraphs = [
        "A Hamilton foodbank gave out a record 14,820 food parcels in the year to June.",
        "Each parcel costs the foodbank about $68 to put together, up from $52 in 2024.",
        "Stats NZ's food price index rose 4.6 percent in the year to September.",
        "The ministry paid out $24.6 million in hardship grants in the Waikato region.",
    ]
    units = {f.surface: f.unit for f in extract_figures(paragraphs)}
    assert units["$24.6 million"] == "NZD"
