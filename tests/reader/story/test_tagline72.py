"""A newsletter's tagline under its name ("Your weekly round-up of Pacific business news.") is
the letter's opening words, no story of its own (a user's Markdown export, session 72, listed it
as a seven-word story)."""

from __future__ import annotations

from pathlib import Path

from reader.story.lines.patterns import greeting
from tests.reader.story.pasted import pasted_stories

LETTER = """# The Friday Ledger — 11 December

*Your weekly round-up of Pacific business news.*

## Fiji Airways orders four more A321neos

**Fiji Airways** has ordered four more Airbus A321neo jets, taking its fleet of the type to eleven, the airline said on Thursday. The order is worth about US$520 million at list prices.

Chief executive Andre Viljoen said the jets would be used on new routes to Honolulu and Seoul from 2028.

## Samoa's tourism arrivals hit record

Visitor arrivals in Samoa rose 18% to 212,000 in the year to October, the Samoa Bureau of Statistics said, driven by more flights from Auckland and Sydney.

Hotel occupancy averaged 71%, up from 64% a year earlier.
"""


def test_a_letters_tagline_is_no_story(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, LETTER)
    assert [s.title for s in stories] == [
        "Fiji Airways orders four more A321neos",
        "Samoa's tourism arrivals hit record",
    ]


def test_taglines() -> None:
    for line in (
        "Your weekly round-up of Pacific business news.",
        "The daily briefing on markets and money",
        "Here's what you need to know today.",
        "Good morning. Three things today.",
    ):
        assert greeting(line), line
    for line in (
        "The weekly market report showed sales rose 3% in November, the agency said.",
        "Your weekly shop will cost more from January.",
    ):
        assert not greeting(line), line
