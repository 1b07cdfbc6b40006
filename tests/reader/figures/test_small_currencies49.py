"""Blind round a98: currencies several countries share a name or a letter of, read by the
country the story names (Moldova's lei, Malawi's kwacha, the kwacha's "K"), and the letters of
the ngultrum ("Nu 450,000") and the loti ("M7.4 billion") where Bhutan and Lesotho are named."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("In Moldova the campaign cost 46 million lei.", "46 million lei", "MDL"),
        ("The Romanian grocer earned 46 million lei.", "46 million lei", "RON"),
        ("Malawi's budget is K4.9 trillion.", "K4.9 trillion", "MWK"),
        ("Zambia paid 12 million kwacha in fees.", "12 million kwacha", "ZMW"),
        ("Malawi paid 12 million kwacha in fees.", "12 million kwacha", "MWK"),
        ("In Bhutan the cap is Nu 450,000 per candidate.", "Nu 450,000", "BTN"),
        ("Lesotho's programme costs M7.4 billion.", "M7.4 billion", "LSL"),
    ],
)
def test_a_currency_by_the_country_named(text: str, surface: str, unit: str) -> None:
    found = {f.surface: (f.kind, f.unit) for f in extract_figures([text])}
    assert found[surface] == ("money", unit)


def test_a_motorways_letter_is_no_money() -> None:
    assert extract_figures(["The M25 was closed near junction 10 in Lesotho's twin town."]) == []
