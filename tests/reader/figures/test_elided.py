"""Counts whose noun is elided, and plain numbers that are not counts (sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures, parse_sentence
from reader.model import Figure


def _counts(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.surface, f.value, f.unit) for f in parse_sentence(sentence) if f.kind == "count"]


def _by_value(figures: list[Figure], value: float) -> Figure:
    return next(f for f in figures if f.kind == "count" and f.value == value)


def test_a_plain_base_of_a_count_is_a_count_without_a_noun() -> None:
    assert ("96", 96.0, None) in _counts(
        "The ferry firm now runs 84 sailings, down from 96 a year ago."
    )
    assert ("15", 15.0, None) in _counts("The club fielded 22 coaches against 15 in 2023.")
    assert ("48", 48.0, None) in _counts("The motion passed by 61 votes to 48 on Tuesday.")


def test_a_base_in_a_new_clause_is_not_read_as_the_counts() -> None:
    # the 300 is what the fleet grows to, a clause of its own: not a base of the 40 ferries
    found = _counts("It bought 40 ferries, and said its fleet would grow to 300 by 2031.")
    assert [c[1] for c in found] == [40.0]


def test_a_plain_number_moved_by_a_verb_of_change_is_a_count() -> None:
    found = _counts("The number of appeals rose to 412 from 357, the tribunal said.")
    assert ("412", 412.0, None) in found and ("357", 357.0, None) in found
    found = _counts("Cancellations fell to 96 in April from 131.")
    assert ("96", 96.0, None) in found and ("131", 131.0, None) in found


def test_a_part_of_a_written_whole_is_a_count() -> None:
    assert ("17", 17.0, None) in _counts("Only 17 of the 3,600 replied before the deadline.")


def test_an_elided_noun_is_taken_from_the_coordinated_count() -> None:
    assert ("8", 8.0, "depots") in _counts("The courier opened 23 depots and shut 8.")
    assert ("41", 41.0, "swimmers") in _counts("Some 57 swimmers started and 41 finished.")
    assert ("2,900", 2900.0, "nurses") in _counts(
        "The board employs 4,100 nurses, 2,900 of them in Cardiff."
    )


def test_a_count_in_a_setting_lends_no_noun() -> None:
    found = _counts("The grocer has 310 shops in 12 regions, and closed 9.")
    assert ("9", 9.0, "shops") in found


def test_a_written_bare_count_keeps_no_noun_unless_partitive() -> None:
    # "or 68%": the 5,100 is not written beside a noun, so it has none
    found = _counts("Of the 7,500 drivers balloted, 5,100, or 68%, backed the deal.")
    assert ("5,100", 5100.0, None) in found


def test_plain_numbers_that_only_label_or_date_stay_out() -> None:
    for sentence in (
        "The 120 workers moved to level 4 of the tower.",
        "Its 30 kiosks will open from 6 to 9 March, at junction 3.",
        "It hired 200 guards, Maria Lund, 52, said.",
        "The 60 delegates met at the 3GSM show.",
        "It sold 500 bikes, and 12 riders ordered a second one last week.",
        "Turnout was 1,204 voters over 60.",
    ):
        assert all(c[2] is not None for c in _counts(sentence)), sentence
    # a further amount without a noun is left out (the rounds label it both ways)
    assert [c[1] for c in _counts("It runs 140 cafes and will open 25 more.")] == [140.0]


def test_collective_and_compound_nouns_are_counted_nouns() -> None:
    assert _counts("The port employs 3,400 crew.") == [("3,400 crew", 3400.0, "crew")]
    assert _counts("Farmers culled 2.4 million poultry.")[0][2] == "poultry"
    assert _counts("The union represents 12,000 firemen.")[0][2] == "firemen"
    assert _counts("It will hire about 350 sales staff.")[0][2] == "sales staff"
    assert _counts("It ran 900 savings accounts.")[0][2] == "savings accounts"
    # "-men" words that are not plurals, and a plural that is the head, stay as they were
    assert _counts("It tested 40 specimens.")[0][2] == "specimens"


def test_the_repeated_whole_takes_its_noun_and_the_part_its_measure() -> None:
    figures = extract_figures(
        [
            "The guild surveyed 3,600 landlords in March.",
            "Only 17 of the 3,600 said they would cut rents.",
        ]
    )
    whole = [f for f in figures if f.kind == "count" and f.value == 3600.0]
    assert {f.unit for f in whole} == {"landlords"}
    part = _by_value(figures, 17.0)
    assert part.unit is None and part.metric == whole[0].metric
    # the 17 answered: what they said they would do is theirs, the count is a fact
    assert part.status is None
