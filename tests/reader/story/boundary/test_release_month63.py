"""A lede in the simple past that names the month its figure is for ("Unemployment in Portugal
fell to 6.1% in March ...", a statistics release's brief) opens a story after page junk, as one
that names its day does (``lede.dated_past``; a user's paste, session 63)."""

from __future__ import annotations

from pathlib import Path

from reader.story.boundary.lede import dated_past
from tests.reader.story.pasted import pasted_stories


def test_a_release_month_dates_a_past_lede() -> None:
    assert dated_past("Retail sales in Ireland rose 2.3% in February, the statistics office said.")
    assert dated_past("Inflation in Chile eased to 3.9% in October from 4.2% a month earlier.")


def test_a_month_does_not_make_a_continuation_a_lede() -> None:
    assert not dated_past("It fell to 6.1% in March, the lowest since 2002.")
    assert not dated_past("But sales rose 4% in June as tourists returned.")
    assert not dated_past("The bank said profit fell in March.")  # a reported opening
    assert not dated_past("Sales will rise in March, the firm expects.")  # no past verb
    # a month before the verb recalls what happened before, inside an article
    assert not dated_past("Amazon in April successfully sent up 27 satellites into orbit.")


PASTE = """Kestrel Foods cuts 180 jobs as bakery sales fall

Kestrel Foods, the Galway-based maker of Atlantic Crust bread, will cut 180 of its 1,200 jobs after sales fell 7% to €268 million last year.

The company said underlying operating profit dropped to €14.2 million from €19.8 million, and it expects another decline this year. Its shares fell 5.1% to €3.92 in Dublin.

Advertisement

Freight group Norvald has ordered six hybrid ferries from a Finnish yard for $410 million, with deliveries due between 2029 and 2030.
The Tallinn-based operator said the ships would lift its capacity by about 15% and cut fuel use per trip by a quarter. Norvald carried 2.3 million passengers in 2025, up from 2.1 million.
Read more: Baltic ferry fares to rise
Unemployment in Slovakia fell to 5.2% in April from 5.6% a year earlier, the statistics office said, the lowest since 2008.
"""


def test_a_release_brief_after_read_more_at_the_end_is_its_own_story(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, PASTE)
    assert [s.paragraphs[0][:20] for s in stories] == [
        "Kestrel Foods, the G",
        "Freight group Norval",
        "Unemployment in Slov",
    ]
