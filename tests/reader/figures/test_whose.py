"""Whose figure: clause subjects, lower-case text, people, relative clauses, asides."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.clause import PERSON, REF, clause_subject, clean_phrase


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_clause_subject_of_a_lower_case_sentence() -> None:
    s = "shares in kestrel mining fell 4% while platinum gained 2%."
    assert clause_subject(s, s.index("4%")) == "kestrel mining"
    assert clause_subject(s, s.index("2%")) == "platinum"


def test_clause_subject_possessives_descriptors_and_references() -> None:
    s = "kestrel's rival ormond coal rose 3%."
    assert clause_subject(s, s.index("3%")) == "ormond coal"
    s = "The company said its margin would reach 40%."
    assert clause_subject(s, s.index("40%")) == REF
    s = "She earned a bonus of £2m."
    assert clause_subject(s, s.index("£2m")) == PERSON
    s = "Ormond, which made £90m last year, said 3 of 9 mines had closed."
    assert clause_subject(s, s.index("£90m")) == "Ormond"


def test_what_a_person_says_is_the_firms() -> None:
    subjects = _subjects(
        [
            "Ardent Foods posted revenue of £2.1bn.",
            "Chief executive Priya Nair said sales volumes would reach 40 million tonnes.",
        ]
    )
    assert subjects["40 million tonnes"] == "Ardent Foods"


def test_name_before_with_and_a_relative_clause() -> None:
    subjects = _subjects(
        [
            "The comedy Long Haul came second with $12.5 million.",
            "Pellow Bank, which made a profit of £300m, was fined by the watchdog.",
        ]
    )
    assert subjects["$12.5 million"] == "Long Haul"
    assert subjects["£300m"] == "Pellow Bank"


def test_a_reporting_aside_is_not_the_subject() -> None:
    subjects = _subjects(
        ["Driftwood took $30 million at the weekend, its distributor Halcyon Films said, "
         "beating the $25 million forecasters had predicted."],
        title="Driftwood tops the charts",
    )  # fmt: skip
    assert subjects["$25 million"] == "Driftwood"


def test_the_government_possessive() -> None:
    subjects = _subjects(["Rents rose, and the government's £3bn housing budget was cut."])
    assert subjects["£3bn"] == "government"


def _figures(paragraphs: list[str], title: str | None = None) -> dict[str, tuple[str | None, ...]]:
    return {
        f.surface: (f.subject, f.metric, f.status) for f in extract_figures(paragraphs, title=title)
    }


def test_a_penalty_is_the_payers_not_the_court_or_regulator() -> None:
    found = _figures(
        [
            "A tribunal in Leeds fined Corvane Rail £3.2 million after the operator admitted"
            " 17 safety breaches.",
            "The operator was also ordered to pay £85,000 in costs.",
            "Corvane carried 41 million passengers last year.",
        ]
    )
    assert found["£3.2 million"][0] == "Corvane Rail"
    assert found["17 safety breaches"][0] == "Corvane Rail"
    assert found["£85,000"][:2] == ("Corvane Rail", "costs")


def test_commodity_setting_and_relative_clause_owners() -> None:
    found = _figures(
        [
            "Spot nickel on the Singapore exchange climbed 2.2% to $17,400 a tonne.",
            "In Canada, the drama Low Tide took C$4.1m, ahead of the comedy Bright Lines,"
            " which earned C$2.9m.",
        ]
    )
    assert found["2.2%"][0] == "nickel"
    assert found["$17,400"][:2] == ("nickel", "nickel price per tonne")  # markets.commodity_prices
    assert found["C$4.1m"][0] == "Low Tide"
    assert found["C$2.9m"][0] == "Bright Lines"


def test_the_body_a_reference_names_and_the_story_firm_named_again() -> None:
    found = _figures(
        [
            "The Pensions Regulator fined Ashgrove Mutual £700,000 for late filings.",
            "The mutual would have paid £1m had it not settled early.",
        ]
    )
    assert found["£700,000"][0] == "Ashgrove Mutual"
    assert found["£1m"][0] == "Ashgrove Mutual"
    found = _figures(["Dunmere District Council approved its budget.",
                      "The council expects the new depot to cost £2.4 million."])  # fmt: skip
    assert found["£2.4 million"][:2] == ("Dunmere District Council", "cost")


def test_of_joins_a_name_only_after_an_institution_word() -> None:
    from reader.figures.proper_nouns import _NAME_RE

    text = "Creditors of South Korea met the Bank of Japan and the Federation of Small Traders"
    assert _NAME_RE.findall(text) == [
        "Creditors", "South Korea", "Bank of Japan", "Federation of Small Traders"
    ]  # fmt: skip


def test_a_long_quoted_phrase_before_an_unlisted_verb_is_no_subject() -> None:
    s = "\"With the milder weather... I'm more inclined to think we'll test the $40 level,\" he said."
    assert clause_subject(s, s.index("$40")) is None
    s = "He said he wanted to raise the budget to $9bn."
    found = _figures(["Ruritania unveiled its budget plans.", s])
    assert found["$9bn"][0] != "he"


def test_a_lower_case_name_described_by_an_apposition_owns_the_story() -> None:
    s = "marten bikes, the danish bicycle maker, sold 220,000 bikes in the spring."
    assert clause_subject(s, s.index("220,000")) == "marten bikes"
    subjects = _subjects(
        [
            "marten bikes, the danish bicycle maker, sold 220,000 bikes in the spring.",
            "the company now has 31 shops in four countries.",
            "sales rose 9% to 410 million crowns.",
            "its shares fell 2% in copenhagen.",
        ]
    )
    assert subjects["220,000 bikes"] == "marten bikes"
    assert subjects["31 shops"] == "marten bikes"
    assert subjects["9%"] == "marten bikes"
    assert subjects["2%"] == "marten bikes"
    s = "In March, the company sold 40 stores."  # a time phrase is no name
    assert clause_subject(s, s.index("40")) == REF


def test_a_possessive_opener_and_the_goods_traded_are_owners() -> None:
    subjects = _subjects(
        [
            "Portugal's cork harvest will fall to about 90,000 tonnes this year.",
            "Exports of Danish pork fell 4% to €2.1bn in the first half.",
        ]
    )
    assert subjects["90,000 tonnes"] == "Portugal"
    assert subjects["€2.1bn"] == "Danish pork"
    assert subjects["4%"] == "Danish pork"
    s = "Sales of electric vans rose 12% in June."
    assert clause_subject(s, s.index("12%")) == "electric vans"


def test_that_is_compares_the_previous_figure_and_a_group_opener_owns_its_figures() -> None:
    figures = extract_figures(
        [
            "Norway's salmon catch will rise to about 1.6 million tonnes this year, the "
            "fisheries agency said.",
            "That is 7% above last year's catch.",
            "Farmers have already lost 3,000 cattle to the drought.",
            "Analysts had expected 900 heads.",
        ]
    )
    by = {f.surface: f for f in figures}
    assert by["1.6 million tonnes"].subject == "Norway"
    assert by["1.6 million tonnes"].status == "expected"
    assert by["7%"].subject == "Norway"
    assert by["7%"].status == "expected"
    assert by["3,000 cattle"].subject == "Farmers"
    assert by["900 heads"].subject is None
    s = "Tariffs now make up more than 3% of the bloc's revenue."
    assert _subjects([s])["3%"] is None  # a plural measure opening the sentence owns nothing
    s = "Ministers also promise 8,000 new teachers by 2027."
    assert _subjects([s])["8,000 new teachers"] is None  # people who speak of a figure


def test_a_named_event_is_the_story_subject_and_a_speaker_firm_is_its_own_it() -> None:
    figures = extract_figures(
        [
            "Hurricane Bexley, which hit Florida on Monday, will cost insurers about $6bn.",
            "The average repair bill was $9,200 as the hurricane flattened roofs.",
            "Palmetto Re, one of the state's biggest insurers, said it had set aside $70m.",
        ]
    )
    by = {f.surface: f.subject for f in figures}
    assert by["$9,200"] == "Hurricane Bexley"
    assert by["$70m"] == "Palmetto Re"


@pytest.mark.parametrize(
    ("sentence", "surface", "metric", "subject"),
    [
        # the source a figure is reported from is not its owner; a share "of the … market"
        # is a market share whatever else the clause names
        ("A study by Oxford Economics found that Tesla had taken 18% of the European market.",
         "18%", "market share", "Tesla"),
        ("A report from Harlow Analytics in May said that Vantor held 41% of the cloud market "
         "by revenue.", "41%", "market share", "Vantor"),
    ],
)  # fmt: skip
def test_a_reported_share_of_a_market_is_the_clause_owners(
    sentence: str, surface: str, metric: str, subject: str | None
) -> None:
    fig = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert (fig.metric, fig.subject) == (metric, subject)


def test_a_share_of_the_market_value_is_no_market_share() -> None:
    (fig,) = extract_figures(["Its shares make up 7% of the market value of the index."])
    assert fig.metric != "market share"


@pytest.mark.parametrize(
    ("sentence", "surface", "metric", "subject"),
    [
        # a sum written before what it pays for: that is the measure, the name between its owner
        ("Ministers unveiled a £3bn Northern Powerhouse rail plan on Tuesday.", "£3bn", "plan",
         "Northern Powerhouse"),
        ("Brussels approved the €2bn Hydra pipeline project.", "€2bn", "project", "Hydra"),
        # (the noun phrase the sum sizes keeps the word that says which, and a thing built is
        # sized by its cost: modified.py)
        ("The council approved a £40m stadium redevelopment.", "£40m",
         "stadium redevelopment cost", "council"),
    ],
)  # fmt: skip
def test_a_sum_before_what_it_pays_for(
    sentence: str, surface: str, metric: str, subject: str | None
) -> None:
    fig = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert (fig.metric, fig.subject) == (metric, subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "The probe reached a belt of rock that’s within 900 miles of the planet.",
        "Analysts say there's about 4% more room, and what's left is worth $3m.",
        "Staff were told everyone's 5% rise would wait.",
    ],
)
def test_a_contraction_or_function_word_is_never_an_owner(sentence: str) -> None:
    subjects = _subjects([sentence])
    assert subjects, sentence
    for word in ("that", "there", "what", "everyone"):
        assert word not in {(s or "").lower() for s in subjects.values()}


def test_a_lower_case_possessive_owner_is_still_taken() -> None:
    assert _subjects(["the government's £2bn budget was cut."]) == {"£2bn": "government"}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The Chinese tech giant is expanding, with the stock up more than 77% this year.", "77%"),
        ("The South Korean memory chip giant said its shares rose 12%.", "12%"),
        ("The company’s New York-listed shares surged over 12% after the deal.", "12%"),
    ],
)
def test_a_description_of_the_firm_means_the_firm(sentence: str, figure: str) -> None:
    assert clause_subject(sentence, sentence.index(figure)) == REF
    lead = "Kestrel Mining posted revenue of $3 billion."
    assert _subjects([lead, sentence])[figure] == "Kestrel Mining"


def test_a_unit_named_after_a_possessive_is_still_the_unit() -> None:
    s = "The company's Cloud Intelligence Group posted revenue up 26%."
    assert clause_subject(s, s.index("26%")) == "Cloud Intelligence Group"


def test_a_common_noun_opening_a_sentence_is_not_an_owner() -> None:
    subjects = _subjects(
        ["Turnover fell 38% to £54.6m in the year.",
         "Construction insolvencies rose 9% to 4,170, official figures show.",
         "Regulated rail fares will rise by 4.6% from March."]
    )  # fmt: skip
    assert subjects["38%"] != "Turnover"
    assert subjects["4,170"] != "Construction"
    assert subjects["4.6%"] != "Regulated"


def test_shares_held_in_a_firm_are_the_firms() -> None:
    subjects = _subjects(["Kirkgate Trust runs six hospices. Shares in Halcyon rose 4.5%."])
    assert subjects["4.5%"] == "Halcyon"


def test_a_measure_of_a_place_is_the_places() -> None:
    subjects = _subjects(["Unemployment in Ireland fell to 4.1% in October, officials said."])
    assert subjects["4.1%"] == "Ireland"


def test_a_titled_person_is_not_the_firm_it_refers_back_to() -> None:
    subjects = _subjects(
        ["Nordbana plans a fast line. Nordbana says it could carry 9 million passengers a year. "
         "Its chief executive, Lena Sjöberg, said costs had risen. "
         "The company's earlier forecast was 11.5 million."]
    )  # fmt: skip
    assert subjects["11.5 million"] != "Lena Sjöberg"


def test_no_before_a_number_is_not_a_name() -> None:
    subjects = _subjects(["The No 9, who joined from Wigan for £2.5m in 2022, scored 19 goals."])
    assert "No" not in subjects.values()


def test_a_place_that_is_the_subject_keeps_its_figure() -> None:
    story = ["Rennick Motors said deliveries rose 4%.", "The US economy grew 2.1% in the year."]
    assert _subjects(story)["2.1%"] == "US"


@pytest.mark.parametrize(
    ("title", "story", "surfaces"),
    [
        (
            "Rennick deliveries fall as demand cools",
            [
                "Rennick Motors said on Monday it delivered 384,000 vehicles in the quarter.",
                "The US carmaker's deliveries fell 8% from a year earlier.",
                "Deliveries at the German carmaker rose 2% in China.",
            ],
            ["8%", "2%"],
        ),
        (
            "Marrowgate thriller tops box office",
            [
                "Marrowgate Pictures said on Sunday its thriller took $90m worldwide.",
                "In South America the film made $12.5 million from 900 cinemas.",
                "Attendance at the 4,000-seat Quayside arena rose 6%.",
                "The 90-year-old Leeds studio, which employs 800 people, said costs fell 3%.",
            ],
            ["$12.5 million", "900 cinemas", "6%", "3%"],
        ),
    ],
)
def test_a_place_setting_or_venue_describing_the_firm_is_not_the_owner(
    title: str, story: list[str], surfaces: list[str]
) -> None:
    owners = _subjects(story, title=title)
    firm = story[0].split(" said")[0]
    assert all((owners[s] or "") in (firm, firm.split()[0]) for s in surfaces), owners


def test_a_titled_person_before_its_is_not_what_its_means() -> None:
    story = [
        "Hollins College said it would cut 120 jobs.",
        "Vice-chancellor Professor Ann Pryce said the college faced hard choices.",
        "Its income fell 4.5% to £212m last year.",
    ]
    assert _subjects(story)["£212m"] == "Hollins College"


def test_the_agent_of_an_opening_participle_is_not_the_lead() -> None:
    from reader.figures.names import lead_name, story_names

    text = "Founded in 2015 by Mara Kent, the firm employs 900 people."
    assert lead_name(text, story_names(text), words=8) is None
    text = "About 900 staff employed by Velden Logistics at the port voted to strike."
    assert lead_name(text, story_names(text), words=8) == "Velden Logistics"


def test_a_named_grade_of_a_commodity_owns_its_price() -> None:
    owners = _subjects(["North Sea Forties crude climbed $2.10, or 2.6%, to $83.40."])
    assert owners["2.6%"] == "North Sea Forties crude"
    assert _subjects(["Copper rose 1.9% to $9,400 a tonne."])["1.9%"] == "Copper"


def test_the_union_is_the_union_not_the_employer() -> None:
    story = [
        "Velden Logistics said on Monday it had offered port staff a 3% rise.",
        "Velden employs 2,000 people at the port.",
        "The union wants basic pay to rise by 9%.",
        "The union's members backed strikes.",
    ]
    assert _subjects(story)["9%"] == "union"
    story[0] = "Velden Logistics Union said on Monday it had asked for a 3% rise."
    story[1] = "Velden employs 2,000 people at the port."
    assert _subjects(story)["9%"] == "Velden Logistics Union"


def test_rivals_valuations_and_lower_case_speakers() -> None:
    owners = _subjects(["Its Lisbon-based rival Solmar last week cut its target to 90 million."])
    assert owners["90 million"] == "Solmar"
    owners = _subjects(
        [
            "Fennick set a price range of €20 to €24 a share for its Paris listing on Monday, "
            "which values the company at between €2 billion and €2.4 billion.",
            "Fennick said demand was strong.",
        ]
    )
    assert owners["€2 billion"] == "Fennick"
    story = [
        "quorra foods said sales rose 6% to $1.2bn in the quarter.",
        "quorra expects more growth.",
        "wall st analysts had pencilled in $1.1bn.",
    ]
    assert _subjects(story)["$1.1bn"] == "quorra foods"


def test_places_on_a_route_are_not_owners() -> None:
    got = _subjects(
        [
            "Skylane will run 14 daily flights from Reading to London from March.",
            "Fares on flights from Leeds to Paris will start at £39.",
            "Skylane carried 2.3 million passengers last year.",
        ],
        title="Skylane adds routes",
    )
    assert got["£39"] == "Skylane"
    assert got["14 daily flights"] == "Skylane"


def test_founders_in_an_opening_phrase_do_not_own_the_firms_figures() -> None:
    got = _subjects(
        [
            "Founded in 2009 by Maya Osei and Tom Berg, Tillwood now sells furniture in 12 "
            "countries.",
            "The company made revenue of £96m last year, up 31%.",
        ],
        title="Tillwood grows fast",
    )
    assert got["12 countries"] == "Tillwood"
    assert got["£96m"] == "Tillwood"


def test_a_brand_that_only_opens_sentences_owns_its_figures() -> None:
    got = _subjects(
        [
            "Global tablet shipments rose 3% to 40 million units in the quarter, according to "
            "the tracker Unitwise.",
            "Lenvar kept the top spot with 12.1 million tablets and a 30% share of the market.",
            "Corvo shipped 9 million tablets, down 4%.",
        ],
        title="Tablet sales recover",
    )
    assert got["12.1 million tablets"] == "Lenvar"
    assert got["30%"] == "Lenvar"
    assert got["9 million tablets"] == "Corvo"


def test_a_founder_or_backer_in_an_aside_owns_nothing() -> None:
    got = _subjects(
        [
            "Tillwood, which was founded in 2009 by Maya Osei, now sells furniture in 12 "
            "countries.",
            "Backed by Orrin Capital, the company made revenue of £96m last year.",
        ],
        title="Tillwood grows fast abroad",
    )
    assert got["12 countries"] == "Tillwood"
    assert got["£96m"] == "Tillwood"


def test_the_board_means_the_body_it_runs() -> None:
    got = _subjects(
        [
            "Kestrel Brewing said on Monday it had received a 240p-a-share offer from Ardent "
            "Capital.",
            "It comes after the board rejected two earlier approaches, at 200p and 220p, in "
            "May, the company said.",
        ],
        title="Kestrel Brewing gets bid",
    )
    assert got["200p"] == "Kestrel Brewing"


def test_a_sentence_opener_with_a_relative_clause_is_a_name() -> None:
    got = _subjects(
        [
            "Denmark expects a record 12 million foreign visitors this year, its tourism "
            "board said.",
            "Denmark's hotels are full.",
            "Odense, which welcomed 2 million visitors last year, will raise its tourist tax "
            "to 50 kroner a night.",
        ],
        title="Denmark heads for record tourist year",
    )
    assert got["50 kroner"] == "Odense"


def test_a_rival_brand_opening_a_sentence_in_another_firms_story_owns_its_figure() -> None:
    got = _subjects(
        [
            "Corvo Devices said tablet sales rose 8% to 9 million in the quarter.",
            "Lenvar kept the top spot with 12.1 million tablets.",
            "Production is outstripping demand by about 30%.",
            "Corvo Devices shares rose 2%.",
        ],
        title="Corvo Devices tablet sales rise",
    )
    assert got["12.1 million tablets"] == "Lenvar"
    assert got["30%"] != "Production"


def test_a_phrase_owned_by_its_firm_and_an_as_of_what_a_thing_was() -> None:
    s = "daily circulation across its six titles fell to 90,000 copies."
    assert clause_subject(s, s.index("90,000")) == REF
    s = "the firm, founded as a family forge in 1901, made a profit of £2.2 million."
    assert clause_subject(s, s.index("£2.2")) == REF
    s = "Profits rose as Tarn Mills sold 40,000 rolls."  # a real "as" clause still starts one
    assert clause_subject(s, s.index("40,000")) == "Tarn Mills"


def test_a_name_set_off_by_a_description_still_owns_its_figures() -> None:
    from reader.figures import extract_figures

    for text in (
        "Brellworth, the discount homeware chain, reported profit of £62m.",
        "Brellworth, a Leeds-based retailer, said sales rose 4% to £310m.",
    ):
        assert {f.subject for f in extract_figures([text])} == {"Brellworth"}


def test_a_clause_joined_by_and_after_a_figure_has_its_own_subject() -> None:
    s = "shares in dunmore oil lost 4% and the mining index fell 1.8% on monday."
    assert clause_subject(s, s.index("4%")) == "dunmore oil"
    assert clause_subject(s, s.index("1.8%")) == "mining index"


def test_lower_case_analysts_at_a_bank_speak_of_the_storys_figure() -> None:
    subjects = _subjects(
        [
            "arabica coffee rose 2.1% to $3.40 a pound on monday as brazil's crop shrank.",
            "analysts at fenwick bank raised their average arabica coffee forecast to $3.60.",
        ]
    )
    assert subjects["$3.40"] == "coffee"
    assert subjects["$3.60"] == "arabica coffee"  # the story's, not "analysts at fenwick bank"


def test_lower_case_titled_person_in_apposition_owns_their_pay() -> None:
    s = "fernway's chief executive, maria oduya, was paid £3.2 million last year."
    assert clause_subject(s, s.index("£3.2")) == "maria oduya"
    s = "fernway's chief executive said revenue rose 4%."
    assert clause_subject(s, s.index("4%")) is None  # what she said: not hers


def test_an_antecedent_the_firm_owns_and_an_apposed_description() -> None:
    s = "it will spend £900m on its network, which now passes 9 million homes."
    assert clause_subject(s, s.index("9 million")) == REF
    assert clean_phrase("fernway, the uk's third-biggest energy provider") == "fernway"


def test_lower_case_possessive_and_rival_name_their_firm() -> None:
    s = "kelmont's revenue fell 2% to £870 million."
    assert clause_subject(s, s.index("2%")) == "kelmont"
    s = "last year's revenue fell 2%."
    assert clause_subject(s, s.index("2%")) is None  # a time owns nothing
    s = "its rival kelmont, which reported a day earlier, lost 95,000 customers."
    assert clause_subject(s, s.index("95,000")) == "kelmont"
    s = "Its rival bid, which came a day earlier, was 5% higher."
    assert clause_subject(s, s.index("5%")) == REF  # capitalised text: no lower-case name


def test_a_plural_looking_firm_opening_a_one_sentence_story_owns_its_figures() -> None:
    # a name ending in "s" that the story never writes again is a firm, not a common plural
    assert _subjects(["Marlows reported a pre-tax profit of £2.1bn for the half."]) == {
        "£2.1bn": "Marlows"
    }
    assert _subjects(["Kessens said revenue rose 4% in the quarter."]) == {"4%": "Kessens"}
    assert _subjects(["Brannocks has cut 1,600 jobs."]) == {"1,600 jobs": "Brannocks"}
    # and the story's "the bank" then means it
    subjects = _subjects(["Brannocks cut 1,600 jobs.", "The bank said profit rose 5% to £3bn."])
    assert subjects["£3bn"] == "Brannocks"
    # common plurals stay people who speak, not owners
    assert _subjects(["Economists had expected a fall of 0.1%."]) == {"0.1%": None}
    assert _subjects(["Forecasters say output will reach 4 million tonnes."]) == {
        "4 million tonnes": None
    }
    assert _subjects(["Fears had been raised that fees could reach £3,000."]) == {"£3,000": None}


def test_the_company_after_analysts_at_a_broker_is_the_storys_firm() -> None:
    subjects = _subjects(
        [
            "Dovecote Bakeries made a profit of £40m.",
            "Analysts at Pellman Securities had expected less.",
            "The company employs 9,300 people.",
        ],
        title="Dovecote Bakeries profit rises",
    )
    assert subjects["9,300 people"] == "Dovecote Bakeries"


def test_a_kind_word_before_of_is_part_of_the_name() -> None:
    # "Bank of Varna" is the name, not "Varna"; and "The Bank of Varna" is no "the bank"
    # referring back to the story's lender
    subjects = _subjects(
        [
            "Brookmere Finance posted a profit of £80m.",
            "The lender said arrears rose to 2.1%.",
            "The Bank of Varna raised its main rate to 5%.",
        ]
    )
    assert subjects["2.1%"] == "Brookmere Finance"
    assert subjects["5%"] == "Bank of Varna"


def test_a_buyer_opening_the_lead_is_not_a_description_of_its_rival() -> None:
    from reader.figures.names import lead_name, story_names

    lead = "Halvex Foods agreed to buy rival Penmore Bakeries for £1.4bn."
    assert lead_name(lead, story_names(lead), words=8) == "Halvex Foods"
    s = "US retail giant Federway Stores will buy Maybrook for $11bn."
    assert lead_name(s, story_names(s), words=8) == "Federway Stores"
    subjects = _subjects(
        [lead, "Analysts polled by LSEG had expected revenue of £5.2bn."],
        title="Halvex Foods to buy Penmore",
    )
    assert subjects["£5.2bn"] == "Halvex Foods"


def test_an_analysts_employer_does_not_own_the_forecast() -> None:
    lead = "Halvex Foods agreed to buy rival Penmore Bakeries for £1.4bn."
    for said in (
        "Brackley Securities analyst John Smith forecast revenue of £6bn next year.",
        "Revenue will reach £6bn next year, said Brackley Securities analyst John Smith.",
        "Brackley Securities analysts expect revenue of £6bn.",
    ):
        assert _subjects([lead, said], title="Halvex Foods to buy Penmore")["£6bn"] == (
            "Halvex Foods"
        )


def test_a_place_possessive_in_an_apposition_describes_the_firm() -> None:
    lead = "Kestrel Retail reported a profit of £400m."
    for s, figure in (
        ("The bank, Britain's biggest mortgage lender, made a profit of £3bn.", "£3bn"),
        ("The company, Britain's third-largest grocer, has a 12% market share.", "12%"),
    ):
        assert _subjects([lead, s], title="Kestrel profit beats forecasts")[figure] == (
            "Kestrel Retail"
        )
    s = "The bank made a profit of £3bn."
    assert clause_subject(s, s.index("£3bn")) == REF
    s = "The bank, Britain's biggest lender, made a profit of £3bn."
    assert clause_subject(s, s.index("£3bn")) == REF


def test_what_a_professor_says_is_the_bodys_figure() -> None:
    subjects = _subjects(
        [
            "The Western Arts Research Council will fund 310 projects this year.",
            "Professor Ada Quell said inflation meant the council's spending power had fallen by "
            "14% since 2021.",
            "The council received 4,860 applications.",
        ]
    )
    assert subjects["14%"] == "Western Arts Research Council"


def test_wall_streets_forecast_is_the_firms() -> None:
    subjects = _subjects(
        [
            "Streaming service Vellum added 3.1 million subscribers in the quarter.",
            "Wall Street had forecast 2.4 million additions.",
        ],
        title="Vellum adds 3.1 million subscribers",
    )
    assert subjects["2.4 million additions"] == "Vellum"


def test_the_level_a_move_reached_is_the_movers() -> None:
    subjects = _subjects(
        [
            "Skyline Air said profit rose.",
            "Copper prices have dropped about 15% since January, to around $7,200 a tonne.",
        ]
    )
    assert subjects["15%"] == subjects["$7,200"] == "Copper"


def test_a_rise_in_her_salary_is_hers() -> None:
    subjects = _subjects(
        [
            "Dovecote Group chief executive Mara Fenn was paid £3.1m last year.",
            "Shareholders will vote on a proposed 5% rise in her salary next month.",
        ]
    )
    assert subjects["5%"] == "Mara Fenn"


def test_what_a_source_says_of_a_named_firm_is_the_firms() -> None:
    lead = "Harrowby Stores reported a profit of £400m for the year."
    subjects = _subjects([lead, "Tallyscope said Brenton shipped 50 million phones."])
    assert subjects["50 million phones"] == "Brenton"
    # a place or a phrase in the clause leaves the speaker its figure
    subjects = _subjects([lead, "Tallyscope said UK sales rose 5% in the year."])
    assert subjects["5%"] != "UK"


def test_a_source_aside_does_not_own_the_named_firms_figure() -> None:
    lead = "Harrowby Stores reported a profit of £400m for the year."
    title = "Harrowby Stores profit rises"
    for s in (
        "According to Tillscan, Brenton's sales grew 5%.",
        "The data firm Tillscan said Brenton's sales grew 5%.",
    ):
        assert _subjects([lead, s], title=title)["5%"] == "Brenton"
    s = "Brenton's sales grew 5%."
    assert clause_subject(s, s.index("5%")) == "Brenton"


def test_a_rival_described_as_its_rival_owns_its_figure() -> None:
    lead = "Harrowby Stores reported a profit of £400m for the year."
    subjects = _subjects(
        [lead, "Brenton, its closest rival, grew sales by 6%."],
        title="Harrowby Stores profit rises",
    )
    assert subjects["6%"] == "Brenton"
    s = "Brenton, its closest rival, grew sales by 6%."
    assert clause_subject(s, s.index("6%")) == "Brenton"


@pytest.mark.parametrize("join", [", and", " and", ", while", ", but", ";"])
def test_the_second_of_two_joined_clauses_is_its_own_subjects(join: str) -> None:
    sentence = f"Harwick Mining's shares lost 3.1%{join} Ostrava Steel gained 2.4% to 418 crowns."
    owners = {f.surface: f.subject for f in extract_figures([sentence])}
    assert owners["3.1%"] == "Harwick Mining"
    assert owners["2.4%"] == owners["418 crowns"] == "Ostrava Steel"


def test_a_place_the_clause_names_before_with_is_not_who_has_the_figure() -> None:
    from reader.figures import extract_figures

    story = [
        "Labour candidate Maria Lowe has been elected mayor of Eastholm with 54.1% of the vote.",
        "The Greens came second with 31%.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story, title="Lowe wins Eastholm")}
    assert got["54.1%"] == "Maria Lowe"
    assert got["31%"] == "The Greens"  # (as written before "with")


def test_a_closing_speaker_owns_a_figure_nothing_else_in_the_sentence_owns() -> None:
    from reader.figures import extract_figures

    story = [
        "Adjusted EPS rose 12% to 140p, Carrow Insurance said.",
        "Underlying EBITDA was £90m.",
        "Rebates of £20 were seen as gimmicks, MPs said.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story, title="Insurer profits rise")}
    assert got["140p"] == "Carrow Insurance"
    assert got["12%"] == "Carrow Insurance"
    assert got["£20"] != "MPs"  # people who speak of it
