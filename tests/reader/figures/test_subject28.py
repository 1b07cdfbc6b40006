from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_masthead_under_the_headline_is_not_the_lead() -> None:
    for masthead in ("Harbour Radio News", "MARKET WIRE", "Lakeside Weekly", "Opinion | Our take"):
        story = [
            masthead,
            "Tarnwick Buses carried 2.3 million riders last year, the operator said.",
            "The company raised fares by 4%.",
        ]
        assert lead_at(story) == 1, masthead
        got = _subjects(story, title="Bus firm raises fares")
        assert got["2.3 million riders"] == "Tarnwick Buses", masthead
        assert got["4%"] == "Tarnwick Buses", masthead


def test_a_name_line_with_no_news_word_stays_a_possible_lead() -> None:
    # a kicker that is only a name may be the story's firm: not skipped as a masthead
    assert lead_at(["Tarnwick Buses", "Fares rise by 4% next month."]) == 0


def test_a_place_and_date_line_is_not_the_lead() -> None:
    story = ["Hobart, 14 March 2026", "Kelpie Mining said output rose 8% to 40,000 tonnes."]
    assert lead_at(story) == 1
    assert lead_at(["Oslo, March 14, 2026", "Kelpie Mining said output rose 8%."]) == 1


def test_the_lead_is_the_paragraph_after_a_list_of_highlights() -> None:
    story = [
        "MARKET RELEASE",
        "Highlights",
        "\u2022 Supply deal with Ostrava Steel worth $20 million",
        "\u2022 Output up 12% in the quarter",
        "Kelpie Mining Ltd is pleased to report record output for the quarter.",
        "Kelpie Mining sold 40,000 tonnes of ore.",
    ]
    assert lead_at(story) == 4
    got = _subjects(story, title="Kelpie Mining signs supply deal")
    assert got["12%"] == "Kelpie Mining Ltd"
    # a story of bullets alone keeps its first bullet as the lead
    assert lead_at(["\u2022 Kelpie Mining output up 12%", "\u2022 Sales up 4%"]) == 0


def test_a_candidate_named_with_the_role_is_a_person_not_the_owner() -> None:
    from reader.figures.letters import TITLED_PERSON

    m = TITLED_PERSON.search("Independent candidate Mara Velde won the seat.")
    assert m is not None and m.group(1) == "Mara Velde"


def test_a_subhead_word_is_no_firm_for_the_next_sentence() -> None:
    story = [
        "Ridgeway Haulage moved 3.2 million tonnes in the half, up 4%.",
        "Timber",
        "Timber loads rose 9% to 410,000 tonnes.",
        "The operator now runs 14 timber trains a week.",
    ]
    got = _subjects(story, title="Ridgeway Haulage lifts volumes")
    assert got["14 timber trains"] == "Ridgeway Haulage"


def test_a_word_only_written_opening_sentences_is_no_story_owner() -> None:
    from reader.figures.opener_words import opener_only

    story = "Demand grew 2%.\nDemand is weak. It also fell.\nShares in Kessra rose."
    assert opener_only("Demand", story, "Why growth stalls")
    assert not opener_only("Kessra", story, None)  # written mid-sentence: a name
    assert not opener_only("Demand", story, "Demand stalls")  # in the headline
    # its first letter in either case: "EBay" opening a sentence is "eBay" mid-sentence
    assert not opener_only("EBay", "EBay fell 4%.\nShares in eBay fell.", None)
    # introduced by an apposition: a name
    assert not opener_only("Kessra", "Kessra, the grocer, grew 2%.", None)


def test_a_possessive_headline_name_owns_what_the_story_calls_the_bank() -> None:
    story = [
        "Peru's central bank held its main rate at 6.25% on Thursday.",
        "Inflation eased to 3.4% in October.",
        "Meanwhile the economy is slowing.",
        "Output rose just 0.8% in the quarter.",
        "The bank's own target is 2%.",
        "It also frets about the sol. It will meet again in March.",
    ]
    got = _subjects(story, title="Peru's central bank is too cautious")
    assert got["6.25%"] in ("Peru", "Peru's central bank")
    assert got["2%"] in ("Peru", "Peru's central bank")


def test_a_place_after_in_the_is_no_firm_for_a_following_it() -> None:
    from reader.figures.coreference import sole_firm
    from reader.figures.name_words import story_names

    previous = (
        "Coming up: The company will spend $40 million on a new spa in the Fjordland, "
        "due to open in 2029."
    )
    sentence = "It is also weighing a listing that could value it at $2 billion."
    names = story_names(previous + "\n" + sentence)
    assert "Fjordland" in names
    assert sole_firm(previous, sentence, names) is None  # a setting, not whom "It" means


def test_a_place_or_a_possessive_named_only_opening_sentences_is_still_a_name() -> None:
    from reader.figures.opener_words import opener_only

    story = "Norway will raise spending.\nNorway has 40 ships.\nThe economy grew 2%."
    assert not opener_only("Norway", story, None)  # a known place
    story = "Velmora grew 3%.\nVelmora's board met.\nThe firm hired 40 people."
    assert not opener_only("Velmora", story, None)  # a possessive: a name
