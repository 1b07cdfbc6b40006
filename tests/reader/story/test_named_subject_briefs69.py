"""A two-paragraph item after page junk that opens on a name no earlier paragraph writes, as
its sentence's subject ("Manchester Rovers posted record revenue ..."), opens a story of its own
where the boundary scorer favours a start, in a file of short items judged several: a
junk-backed lede there must otherwise introduce its subject with "A ..." or a place (a user's
paste, session 69: a football club's results after "Sign up for our business newsletter" were
read as the end of a central bank's story). Since session 70 the name alone, with only junk in
the gap, is a lede's opening (a cinema chain's year after "Advertisement" had ended a water
company's story), and a person named with a post is no new subject."""

from __future__ import annotations

from pathlib import Path

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import JUNK_LEDE, JUNK_SURE, junk_backed
from tests.reader.story.pasted import pasted_stories

PASTE = """Markets | 3 hours ago

Orbital Freight lifts outlook as parcel volumes climb

Orbital Freight Systems reported first-half revenue of $2.7 billion on Tuesday, up 14% from a year earlier and ahead of the $2.6 billion analysts had expected.

Operating profit climbed 22% to $310 million, or 41 cents a share. The company's air cargo unit grew 19% to $900 million and now makes up a third of sales.

For the full year, Orbital forecast revenue of $5.5 billion to $5.7 billion. Its shares, which have gained 35% this year, rose 4% in early trading.

The company said it had 18,300 staff at the end of June, up from 16,900 a year ago.

Photo: An Orbital depot near Leeds. (PA)

The Bank of Ghana raised its policy rate by 1 percentage point to 28% on Monday and said it could tighten again if the cedi kept falling.

Consumer inflation quickened to 23.4% in October from 21.7%, while the cedi lost 6% against the dollar over the month.

Governor Ama Mensah said the bank expected inflation to ease to about 15% by the end of next year.

Sign up for our business newsletter

Westfield Harriers made record revenue of £212 million in the year to May, driven by a 30% jump in matchday income at their rebuilt stadium.

The club's wage bill rose to £131 million, taking wages to 62% of revenue. It made a pre-tax profit of £4 million, against a £9 million loss a year earlier.
"""


def test_a_named_subject_after_junk_opens_its_own_story(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, PASTE)
    assert [s.paragraphs[0][:20] for s in stories] == [
        "Orbital Freight Syst",
        "The Bank of Ghana ra",
        "Westfield Harriers m",
    ]


TEXTS = [
    "The Bank of Ghana raised its policy rate to 28% on Monday.",
    "The central bank said it would act again if price pressures persisted.",
    "Westfield Harriers made a pre-tax profit of £12 million in the year to May.",
    "The club's wage bill rose to £96 million.",
]


def _paras(texts: list[str]) -> list[Paragraph]:
    out = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(texts)]
    out[1].trail = [Line(4, "Sign up for our business newsletter", "promo")]
    return out


def test_the_named_subject_needs_favouring_odds_the_junk_and_a_name_not_seen_before() -> None:
    sure = [1.0, 0.1, JUNK_SURE, 0.1]
    assert junk_backed(_paras(TEXTS), sure, introduced=True) == {2}
    assert junk_backed(_paras(TEXTS), [1.0, 0.1, JUNK_LEDE + 0.1, 0.1], introduced=True) == {2}
    assert junk_backed(_paras(TEXTS), [1.0, 0.1, JUNK_LEDE - 0.1, 0.1], introduced=True) == set()
    bare = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(TEXTS)]
    assert junk_backed(bare, sure, introduced=True) == set()
    # the name written before: the story goes on ("Westfield Harriers" named in the lede)
    seen = ["Westfield Harriers raised its ticket prices on Monday.", *TEXTS[1:]]
    assert junk_backed(_paras(seen), sure, introduced=True) == set()


def test_a_person_named_with_a_post_after_junk_is_no_new_subject() -> None:
    sure = [1.0, 0.1, JUNK_SURE, 0.1]
    judge = [
        *TEXTS[:2],
        "Magistrate Helen Corrigan Walsh fined the firm £40,000 on Friday.",
        TEXTS[3],
    ]
    assert junk_backed(_paras(judge), sure, introduced=True) == set()


CINEMA = """Business | 5 hours ago

Tidemark Water to raise bills 7% to pay for new reservoir

Tidemark Water will raise average household bills by 7% from April, adding about £38 a year, after the regulator approved a £1.4 billion plan.

The company said leaks had fallen 9% over two years but it still lost 180 million litres a day.

Chief executive Laura Penhale said customers would get a £20 rebate if supplies were cut for more than a day.

Advertisement

Lantern Screens sold 2.6 million tickets in the year to June, 11% more than a year earlier, helped by a run of animated films.

Revenue rose 12% to £48 million. The chain plans to open three screens in Exeter next year.

Read more: Streaming prices rise again

Staff at Millbrook Dairies will get a 4% rise after members of the Unite union voted to accept the offer. About 900 workers are covered by the deal.
"""


def test_a_chain_named_anew_after_an_advert_opens_a_story(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, CINEMA)
    assert [s.paragraphs[0][:20] for s in stories] == [
        "Tidemark Water will ",
        "Lantern Screens sold",
        "Staff at Millbrook D",
    ]
