"""Whose figure it is (issue 14, subject25): a byline with no "By" above the lead is no one's
figure owner (lead.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at
from reader.figures.proper_nouns import names_in


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_byline_with_a_newsroom_title_is_not_the_lead() -> None:
    assert lead_at(["Maeve Dunleavy, Economics Correspondent", "Sales rose.", "More."]) == 1
    assert lead_at(["Tomas de Wit, Energy reporter", "Sales rose.", "More."]) == 1
    assert lead_at(["Lindiwe Khoza | Durban Trade Weekly", "Sales rose.", "More."]) == 1


def test_a_person_with_another_title_or_a_sentence_stays_the_lead() -> None:
    assert lead_at(["Maeve Dunleavy, chief executive of Orlan", "Sales rose."]) == 0
    assert lead_at(["Maeve Dunleavy, Economics Correspondent, said sales rose.", "More."]) == 0


def test_the_bylined_writer_owns_none_of_the_storys_figures() -> None:
    found = _subjects(
        [
            "Maeve Dunleavy, Economics Correspondent",
            "Pellworth Foods grew sales by 12% to €840 million in the year to June, the "
            "Limerick-based group said on Thursday.",
            "Profit rose 9% to €61 million.",
            "It employs 2,300 people.",
        ],
        title="Pellworth sales climb",
    )
    assert "Maeve Dunleavy" not in found.values()
    assert found["€61 million"] == "Pellworth Foods"
    assert found["2,300 people"] == "Pellworth Foods"


_RAND = [
    "Cape Town courier app Fetcha grew orders by 31% to R9.4bn in the year to June, the listed "
    "group said on Tuesday.",
    "Revenue climbed 14% to R2.2bn, giving a margin of 11.5%, down from 12.1% a year before.",
    "Operating profit rose to R310m from R180m.",
    "Fetcha's shares rose 3% on the JSE.",
]


def test_a_sum_in_rand_is_no_name() -> None:
    text = "Revenue climbed 14% to R2.2bn, giving a margin of 11.5%, and R6,500 a month."
    assert names_in(text, 0, len(text), frozenset()) == []
    text = "Fetcha flew its A380 and its F1 car to the G7 summit."
    assert [n for n, _, _ in names_in(text, 0, len(text), frozenset())][-3:] == ["A380", "F1", "G7"]


def test_a_sum_in_rand_is_no_owner_of_the_next_figure() -> None:
    found = _subjects(_RAND)
    assert found["11.5%"] == "Fetcha"
    assert found["R180m"] == "Fetcha"


def test_a_dateline_opens_its_sentence_for_a_capitalised_descriptor() -> None:
    found = _subjects(
        [
            "DURBAN \u2014 Meal-kit and grocery app Fetcha grew orders by 31% to R9.4bn in the "
            "year to June, the group said.",
        ]
    )
    assert found["31%"] == "Fetcha"
    assert found["R9.4bn"] == "Fetcha"


def test_an_executives_we_is_the_firm() -> None:
    found = _subjects(
        [
            "Brackwell Tiles reported second-quarter sales of $610 million on Wednesday, and "
            "finance chief Dara Quinlan took analysts through the numbers.",
            'QUINLAN: "Let me start with cash.',
            '"We bought back 2.2 million shares for $41 million.',
            '"For the full year we now see earnings of $2.10 a share."',
            "Brackwell's shares rose 3% in New York.",
        ]
    )
    assert found["2.2 million shares"] == "Brackwell Tiles"
    assert found["$41 million"] == "Brackwell Tiles"
    assert found["$2.10"] == "Brackwell Tiles"


def test_a_we_with_no_firm_in_the_story_stays_unresolved() -> None:
    found = _subjects(["We spent about £40 on the tickets, and the show was worth it."])
    assert found["£40"] in (None, "We")


_RATE_CUT = [
    "The Monetary Policy Committee (MPC) of the Bank of Norland voted four to three to cut the "
    "policy rate by 0.25 percentage point to 2.75 per cent.",
    "Headline inflation in September was at 1.9 per cent, while core inflation was at 1.2 per "
    "cent.",
    "The committee expects headline inflation to average 2.2 per cent next year, inside the "
    "target range of 1 per cent to 3 per cent.",
    "Household debt remains high at 14.1 trillion crowns.",
]


def test_the_economys_figures_a_central_bank_reads_out_are_the_countrys() -> None:
    found = _subjects(_RATE_CUT)
    assert found["1.2 per cent"] == "Norland"
    assert found["14.1 trillion crowns"] == "Norland"


def test_the_banks_own_rate_and_target_stay_the_banks() -> None:
    found = _subjects(_RATE_CUT)
    assert found["2.75 per cent"] != "Norland"
    assert found["3 per cent"] != "Norland"
    assert found["1 per cent"] != "Norland"


def test_a_name_describing_a_person_in_the_lead_is_not_the_storys_firm() -> None:
    from reader.figures.main_firm import main_company
    from reader.figures.name_words import story_names

    sentences = [
        "A High Court judge has ordered the builder Corvane Homes to pay £2.1 million to "
        "the housing association Ashlow Trust over a leaking roof.",
        "The High Court heard that the roof leaked for months.",
        "Corvane said it would appeal.",
        "Corvane built 1,200 homes last year.",
    ]
    assert main_company(sentences, story_names(" ".join(sentences))) == "Corvane Homes"
    found = _subjects(sentences)
    assert found["1,200 homes"] == "Corvane"


def test_the_name_opening_what_a_speaker_reports_owns_its_figure() -> None:
    found = _subjects(
        [
            "Councillor Rhoda Penfold welcomed the plan, noting that Marlow Vale Council still "
            "owns 40% of the bus company."
        ]
    )
    assert found["40%"] == "Marlow Vale Council"
    found = _subjects(["Tamsin Hale told reporters that Corvane Homes now owns 12% of the site."])
    assert found["12%"] == "Corvane Homes"


def test_a_listener_reports_nothing() -> None:
    found = _subjects(
        ["The Blue Cross charity told the Corran Times newspaper that it was seeking $4.5m."]
    )
    assert found["$4.5m"] != "Corran Times"


def test_a_gapped_clause_gives_its_figure_to_the_noun_the_gap_leaves() -> None:
    found = _subjects(
        ["Arabica made up 41,000 tonnes of exports, robusta 12,000 tonnes and liberica 900 tonnes."]
    )
    assert found["41,000 tonnes"] == "Arabica"
    assert found["12,000 tonnes"] == "robusta"
    assert found["900 tonnes"] == "liberica"


def test_a_verb_after_and_is_no_gapped_owner() -> None:
    found = _subjects(
        [
            "Pellbrook said it would use the cash to pay down part of its £90 million of debt "
            "and return £15 million to shareholders."
        ]
    )
    assert found["£15 million"] != "return"


def test_a_premium_to_a_days_price_is_the_bought_firms() -> None:
    found = _subjects(
        [
            "Buyout group Orlen Partners has agreed to buy Casko Tools for $21 a share, a 24% "
            "premium to Friday's closing price, the companies said."
        ]
    )
    assert found["24%"] == "Casko Tools"


def test_a_preposition_before_a_compared_figure_is_no_gapped_owner() -> None:
    found = _subjects(["Crumbwell sold 52,000 rolls a week, against 47,000 rolls a year ago."])
    assert found["47,000 rolls"] != "against"
