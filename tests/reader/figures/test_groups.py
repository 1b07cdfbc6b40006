"""Whose a figure is when the sentence names a group of people in a place, the author of a
work, a team by its short name, or opens its headline with a common plural; and the story's
owner counted through "It ..." sentences."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.groups import people_in_place
from reader.figures.main_firm import main_company
from reader.figures.names import story_names
from reader.figures.owner import story_owner


def _sentences(paragraphs: list[str]) -> list[str]:
    from reader.text.story_split import story_sentences

    return list(story_sentences(paragraphs).sentences)


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_people_in_a_place_own_the_figure_not_the_place() -> None:
    assert people_in_place("Dairy farmers across Wales", "Wales") == "Dairy farmers"
    assert people_in_place("Teachers in Ontario", "Ontario") == "Teachers"
    assert people_in_place("Shareholders in Brightwell", "Brightwell") is None  # a stake
    assert people_in_place("House prices in Leeds", "Leeds") is None  # not people
    assert people_in_place("Teachers in Ontario", "Toronto") is None
    got = _subjects(["Teachers in Ontario have voted to accept a 4.2% pay rise next year."])
    assert got["4.2%"] == "Teachers"


def test_the_author_after_by_is_not_the_storys_firm() -> None:
    story = [
        "A portrait by JRT Halloway sold for £3.4m at Marlowe Rooms in York on Friday.",
        "The buyer was not named.",
        "It is the largest work by JRT Halloway still in private hands.",
    ]
    assert main_company(_sentences(story), story_names("\n".join(story))) is None
    led = ["Shares in Marlowe Rooms rose 4% on Friday.", "Marlowe Rooms said sales grew."]
    assert main_company(_sentences(led), story_names("\n".join(led))) == "Marlowe Rooms"


def test_a_team_named_again_by_its_short_name_leads_the_story() -> None:
    story = [
        "The Kestrel Rovers have signed striker Tomas Varga on a four-year deal worth £40m.",
        "Varga scored 31 goals last season.",
        "The Rovers' wage bill will rise to £95m, the club said.",
        "The deal includes a signing fee of £5m.",
    ]
    got = _subjects(story, title="Rovers sign Varga")
    assert got["£40m"] == "Kestrel Rovers"
    assert got["£5m"] == "Kestrel Rovers"


def test_it_sentences_count_towards_the_storys_owner() -> None:
    story = [
        "Ticket sales at the state lottery fell 2% to £5bn last year.",
        "Brookvale Draws, which runs the lottery, said it gave £900m to good causes.",
        "It paid out £2.6bn in prizes.",
        "Brookvale expects sales to recover next year.",
    ]
    sentences = _sentences(story)
    assert story_owner(None, sentences, story_names("\n".join(story))) == "Brookvale Draws"
    assert story_owner(None, [sentences[0], sentences[1], sentences[3]],
                       story_names("\n".join(story))) is None  # fmt: skip
    assert _subjects(story)["2%"] == "Brookvale Draws"


def test_a_headline_plural_the_story_writes_in_lower_case_is_no_name() -> None:
    story = [
        "Cyclists in the Harrowmere Sportive raised £2.3m for charity, organisers said.",
        "The fastest cyclist finished in four hours.",
        "Some 900 volunteers worked on the day.",
    ]
    got = _subjects(story, title="Cyclists raise £2.3m for charity")
    assert got["900 volunteers"] is None  # not the headline's "Cyclists"


def test_a_kind_of_place_is_the_place_the_sentence_is_set_in() -> None:
    from reader.figures import extract_figures
    from reader.figures.groups import place_meant

    text = "In Dunmore, where four of the town's six banks have shut, queues grew."
    assert place_meant(text, text.index("town"), "town") == "Dunmore"
    assert place_meant(text, text.index("town"), "parliament") == "parliament"
    assert place_meant("Four of the town's six banks shut.", 12, "town") == "town"
    story = ["Bank branches keep closing across Britain.", text]
    owners = {f.surface: f.subject for f in extract_figures(story)}
    assert owners["four"] == "Dunmore" and owners["six banks"] == "Dunmore"


def test_a_groups_own_measure_written_with_their_is_the_groups() -> None:
    story = [
        "Marlow Grocers said on Tuesday its sales rose 2% in the quarter.",
        "Households cut their spending by 3%, the company said.",
        "Shoppers increased their savings by 5%.",
        "Renters in the region now spend 41% of their income on rent.",
        "Analysts at Dunmore Securities cut their forecast for the shares to 410p.",
    ]
    got = _subjects(story, title="Marlow Grocers sales slow")
    assert got["2%"] == "Marlow Grocers"
    assert got["3%"] == "Households"
    assert got["5%"] == "Shoppers"
    assert got["41%"] == "Renters in the region"
    assert got["410p"] != "Analysts at Dunmore Securities"  # speakers own no figure


def test_their_after_a_firm_or_without_a_group_changes_nothing() -> None:
    from reader.figures.groups import their_group

    text = "Households cut spending by 3%."
    assert their_group(text, text.index("3%"), 0, "Households") is None  # no "their"
    text = "Investors in Fenwick Mining saw their shares fall 9%."
    assert their_group(text, text.index("9%"), 0, "Investors in Fenwick Mining") is not None
    text = "The numbers lost their shine, falling 9%."
    assert their_group(text, text.index("9%"), 0, "The numbers") is None  # things, not people


def test_a_part_of_a_counted_group_is_the_groups() -> None:
    from reader.figures.groups import part_of_group

    text = "Only two of the 12 UK regions tracked recorded growth."
    assert part_of_group(text, text.index("two")) == "UK regions"
    text = "About 62% of the 2,000 shoppers questioned said they had switched."
    assert part_of_group(text, text.index("62%")) == "shoppers"
    text = "Twenty-three of the 27 member states voted for the deal."
    assert part_of_group(text, 0) is None  # members are the body's
    text = "Harlow said 40 of its 310 stores were loss-making."
    assert part_of_group(text, text.index("40")) is None  # its own
    text = "Nine of the 14 analysts polled expect a cut."
    assert part_of_group(text, 0) is None  # people who speak of figures


def test_a_part_of_a_bodys_own_staff_is_the_bodys() -> None:
    from reader.figures.groups import part_of_group

    text = "The cuts will affect about 9% of the 55,000 staff of the combined group."
    assert part_of_group(text, text.index("9%")) is None


def test_a_markets_measure_taken_in_a_place_is_the_places() -> None:
    from reader.figures.groups import measured_in

    text = "Average rents in Valdemar fell 3.1% in the year, to €980 a month."
    assert measured_in(text, text.index("3.1%")) == "Valdemar"
    assert measured_in(text, text.index("€980")) == "Valdemar"
    text = "House prices rose 2.2%, with prices in Bergholt up 4.4%."
    assert measured_in(text, text.index("4.4%")) == "Bergholt"
    assert measured_in(text, text.index("2.2%")) is None
    text = "Visits fell 2%, while footfall at retail parks rose 1.1%."
    assert measured_in(text, text.index("1.1%")) == "retail parks"
    text = "Sales in India rose 22%, but footfall in its stores dropped 7%."
    assert measured_in(text, text.index("22%")) is None  # a firm's segment
    assert measured_in(text, text.index("7%")) is None  # its own stores
