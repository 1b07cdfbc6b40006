"""Whose figure: clause subjects, lower-case text, people, relative clauses, asides."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.clause import PERSON, REF, clause_subject


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_clause_subject_of_a_lower_case_sentence() -> None:
    s = "shares in kestrel mining fell 4% while platinum gained 2%."
    assert clause_subject(s, s.index("4%")) == "kestrel mining"
    assert clause_subject(s, s.index("2%")) == "platinum"


def test_clause_subject_possessives_descriptors_and_references() -> None:
    s = "kestrel's rival ormond coal rose 3%."
    assert clause_subject(s, s.index("3%")) == "ormond coal"
    s = "The company said its margin would reach 40%."
    assert clause_subject(s, s.index("40%")) == REF
    s = "She earned a bonus of £2m."
    assert clause_subject(s, s.index("£2m")) == PERSON
    s = "Ormond, which made £90m last year, said 3 of 9 mines had closed."
    assert clause_subject(s, s.index("£90m")) == "Ormond"


def test_lower_case_story_has_subjects() -> None:
    subjects = _subjects(
        [
            "shares in kestrel mining fell 9% to 212p after the company cut its forecast.",
            "the firm said its net debt rose to £1.2bn.",
            "kestrel's rival ormond coal rose 3%.",
        ]
    )
    assert subjects["9%"] == "kestrel mining"
    assert subjects["£1.2bn"] == "kestrel mining"
    assert subjects["3%"] == "ormond coal"


def test_people_named_with_a_title_and_their_pronouns() -> None:
    subjects = _subjects(
        [
            "Ardent Foods chief executive Priya Nair received a pay package of £6.2m.",
            "Her basic salary was £900,000 and she earned a bonus of £1.4m.",
        ]
    )
    assert subjects == {"£6.2m": "Priya Nair", "£900,000": "Priya Nair", "£1.4m": "Priya Nair"}


def test_what_a_person_says_is_the_firms() -> None:
    subjects = _subjects(
        [
            "Ardent Foods posted revenue of £2.1bn.",
            "Chief executive Priya Nair said sales volumes would reach 40 million tonnes.",
        ]
    )
    assert subjects["40 million tonnes"] == "Ardent Foods"


def test_name_before_with_and_a_relative_clause() -> None:
    subjects = _subjects(
        [
            "The comedy Long Haul came second with $12.5 million.",
            "Pellow Bank, which made a profit of £300m, was fined by the watchdog.",
        ]
    )
    assert subjects["$12.5 million"] == "Long Haul"
    assert subjects["£300m"] == "Pellow Bank"


def test_a_reporting_aside_is_not_the_subject() -> None:
    subjects = _subjects(
        ["Driftwood took $30 million at the weekend, its distributor Halcyon Films said, "
         "beating the $25 million forecasters had predicted."],
        title="Driftwood tops the charts",
    )  # fmt: skip
    assert subjects["$25 million"] == "Driftwood"


def test_the_government_possessive() -> None:
    subjects = _subjects(["Rents rose, and the government's £3bn housing budget was cut."])
    assert subjects["£3bn"] == "government"
