"""Blind round a99: a currency's name after a nationality ("800,000 Bahraini dinars"), Macau's
"MOP$", Bahrain's "BD" before a small sum where Bahrain is named, the soum written "so'm"; a
count after the group it is part of ("Of the copies sold, 780,000"); the subject of a level
verb names the measure ("Its combined ratio worsened to 97.8%"); a performer known by one
name, and "the 29-year-old from Bayamón", are people; "whose fortune" after a person's
apposition is the person's; a value "reached ..., from" an earlier one is its base."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The purse rose from 800,000 Bahraini dinars.", "800,000 Bahraini dinars", "BHD"),
        ("The bank lent 3 million Jordanian dinars.", "3 million Jordanian dinars", "JOD"),
        ("It paid 4.5 million Omani rials for the site.", "4.5 million Omani rials", "OMR"),
        ("Tickets cost 50,000 Uzbek soums.", "50,000 Uzbek soums", "UZS"),
        ("The plan will go up to 89,000 so'm.", "89,000 so'm", "UZS"),
        ("Macau's operator paid its boss MOP$98.7 million.", "MOP$98.7 million", "MOP"),
        ("In Manama a daily ticket costs BD5.", "BD5", "BHD"),
    ],
)
def test_a_currency_written_as_its_press_writes_it(text: str, surface: str, unit: str) -> None:
    found = {f.surface: (f.kind, f.unit) for f in extract_figures([text])}
    assert found[surface] == ("money", unit)


def test_a_postcode_is_no_money() -> None:
    assert extract_figures(["The family moved to BD5 in Bradford last year."]) == []


def test_a_nationality_before_a_thing_is_a_count() -> None:
    (f,) = extract_figures(["The shop sold 300 Scottish salmon."])
    assert (f.kind, f.unit) == ("count", "Scottish salmon")


def test_a_count_after_its_group() -> None:
    found = {
        f.surface: f.unit for f in extract_figures(["Of the copies sold, 780,000 were on PC."])
    }
    assert found["780,000"] == "copies"


def test_the_subject_of_a_level_verb_is_the_measure() -> None:
    text = (
        "Its combined ratio, which measures claims and costs against premiums, worsened to"
        " 97.8% from 92.1%."
    )
    assert {f.metric for f in extract_figures([text])} == {"combined ratio"}


@pytest.mark.parametrize(
    "text",
    [
        "Reggaeton star Dayán closed his tour. The 29-year-old sold 3.31 million tickets.",
        "Reggaeton star Marco Dayán closed his tour. The 29-year-old from Bayamón sold"
        " 3.31 million tickets.",
    ],
)
def test_the_person_a_reference_means(text: str) -> None:
    (f,) = extract_figures([text])
    assert f.subject is not None and "Dayán" in f.subject


def test_whose_fortune_after_a_persons_apposition_is_the_persons() -> None:
    text = (
        "The biggest gain belonged to Mariam Diabaté, 52, founder of the mobile payments firm"
        " PayLagune, whose fortune jumped 23% to FCFA 980 billion."
    )
    assert {f.subject for f in extract_figures([text])} == {"Mariam Diabaté"}


def test_a_value_reached_from_an_earlier_one_is_a_base() -> None:
    text = "Average revenue per user reached 57,000 soum a month, from 51,500 soum in 2036."
    found = {f.surface: f.status for f in extract_figures([text])}
    assert found == {"57,000 soum": None, "51,500 soum": "base"}
