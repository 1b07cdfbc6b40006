"""Reports sharing a distinctive headline figure of one subject are one event; round numbers,
percentages and another subject's figure link nothing."""

from __future__ import annotations

from briefing.related import group_stories
from briefing.same_figure import figure_keys, significant_digits
from reader.figures import extract_figures
from reader.model import Source, Story


def _story(sid: str, title: str, paras: list[str]) -> Story:
    story = Story(sid, title, False, [Source(f"{sid}.txt", 1, 3)], paras)
    story.figures = extract_figures(paras, title=title)
    return story


FIRST = _story(
    "a",
    "Kestrel Air lifts fares as Asian routes fill",
    [
        "Kestrel Air reported revenue of $4.27 billion for the quarter, as passengers on its "
        "Asian routes paid higher fares and the carrier filled more seats.",
        "Kestrel Air chief executive Mara Lind said bookings for Manila were strong.",
    ],
)
SECOND = _story(
    "b",
    "Kestrel Air quarter beats forecasts",
    [
        "Analysts had expected less. Kestrel Air said its quarterly revenue came to $4.27 "
        "billion, and the Dublin-listed shares climbed in early trading on the news.",
        "Lind told investors in Dublin the carrier will lease twelve more Airbus jets.",
    ],
)


def test_significant_digits() -> None:
    assert significant_digits("$34.81 billion") == 4
    assert significant_digits("$200 million") == 1
    assert significant_digits("1,618 satellites") == 4
    assert significant_digits("no number") == 0


def test_two_reports_of_one_figure_are_one_group() -> None:
    assert figure_keys(FIRST) & figure_keys(SECOND)
    assert group_stories([FIRST, SECOND]) == [[0, 1]]


def test_without_the_shared_figure_the_same_reports_are_apart() -> None:
    other = _story(
        "b",
        SECOND.title,
        [p.replace("$4.27 billion", "$3.9 billion") for p in SECOND.paragraphs],
    )
    assert group_stories([FIRST, other]) == [[0], [1]]


def test_a_round_number_or_another_subject_links_nothing() -> None:
    def kestrel(sid: str, amount: str) -> Story:
        return _story(
            sid, SECOND.title, [p.replace("$4.27 billion", amount) for p in SECOND.paragraphs]
        )

    first_round = _story(
        "a", FIRST.title, [p.replace("$4.27 billion", "$4 billion") for p in FIRST.paragraphs]
    )
    assert group_stories([first_round, kestrel("b", "$4 billion")]) == [[0], [1]]
    rival = _story(
        "c",
        "Osprey Rail fills its trains",
        [
            "Osprey Rail reported revenue of $4.27 billion for the quarter, as passengers on "
            "its northern lines paid higher fares.",
            "Osprey Rail chief executive Tomas Berg said bookings were strong.",
        ],
    )
    assert not figure_keys(FIRST) & figure_keys(rival)
    assert group_stories([FIRST, rival]) == [[0], [1]]
