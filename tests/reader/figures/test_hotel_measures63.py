"""A hotel's measures (blind round attrib_a122, session 63): its average room rate, whose letters
in brackets restate its words ("average room rate (ARR)", not annual recurring revenue, while
"core earnings (EBITDA)" names EBITDA), and revenue per available room as the story writes it
("RevPAR", "revenue per available room": the word "available" had been dropped)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence], title="News")}


def test_letters_that_spell_the_words_before_them_restate_them() -> None:
    got = _metrics("The average room rate (ARR) rose 13.6 per cent to ₹11,840.")
    assert got["₹11,840"] == "average room rate"
    assert got["13.6 per cent"] == "average room rate"


def test_letters_that_spell_other_words_name_their_own_measure() -> None:
    got = _metrics("The operator reported core earnings (EBITDA) of €842 million.")
    assert got["€842 million"] == "EBITDA"
    got = _metrics("Annual recurring revenue (ARR) rose 30% to $40m.")
    assert got["$40m"] == "annual recurring revenue"


def test_revenue_per_available_room_keeps_its_words() -> None:
    assert _metrics("Revenue per available room rose 4% to $120.")["$120"] == (
        "revenue per available room"
    )
    assert _metrics("RevPAR rose 5% to $180 in the quarter.")["$180"] == (
        "revenue per available room"
    )
