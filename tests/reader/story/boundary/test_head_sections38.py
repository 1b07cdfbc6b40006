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


# The Hindu's way: the writer's name, then the place in capitals, then the stamp; a question
# sub-heading after a photo's caption with the paper's own credit in capitals.
NAMED = """Coastal growers dump cashew as prices crash at Kollam market
Wholesale rates have fallen to Rs 92 a kg, the lowest in six years, as stocks pile up.
Anil Menon
KOLLAM
Updated - March 3, 2031 09:12 pm IST
Cashew farmers in Kollam and Pathanamthitta districts have begun selling raw nuts below the cost of harvesting after prices at the Kollam market fell for a fifth straight week.
Traders said about 800 tonnes of raw cashew arrived on Tuesday, almost twice the usual volume for early March.
"I spent Rs 1.8 lakh on labour this season and I will not get half of it back," said Suresh Pillai, a grower from Kundara.
Processors blamed weak export orders from Europe and the Gulf, and high stocks left over from last year.
A cashew processing unit in Kollam on Tuesday. ST PHOTO: RAJAN NAIR
Will the government step in?
The State Agriculture Department said it would ask the cashew board to buy nuts directly from growers at a floor price of Rs 110 a kg.
"A report is being prepared and a decision will be taken this month," an official said.
Growers' groups said the step would come too late for farmers who had already sold."""


def test_a_name_over_a_place_in_capitals_is_a_byline_and_a_question_after_a_photo_a_section() -> (
    None
):
    kinds = {ln.text: ln.kind for ln in classify_rules(NAMED.split("\n"))}
    assert kinds["Anil Menon"] == "byline"
    assert kinds["A cashew processing unit in Kollam on Tuesday. ST PHOTO: RAJAN NAIR"] in (
        "caption",
        "credit",
    )
    assert _stories(NAMED) == 1


# A paste of two headless items, each under its byline and its stamp, a page's tags and
# copyright line between them, a blank line between paragraphs.
BYLINED = "\n\n".join(
    [
        "Written by Meera Joshi",
        "Pune | March 4, 2031 06:10 IST",
        "Vegetable prices at the Gultekdi market in Pune fell sharply on Tuesday as arrivals "
        "of tomato and onion rose after a warm February.",
        "Around 2,400 quintals of tomato arrived, against a usual 1,500, and wholesale rates "
        "fell to Rs 6 a kg.",
        "Advertisement",
        "Traders said prices could recover next week once demand from Mumbai picks up.",
        "\u201cWe paid more for the truck than we got for the crop,\u201d said Dattatray "
        "Kale, a grower from Junnar.",
        "Market secretary Sunil Pawar said arrivals were expected to stay high until the "
        "end of the month.",
        "Retail prices in Pune\u2019s neighbourhood markets had not yet followed, with "
        "tomatoes still selling at Rs 20 to Rs 25 a kg in Aundh and Baner on Tuesday evening.",
        "The agriculture produce market committee said it would open a second unloading "
        "yard on Wednesday to clear the queue of trucks that stretched past the Swargate "
        "flyover on Tuesday afternoon.",
        "\u00a9 The Indian Express Pvt Ltd",
        "Tags:",
        "Pune",
        "vegetable prices",
        "Express News Service",
        "Pune | March 4, 2031 07:25 IST",
        "The Pune Municipal Corporation has approved Rs 64 crore to resurface 40 roads in "
        "Kothrud and Karve Nagar before the monsoon.",
        "The work, covering about 18 km, is to be finished by the end of May, officials "
        "said, and traffic will be diverted in stages.",
        "Residents\u2019 groups said they had asked for the work to be done at night to avoid "
        "jams near schools.",
        "The corporation said contractors would be fined for any delay beyond the deadline.",
        "Standing committee chairman Ravindra Gokhale said the roads had been chosen after "
        "complaints from more than 3,000 residents during last year\u2019s monsoon.",
        "Opposition corporators said the same roads had been resurfaced two years ago and "
        "asked the civic body to recover the cost from the contractors who did that work.",
        "The civic body\u2019s road department said a third-party audit of the work would be "
        "carried out before any final payment is released to the contractors.",
    ]
)


def test_a_byline_and_a_stamp_again_open_a_headless_item_on_a_page() -> None:
    assert _stories(BYLINED) == 2


def test_a_name_over_its_outlet_line_and_stamp_is_a_byline() -> None:
    text = [
        "Municipality to cut water to Upington suburbs over unpaid R210 million bill",
        "Residents in three suburbs face nightly water cuts from Monday, the utility said.",
        "Thandeka Mthembu",
        "News24",
        "Published 3 Sep 2031",
        "The water utility will cut supply to three Upington suburbs every night from Monday "
        "after the municipality missed a fourth payment on its R210 million debt.",
    ]
    kinds = {ln.text: ln.kind for ln in classify_rules(text)}
    assert kinds["Thandeka Mthembu"] == "byline"
    assert kinds["News24"] == "byline"


# Blank lines between sections only: a table under its caption, two headed sections, and a
# last section with no heading (the ministry's statement), all one article.
SECTIONS = """Coffee exports from Dak Lak fall 12% as drought cuts the harvest
Published Oct 2, 2031 09:40 am

BUON MA THUOT — Robusta coffee exports from Dak Lak province fell 12 percent in the first nine months of the year as a long drought cut yields, the provincial coffee association said on Thursday.
The association said its members shipped 410,000 tonnes in the period, against 466,000 tonnes a year earlier, and warned the main harvest starting this month would also be smaller.
ADVERTISEMENT

Exports by destination (thousand tonnes)
Market | 9M 2030 | 9M 2031
Germany | 92.4 | 80.1
Italy | 61.0 | 55.3
Japan | 48.7 | 44.9

'We lost a third of the cherries'
Farmer Nguyen Van Thanh, who grows coffee on three hectares near Buon Ho, said the dry season had run almost two months longer than usual.
"We lost a third of the cherries before they could ripen. Some trees will not recover," he said.

Prices at the farm gate
Farm-gate prices rose to about 118,000 dong a kilogram in September, close to a record, which softened the blow for growers who still had beans to sell.
Traders said buyers in Europe had started to look to Brazil and Uganda for cheaper supplies.

In a statement, the provincial agriculture department said it would help growers replant with drought-tolerant varieties and extend irrigation canals in four districts.
"We will work with the association and the banks to keep farmers on their land," the department said.

TAGS: coffee exports, Dak Lak, drought, agriculture"""


def test_a_gap_before_a_captioned_table_counts_as_a_sections_gap() -> None:
    assert _stories(SECTIONS) == 1


# The article's own advert before a paragraph shaped as a lede, a section of it further on
# (a New Zealand page's layout: a blank line between every line).
ADVERT = "\n\n".join(
    [
        "Hawke's Bay orchards leave apples on trees as export prices slump; 90 pickers laid off",
        "Mereana Walker",
        "Business reporter\u00b7NZ Herald\u00b7",
        "14 Mar, 2031 05:00 AM",
        "3 mins to read",
        "Unpicked Braeburn apples on an orchard near Hastings, where growers are leaving whole "
        "blocks on the trees. Photo / Paul Taylor",
        "At least 90 seasonal pickers in Hawke's Bay have been laid off since February as "
        "orchards leave fruit on the trees, growers say.",
        "Export prices for some apple varieties have fallen by a third since last season, "
        "according to the growers' association, and freight costs have doubled.",
        "Volumes through the Port of Napier fell 38 per cent in February compared with the "
        "same month last year, port figures show.",
        "Advertisement",
        "Advertise with NZME.",
        "Heretaunga Fruit Co, which employed 140 people at the start of the season, has cut "
        "its picking crews by a quarter and will leave two blocks unpicked.",
        "Managing director Aroha Ngata said the company had kept as many people on as it "
        "could, paying some pickers to prune instead.",
        '"We have had bad years before, but nothing this quick," she said. "In January we '
        'were flat out."',
        "Prices at the packhouse door have dropped below what it costs to pick and cart the "
        "fruit from the steeper blocks.",
        "Pickers head south",
        "Some of the laid-off workers have gone to Central Otago, where the cherry and "
        "summerfruit season runs later.",
        "Tevita Fifita, 29, a picker from Flaxmere, is now working near Cromwell, eight hours' "
        "drive from home.",
        "The growers' association said it expected prices to recover next season.",
    ]
)


def test_the_articles_own_advert_before_a_lede_shaped_paragraph_opens_no_story() -> None:
    assert _stories(ADVERT) == 1
