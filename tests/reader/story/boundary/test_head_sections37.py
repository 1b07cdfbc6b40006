"""Under one article's head block, what heads a section and what opens a new item
(``reader.story.boundary.head_block``): a heading much shorter than the file's first headline
is a section's sub-heading (``short_of_top``), and a one-line standfirst between the headline
and the byline stays in the head block (``titled_once`` reads past it)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.assemble import paragraphs_of
from reader.story.boundary.head_block import one_head_block, short_of_top, titled_once
from reader.story.lines.classify import classify_lines

# The opening both files share: a headline, its byline and stamp, three paragraphs.
OPENING = """Regional hospital posts longest ambulance handover delays in the state for a second year
By Mara Quinlan
Updated June 3 2027 - 6:05pm
Ambulance crews at Tarrow Base Hospital waited an average of 74 minutes to hand over patients last year, the longest delay of any hospital in the state, a health department report shows.
The figure was up from 61 minutes the year before, and well above the state target of 30 minutes.
Paramedics say the delays leave fewer crews free to answer emergency calls across the district.
"""

# One article, no blank lines, sub-headings after an advert and a link line: each sub-heading
# has under half the words of the headline.
ARTICLE = (
    OPENING
    + """"We are parking ambulances outside the doors for hours at a time," a paramedics' union organiser, Ben Toller, said.
Advertisement
Beds blamed for the wait
Doctors at the hospital said the emergency department could not move patients on because the wards were full of people waiting for aged care places.
About 40 patients a day were waiting for a place in a nursing home, the report found.
Read more: Tarrow council approves new aged care home on the old saleyards site
Minister promises more staff
Health Minister Corinne Vale said 25 more nurses would start at the hospital before winter and a new short-stay unit would open in September.
She said the handover times had improved in the last three months of the year.
"""
)

# Three items pasted one after another, each under a headline of its own length.
PASTE = (
    OPENING
    + """Advertisement
Tarrow council approves aged care home on the old saleyards site after long debate
Tarrow Shire Council has approved plans for a 120-bed aged care home on the former saleyards site in the town's north.
Councillors voted six to three in favour after a three-hour debate on Tuesday night.
Construction is expected to start next year and take about 18 months.
Read more: Saleyards move to new site at Kelso
Kelso school students raise thousands for drought-hit farming families across the district
Students at Kelso Public School have raised more than $8,000 for farming families hit by the drought with a week of cake stalls and a fun run.
The money will go to a local charity that pays for groceries and fuel.
Principal Dana Petrie said the school was proud of its students.
"""
)

# Headline, a one-line standfirst, a byline with its paper, a stamp; sections set apart by blank
# lines only.
STANDFIRST = """Winter storm leaves 90,000 homes without power across the coast
Crews from three provinces are on the way as the utility warns some outages could last days
Jonah Whitfield · Coastal News
Posted: Jan 14, 2027 6:40 AM AST | Last Updated: 2 hours ago

More than 90,000 customers of Harbour Power were without electricity on Thursday morning after a winter storm brought wind gusts of more than 120 km/h to the coast.
It is the largest outage in the region since 2022.
The weather office said Port Ellis recorded 70 millimetres of rain overnight.

Trees down on weakened lines
Harbour Power said many of the trees that fell had been soaked by a week of rain.
"The damage is widespread and it will take time," said the utility's operations director, Maria Okafor.

Regulator to review response
The outage comes a month after the region's energy regulator ordered a review of the utility's storm response.
A spokesperson for the premier said warming centres would open in four towns.

What's next
The weather office expects winds to ease by Friday evening.
"""


def _split(text: str) -> int:
    return len(split_document(Document("t.txt", text.split("\n"), "0" * 64)))


def test_a_short_sub_heading_after_page_junk_heads_a_section_of_the_article() -> None:
    assert _split(ARTICLE) == 1


def test_later_headlines_as_long_as_the_first_still_open_items() -> None:
    assert _split(PASTE) == 3


def test_short_of_top_weighs_a_heading_against_the_first_headline() -> None:
    lines = classify_lines(ARTICLE.splitlines())
    paras, _ = paragraphs_of(lines)
    heads = [ln for p in paras for ln in p.head if ln.kind in ("heading", "title")]
    texts = {ln.text: short_of_top(paras, ln) for ln in heads}
    assert texts["Beds blamed for the wait"] is True
    assert texts["Minister promises more staff"] is True
    # the first headline is no section of itself
    assert not any(v for t, v in texts.items() if t.startswith("Regional hospital"))
    paste, _ = paragraphs_of(classify_lines(PASTE.splitlines()))
    later = [ln for p in paste[1:] for ln in p.head if ln.kind in ("heading", "title")]
    assert later and not any(short_of_top(paste, ln) for ln in later)


def test_a_standfirst_above_the_byline_stays_in_the_head_block() -> None:
    paras, _ = paragraphs_of(classify_lines(STANDFIRST.splitlines()))
    assert titled_once(paras)
    assert one_head_block(paras)
    assert _split(STANDFIRST) == 1


KICKED = """NBA

Kings send Darius Holloway to Pistons in three-team deal hours before trade deadline

By Owen Castellano

Feb. 6, 2031, 1:41 p.m. ET

The Sacramento Kings traded forward Darius Holloway to Detroit on Thursday in a three-team deal that also involved Utah.

Holloway, 27, had asked for a trade in December after losing his starting place.

A fresh start in Detroit

Pistons coach Mark Ellery said Holloway would start on Saturday against Chicago.

"He gives us a scorer we have needed all season," Ellery said.
"""


def test_a_kicker_above_the_headline_is_no_headline_to_weigh_headings_against() -> None:
    paras, _ = paragraphs_of(classify_lines(KICKED.splitlines()))
    heads = {ln.text: ln for p in paras for ln in p.head if ln.kind in ("heading", "title")}
    assert heads["NBA"].kind == "title"  # read as a title of the head block
    assert short_of_top(paras, heads["A fresh start in Detroit"])
