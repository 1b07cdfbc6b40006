"""Whose figure it is (issue 14): a market's index, a council's name with "of" inside, the
clause a figure sits in, and what "the council" / "the company" can refer back to."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.clause import PERSON, REF, clause_subject


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_the_nearest_index_in_the_figures_own_clause_owns_it() -> None:
    found = _subjects(
        [
            "Markets steadied on Tuesday.",
            "The Dow Jones rose 0.6% in morning trading and the Nasdaq added 1.2%.",
        ]
    )
    assert found["0.6%"] == "Dow Jones"
    assert found["1.2%"] == "Nasdaq"


def test_an_index_keeps_its_number() -> None:
    found = _subjects(
        [
            "London shares were mixed.",
            "The FTSE 100 slipped 0.4% while the FTSE 250 gained 0.9%.",
        ]
    )
    assert found["0.4%"] == "FTSE 100"
    assert found["0.9%"] == "FTSE 250"


def test_an_index_number_is_not_a_figure_of_its_own() -> None:
    found = _subjects(["Stocks fell.", "Tokyo's Nikkei 225 lost 1.3% on Friday."])
    assert found["1.3%"] == "Nikkei 225"


def test_a_council_name_with_of_inside_stays_whole() -> None:
    found = _subjects(
        [
            "Vale of Ashdown Council will spend £4.5m on new bus shelters, it said on Monday.",
            "Roads in the county need repairs.",
        ]
    )
    assert found["£4.5m"] == "Vale of Ashdown Council"


def test_a_role_before_of_is_no_part_of_the_council_name() -> None:
    found = _subjects(
        ["The leader of Brackwater Borough Council said it had saved £2.1m on energy this year."]
    )
    assert found["£2.1m"] == "Brackwater Borough Council"


def test_the_authority_is_not_the_councillor_named_before() -> None:
    found = _subjects(
        [
            "Fenwick District Council repaired 12,400 potholes last year, up from 9,800.",
            "Councillor Tom Ashby, the cabinet member for roads, said crews worked nights.",
            "The authority plans to spend 6% of its £310 million budget on roads.",
        ]
    )
    assert found["6%"] == "Fenwick District Council"
    assert found["£310 million"] == "Fenwick District Council"


def test_the_company_is_not_the_council_named_before() -> None:
    found = _subjects(
        [
            "Greyfield Waste sorted 90,000 tonnes of glass at its plant near Carlow last year.",
            "It takes glass from six councils under contracts worth £4 million.",
            "Carlow council, the largest customer, sends 30,000 tonnes.",
            "The company plans to spend £8 million on a new line, which it says will pay back.",
        ]
    )
    assert found["£8 million"] == "Greyfield Waste"


def test_a_measure_per_user_in_a_region_is_the_firms() -> None:
    found = _subjects(
        [
            "Quillon, the video-streaming service, said it added 2.4 million subscribers.",
            "Quillon's revenue rose to $1.9 billion.",
            "Average revenue per user in Latin America was $6.40 a month, up 4%.",
        ]
    )
    assert found["$6.40"] == "Quillon"
    assert found["4%"] == "Quillon"


def test_an_apposition_that_defines_a_measure_names_no_owner() -> None:
    found = _subjects(
        [
            "Quillon, the video-streaming service, said it added 2.4 million subscribers.",
            "Quillon's revenue rose to $1.9 billion.",
            "Attrition, the share of members who leave each month, eased to 3.2%.",
        ]
    )
    assert found["3.2%"] == "Quillon"


def test_a_second_predicate_shares_the_pronoun_subject() -> None:
    text = "It now connects 12,000 homes and has a take-up rate of 41% where it is live."
    assert clause_subject(text, text.find("41%")) == REF
    text = "She currently chairs two boards and earns £90,000 a year from them."
    assert clause_subject(text, text.find("£90,000")) == PERSON


def test_a_place_that_sets_those_an_appeal_is_for_is_no_owner() -> None:
    found = _subjects(
        [
            "Marram Hospice Trust runs three hospices.",
            "A charity walk for hospices in Cornwall has raised £1.2m, the trust said.",
            "The trust employs 212 nurses. The trust said 40 beds were full.",
        ]
    )
    assert found["£1.2m"] == "Marram Hospice Trust"


def test_a_place_keeps_the_measure_it_is_set_in() -> None:
    found = _subjects(
        [
            "House sales slowed in the spring.",
            "Demand for homes in Leeds rose 4% in May, the property website Homefinder said.",
        ]
    )
    assert found["4%"] == "Leeds"


def test_a_lower_case_rival_named_in_an_apposition_owns_its_clause() -> None:
    text = "its bigger rival, beatline, pays about $0.004 a stream and has 90 million users."
    assert clause_subject(text, text.find("$0.004")) == "beatline"
    assert clause_subject(text, text.find("90 million")) == "beatline"


def test_a_name_with_a_particle_is_one_name() -> None:
    found = _subjects(
        [
            "Brandvoort Seeds raised its outlook on Tuesday, the company said.",
            "Brandvoort Seeds now expects sales of €410 million.",
            "Chief executive Anouk van Dijk, 52, said 12 of its 20 new seeds were bred for heat.",
        ]
    )
    assert found["12"] == "Brandvoort Seeds"


def test_what_a_person_expects_of_a_measure_is_the_firms() -> None:
    found = _subjects(
        [
            "Hochtal Bahnen sold 1.2 million ski passes last winter, the operator said.",
            "Chief executive Marco Steiner said the season had been short of snow.",
            "He expects skier visits to recover to 1.4 million next winter.",
            "Hochtal Bahnen shares fell 3%.",
        ]
    )
    assert found["1.4 million"] == "Hochtal Bahnen"


def test_what_a_person_expects_to_earn_is_theirs() -> None:
    found = _subjects(
        [
            "Hochtal Bahnen sold 1.2 million ski passes last winter, the operator said.",
            "Chief executive Marco Steiner said the season had been short of snow.",
            "He expects to earn a bonus of £90,000 this year.",
        ]
    )
    assert found["£90,000"] == "Marco Steiner"


def test_a_measures_plural_opening_a_sentence_is_no_name() -> None:
    found = _subjects(
        [
            "Kestrel Freight said rates on its Baltic routes fell 12%, the company said.",
            "Kestrel Freight expects a loss.",
            "Volumes rose 4.1% to 1.2 million containers.",
        ]
    )
    assert found["4.1%"] == "Kestrel Freight"


def test_a_petition_owns_its_signatures() -> None:
    found = _subjects(
        [
            "Ashbury Leisure Centre will close its pool in May, Ashbury Leisure said.",
            "Ashbury Leisure said the pool lost £80,000 last year.",
            "A petition against the closure has gathered 3,400 signatures.",
            "Turnout in the ballot was 64%.",
        ]
    )
    assert found["3,400 signatures"] == "petition"
    assert found["64%"] == "ballot"


def test_a_ballot_fee_is_no_ballots() -> None:
    found = _subjects(
        [
            "The Eastmere Marathon drew 41,000 runners, its organisers said.",
            "The Eastmere Marathon will cap entries next year.",
            "The ballot fee will rise to £38.",
        ]
    )
    assert found["£38"] != "ballot"


def test_a_lower_case_rival_in_apposition_and_what_it_says_are_its_own() -> None:
    found = _subjects(
        [
            "pellow games said on friday that its new racer sold 2.1 million copies in a week.",
            "pellow games also said it would hire 80 developers.",
            "pellow's bigger rival, orca studios, said it had delayed its own racer. "
            "its shares fell 4%. orca studios said in may that the game had cost 300 million "
            "crowns.",
        ]
    )
    assert found["4%"] == "orca studios"
    assert found["300 million crowns"] == "orca studios"


def test_a_lower_case_pronoun_saying_is_no_speaker() -> None:
    found = _subjects(
        [
            "dunmore foods said net sales rose 3% to $2.1 billion in the quarter.",
            "the snack maker cut its outlook. it also said it would close two plants and cut "
            "about 400 jobs. dunmore's shares fell 5%.",
        ]
    )
    assert found["400 jobs"] == "dunmore foods"


def test_a_plural_group_opening_a_sentence_owns_what_it_gives() -> None:
    found = _subjects(
        [
            "The World Food Agency appealed for $2.4bn to feed 5 million people, the agency said.",
            "The World Food Agency said rations would be cut.",
            "Donors have pledged $900m so far, led by Japan with $150m.",
            "Investors lost about $40bn in the crash, 9,000 workers lost their jobs.",
        ]
    )
    assert found["$900m"] == "Donors"
    assert found["9,000 workers"] != "Investors"


def test_each_index_in_a_comma_list_of_moves_owns_its_own() -> None:
    text = (
        "the ftse 100 rose 0.5% to 8,120.30, the ftse 250 gained 0.8% to 20,455.10 and the "
        "aim all-share index added 3 points."
    )
    assert clause_subject(text, text.find("0.5%")) == "ftse 100"
    assert clause_subject(text, text.find("0.8%")) == "ftse 250"
    assert clause_subject(text, text.find("3 points")) == "aim all-share index"


def test_a_lower_case_index_move_measures_the_index() -> None:
    found = {
        f.surface: (f.subject, f.metric)
        for f in extract_figures(
            [
                "stocks rose on wednesday.",
                "the s&p 500 rose 0.4% to 6,100.20, the nasdaq composite gained 0.9% to "
                "20,300.50 and the dow jones industrial average added 0.1%.",
            ]
        )
    }
    assert found["0.9%"] == ("nasdaq composite", "index")
    assert found["0.1%"] == ("dow jones industrial average", "index")
