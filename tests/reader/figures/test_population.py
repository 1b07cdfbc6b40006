"""A count of the people living somewhere is a population (``reader.figures.population``)."""

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Tullamore, a town of about 15,200 people, lost its last bank branch.", "15,200 people"),
        ("The port serves the island's 86,000 residents and 40 cruise ships.", "86,000 residents"),
        ("The district, home to 230,000 people, has two hospitals.", "230,000 people"),
    ],
)
def test_people_living_somewhere_are_its_population(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) == "population"


def test_people_something_happened_to_are_no_population() -> None:
    assert _metric("About 8,000 people lost power in the storm.", "8,000 people") is None
