"""A bare measure named as the story named it before (``reader/figures/head_kin.py``)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _metric(paragraphs: list[str], surface: str) -> str | None:
    figures: list[Figure] = extract_figures(paragraphs)
    return next(f.metric for f in figures if f.surface == surface)


def test_a_later_bare_word_is_the_kind_the_story_named() -> None:
    story = [
        "Smartphone shipments across East Africa fell 6% to 3.2 million in the second quarter, "
        "research firm Kestrel Data said. Shipments had risen 2% in the first quarter.",
        "Tablet makers fared better.",
    ]
    assert _metric(story, "2%") == "smartphone shipments"


def test_a_later_bare_price_is_the_house_price() -> None:
    story = [
        "The average house price in Dunedin rose 2.1% to NZ$642,000 in May, the agency said. "
        "Prices are still 4% below their 2036 peak."
    ]
    assert _metric(story, "4%") == "average house price"


def test_two_kinds_named_leave_the_bare_word_bare() -> None:
    story = [
        "Smartphone shipments fell 6% to 3.2 million, while tablet shipments rose 3% to 410,000. "
        "Shipments have fallen for five quarters, down 11% in all."
    ]
    assert _metric(story, "11%") == "shipments"


def test_a_units_revenue_is_not_the_groups() -> None:
    story = [
        "Cloud revenue at Nimbara rose 20% to $3.1bn in the quarter. "
        "Revenue for the group climbed 5% to $20.4bn."
    ]
    assert _metric(story, "$20.4bn") == "revenue"


def test_a_part_or_a_sum_is_not_a_kind() -> None:
    story = [
        "Brightmoor will open 40 new stores in Scotland next year. It trades from 310 stores "
        "across Britain.",
        "Brightmoor's total debt stands at £880m. Its debt rose by £60m in the year.",
    ]
    assert _metric(story, "310 stores") == "stores"
    assert _metric(story, "£60m") == "debt"


def test_a_change_in_something_named_is_not_the_kind_before() -> None:
    story = [
        "China's GDP growth slowed to 4.6% in the third quarter.",
        "Ferrovia's domestic commerce arm posted 10% growth in customer management revenue.",
    ]
    assert _metric(story, "10%") != "GDP growth"
