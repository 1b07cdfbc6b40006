"""Blind round a96: a dateline a lede opens on is no owner of its figures, set with a full stop
("Dar es Salaam. Msasani Mart Plc ...") or as a Title-case place with its month and day
("Kathmandu, Oct 19 — ..."); a place's name alone as a sentence is no dateline when it is a
word a sentence of its own says, a firm's name or a label."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.story.lines.shape import place_sentence, split_lede_dateline


def _subjects(paragraphs: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_dateline_set_with_a_full_stop_is_no_owner() -> None:
    paragraphs = [
        "Monday, 4 May 2037",
        "Dar es Salaam. Nile Crest Foods Ltd, Uganda's biggest maker of maize flour, said sales rose 9"
        " percent in the year to March as it opened new depots in the west.",
        "The company opened 14 depots in the year and closed 3.",
    ]
    found = _subjects(paragraphs, "Maize flour maker's sales rise as new depots open")
    assert found["9 percent"] == "Nile Crest Foods Ltd"
    assert found["14 depots"] == "Nile Crest Foods Ltd"


def test_a_title_case_place_with_its_month_and_day_is_no_owner() -> None:
    paragraphs = [
        'Bhaktapur, Nov 2 — "Mountain Echo", the second film by director Sita Gurung, took Rs 2.1'
        " crore in its first weekend, its distributor said.",
        "The film was shown on 140 screens, 22 of them in Bhaktapur and the Kathmandu Valley.",
    ]
    found = _subjects(paragraphs, "Mountain Echo tops the weekend box office")
    assert found["Rs 2.1 crore"] == "Mountain Echo"
    assert found["140 screens"] == "Mountain Echo"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Dar es Salaam. Msasani Mart Plc said its sales rose by a tenth in the half to June.",
            "Dar es Salaam",
        ),
        (
            "Yes. The government will pay for the new bridge over the river this year, he said.",
            None,
        ),
        ("Acme Ltd. The company said its profits rose to a record in the year to March.", None),
        ("Update. The council will publish its revised plan for the harbour next month.", None),
    ],
)
def test_which_full_stops_set_a_dateline(text: str, place: str | None) -> None:
    assert split_lede_dateline(text)[0] == place


def test_a_place_alone_as_a_sentence() -> None:
    assert place_sentence("Dar es Salaam.")
    assert not place_sentence("Thanks.")
    assert not place_sentence("The company said.")
