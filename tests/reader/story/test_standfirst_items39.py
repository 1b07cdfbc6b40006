"""What blind set paste55 taught (session 39): a Kampala daily's item sets its standfirst
("What you need to know:" and a line) between its headline and its byline and date, so the
byline and date again open no story under that standfirst (``furniture_starts.furniture_again``): the
item starts at its headline."""

from __future__ import annotations

from reader.pipeline import Document, split_document

PASTE = """Lakeside hospital opens Shs2.8b oxygen plant

By Ruth Ainomugisha

Tuesday, June 8, 2027

The regional referral hospital has opened an oxygen plant worth Shs2.8 billion, ending years of buying cylinders from the capital.

The plant can fill 120 cylinders a day, enough for the hospital and four health centres nearby, the hospital director said.

He said the hospital had spent about Shs40 million a month on oxygen before the plant was built.

Also read: City launches drive to register boda boda riders

Dairy farmers decry falling milk prices

What you need to know:

Farmers say the price of a litre of milk has fallen by a third since April, as processors cut what they buy.

By Ruth Ainomugisha

Wednesday, June 9, 2027

Dairy farmers in the district say they are selling milk at a loss after processors cut the price they pay at collection centres to Shs700 a litre.

The farmers blamed the fall on a glut during the rainy season, when cows produce more milk and processors have more than they can sell.

A spokesperson for one processor said prices would recover once the dry season set in.
"""


def test_a_standfirst_between_headline_and_byline_keeps_its_item_whole() -> None:
    stories = split_document(Document("t.txt", PASTE.split("\n"), "0" * 64))
    assert len(stories) == 2
    assert stories[1].paragraphs[-1].startswith("A spokesperson for one processor")
    assert any(p.startswith("Dairy farmers in the district") for p in stories[1].paragraphs)
