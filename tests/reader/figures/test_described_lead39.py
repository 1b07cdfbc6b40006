"""A lead that describes its firm by place and trade ("A Dartmouth seafood processor says it
will hire ...") and a second sentence that names it with its reporting verb ("Atlantic Tidewater
Seafoods said Tuesday ..."): the named firm is the story's main company, so the figures later
sentences give it ("the plant employs about 520 people") are its, not a country's its quotes
name (session 39's fresh single article)."""

from __future__ import annotations

from reader.figures import extract_figures

STORY = [
    "A Moncton bakery chain says it will hire 60 more workers this year after sales to "
    "Ontario grocers doubled.",
    "Maritime Crust Bakeries said Tuesday its sales rose 14 per cent to $48 million in the "
    "year to June.",
    '"Ten years ago we only sold in the Maritimes," chief executive Aline Gaudet said. "Now '
    'Ontario is our biggest market."',
    "Gaudet said the bakery currently employs about 210 people on two shifts.",
]


def test_the_firm_the_second_sentence_names_owns_the_later_figures() -> None:
    owners = {f.surface: f.subject for f in extract_figures(STORY)}
    assert owners["$48 million"] == "Maritime Crust Bakeries"
    assert owners["210 people"] == "Maritime Crust Bakeries"
