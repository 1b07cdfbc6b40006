"""Under one article's headline, a headline-shaped line right after a photo's caption heads a
section of that article, not a new item (``reader.story.boundary.head_block.section_title``): a
page sets its photos inside the running text, where sub-headings follow them; a pasted item
opens on its headline and keeps its photo below it."""

from __future__ import annotations

from reader.model import Story
from reader.pipeline import read_document, split_document
from reader.story.assemble import paragraphs_of
from reader.story.boundary.head_block import section_title
from reader.story.lines.classify import classify_lines

ARTICLE = """Orchard growers face $18m bill as hail strips late apples

By Priya Ellison, rural affairs reporter

Updated 11 February 2027, 9:10am

Apple growers in the Huon Valley face losses of about $18 million after a hailstorm stripped fruit from trees on Sunday, weeks before the late-season harvest.

The storm lasted less than 20 minutes but left bruised and split apples across about 1,400 hectares, the growers' association said.

Insurers have begun sending assessors to the worst-hit orchards around Cygnet and Franklin.

Hail damage on apples at an orchard near Cygnet on Monday. (AAP Image/Rob Blakers)

Packers brace for a short season

The valley's three apple packing sheds expect to handle about a third of their usual volume after the hail, the growers' association said.

One packing shed manager said apple pickers had already been told there would be fewer shifts this harvest.

The growers' association has asked the state government for emergency loans so orchards can buy hail netting.

"We can't keep absorbing these losses without help," the association's chair, Tom Reidy, said.
"""

PASTE = """Orchard growers face $18m bill as hail strips late apples

By Priya Ellison, rural affairs reporter

Updated 11 February 2027, 9:10am

Apple growers in the Huon Valley face losses of about $18 million after a hailstorm stripped fruit from trees on Sunday, weeks before the late-season harvest.

The storm lasted less than 20 minutes but left bruised and split apples across about 1,400 hectares, the growers' association said.

Insurers have begun sending assessors to the worst-hit orchards around Cygnet and Franklin.

(AAP Image/Rob Blakers)

Ferry timetable cut as crew shortage bites

The Bruny Island ferry will run two fewer return trips a day from March because the operator cannot find enough qualified deckhands.

The operator said it had advertised for six months and would restore the timetable once new crew were trained.

Island businesses said the cuts would hurt tourism over Easter.
"""


def _stories(tmp_path, text: str) -> list[Story]:  # type: ignore[no-untyped-def]
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    return split_document(read_document(str(path)))  # type: ignore[arg-type]


def test_a_subheading_after_a_caption_stays_in_the_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    stories = _stories(tmp_path, ARTICLE)
    assert len(stories) == 1
    assert [h.text for h in stories[0].headings] == ["Packers brace for a short season"]


def test_a_headline_after_a_credit_alone_still_opens_an_item(tmp_path) -> None:  # type: ignore[no-untyped-def]
    stories = _stories(tmp_path, PASTE)
    assert [s.title for s in stories] == [
        "Orchard growers face $18m bill as hail strips late apples",
        "Ferry timetable cut as crew shortage bites",
    ]


def _title_over(text: str, title: str) -> bool:
    paras, _ = paragraphs_of(classify_lines(text.splitlines()))
    for i, p in enumerate(paras):
        for ln in p.head:
            if ln.text == title:
                assert ln.kind == "title", ln.kind
                return section_title(paras, i, ln)
    raise AssertionError(f"{title!r} not read over a paragraph")


def test_section_title_asks_for_the_caption_before_it() -> None:
    assert _title_over(ARTICLE, "Packers brace for a short season")
    assert not _title_over(PASTE, "Ferry timetable cut as crew shortage bites")
