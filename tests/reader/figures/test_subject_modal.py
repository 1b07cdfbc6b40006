"""A figure that is its clause's subject takes its status from the modal after it."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    fig = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return fig.status


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Four of its 30 depots will be closed next spring.", "Four", "planned"),
        ("The mayor said 14 of the city's 60 libraries would be affected.", "14", "planned"),
        ("About 22% of the shares will be in free float after the listing.", "22%", "planned"),
        ("A further $40m will be paid by the insurers.", "$40m", "planned"),
        ("Some 600 staff will have to reapply for their jobs.", "600 staff", "planned"),
        ("The report said about 1,200 nurses could lose their posts.", "1,200 nurses", "forecast"),
        ("As many as 5,000 homes may be flooded this winter.", "5,000 homes", "forecast"),
        ("By 2030, only 9% of cars will have a petrol engine.", "9%", "forecast"),
        (
            "By 2030, 2 million robots will be working in warehouses.",
            "2 million robots",
            "forecast",
        ),
        ("Earnings of about £300m would be a relief for the board.", "£300m", "forecast"),
        (
            "Some studies say 3 million homes could have switched by then.",
            "3 million homes",
            "hypothetical",
        ),
    ],
)
def test_a_subject_figure_and_its_modal(sentence: str, surface: str, want: str) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an object, not the subject
        ("The fair shows 20,000 new devices that will be on display.", "20,000 new devices"),
        # inside a prepositional phrase
        ("About 900 jobs, out of a workforce of 4,000, could be lost.", "4,000"),
        # those who answered, not what they plan
        ("Only 30% of voters said the mayor would be re-elected.", "30%"),
        # a verb of its own before the modal
        ("Sales rose 4% to $900m and will be reported in full next week.", "4%"),
    ],
)
def test_no_status_from_a_modal_it_does_not_head(sentence: str, surface: str) -> None:
    assert _status(sentence, surface) is None


def test_a_figure_heading_its_clause_before_will_and_a_verb_is_planned() -> None:
    from reader.figures import extract_figures

    def status(text: str, surface: str) -> str | None:
        return next(f.status for f in extract_figures([text]) if f.surface == surface)

    assert (
        status("Clearance sales with discounts of up to 60% will begin on Monday.", "60%")
        == "planned"
    )
    assert status("About 40 new buses will start running in March.", "40 new buses") == "planned"
    # a new clause after "but" is not the figure's: the price it came down to is no plan
    assert (
        status("Prices have come down to £30 but it could cost up to £900 to run.", "£30") is None
    )
