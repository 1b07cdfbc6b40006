"""A figure a "could", "would" or "might" heads with its condition after it is a supposed case,
not a forecast ("occupancy could reach 75% for the full year if the airlift holds"); not with
a threshold or a concession ("only if", "even if"), nor across a clause of its own (", and the
board would not pay more than it could afford if prices fell"; blind round attrib_a124 and the
development rounds, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    found = [f for f in extract_figures([sentence], title="News") if f.surface == surface]
    assert found, surface
    return found[0].status


def test_a_modal_consequence_before_its_condition_is_hypothetical() -> None:
    assert (
        _status("He said occupancy could reach 75% next year if the airlift holds.", "75%")
        == "hypothetical"
    )
    assert (
        _status(
            "Farmers said losses could reach ₹1,200 crore if the fields stay flooded.",
            "₹1,200 crore",
        )
        == "hypothetical"
    )


def test_a_threshold_or_another_clause_is_no_supposed_case() -> None:
    assert (
        _status("Lenders said rates could fall to 4% only if inflation eases.", "4%")
        != "hypothetical"
    )
    assert (
        _status(
            "It kept its guidance at 45 cents a share, and the chair said the board would not "
            "pay out more than it could afford if prices fell.",
            "45 cents",
        )
        != "hypothetical"
    )


def test_a_supposed_move_and_what_it_would_do_are_hypothetical() -> None:
    sentence = (
        "He estimated that a 10% drop in cruise calls would cut annual revenue by roughly "
        "Dh150 million, since cruise ships pay higher fees."
    )
    assert _status(sentence, "10%") == "hypothetical"
    assert _status(sentence, "Dh150 million") == "hypothetical"


def test_a_move_that_happened_is_no_supposed_case() -> None:
    sentence = "A 10% drop in cruise calls cut annual revenue by Dh150 million last year."
    assert _status(sentence, "Dh150 million") != "hypothetical"
