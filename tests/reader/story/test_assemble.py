"""Paragraphs, cues and story splitting on invented article piles."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.assemble import cue_score, paragraphs_of
from reader.story.lines.classify import classify_lines

FERRY = [
    "Ferry companies on the lower Senn cut crossings by a third as the river fell to a record low.",
    "The operators said shallow water near the estuary made fully loaded ferries unsafe to run.",
    "River pilots reported sandbanks appearing in channels that ferries normally use all year.",
    "Freight firms warned that ferry cuts would push more lorries onto the coastal road.",
    "The river authority said dredging the ferry channel would take at least nine months.",
]
CHESS = [
    "A sixteen-year-old from Vilnius won the European junior chess championship on Sunday.",
    "She beat the top seed in the final round with the black pieces after a long endgame.",
    "Her coach said the chess title would earn her a place in next year's candidates tournament.",
    "The tournament drew a record number of junior chess players from thirty federations.",
    "Organisers plan to move the chess championship to a larger hall next year.",
    "The champion learned chess from her grandfather and joined a club in Vilnius at the age of seven.",
    "She said she would spend the prize money on chess training camps and travel to tournaments.",
    "The national chess federation called the title the best junior result in the country's history.",
]
ORCHARD = [
    "Apple growers in the southern valley expect the smallest harvest in a decade after late frost.",
    "Growers said the frost struck orchards just as the apple blossom opened in April.",
    "Cider makers in the valley are buying apples from abroad to keep their presses running.",
    "Orchard owners asked the regional government for frost insurance support for growers.",
    "Prices for valley apples at the wholesale market have risen by almost a third.",
    "Some growers are replacing old apple trees with late-flowering varieties that escape spring frost.",
    "Beekeepers said the frost also hurt pollination in orchards across the southern valley.",
    "The growers' cooperative expects apple prices to stay high until the next harvest.",
]


def doc(lines: list[str]) -> Document:
    return Document("pile.txt", lines, "0" * 64)


def test_caption_and_credit_start_a_new_story() -> None:
    lines = [
        *FERRY,
        "A chess board set up for the final round in a quiet hall.",
        "Ana Petrauskas | Baltic Photo",
        *CHESS[:5],
    ]
    stories = split_document(doc(lines))
    assert len(stories) == 2
    assert stories[0].paragraphs == FERRY
    assert stories[1].paragraphs == CHESS[:5]
    assert stories[1].sources[0].first_line == len(FERRY) + 1
    assert stories[0].sources[0].last_line == len(FERRY)
    assert all(s.title_generated for s in stories)


def test_new_headline_block_starts_a_story_and_whole_keeps_one() -> None:
    lines = [
        "Ferry Crossings Cut on the Senn",
        "By Ines Okafor",
        *FERRY,
        "Junior Chess Title Goes to Vilnius",
        "By Marek Lind",
        "2 hours ago",
        *CHESS,
    ]
    stories = split_document(doc(lines))
    assert [s.title for s in stories] == [
        "Ferry Crossings Cut on the Senn",
        "Junior Chess Title Goes to Vilnius",
    ]
    assert [s.byline for s in stories] == ["Ines Okafor", "Marek Lind"]
    assert stories[1].published == "2 hours ago"
    whole = split_document(doc(lines), whole=True)
    assert len(whole) == 1 and whole[0].paragraphs == FERRY + CHESS


def test_story_without_any_cue_is_separated() -> None:
    stories = split_document(doc([*CHESS, *ORCHARD]))
    assert [s.paragraphs for s in stories] == [CHESS, ORCHARD]


def test_long_article_with_section_headings_stays_whole() -> None:
    lines = [
        "Low Water on the Senn",
        FERRY[0],
        FERRY[1],
        "What the Operators Say",
        FERRY[2],
        FERRY[3],
        "What Comes Next",
        FERRY[4],
        "Dredging contractors said the ferry channel work could begin once the river authority approved funds.",
    ]
    (story,) = split_document(doc(lines))
    assert story.title == "Low Water on the Senn" and not story.title_generated
    assert [(h.text, h.paragraph) for h in story.headings] == [
        ("What the Operators Say", 2),
        ("What Comes Next", 4),
    ]


def test_hard_wrapped_paragraphs_join() -> None:
    lines = [
        "The ferry operators said on Tuesday that shallow water near",
        "the estuary made fully loaded ferries unsafe to run, and that",
        "crossings would be cut by a third.",
        "",
        "River pilots reported new sandbanks in the main channel.",
    ]
    paras, _ = paragraphs_of(classify_lines(lines))
    assert [p.text for p in paras] == [
        "The ferry operators said on Tuesday that shallow water near the estuary made fully "
        "loaded ferries unsafe to run, and that crossings would be cut by a third.",
        "River pilots reported new sandbanks in the main channel.",
    ]
    assert (paras[0].first, paras[0].last) == (1, 3)


def test_blank_separated_paragraphs_join_adjacent_lines() -> None:
    lines = [
        "First line of one paragraph.",
        "Still the same paragraph.",
        "",
        "Second paragraph here.",
        "",
        "Third one.",
    ]
    paras, _ = paragraphs_of(classify_lines(lines))
    assert len(paras) == 3


def test_repeated_pull_quote_appears_once() -> None:
    quote = "“We cannot run a ferry on wet sand,” one captain said."
    lines = [FERRY[0], quote, FERRY[1], FERRY[2], quote, FERRY[3]]
    (story,) = split_document(doc(lines))
    assert story.paragraphs.count(quote) == 1
    assert len(story.paragraphs) == 5


def test_cue_scores() -> None:
    lines = classify_lines(
        ["Some caption of a quay at dusk.", "Jo Bell | Getty Images", "Body text follows here."]
    )
    # a photo alone is a moderate cue (photos sit inside articles too) ...
    assert 0.3 < cue_score(lines[:2]) < 0.7
    # ... decisive when its caption speaks of the text after it, or with a byline beside it
    assert cue_score(lines[:2], photo_leads=True) > 0.85
    byline = classify_lines(["By Jo Bell", "Body text follows here."])[0]
    assert cue_score([*lines[:2], byline]) > 0.85
    heading = classify_lines(
        ["A body line that ends.", "Section Heading", "More body text follows."]
    )
    assert cue_score([heading[1]]) <= 0  # a two-word section label counts against a story start
    longer = classify_lines(
        ["A body line that ends.", "Ferry Operators Cut Crossings Again", "More body text."]
    )
    assert 0 < cue_score([longer[1]]) < 0.5  # headline-shaped: weak evidence, words decide
    assert cue_score([]) == 0.0


def test_promo_and_credit_never_reach_paragraphs() -> None:
    lines = [
        *FERRY[:3],
        "Read more transport news",
        FERRY[3],
        "Photo: River Authority",
        FERRY[4],
    ]
    stories = split_document(doc(lines))
    text = " ".join(p for s in stories for p in s.paragraphs)
    assert "Read more" not in text and "Photo:" not in text


def test_trailing_promo_line_closes_the_story_before_it() -> None:
    lines = [*FERRY, "Read more transport news", "By Ana Petrauskas", *CHESS[:5]]
    stories = split_document(doc(lines))
    assert len(stories) == 2
    promo = len(FERRY) + 1
    assert stories[0].sources[0].last_line == promo
    assert stories[1].sources[0].first_line == promo + 1
    assert "Read more" not in " ".join(stories[0].paragraphs)


def test_bare_headline_between_stories_becomes_the_title() -> None:
    lines = [
        "Ferry Crossings Cut",
        "",
        *FERRY,
        "",
        "Junior Chess Title Goes to Vilnius",
        "",
        *CHESS,
    ]
    stories = split_document(doc(lines))
    assert [s.title for s in stories] == [
        "Ferry Crossings Cut",
        "Junior Chess Title Goes to Vilnius",
    ]
    assert not stories[1].title_generated and stories[1].headings == []


def test_heading_set_apart_by_blank_lines_is_a_stronger_cue() -> None:
    lines = [
        *FERRY[:3],
        "Dredging Plans Are Delayed",
        *FERRY[3:],
        "Chess Title for Vilnius",
        "",
        *CHESS,
    ]
    paras, _ = paragraphs_of(classify_lines(lines))
    by_first = {p.text: p.cue for p in paras}
    assert by_first[CHESS[0]] > by_first[FERRY[3]] > 0


def test_dateline_is_metadata_not_paragraph_text() -> None:
    lines = ["VILNIUS — " + CHESS[0], *CHESS[1:4]]
    (story,) = split_document(doc(lines))
    assert story.dateline == "VILNIUS"
    assert story.paragraphs[0] == CHESS[0]


def test_photo_inside_an_article_does_not_split_it() -> None:
    lines = [
        *ORCHARD[:4],
        "A tractor waits beside a barn at dawn.",
        "Lena Ortiz | Valley Press",
        *ORCHARD[4:],
    ]
    (story,) = split_document(doc(lines))
    assert story.paragraphs == ORCHARD


def test_caption_that_names_what_follows_is_a_strong_cue() -> None:
    lines = [*FERRY, "A chess board before the final round.", "Ana Petrauskas | Baltic Photo"]
    lines += CHESS[:3]
    paras, _ = paragraphs_of(classify_lines(lines))
    assert paras[len(FERRY)].cue > 0.85
    inside = [*ORCHARD[:4], "A tractor waits beside a barn at dawn.", "Lena Ortiz | Valley Press"]
    paras, _ = paragraphs_of(classify_lines([*inside, *ORCHARD[4:]]))
    assert 0 < paras[4].cue < 0.85


PORT_A = [
    "The port of Kellmouth handled a record 212,000 containers in the first quarter, the harbour board said on Tuesday.",
    "Volumes rose 18% from a year earlier as two new shipping lines began calling at the port.",
    "The board said the port would need a second terminal by 2030 to keep up with demand.",
    "Shares in Harbour Holdings, which runs the port, rose 3% in early trade.",
]
PORT_B = [
    "NORDVIK, May 2 (Wire) - The port of Nordvik said on Tuesday its container volumes fell 6% in the first quarter as two shipping lines moved to rival ports.",
    "The port handled 88,000 containers in the quarter, down from 94,000 a year earlier.",
    "Port officials said they expected volumes to recover in the second half as a new terminal opens.",
    "The port plans to cut harbour fees for shipping lines that sign ten-year contracts.",
]


def test_wire_dateline_starts_a_story_even_on_the_same_subject() -> None:
    got = split_document(doc(PORT_A + PORT_B))
    assert [len(s.paragraphs) for s in got] == [4, 4]
    assert got[1].dateline == "NORDVIK, May 2 (Wire)"
    assert got[1].paragraphs[0].startswith("The port of Nordvik said")
    # without the dateline the two same-subject stories are one: the dateline was the evidence
    undated = [PORT_B[0].split(" - ", 1)[1], *PORT_B[1:]]
    assert len(split_document(doc(PORT_A + undated))) == 1


def test_a_heading_that_names_what_follows_is_a_stronger_cue_than_a_section_heading() -> None:
    pile = [*FERRY, "Junior chess title goes to Vilnius", *CHESS]
    paras, _ = paragraphs_of(classify_lines(pile))
    assert paras[len(FERRY)].cue == pytest.approx(0.5)
    article = [*FERRY[:3], "Dredging the ferry channel", *FERRY[3:]]
    paras, _ = paragraphs_of(classify_lines(article))
    assert paras[3].cue < 0.5
    assert len(split_document(doc(article))) == 1


def test_one_shared_name_does_not_make_a_photo_open_a_story() -> None:
    pile = [
        *ORCHARD[:4],
        "A worker at the Brenner farm. Photo: Handout",
        "Tomas Brenner said his family had not seen such a poor crop since 1991.",
        *ORCHARD[4:],
    ]
    paras, _ = paragraphs_of(classify_lines(pile))
    assert paras[4].head[0].kind == "caption"
    assert paras[4].cue < 0.9  # "Brenner" alone: a photo inside the article
    assert len(split_document(doc(pile))) == 1


def test_of_two_cuts_too_close_the_likelier_stands() -> None:
    """Two adjacent uncued cuts, each leaving too short a story: the one the boundary scorer is
    surer of stands (before, both went and the story vanished into the one before it)."""
    from types import SimpleNamespace
    from typing import cast

    from reader.story.paragraph import Paragraph
    from reader.story.starts import _past_weaker_cuts

    def unmarked(n: int) -> list[Paragraph]:
        return cast(list[Paragraph], [SimpleNamespace(cue=0.0) for _ in range(n)])

    paras = unmarked(10)
    cues = [0.0] * 10
    cues[7], cues[8] = 0.98, 0.3
    none: set[int] = set()
    assert _past_weaker_cuts([7, 8], 0, paras, cues, none, 3) == 2  # 8 passed over: 7 to the end
    cues[8] = 0.99
    assert _past_weaker_cuts([7, 8], 0, paras, cues, none, 3) == 1  # 8 is likelier: 7 ends there
    cues[8] = 0.3
    assert _past_weaker_cuts([7, 8], 0, paras, cues, {8}, 3) == 1  # a headline forces 8
    long = unmarked(20)
    assert _past_weaker_cuts([7, 8], 0, long, cues + [0.0] * 10, none, 3) == 1  # 8 stands long


PASTE = [
    "Harbour Freight posts record quarter as container rates climb",
    "By Anna Keller, Transport Correspondent",
    "3 hours ago",
    "Harbour Freight, the Rotterdam-based shipping group, said on Tuesday that third-quarter"
    " revenue rose 18% to €4.2bn as container rates climbed for a second straight quarter.",
    "Operating profit more than doubled to €610m, from €290m a year earlier, and the company"
    " raised its full-year forecast.",
    '"Demand on the Asia-Europe lanes has been stronger than we planned for," chief executive'
    " Pieter Smit told analysts.",
    "The shares rose 6.5% in Amsterdam.",
    "Advertisement",
    "City council votes to close bridge to cars",
    "Councillors in Lyon voted 41 to 17 on Monday night to close the Pont Morand to private"
    " cars from next spring.",
    "The plan will cost about €3m, including new bus lanes and cycle paths on both banks.",
    "Traders on the east bank said footfall had already fallen by almost 10% since roadworks"
    " began in June.",
    "Read more: How other cities banned cars",
    "Sign up for our morning newsletter",
    "Scientists at the University of Otago say a common garden weed could help clean soil"
    " contaminated by heavy metals.",
    "In trials on 120 plots, the plant removed up to 40% of the cadmium in a single growing"
    " season.",
    "The team hopes to run a larger field trial with 12 farms next year.",
]


def test_a_short_unheaded_article_after_promo_lines_is_its_own_story() -> None:
    stories = split_document(doc(PASTE))
    assert len(stories) == 3
    assert stories[2].paragraphs[0].startswith("Scientists at the University of Otago")
    assert not any("Scientists" in p for p in stories[1].paragraphs)


def test_an_unmarked_cut_moves_onto_the_next_paragraph_a_caption_marks() -> None:
    from reader.story.paragraph import Paragraph
    from reader.story.starts import _cued_next

    paras = [Paragraph(text=f"p{i}", first=i, last=i) for i in range(8)]
    paras[4].cue = 0.9  # a photo caption and credit stand before paragraph 4
    assert _cued_next(3, 8, paras)  # a cut at 3, a paragraph early: it belongs at 4
    assert not _cued_next(4, 8, paras)  # already there
    assert not _cued_next(2, 8, paras)  # two paragraphs early: the words decide
    assert not _cued_next(3, 5, paras)  # the marked paragraph ends its story: nothing to move
    paras[4].cue = 0.3  # a weak mark (a heading) does not move a cut
    assert not _cued_next(3, 8, paras)


_HEADED_BRIEFS = [
    "Harbour cranes idle as dockers strike at Felixstowe rival",
    "",
    "By Mark Ellery, Transport reporter",
    "2 hours ago",
    "",
    "Around 600 dock workers at the Port of Tilbridge walked out on Monday in a dispute over pay, leaving 14 container ships waiting offshore.",
    "The Unite union said its members had rejected a 4.5% pay offer, well below inflation of 6.1%, and would stay out for eight days.",
    "Tilbridge Port Holdings, which handled 2.3 million containers last year, said the strike was costing shippers about £9m a day.",
    'A spokesman for the company said: "We have made a fair offer and remain open to talks."',
    "",
    "Advertisement",
    "",
    "Solar farm plan for former airfield approved",
    "Councillors in North Wendham have approved a 48-megawatt solar farm on the site of a former RAF airfield, despite 230 objections from residents.",
    "The £41m scheme, backed by Greenfield Energy, will cover 190 acres and power roughly 14,000 homes, the developer said.",
    "Construction is due to start in the spring and take 18 months.",
    "Opponents had argued the panels would spoil views from a nearby conservation area.",
    "",
    "Image caption: The airfield closed in 1994 (Photo: Jane Holt/PA)",
    "",
    "Chipmaker Verion lifts outlook as AI orders surge",
    "SAN JOSE, Nov 28 (Reuters) - Verion Semiconductor raised its full-year revenue forecast to between $11.2 billion and $11.5 billion on Thursday, from $10.6 billion previously, as orders for its data-centre chips jumped.",
    "Third-quarter revenue rose 31% to $3.04 billion, beating analysts' average estimate of $2.91 billion, according to LSEG data.",
    "Net income was $612 million, or 88 cents per share, compared with $401 million, or 58 cents, a year earlier.",
    "Shares of the company rose 7% in extended trading.",
]


def test_a_headed_story_is_more_than_its_first_paragraph() -> None:
    # the second story's words change after its lede ("The £41m scheme, backed by …"): in a
    # file whose stories are headed, that is the story going on, not an unmarked new one
    stories = split_document(Document("briefs.txt", _HEADED_BRIEFS, ""))
    assert [s.title for s in stories] == [
        "Harbour cranes idle as dockers strike at Felixstowe rival",
        "Solar farm plan for former airfield approved",
        "Chipmaker Verion lifts outlook as AI orders surge",
    ]
    assert any(p.startswith("The £41m scheme") for p in stories[1].paragraphs)


def test_a_wire_agency_alone_is_a_dateline_even_under_key_points() -> None:
    from reader.story.lines.shape import split_dateline, wire_dateline

    assert split_dateline("(Bloomberg) -- The franc climbed.") == (
        "(Bloomberg)",
        "The franc climbed.",
    )
    assert wire_dateline("(Reuters) - Oil rose on Monday.")
    assert split_dateline("(Updated) - The vote passed.")[0] is None
    text = (
        "Franc hits decade high as haven demand surges\n"
        "- The franc rose to 0.91 per euro, its strongest since 2015.\n"
        "- The central bank may step up interventions, economists said.\n"
        "(Bloomberg) -- The Swiss franc climbed to its strongest level against the euro in a "
        "decade as investors sought safety after weak manufacturing data.\n"
        "Exporters have warned that a stronger franc threatens margins, and one watchmaker "
        "said currency moves cut its sales by about 3% last quarter.\n"
        "--With assistance from Paul Meyer.\n"
    )
    (story,) = split_document(doc(text.splitlines()))
    assert story.dateline == "(Bloomberg)"
    assert any(p.startswith("The Swiss franc climbed") for p in story.paragraphs)
    assert not any("With assistance" in p for p in story.paragraphs)
