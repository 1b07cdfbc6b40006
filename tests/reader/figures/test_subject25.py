"""Whose figure it is (issue 14, subject25): a byline with no "By" above the lead is no one's
figure owner (lead.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_byline_with_a_newsroom_title_is_not_the_lead() -> None:
    assert lead_at(["Maeve Dunleavy, Economics Correspondent", "Sales rose.", "More."]) == 1
    assert lead_at(["Tomas de Wit, Energy reporter", "Sales rose.", "More."]) == 1
    assert lead_at(["Lindiwe Khoza | Durban Trade Weekly", "Sales rose.", "More."]) == 1


def test_a_person_with_another_title_or_a_sentence_stays_the_lead() -> None:
    assert lead_at(["Maeve Dunleavy, chief executive of Orlan", "Sales rose."]) == 0
    assert lead_at(["Maeve Dunleavy, Economics Correspondent, said sales rose.", "More."]) == 0


def test_the_bylined_writer_owns_none_of_the_storys_figures() -> None:
    found = _subjects(
        [
            "Maeve Dunleavy, Economics Correspondent",
            "Pellworth Foods grew sales by 12% to €840 million in the year to June, the "
            "Limerick-based group said on Thursday.",
            "Profit rose 9% to €61 million.",
            "It employs 2,300 people.",
        ],
        title="Pellworth sales climb",
    )
    assert "Maeve Dunleavy" not in found.values()
    assert found["€61 million"] == "Pellworth Foods"
    assert found["2,300 people"] == "Pellworth Foods"
