"""A one-paragraph brief that ends the file after page junk (a "Sign up" box, an advert) opens
a story of its own where the boundary scorer is sure, even in a file of short paragraphs where
a junk-backed lede must otherwise introduce its subject: nothing follows it for the odds to be
wrong about (a user's paste, session 64: a jobless-rate brief after "Sign up to our morning
briefing" was read as the end of a miner's story)."""

from __future__ import annotations

from pathlib import Path

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import JUNK_SURE, junk_backed
from tests.reader.story.pasted import pasted_stories

PASTE = """Brackwater Rail, the Cardiff-based train operator, carried 18.2 million passengers in the year to March, up 7%, the company said on Tuesday.

Fare income rose 5.1% to £412 million and punctuality improved to 91% from 88%.

Analyst Ruth Evans of Penarth Capital raised her target price to 214p from 190p.

Advertisement

Tin producer Kellow Mining processed 2,300 tonnes of ore in the quarter, down from 2,650 tonnes, after a pump failed at its Redruth shaft.
The miner kept its yearly output guidance of 9,000 to 9,500 tonnes. Its cash costs rose to US$19.80 a kilogram.
Sign up to our evening newsletter
Inflation in Wales fell to 2.9% in April from 3.3% in March, the statistics office said on Wednesday.
"""


def test_a_brief_after_junk_at_the_file_end_is_its_own_story(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, PASTE)
    assert [s.paragraphs[0][:20] for s in stories] == [
        "Brackwater Rail, the",
        "Tin producer Kellow ",
        "Inflation in Wales f",
    ]


TEXTS = [
    "Tin producer Kellow Mining processed 2,300 tonnes of ore in the quarter.",
    "The miner kept its yearly output guidance.",
    "Inflation in Wales fell to 2.9% in April from 3.3% in March, the office said.",
]


def _paras(texts: list[str]) -> list[Paragraph]:
    out = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(texts)]
    out[1].trail = [Line(4, "Sign up to our evening newsletter", "promo")]
    return out


def test_the_last_paragraph_needs_sure_odds_and_the_junk() -> None:
    assert junk_backed(_paras(TEXTS), [1.0, 0.1, JUNK_SURE], introduced=True) == {2}
    assert junk_backed(_paras(TEXTS), [1.0, 0.1, JUNK_SURE - 0.1], introduced=True) == set()
    bare = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(TEXTS)]
    assert junk_backed(bare, [1.0, 0.1, 0.99], introduced=True) == set()


def test_a_paragraph_with_more_after_it_still_needs_an_introduction() -> None:
    texts = [*TEXTS, "Food prices rose 4.1%."]
    assert junk_backed(_paras(texts), [1.0, 0.1, 0.99, 0.1], introduced=True) == set()
