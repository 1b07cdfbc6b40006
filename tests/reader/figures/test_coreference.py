"""Whom a reference means (reader/figures/coreference.py): a lower-case story's firm."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.coreference import lower_case_main


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def _figures(paragraphs: list[str], title: str | None = None) -> dict[str, tuple[str | None, ...]]:
    return {
        f.surface: (f.subject, f.metric, f.status) for f in extract_figures(paragraphs, title=title)
    }


def test_lower_case_story_has_subjects() -> None:
    subjects = _subjects(
        [
            "shares in kestrel mining fell 9% to 212p after the company cut its forecast.",
            "the firm said its net debt rose to £1.2bn.",
            "kestrel's rival ormond coal rose 3%.",
        ]
    )
    assert subjects["9%"] == "kestrel mining"
    assert subjects["£1.2bn"] == "kestrel mining"
    assert subjects["3%"] == "ormond coal"


def test_a_lower_case_story_whose_lead_is_said_by_its_firm() -> None:
    found = _figures(
        [
            "tarrow brewing said annual revenue rose 4.1% to $2.3 billion.",
            "the craft-beer maker also said it would cut about 300 jobs.",
        ]
    )
    assert found["$2.3 billion"][0] == "tarrow brewing"
    assert found["300 jobs"] == ("tarrow brewing", "jobs cut", "planned")


def test_a_lower_case_person_reference_is_never_shown_as_its_placeholder() -> None:
    """ "she expects …" in lower-case text: the clause's subject is a person the story never
    names in capitals, so the figure goes to the story's firm, and the parser's internal
    placeholder for "a person" never reaches a callout."""
    found = _figures(
        [
            "shares in corvel foods rose 3% on monday after the grocer raised its outlook.",
            "its chief executive, jane tan, said she expects food prices to rise 4% next year.",
        ]
    )
    assert found["4%"][0] == "corvel foods"
    assert all(s is None or s.isprintable() for s, *_ in found.values())


def test_a_pronoun_after_a_description_means_the_previous_sentences_subject() -> None:
    subjects = _subjects(
        [
            "Brightline Software reported record orders on Tuesday as cloud demand grew.",
            "This SaaS momentum helped it pass Orbital in Europe for the first time, with a 22% "
            "share of the market against Orbital's 19%.",
        ],
        title="Brightline orders hit record",
    )
    assert subjects["22%"] == "Brightline Software"  # "it", not "SaaS"
    assert subjects["19%"] == "Orbital"


def test_a_name_before_a_conjunction_is_not_a_description() -> None:
    subjects = _subjects(
        [
            "Quarry Phones said its sales slipped in the quarter.",
            "The firm sold 9 million handsets, including the Quarry Z4 and a cheaper model, "
            "giving it a market share of 12.5%.",
        ]
    )
    assert subjects["12.5%"] != "Sales"  # the pronoun rule does not fire on "the Quarry Z4 and"


def test_what_a_sources_evidence_shows_belongs_to_the_clause_it_names() -> None:
    subjects = _subjects(
        [
            "Figures from Nielsen showed Harlow Dairies held 14.2% of the cheese market.",
            "A survey by Ipsos found Lidl had lifted its share to 8.2%.",
        ]
    )
    assert subjects["14.2%"] == "Harlow Dairies"
    assert subjects["8.2%"] == "Lidl"


def test_its_shares_after_a_sentence_naming_one_firm_are_that_firms() -> None:
    got = _subjects(
        [
            "Shares in Dovecote Mining rose 4% after it raised its gold output forecast.",
            "The results from Ostwick Bank disappointed investors. Its shares fell 5%.",
            "Profits at Brimley Homes jumped 12% to £45m. Its shares rose 3%.",
        ],
        title="Markets wrap",
    )
    assert got["5%"] == "Ostwick Bank"
    assert got["3%"] == "Brimley Homes"
    assert got["4%"] == "Dovecote Mining"


def test_its_after_a_sentence_opened_by_a_reference_means_the_storys_firm() -> None:
    got = _subjects(
        [
            "Corvane, a Finnish maker of heat pumps, listed its shares in Helsinki on Monday.",
            "The company sold new shares at €14 each to pay for a plant near Tampere.",
            "Its shares closed 9% above the offer price.",
        ],
        title="Heat pump maker Corvane lists in Helsinki",
    )
    assert got["9%"] == "Corvane"


def test_in_a_paste_a_reference_means_the_firm_its_sentence_says_it_of() -> None:
    got = _subjects(
        [
            "Harlow Foods said pre-tax profit rose 8% to £61m in the year to March.",
            "Harlow Foods shares rose 3%.",
            "Chemist chain lifts sales",
            "The chemist chain made £212m sales in the six months to September, Medway Health "
            "said.",
            "Its shares rose 2%.",
        ]
    )
    assert got["£212m"] == "Medway Health"
    assert got["2%"] == "Medway Health"
    assert got["£61m"] == "Harlow Foods"


def test_a_month_closing_the_sentence_before_is_not_what_it_means() -> None:
    got = _subjects(
        [
            "Tarnhill Aggregates said revenue rose 6% to £812m.",
            "Twelve of its 40 depots will be closed by June.",
            "It said it would cut 500 jobs.",
        ]
    )
    assert got["500 jobs"] == "Tarnhill Aggregates"


def test_its_in_a_later_clause_means_the_firm_opening_the_sentence() -> None:
    got = _subjects(
        [
            "Storm Wendell caused damage worth £300m across Devon, Storm Wendell's trackers said.",
            "Tolland Mutual, one of the biggest insurers in Devon, said it had set aside £40m "
            "for claims and warned that its annual profit would be about 10% lower.",
        ]
    )
    assert got["10%"] == "Tolland Mutual"


def test_its_after_a_speaker_means_the_speaker_not_an_earlier_name() -> None:
    got = _subjects(
        [
            "Lumo Games said its players spent $40m in the quarter.",
            "In a filing with the Ontario Securities Commission, Brisk Media said its shares "
            "were bought back for about $230m.",
        ]
    )
    assert got["$230m"] == "Brisk Media"


def test_a_plural_group_that_acts_owns_its_figure_but_counted_things_do_not() -> None:
    got = _subjects(
        [
            "Ofwell, the energy regulator, said on Monday that prices would fall.",
            "The regulator said suppliers had built up £2.1bn of unpaid debt since 2023.",
            "It said the numbers should fall to 3.2 million households by 2027.",
        ]
    )
    assert got["£2.1bn"] == "suppliers"
    assert got["3.2 million households"] != "numbers"


def test_a_lower_case_lead_opened_by_a_named_group_gives_the_storys_firm() -> None:
    got = _subjects(
        [
            "the harbour view group, which runs 9 hotels across cornwall, said on monday it "
            "had 61,000 bookings for the summer, up from 52,000.",
            "room revenue rose 12% to £41 million.",
            "the group now takes about 30% of bookings online.",
        ]
    )
    assert got["61,000 bookings"] == "harbour view group"
    assert got["£41 million"] == "harbour view group"
    assert got["30%"] == "harbour view group"


def test_its_never_means_a_day_or_a_place_the_sentence_before_ends_on() -> None:
    got = _subjects(
        [
            "Brinmoor Museum will charge adults £10 for entry from May.",
            "The museum will also close on Tuesdays. Its collection holds 400,000 objects.",
            "The gallery opened a shop at Kendal. Its shop sold 9,000 prints.",
        ],
        title="Brinmoor Museum to charge for entry",
    )
    assert got["400,000 objects"] != "Tuesdays"
    assert got["9,000 prints"] != "Kendal"


def test_it_after_said_and_a_time_phrase_is_the_speaker() -> None:
    got = _subjects(
        [
            "Brackwell Bank said profit rose 4% to €2bn.",
            "Europe's banks are cutting costs.",
            "Ostmark Bank said earlier this month it would reduce its workforce by 1,400.",
        ]
    )
    assert got["1,400"] == "Ostmark Bank"


def test_its_never_means_the_titled_person_of_the_sentence_before() -> None:
    figs = extract_figures(
        [
            "Pellow Brewing will shut its Derby site with the loss of 90 jobs.",
            "Managing director Ruth Anand said the choice was painful. Its shares fell 3%.",
        ]
    )
    assert {f.surface: f.subject for f in figs}["3%"] == "Pellow Brewing"


def test_it_never_means_a_name_written_as_a_modifier() -> None:
    by = _subjects(
        [
            "Corvella Motors will cut 1,200 jobs.",
            "Chief executive Ana Ruiz said the group would spend €600 million to convert the "
            "Lisbon line to electric models.",
            "It expects the first of them to go on sale in 2027 at about €29,000.",
        ],
        title="Corvella Motors to cut 1,200 jobs",
    )
    assert by["€29,000"] == "Corvella Motors"  # not "Lisbon" of "the Lisbon line"


def test_the_combined_group_is_the_buyer_the_story_is_about() -> None:
    by = _subjects(
        [
            "Dovermill Foods has agreed to buy its rival Quenby Bakeries for £1.4 billion.",
            "Dovermill reported revenue of £2.3 billion, up 7%.",
            "Quenby's chairman, Tom Hale, said the board would back the offer.",
            "Analysts said the combined group could make a profit of £290 million in 2027.",
        ]
    )
    assert by["£290 million"] == "Dovermill Foods"  # not the target the sentence before named


def test_a_described_reference_means_the_lead_firm() -> None:
    for said in (
        "The Frankfurt-based lender said net income fell 5% to €1bn.",
        "The German lender said net income fell 5% to €1bn.",
        "The world's biggest lender said net income fell 5% to €1bn.",
    ):
        assert _subjects(["Rhenwald Kreditbank posted a loss.", said])["€1bn"] == (
            "Rhenwald Kreditbank"
        )


def test_a_described_reference_is_a_reference_but_a_central_bank_is_not() -> None:
    from reader.figures.names import _REFERRING

    for phrase in ("The Frankfurt-based lender", "the German company", "the world's biggest bank"):
        m = _REFERRING.match(phrase + " said")
        assert m is not None and m.group(0) == phrase
    for phrase in ("The central bank said", "the rival firm said", "The Bank of England said"):
        assert _REFERRING.match(phrase) is None


def test_the_company_never_means_a_traded_benchmark_the_sentence_before_opened_with() -> None:
    from reader.figures.coreference import traded_prior

    story = [
        "Polish fertiliser maker Zelkow Azoty said quarterly profit fell 31% to 140 million zloty.",
        "Dutch TTF gas for next month rose 4% to €39 a megawatt hour on Tuesday.",
        "The company sold 0.9 million tonnes of fertiliser in the quarter.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story)}
    assert owners["0.9 million tonnes"] == "Zelkow Azoty"
    # "it" may mean the index: only a firm's kind ("the company") rules the benchmark out
    assert traded_prior("Bitcoin", "Bitcoin traded at $91,400.", "The company spent $6m.")
    assert not traded_prior("Nikkei", "The Nikkei rose 1%.", "In 2005 it will rise 9%.")
    assert not traded_prior("Halden", "Halden rose 1%.", "The company spent $6m.")


def test_a_kind_noun_before_a_name_describes_it_and_refers_to_no_one() -> None:
    from reader.figures.names import _REFERRING

    for phrase in ("The low-cost carrier Brindair said", "the bank Barclays said"):
        assert _REFERRING.match(phrase) is None
    m = _REFERRING.match("The company Monday said")  # a weekday is no name
    assert m is not None and m.group(0) == "The company"
    story = [
        "Norwick Airport handled 1.4 million passengers in the year to September.",
        "The low-cost carrier Brindair, the airport's biggest customer, carried 610,000 of them.",
    ]
    assert _subjects(story)["610,000"] == "Brindair"


def test_a_lower_case_leads_firm_is_found_past_a_year_in_its_description() -> None:
    lead = (
        "plinkett, the leeds-based parcel locker firm founded in 2016, said on monday it would"
        " add 900 lockers this year."
    )
    assert lower_case_main([lead, "the company now runs 4,100 lockers."]) == "plinkett"


def test_it_is_never_a_place_listed_after_in() -> None:
    paragraphs = [
        "The Danish sugar refiner raised its outlook after sales to food makers in Poland and"
        " Latvia beat forecasts.",
        "It now expects revenue of about €840 million for the year.",
    ]
    figs = extract_figures(paragraphs, title="Sukkerhus lifts outlook on strong sugar sales")
    assert {f.surface: f.subject for f in figs}["€840 million"] != "Latvia"


def test_a_lead_that_calls_the_headlines_firm_by_its_kind_lends_it_the_figures() -> None:
    paragraphs = [
        "The Danish sugar refiner raised its outlook on Tuesday after a strong beet harvest.",
        "It now expects revenue of about €840 million for the year.",
    ]
    figs = extract_figures(paragraphs, title="Sukkerhus lifts outlook on strong sugar sales")
    assert {f.surface: f.subject for f in figs}["€840 million"] == "Sukkerhus"


def test_a_lower_case_leads_counted_measure_is_not_its_firm() -> None:
    story = [
        "harbour link ferries said on tuesday that passenger numbers rose to 610,000 last year.",
        "the operator ran 4,200 sailings, it said.",
        "the number of cars carried rose to 90,000.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story)}
    assert got["610,000"] == "harbour link ferries"
    assert got["4,200 sailings"] == "harbour link ferries"
    assert got["90,000"] == "harbour link ferries"


def test_a_chain_of_references_goes_back_to_the_firm_that_opened_it() -> None:
    story = [
        "Kelvin Fibre said on Monday it had connected 80,000 homes in the year.",
        "Kelvin Fibre expects to pass 1 million homes by 2028.",
        "Brora Networks, which is backed by a pension fund, expects to connect 1,500 homes a week.",
        "It plans to hire 400 engineers.",
        "The company said each connection would cost it £2,100.",
        "It currently serves 52,000 customers.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story, title="Kelvin Fibre grows")}
    assert got["80,000 homes"] == "Kelvin Fibre"
    assert got["£2,100"] == "Brora Networks"  # not the story's firm: the chain's
    assert got["52,000 customers"] == "Brora Networks"


def test_a_chain_stops_at_a_traded_thing() -> None:
    from reader.figures.coreference import chained_firm

    sentences = [
        "Dutch TTF gas rose 6% to €41.50.",
        "The company sold 1.05 million tonnes.",
        "It got an average of 1,890 zlotys a tonne.",
    ]
    assert chained_firm(sentences, 2, frozenset(["Dutch", "TTF"]), "Wislana") is None
    sentences[0] = "Wislana Chemicals cut output by 9%."
    assert chained_firm(sentences, 2, frozenset(), None) == "Wislana Chemicals"
    assert chained_firm(sentences, 2, frozenset(), "Wislana Chemicals Group") == (
        "Wislana Chemicals Group"
    )
    sentences[2] = "Brackley's Tom Reed said the firm expected 3%."
    assert chained_firm(sentences, 2, frozenset(), None) is None  # not a reference itself


def test_a_lower_case_lead_opened_by_a_described_name_and_a_change_as_subject() -> None:
    story = [
        "kestrel power, the utility that supplies about 1.2 million homes, asked regulators on "
        "monday to raise rates by 5.4% from april.",
        "the increase would add about £9.10 a month to a typical bill, the company said.",
        "kestrel power said it would spend £2bn on its grid.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story)}
    assert got["5.4%"] == "kestrel power"
    assert got["£9.10"] == "kestrel power"  # the increase is no owner
