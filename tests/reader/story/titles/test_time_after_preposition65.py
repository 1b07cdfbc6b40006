"""A time adverbial is dropped from a generated title only where it stands alone ("on Monday",
"last week"): after a preposition the day is that preposition's object ("from Monday", "until
next week"), and dropping it left "will close for a week from for carpet replacement"."""

from __future__ import annotations

import pytest

from reader.story.titles.form import headline_form
from reader.story.titles.generate import generate_title


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("The library will close for a week from Monday for carpet replacement.", "from Monday"),
        ("Parking charges rise until Friday under the trial, the council said.", "until Friday"),
        ("The bridge will stay shut through Sunday while crews repair the deck.", "through Sunday"),
        ("Talks were moved to Thursday after the union asked for more time.", "to Thursday"),
        (
            "Prices have doubled since last year at the town's two petrol stations.",
            "since last year",
        ),
    ],
)
def test_a_day_after_a_preposition_stays(lead: str, kept: str) -> None:
    form, _ = headline_form(lead)
    assert kept in form
    # the generated title, however it is cut, never keeps the preposition without its object
    title = generate_title(lead)
    preposition = kept.split()[0]
    assert preposition not in title.split() or kept in title


@pytest.mark.parametrize(
    ("lead", "gone"),
    [
        ("The council approved the budget on Monday after a long debate.", "Monday"),
        ("Shares in Kestrel Mining rose 8% on Wednesday after a record quarter.", "Wednesday"),
        ("The airline said last week it would cut 200 jobs.", "last week"),
    ],
)
def test_a_lone_time_adverbial_still_goes(lead: str, gone: str) -> None:
    form, _ = headline_form(lead)
    assert gone not in form
