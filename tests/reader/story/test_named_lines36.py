"""A byline's name and its paper on lines of their own, read as a link list, make no web page
of a paste (``reader.story.paragraph.is_page``); a newsletter's opening line above the
article's headline leaves that headline the file's one head block
(``reader.story.boundary.head_block.one_head_block``)."""

from __future__ import annotations

from reader.model import Story
from reader.pipeline import read_document, split_document
from reader.story.assemble import paragraphs_of
from reader.story.boundary.head_block import one_head_block
from reader.story.lines.classify import classify_lines
from reader.story.lines.line import Kind, Line
from reader.story.paragraph import Paragraph, is_page


def _stories(tmp_path, text: str) -> list[Story]:  # type: ignore[no-untyped-def]
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    return split_document(read_document(str(path)))  # type: ignore[arg-type]


def _para(trail: list[tuple[str, Kind]]) -> Paragraph:
    p = Paragraph("Body text of the story goes on here.", 1, 1)
    p.trail = [Line(2 + k, text, kind) for k, (text, kind) in enumerate(trail)]
    return p


def test_a_name_alone_makes_no_page() -> None:
    assert not is_page([_para([("Nadia Karim", "linklist"), ("Windsor Star", "linklist")])])
    assert not is_page([_para([("The London Free Press", "linklist")])])
    assert is_page([_para([("Most read: Council backs budget", "linklist")])])
    assert is_page([_para([("DONATE", "nav")])])


NEWSLETTER = """Morning Briefing | Hobart
Friday 12 March 2027

Good morning. Here is what you need to know about the city's ferry plan today.

Derwent ferry service to double sailings from July
By Lena Brooks

Hobart's Derwent ferry will run twice as many sailings from July after the state government agreed to fund two more boats, the transport minister said on Thursday.

The service, which carries about 1,400 passengers a day between Bellerive and the city, has been full at peak times since it started.

Commuters boarding the ferry at Bellerive on Thursday. (Photo: Tasmanian Government)

Boats arrive next winter

The two new boats are being built in Launceston and will each carry 200 passengers, the ferry operator said.

The operator said the timetable for the extra ferry sailings would be published in May.

That's all for today. See you on Monday.
"""


def test_a_newsletters_greeting_above_the_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paras, _ = paragraphs_of(classify_lines(NEWSLETTER.splitlines()))
    assert one_head_block(paras)
    stories = _stories(tmp_path, NEWSLETTER)
    assert len(stories) <= 2  # (the greeting may stand alone)
    assert any(s.title.startswith("Derwent ferry service") for s in stories)
    ferry = next(s for s in stories if s.title.startswith("Derwent ferry service"))
    assert any("new boats" in p for p in ferry.paragraphs)
