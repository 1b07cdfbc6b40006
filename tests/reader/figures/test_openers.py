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
