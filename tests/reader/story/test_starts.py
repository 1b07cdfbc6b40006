"""Where stories start: furniture that heads the file's first story and heads a later
paragraph again opens a new item there."""

from __future__ import annotations

import hashlib

from reader.pipeline import Document, split_document


def _stories(lines: list[str]) -> list[list[str]]:
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return [s.paragraphs for s in split_document(Document("t.txt", lines, digest))]


_FIRST = [
    "Posted 09:10",
    "",
    "The city's tram network will shut for three weeks in July while engineers replace 2km of "
    "worn track on the western line.",
    "",
    "The operator said replacement buses would run every ten minutes.",
    "",
    "About 40,000 people use the western line on a typical weekday.",
    "",
]
_SECOND = [
    "Posted 12:40",
    "",
    "Tram drivers have voted to strike during the three-week shutdown of the western line, "
    "saying they were not consulted about the work.",
    "",
    "The union said 230 drivers had taken part in the vote.",
    "",
    "The operator said it was disappointed and would meet union officials on Friday.",
]


def test_a_stamp_over_the_first_story_and_again_later_opens_a_new_item() -> None:
    stories = _stories([*_FIRST, *_SECOND])
    assert len(stories) == 2
    assert stories[1][0].startswith("Tram drivers have voted")


def test_a_stamp_only_later_is_no_such_cue() -> None:
    # the first story has no stamp over it: a stamp further down is left to the other cues
    body = [ln for ln in _FIRST[2:] if ln]
    stories = _stories([body[0], "", body[1], "", "Updated 12:40", "", body[2]])
    assert len(stories) == 1


_FEATURE_TEXT = """Opinion | Thursday 4 February 2027

Ferry firm to end island crossing after 60 years as losses mount

By Tom Birkett, Transport reporter

Solway Links, the ferry operator whose red-hulled boats have linked Port Carrick with the island of Innishmore since 1967, is to withdraw the service in September, blaming rising fuel costs and falling passenger numbers.

Its Norwegian owner, Fjordline Holdings, told crews on Monday that the route had lost money in each of the last five years and that no buyer had come forward despite two years of talks.

The company said the two ageing vessels on the route would need more than £20m of work to meet new emissions rules and that it could not justify the spending.

Crew members were told the news in the harbour office at 8am by the operations director, who said the decision had been taken in Oslo the previous week.

"People were stunned, nobody saw this coming," said Martin Doyle, a deckhand who has worked on the crossing for 22 years.

Fjordline bought Solway Links from its founding family in 2016, promising at the time to invest in new boats and to keep the island connected all year round.

The RMT union, which represents most of the 85 staff, said it would ask ministers to step in and keep the route running while a new operator was found.

An island that lives by the timetable

For three generations the crossing has been the island's lifeline, carrying schoolchildren, nurses, livestock and the post, and islanders plan their weeks around the sailing times.

The local MSP, Anne Garvie, said the withdrawal was "devastating" for a community that had already lost its bank branch and its secondary school.

The council leader said the council would explore running the service itself and would seek emergency funding from the Scottish government.

Fjordline said it would offer enhanced redundancy terms and that a formal consultation with staff would begin next week.
"""
_FEATURE = _FEATURE_TEXT.splitlines()


def test_a_section_heading_under_the_one_headline_opens_no_story() -> None:
    stories = _stories(_FEATURE)
    assert len(stories) == 1
    # page junk before the heading ("ENDS"), as between pasted releases, lets the words decide
    from reader.story.lines.line import Line
    from reader.story.paragraph import Paragraph
    from reader.story.starts import _inner_heading

    body = Paragraph("Text.", 1, 1)
    heading = Paragraph("More text.", 3, 3, head=[Line(2, "A town that smells", "heading")])
    assert _inner_heading([body, heading], 1)
    body.trail = [Line(2, "ENDS", "promo")]
    assert not _inner_heading([body, heading], 1)
