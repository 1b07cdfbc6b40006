"""Route ends and founders are never a figure's owner."""

from __future__ import annotations

from reader.figures.bystanders import bystander, past_opener


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def test_both_ends_of_a_route_are_bystanders() -> None:
    s = "A season ticket from Kendal to Carlisle Citadel will cost £1,204."
    assert bystander(s, *_at(s, "Kendal"))
    assert bystander(s, *_at(s, "Carlisle Citadel"))
    s = "Orrin moved from Kendal last year to a larger site."
    assert not bystander(s, *_at(s, "Kendal"))  # no route: "from X" alone


def test_founders_and_backers_are_bystanders() -> None:
    s = "Tillwood, set up in 2015 by Ana Ruiz and Ben Cole, sold 40,000 chairs."
    assert bystander(s, *_at(s, "Ana Ruiz"))
    assert bystander(s, *_at(s, "Ben Cole"))
    assert not bystander(s, *_at(s, "Tillwood"))


def test_past_an_opening_participle_phrase_with_an_agent() -> None:
    s = "Founded by Ana Ruiz, Tillwood sold 40,000 chairs."
    assert s[past_opener(s, 0) :].startswith("Tillwood")
    s = "Tillwood sold 40,000 chairs."
    assert past_opener(s, 0) == 0
    s = "Founded by Ana Ruiz, Tillwood sold 40,000 chairs."
    assert past_opener(s, 0, 5) == 0  # the phrase does not end before ``hi``
