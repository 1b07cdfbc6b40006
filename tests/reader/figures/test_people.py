"""People in a figure's sentence (reader/figures/people.py), read through extract_figures."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def _figures(paragraphs: list[str], title: str | None = None) -> dict[str, tuple[str | None, ...]]:
    return {
        f.surface: (f.subject, f.metric, f.status) for f in extract_figures(paragraphs, title=title)
    }


def test_people_named_with_a_title_and_their_pronouns() -> None:
    subjects = _subjects(
        [
            "Ardent Foods chief executive Priya Nair received a pay package of £6.2m.",
            "Her basic salary was £900,000 and she earned a bonus of £1.4m.",
        ]
    )
    assert subjects == {"£6.2m": "Priya Nair", "£900,000": "Priya Nair", "£1.4m": "Priya Nair"}


def test_a_persons_sentence_gives_company_measures_to_the_firm() -> None:
    found = _figures(
        [
            "Grocer Tallis & Webb said sales rose 3% in the half.",
            "Chief executive Ruth Okoye said she expected profit of about £90m this year.",
            "Okoye earned a bonus of £1.2m.",
        ]
    )
    assert found["£90m"][0] == "Tallis & Webb"
    assert found["£90m"][2] == "forecast"
    assert "Okoye" in str(found["£1.2m"][0])


def test_a_title_before_a_comma_and_accented_names() -> None:
    from reader.figures.people import last_person

    assert last_person("Its chief executive, Lena Sjöberg, said costs rose.") == "Lena Sjöberg"
    assert last_person("Council leader Margaret Oduya said the council would cut jobs.") == (
        "Margaret Oduya"
    )
