"""Capitalised sentence openers: common words, and plural-looking names."""

from __future__ import annotations

from reader.figures.openers import acts, plural_name


def test_a_plural_looking_name_acts_but_a_common_plural_does_not() -> None:
    assert acts("Brannocks", "cut")
    assert acts("Kessens", "has")
    assert not acts("Farmers", "cut")
    assert not acts("Films", "will")  # a modal: either number
    assert plural_name("Kessens says", "Kessens")
    assert not plural_name("Talks were", "Talks")
    assert not plural_name("Companies reported", "Companies")
    assert not plural_name("Shares rose", "Shares")


def test_a_measures_capitalised_modifier_is_no_name() -> None:
    from reader.figures import extract_figures

    story = [
        "Tarrant Foods reported a stronger year on Tuesday.",
        "Diluted EPS was $1.12, up from 98 cents.",
        "Adjusted EBITDA rose 8% to £410m.",
        "Underlying profit rose 4% to £80m.",
        "Underlying revenue grew 3%.",
        "Like-for-like EBITDA rose 2.1%.",
        "Tarrant Foods said it would open 40 shops.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story, title="Tarrant Foods gains")}
    assert got["$1.12"] == "Tarrant Foods"
    assert got["£410m"] == "Tarrant Foods"
    assert got["£80m"] == "Tarrant Foods"
    assert got["3%"] == "Tarrant Foods"
    assert got["2.1%"] == "Tarrant Foods"
