"""A lede may open on a count of things ("More than 3,100 flats changed hands ...", "About
7,600 feet of runway will be open ..."): after page junk, where the scorer favours a start, such
a paragraph opens a story (``lede.opens_as_lede``). A share ("About 40 per cent of ...") or a
short sentence does not. Texts written here."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.boundary.lede import opens_as_lede


@pytest.mark.parametrize(
    "text",
    [
        "More than 2,400 households in the valley will be moved on to water meters by the end "
        "of next year, the regional utility said on Monday.",
        "About 9,000 feet of new sea wall will protect the harbour front by 2039, the port "
        "authority said in its annual plan.",
    ],
)
def test_a_count_opens_a_lede(text: str) -> None:
    assert opens_as_lede(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 40 per cent of the money will go on new buses for the routes to the coast and "
        "the airport, the council said.",
        "Some 200 of them were later found.",
    ],
)
def test_a_share_or_a_short_line_is_no_number_lede(text: str) -> None:
    assert not opens_as_lede(text)


PASTE = """Island ferry departure tax to double from July
9 hours ago
Passengers leaving the island by the morning ferry will pay a departure tax of 20 dollars from July, double the current charge, the finance ministry said on Tuesday.
The ministry said the extra money would go towards a new passenger terminal at the ferry pier, where travellers now wait under a tin roof.
Ferry operators said they expected some day trippers to cross less often once the charge goes up.
The new terminal is expected to cost about 14 million dollars and to open in two years.
Read more: Island records its busiest April for visitors
More than 2,400 households in the valley will be moved on to water meters by the end of next year, the regional utility said on Monday.
The utility said the meters would be read for six months before any household was charged by the amount of water it used.
Residents in the upper valley, where supply often fails in the dry season, said they hoped the meters would cut waste.
The utility's chief engineer said leaks in old pipes lost about a third of the water it treated."""


def test_a_number_lede_after_a_read_more_link_opens_a_story() -> None:
    stories = split_document(Document("paste.txt", PASTE.split("\n"), "0" * 64))
    assert [s.paragraphs[0][:20] for s in stories] == [
        "Passengers leaving t",
        "More than 2,400 hous",
    ]
