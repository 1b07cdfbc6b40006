"""A file of one-paragraph briefs with nothing over them, every paragraph reading as a lede,
is that many stories (``reader.story.start_evidence.briefs_column``)."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import read_document, split_document

BRIEFS = """KELSO - The Border Rail Trust will run a Sunday steam service between Kelso and St Boswells from June 7, the trust said on Monday. Tickets will cost £18 for adults and the trains will stop at Maxton on request.

A 31-year-old woman was fined £400 by Jedburgh Sheriff Court on Tuesday for driving a quad bike while disqualified along the A68 near Ancrum. Police said she had been stopped at about 2am in April.

About 900 homes in Hawick will have new water mains fitted by the end of September, Scottish Water said on Wednesday. Roads in the Wilton area will close in turn while the work is done.

Galashiels Rugby Club has signed a two-year sponsorship deal worth £60,000 with Tweedside Motors, a Melrose car dealer, the club announced on Thursday. The money will pay for new floodlights.

A Peebles bakery has won the top prize at the Scottish Bakers awards for its steak pie, beating 140 entries, the judges said on Friday. The owners said they would hire two more staff.
"""

ARTICLE = """KELSO - The Border Rail Trust will run a Sunday steam service between Kelso and St Boswells from June 7, the trust said on Monday.

Tickets will cost £18 for adults and £9 for children, and the trains will stop at Maxton on request.

The trust restored the line's two stations over the past four years with volunteers and a £1.2m lottery grant.

Its chair, Morag Elliot, said bookings had opened on Friday and that the first two Sundays were already nearly full.

She said the trust hoped to run weekday trains in the school holidays if enough volunteers came forward.
"""


def _count(tmp_path: Path, text: str) -> int:
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    return len(split_document(read_document(str(path))))  # type: ignore[arg-type]


def test_a_column_of_one_paragraph_briefs_is_that_many_stories(tmp_path: Path) -> None:
    assert _count(tmp_path, BRIEFS) == 5


def test_an_article_whose_later_paragraphs_go_on_is_one_story(tmp_path: Path) -> None:
    assert _count(tmp_path, ARTICLE) == 1
