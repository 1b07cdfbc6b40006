"""What blind round attrib_a75 taught (issue 14, session 43: property, housing and
construction): an ISO code written against a price of three digits or more is money
("AED185 per square foot"), while a code against a short number stays a name ("COP26")."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_glued_code_before_a_price_is_money() -> None:
    figs = {
        f.surface: f
        for f in extract_figures(
            ["New leases were signed at an average of AED215 per square foot, up from AED176."]
        )
    }
    assert (figs["AED215"].kind, figs["AED215"].value, figs["AED215"].unit) == (
        "money",
        215.0,
        "AED",
    )
    assert figs["AED176"].unit == "AED"


def test_a_glued_code_before_a_short_number_is_no_money() -> None:
    figs = extract_figures(["Delegates at COP26 and backers of SDG7 met in the city."])
    assert not any(f.kind == "money" for f in figs)
