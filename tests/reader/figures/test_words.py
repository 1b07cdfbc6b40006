"""The word-window helpers behind sentence parsing (text written here)."""

from __future__ import annotations

import re

from reader.figures.words import count_unit, number, unit_after


def test_number_reads_digit_groups_and_rejects_bad_ones() -> None:
    assert number("10,385.48") == 10385.48
    assert number("1,2345") is None
    assert number("12") == 12.0


def test_unit_after_reads_percent_points_and_currency_words() -> None:
    text = "rose 1.5 percentage points"
    points = unit_after(text, text.index(" percentage"))
    assert points is not None and points[:3] == ("percent", "pp", 1.0)
    text = "a 49-cent estimate"
    cents = unit_after(text, text.index("-cent"))
    # whose cents is settled by the story (parse_sentence); the word alone says "a dollar"
    assert cents is not None and cents[:3] == ("money", "CENT", 0.01)
    assert unit_after("5 things", 1) is None


def test_basis_points_are_a_measure_not_a_count_of_basis() -> None:
    for text in ("cut by 25 basis points", "cut by 25bps", "a 50 basis-point rise"):
        number = re.search(r"\d+", text)
        assert number is not None
        end = number.end()
        unit = unit_after(text, end)
        assert unit is not None and unit[:3] == ("other", "basis points", 1.0), text
    assert count_unit("3 crisis talks", 1) == "crisis talks"  # "crisis" is not the head
    assert count_unit("12 bonus payments", 2) == "bonus payments"


def test_count_unit_skips_a_ranking_number() -> None:
    text = "9 of the top 10 lenders said"
    assert count_unit(text, 1) == "lenders"
    text = "10 of its 27 plants"
    assert count_unit(text, 2) == "plants"


def test_count_unit_stops_at_the_head_noun() -> None:
    text = "3,500 brands had joined"
    assert count_unit(text, text.index(" brands")) == "brands"
    text = "30 minutes later"
    assert count_unit(text, text.index(" minutes")) is None


def test_a_counted_noun_may_hold_any_latin_letter() -> None:
    assert count_unit("80 cafés in the city", 2) == "cafés"
    assert count_unit("12 crèches opened", 2) == "crèches"


def test_nationalities_without_a_common_ending_are_adjectives() -> None:
    from reader.figures.name_words import is_adjective

    assert is_adjective(["Welsh"])
    assert is_adjective(["Czech"])
    assert not is_adjective(["Walsh"])
