"""A paste in two layouts: a wire story with blank lines between its paragraphs, then stories
pasted a paragraph a line with no blank lines. Inside the first story each blank gap has blank
gaps beside it: it sets nothing apart, and the story stays whole
(``boundary.features.blank_gaps``; session 53's fresh paste gave five stories for three, cut at
every paragraph of the wire story). Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document

_PASTE = """Zinc smelter Nordvik raises output goal after strong quarter
Wire staff
Wed 2 Dec 2037 07:40 GMT

OSLO (Wire) - Norwegian zinc smelter Nordvik Metall raised its output goal for the year to 298,000 tonnes on Wednesday after a record third quarter at its plant in Odda.

The company said power costs fell to 41 ore a kilowatt-hour from 55 ore, helped by a new hydro contract, and treatment charges rose for the first time in two years.

Shares in Nordvik climbed 4.1% in Oslo. Analysts at Fjord Securities lifted their price target to 212 crowns from 190 crowns.

Advertisement

The city council in Bremen has approved an €8.2m plan to turn a closed tram depot in Findorff into a covered market and 40 flats.
Building work should begin in the summer of 2038 and end in late 2039.
Councillor Jana Petersen said the market would give 60 stallholders a roof over their heads.
Opposition members said the depot should have been sold to the highest bidder instead.

Bakery chain Korn opens 15 shops
Korn, the Hamburg bakery chain, will open 15 shops next year, most of them at railway stations.
Chief executive Lars Engel said sales at shops open a year or more had grown 6.8% since January.
A rye loaf now costs €3.90, up from €3.60 a year ago.
"""


def test_a_blank_parted_story_among_touching_ones_stays_whole() -> None:
    stories = split_document(Document("paste.txt", _PASTE.split("\n"), ""))
    assert len(stories) == 3
    assert stories[0].title.startswith("Zinc smelter Nordvik")
    assert len(stories[0].paragraphs) == 3
    assert stories[1].paragraphs[0].startswith("The city council in Bremen")
    assert stories[2].title == "Bakery chain Korn opens 15 shops"


def _gaps(text: str) -> list[float]:
    from reader.story.assemble import paragraphs_of
    from reader.story.boundary.features import blank_gaps
    from reader.story.lines.classify import classify_lines

    paras, _ = paragraphs_of(classify_lines(text.split("\n")))
    return blank_gaps(paras)


_PROSE = [
    f"Paragraph {k} of the report says the port of Aalborg handled more containers this year"
    f" than last, and that its {k + 3} cranes worked longer hours than planned."
    for k in range(8)
]


def test_blank_gaps_inside_a_blank_parted_run_set_nothing_apart() -> None:
    # three paragraphs parted by blank lines, then five touching: the file's usual gap is none
    text = "\n\n".join(_PROSE[:3]) + "\n\n" + "\n".join(_PROSE[3:])
    gaps = _gaps(text)
    assert gaps[1] == gaps[2] == 0.0  # inside the blank-parted run
    # the blank line that parts the two layouts, and the gap after it: the story changes at
    # one of them (the third paragraph may be the first story's last or the second's first)
    assert gaps[3] == gaps[4] == 1.0
    assert sum(gaps) == 2.0


def test_the_layout_changing_to_touching_prose_sets_a_paragraph_apart() -> None:
    # four paragraphs parted by blank lines, then four touching right under the last of them
    text = "\n\n".join(_PROSE[:4]) + "\n" + "\n".join(_PROSE[4:])
    gaps = _gaps(text)
    assert gaps[3] == gaps[4] == 1.0 and sum(gaps) == 2.0
    # ... but a list of short lines under blank-parted prose is no new layout
    items = [f"Crane {k}: {k * 100} moves" for k in range(4)]
    assert sum(_gaps("\n\n".join(_PROSE[:4]) + "\n" + "\n".join(items))) == 0.0


def test_an_article_pasted_a_paragraph_a_line_among_one_line_blocks_keeps_its_paragraphs() -> None:
    """A file whose blocks are mostly one line each (paragraphs parted by blank lines) and one
    block of touching lines: that block is an article pasted a paragraph a line (each line ends
    a sentence), not a paragraph written a sentence a line (paste103 r09, paste104 r07)."""
    from reader.story.assemble import paragraphs_of
    from reader.story.lines.classify import classify_lines

    parted = _PROSE[:6]
    touching = [
        f"Line {k} of the ferry story says the night crossing from Frederikshavn to Oslo will"
        f" carry up to {k + 8}00 passengers from March."
        for k in range(8)
    ]
    after = [
        f"Item {k} of the rail story says the line to Skagen will close for {k + 2} weeks in"
        " the summer while its bridges are rebuilt."
        for k in range(3)
    ]
    text = "\n\n".join(parted) + "\n" + "\n".join(touching) + "\n\n" + "\n\n".join(after)
    paras, _ = paragraphs_of(classify_lines(text.split("\n")))
    texts = [p.text for p in paras]
    assert all(t in texts for t in touching)  # each touching line a paragraph of its own
    assert len(paras) == len(parted) + len(touching) + len(after)
