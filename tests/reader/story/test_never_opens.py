"""Paragraphs no story opens with (goes_on.never_opens): a table's row and a quotation a
pronoun says belong to the article before them, whatever the gap or the words."""

from __future__ import annotations

import hashlib

from reader.pipeline import Document, split_document
from reader.story.goes_on import never_opens

ARTICLE = """Kestrel Foods lifts profit 18% as frozen sales climb
By Amara Okafor
9 April 2027 | 4 min read

Listed snack maker Kestrel Foods grew operating profit by 18% to R418m in the year to February, helped by strong demand for frozen pies in supermarkets.
Revenue rose 11% to R5.2bn. The board will pay a final dividend of 92c a share, up from 80c.
Chief executive Pieter Naidoo said the group had added two production lines at its plant in Polokwane and hired 340 people.

Sales by region (R million)
Region          2027    2026    Change
Gauteng         1,910   1,720   +11%
Western Cape    1,240   1,150    +8%
KwaZulu-Natal     980     905    +8%
Exports           610     480   +27%
Total           4,740   4,255   +11%

Exports grew fastest after the group signed a distribution deal in Botswana and began selling frozen pies in Namibia.
Naidoo said margins in the Western Cape were squeezed by higher electricity tariffs and a long strike at a supplier.

Advertisement

"Load-shedding cost us more than any rival did this year," he said. "We have bought generators for every site."
The group expects capital spending of about R300m next year, mostly on a new cold store near Durban.
Analyst Sibusiso Mthembu of Baobab Securities said the results were slightly ahead of forecasts.
Kestrel's shares closed 2.1% higher at R36.40 on Thursday.

Share this article:"""


def _stories(text: str) -> list[list[str]]:
    lines = text.split("\n")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return [s.paragraphs for s in split_document(Document("t.txt", lines, digest))]


def test_a_table_and_a_pronouns_quote_stay_in_their_article() -> None:
    stories = _stories(ARTICLE)
    assert len(stories) == 1
    body = "\n".join(stories[0])
    assert "Load-shedding cost us" in body and "Gauteng" in body


def test_what_never_opens_a_story() -> None:
    assert never_opens("Region          2027    2026    Change")
    assert never_opens('"We have bought generators," he said. "Every site has one."')
    assert never_opens("\u201cIt was a hard year,\u201d she added.")
    # a quotation its speaker is named for, or a plain lede, may open one
    assert not never_opens('"We are devastated," said Jane Moyo, whose bakery burned down.')
    assert not never_opens("A bakery in Soweto has burned down, its owner said on Monday.")


def test_a_note_on_the_article_opens_no_story() -> None:
    assert never_opens("Editor's note: This story has been updated with comments from the mayor.")
    assert never_opens("Correction: An earlier version of this article said the fine was £36m.")
    assert never_opens("This article was amended on 4 March to correct the date of the vote.")
    assert never_opens("Update — The council has since confirmed the closure.")
    # a lede that speaks of updates or corrections is no note
    assert not never_opens("The council has updated its flood maps after a wet winter.")
    assert not never_opens("Corrections officers at the state prison voted to strike.")
