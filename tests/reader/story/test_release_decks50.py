"""A news release's headline over its deck, a "News provided by" line and a time stamp, then the
dated lede: the deck is left out of the story and the headline is still its title
(reader/story/story_head.py, ``deck_left_out``). Written here, after blind singles66 s03."""

from __future__ import annotations

from reader.pipeline import Document, split_document

_RELEASE = [
    "HARBOUR NEWSWIRE",
    "News releases | Energy",
    "",
    "Tidewell Pumps opens a second assembly hall in Aarhus and hires 80 people",
    "Investment of DKK 240 million doubles output of heat-pump compressors; first deliveries to"
    " installers planned for January 2038",
    "News provided by Tidewell Pumps A/S",
    "Tuesday 6 October 2037, 08:00 CET",
    "",
    "AARHUS, Denmark, October 6, 2037 /Harbour Newswire/ -- Tidewell Pumps A/S, a maker of"
    " compressors for heat pumps, today opened a second assembly hall at its Aarhus site.",
    "",
    "The hall can build up to 60,000 compressors a year, the company said.",
    "",
    '"Demand from installers has doubled in two years," said chief executive Mette Lund.',
    "",
    "Of the 80 new jobs, about 50 are for assembly workers and the rest for engineers.",
]


def test_the_headline_over_a_left_out_deck_is_the_title() -> None:
    (story,) = split_document(Document("release.txt", _RELEASE, "0" * 64))
    assert story.title == _RELEASE[3]
    assert not story.title_generated
    assert story.paragraphs[0].startswith("Tidewell Pumps A/S, a maker")
