"""What session 38's single articles taught the head block and the line rules: a sub-heading
written wholly as a quotation heads a section (``head_block.quoted_head``), page junk before
such a heading backs no new story (``head_block.sectioned``), a bulleted list of dated items
is the article's list, not stamps, a TV site's "by: NAME" is a byline under its headline, and
a name beside the page's reading time ("3 mins to read") is a byline."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.boundary.head_block import quoted_head
from reader.story.lines.bylines import BYLINE
from reader.story.lines.classify import classify_rules
from reader.story.lines.patterns import is_reading_time, is_timestamp


def _stories(text: str) -> int:
    return len(split_document(Document("t.txt", text.split("\n"), "0" * 64)))


# One article, a blank line between paragraphs: a bulleted timetable after a colon, an advert,
# a sign-up line and a quoted sub-heading after it.
QUOTED = """Harbour ferry operator to cut evening sailings to Kettle Island from March
By: Odile Farrant
Posted: Feb 2, 2031 / 06:10 PM EST
SHARE

PORTVALE — Bluewater Ferries will stop its evening sailings to Kettle Island from March, leaving the island's 900 residents without a boat home after 7 p.m. on weekdays.

The company said fuel costs and a shortage of licensed crew made the late runs unaffordable, and that fewer than 20 people used most of them.

The cuts will come in three stages:

- 9 p.m. sailings end on March 3
- 8 p.m. sailings end on April 14
- The last 7:30 p.m. sailing ends on May 26

Advertisement

Residents said they had not been asked before the decision was made and that shift workers at the mainland hospital would be hit hardest.

"Some of us finish at eight. There is no other way home," said Grace Addo, a nurse who has lived on the island for 14 years.

Sign up for our Morning Briefing newsletter to get the day's top stories.

'We were not asked'

Island council chair Tomas Reyes said he would ask the state transport department to pay for a reduced winter service.

"We accept times are hard for the company, but a ferry is our only road," Reyes said.

The company said it would review the timetable again in September."""


def test_a_quoted_sub_heading_after_a_sign_up_line_heads_a_section() -> None:
    assert quoted_head("'We were not asked'")
    assert quoted_head("\u201cA ferry is our road\u201d")
    assert not quoted_head("'We were not asked': islanders fight ferry cuts")
    assert not quoted_head('"It is over."')
    assert _stories(QUOTED) == 1


def test_dated_bullets_are_the_articles_list_and_by_colon_is_a_byline() -> None:
    kinds = {ln.text: ln.kind for ln in classify_rules(QUOTED.split("\n"))}
    assert kinds["9 p.m. sailings end on March 3"] == "bullet"
    assert kinds["By: Odile Farrant"] == "byline"
    assert kinds["Harbour ferry operator to cut evening sailings to Kettle Island from March"] == (
        "title"
    )
    assert not is_timestamp("- 140 jobs on Aug. 15")
    assert is_timestamp("Updated Aug. 15, 2031 6:14 PM")
    assert BYLINE.match("by: Marisol Quintana") and BYLINE.match("By Dana Whitcomb")


# A standfirst under the headline, then the writer's name over the page's reading time and a
# date, no blank lines.
READING = """Riverside residents hit by R31 000 electricity bills after meter upgrade goes wrong
Households in Riverside and Valencia Park say they received bills ten times their usual amount.
Themba Nkosi
3 mins to read
14 March 2031
Dozens of Riverside residents queued outside the municipal offices on Monday after receiving electricity bills of up to R31 000 for February.
The municipality replaced about 4 000 prepaid and conventional meters in January as part of a project to cut losses from illegal connections.
Retired teacher Sarah Botha said her bill was normally about R900 a month.
"I phoned three times and nobody could tell me anything," she said.
The municipality's spokesperson said a fault in the new billing software had multiplied some readings by ten.
Corrected bills would be sent out before the end of the month, he said."""


def test_a_name_over_the_reading_time_is_a_byline() -> None:
    assert is_reading_time("3 mins to read") and is_reading_time("2 minutes to listen")
    kinds = {ln.text: ln.kind for ln in classify_rules(READING.split("\n"))}
    assert kinds["Themba Nkosi"] == "byline"
    assert kinds["3 mins to read"] == "reading_time"
    assert _stories(READING) == 1
