from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


_FOUNDER = [
    "Priya Okafor, the founder of the meal-kit firm Dinnerly Box, has lost about $2 billion "
    "this week as shares in the company fell.",
    "Dinnerly Box shares have dropped 31% since Monday.",
    "Okafor owns about 40% of the company. She sold shares worth $300 million in June.",
]


def test_she_opening_a_clause_is_the_person_named_before() -> None:
    assert _subjects(_FOUNDER)["$300 million"] == "Okafor"


def test_a_pronoun_that_reports_leaves_the_figure_to_the_firm() -> None:
    paragraphs = [
        *_FOUNDER[:2],
        "Okafor spoke to investors on Tuesday. She said Dinnerly Box expected revenue of "
        "$1.2 billion this year.",
    ]
    assert _subjects(paragraphs)["$1.2 billion"] == "Dinnerly Box"


def test_a_body_opening_the_sentence_before_is_not_whom_he_means() -> None:
    paragraphs = [
        "The government has named a new schools adviser for the region.",
        "Wexbridge District Council said the post was overdue. He will oversee a £3m budget.",
    ]
    assert _subjects(paragraphs).get("£3m") != "Wexbridge District Council"


def test_the_speaker_of_the_figures_own_sentence_is_whom_she_means() -> None:
    paragraphs = [
        "In Dunmore, two of the town's four bakeries have closed since last year.",
        "Ellen Marsh, who runs the last one on the high street, said she sold about 900 loaves "
        "a week.",
    ]
    assert _subjects(paragraphs)["900 loaves"] == "Ellen Marsh"


def test_a_name_given_an_age_is_no_company_that_the_company_means() -> None:
    paragraphs = [
        "Shareholders at Corvella, the mobile operator, voted against the pay report.",
        "Nadia Brooks, 52, joined Corvella from a rival in 2020 as chief executive.",
        "The company's shares closed at 141p on Thursday, valuing the company at £6.3 billion.",
    ]
    assert _subjects(paragraphs)["£6.3 billion"] == "Corvella"


def test_it_after_an_owned_figure_in_lower_case_text_is_that_owner() -> None:
    paragraphs = [
        "miners were the biggest drag on the index.",
        "shares in halden mining lost 4.3% to 1,862p after it cut its output forecast to "
        "between 410,000 and 430,000 tonnes.",
    ]
    subjects = _subjects(paragraphs)
    assert subjects["4.3%"] == "halden mining"
    assert subjects["430,000 tonnes"] == "halden mining"


def test_a_founder_opening_a_profile_is_not_the_storys_firm() -> None:
    paragraphs = [
        "When Thandi Mokoena baked her first loaves in her Soweto flat in 2015, she sold 30 "
        "loaves to neighbours. Ten years later, her company, Ubuhle Foods, expects to sell 9 "
        "million.",
        "Mokoena, 44, owns about 51% of Ubuhle, a stake valued at roughly $90 million.",
        "She left a job at a bank, where she earned R30,000 a month, to start the business. "
        "Her first deal, with a chain of 120 shops, came in 2017.",
    ]
    assert _subjects(paragraphs)["120 shops"] != "Thandi Mokoena"


def test_its_rivals_figure_is_the_other_firm_the_story_compares() -> None:
    paragraphs = [
        "Boulderly and Cragstone, Britain's two biggest climbing-wall chains, reported very "
        "different years.",
        "At Boulderly, adjusted EBITDA rose to £40m from £31m, while its rival's dropped to "
        "£18m from £22m.",
    ]
    subjects = _subjects(paragraphs)
    assert subjects["£40m"] == "Boulderly"
    assert subjects["£18m"] == "Cragstone"


def test_its_rival_in_an_earlier_clause_leaves_the_figure_alone() -> None:
    paragraphs = [
        "Tarnwell, the country's second-largest lender, tabled a higher offer for Keswin than its "
        "rival, valuing the bank at $12bn."
    ]
    assert _subjects(paragraphs)["$12bn"] == "Keswin"


def test_a_bare_they_is_never_shown_as_an_owner() -> None:
    from reader.figures.pronouns import named_pronouns
    from reader.model import Figure

    sentences = [
        "In a note to clients, analysts at Corbel Securities said the results fell short.",
        "They cut their price target for the stock to 2,600p.",
    ]
    f = Figure("2,600p", "money", 26.0, "GBP", subject="They", sentence_index=1)
    assert named_pronouns([f], sentences, frozenset(), None)[0].subject == "Corbel Securities"
    # with no firm to speak for, "we" is left for the later rules (a first-person piece's
    # author, first_person.py; else the story's owner), never shown as the owner itself
    g = Figure("31 people", "count", 31, "people", subject="We", sentence_index=1)
    assert named_pronouns([g], sentences, frozenset(), None)[0].subject is None
    assert named_pronouns([g], sentences, frozenset(), "Corbel")[0].subject == "Corbel"
