"""A table's caption that gives its cells' unit in any currency sign ("(₦ million unless
stated)"), with the line of its columns' periods between it and the rows ("2027        2026"),
is kept in the story with the rows (``kept.keep_table_captions``), so the cells are read as
money in that unit (session 39: 14 of a Lagos paint maker's results cells were lost in the
product's reading of blind round a56)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.roles.kept import _period_header

STORY = """Lagos paint maker's profit slips as costs bite
By Chidi Obi

Lekki Coatings Plc said on Tuesday that profit after tax fell in 2027 as the naira's slide pushed up the cost of imported resins and pigments.

The company, whose shares trade on the Nigerian Exchange, released its results after the market closed.

LEKKI COATINGS PLC - YEAR TO 31 DECEMBER (₦ million unless stated)
                                  2027        2026
Revenue                         58,210      45,330
Gross profit                    18,405      16,920
Operating profit                 8,115       7,890
Profit after tax                 4,870       5,102

Gross margin narrowed to 32% from 37% as the company could not pass all of its costs on.
"""


def test_a_header_of_periods_alone() -> None:
    assert _period_header("                                  2027        2026")
    assert _period_header("FY27    FY26")
    assert not _period_header("Revenue     58,210     45,330")


def test_the_caption_and_period_header_stay_with_the_table() -> None:
    (story,) = split_document(Document("t.txt", STORY.split("\n"), "0" * 64))
    text = "\n".join(story.paragraphs)
    assert "(₦ million unless stated)" in text
    assert "2027        2026" in text
