"""A money or count level a movement verb leads to moved: its change has the verb's direction
and no amount ("profit before tax rose to £1.1 million from £640,000"); "up to" is a limit, and
"raised its target to" no move of a level."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _change(text: str, surface: str) -> tuple[str, str | None] | None:
    f = {f.surface: f for f in extract_figures([text])}[surface]
    return None if f.change is None else (f.change.direction, f.change.amount)


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        (
            "Profit before tax rose to £1.1 million from £640,000 a year earlier.",
            "£1.1 million",
            ("up", None),
        ),
        ("Sales slipped to £51.6 million in the half.", "£51.6 million", ("down", None)),
        ("The workforce grew to 4,820 people.", "4,820 people", ("up", None)),
        ("Costs could rise up to £5 million.", "£5 million", None),
        ("It raised its target to £3m.", "£3m", None),
        ("Revenue rose 12% to £3.4 million.", "£3.4 million", ("up", "12%")),
    ],
)
def test_a_level_a_movement_verb_leads_to(
    text: str, surface: str, change: tuple[str, str | None] | None
) -> None:
    assert _change(text, surface) == change
