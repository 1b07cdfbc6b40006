"""Public-sector news, agency releases and market notes: a home dollar named by its own
parliament, a release's issuer line, "the company" in an agency's release, a lower-case club,
bases and estimates, payers listed with their verb left out, a vote's approval, word-like
currency codes, the pesos' letters, temperatures, a firm's name in capitals and a headline's
listing. Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figs(*paragraphs: str, title: str = "x") -> list[Figure]:
    return extract_figures(list(paragraphs), title=title)


def _get(figs: list[Figure], surface: str) -> Figure:
    return next(f for f in figs if f.surface == surface)


def test_a_home_dollar_named_once_by_its_own_parliament() -> None:
    text = "The annual report tabled in NSW Parliament shows the university lost $48.7 million."
    assert _get(_figs(text), "$48.7 million").unit == "AUD"
    us = text.replace("million.", "million as US students stayed away.")
    assert _get(_figs(us), "$48.7 million").unit == "USD"  # a US place: no home named once


def test_an_agencys_release_line_is_no_lead_and_the_company_is_the_registered_one() -> None:
    figs = _figs(
        "Press release - Environment Agency",
        "A skip hire operator has been ordered to pay £286,700 after a prosecution by the "
        "Environment Agency.",
        "Darren Example, 47, of Puriton, and his company Example Skip Hire Ltd were sentenced on "
        "Monday.",
        "The company was fined £120,000 and must pay the agency's costs.",
        title="Skip firm boss must hand over profits",
    )
    assert _get(figs, "£120,000").subject == "Example Skip Hire Ltd"


def test_a_lower_case_club_and_an_adverb_before_its_verb() -> None:
    figs = _figs(
        "marston & vale county cricket club turned over £14.6m, up from £12.9m.",
        "the club still owes the council £4.5m on the floodlights loan.",
        title="county cricket club accounts",
    )
    assert _get(figs, "£14.6m").subject == "marston & vale county cricket club"
    assert _get(figs, "£4.5m").subject != "still"


def test_the_year_before_marks_a_base() -> None:
    figs = _figs(
        "The club slipped to a loss of £412,000 after a profit of £188,000 the year before."
    )
    assert _get(figs, "£188,000").status == "base"
    assert _get(figs, "£412,000").status is None


def test_a_sum_given_in_a_preliminary_estimate_is_a_forecast() -> None:
    figs = _figs(
        "The storm caused about $740 million in insured damage, Storm Data Inc. said on "
        "Thursday in a preliminary estimate."
    )
    assert _get(figs, "$740 million").status == "forecast"


def test_payers_listed_with_the_verb_left_out_share_its_plan() -> None:
    figs = _figs(
        "The canton will pay CHF 214 million, the city of Lucerne CHF 71 million and Emmen CHF 31 million."
    )
    assert {f.status for f in figs} == {"planned"}


def test_what_a_vote_approves_is_planned() -> None:
    figs = _figs("Voters on Sunday approved a CHF 486 million tram line to Emmen.")
    assert _get(figs, "CHF 486 million").status == "planned"


def test_a_wordlike_code_before_thousands_is_money_unless_a_headline_word() -> None:
    figs = _figs("Entry wages at the plant rose to MAD 3,420 from MAD 3,120.")
    assert (_get(figs, "MAD 3,420").kind, _get(figs, "MAD 3,420").unit) == ("money", "MAD")
    assert all(f.kind != "money" for f in _figs("The TOP 1,000 firms grew."))


def test_the_pesos_letters() -> None:
    figs = _figs("Net income rose to Ch$41,870 million, and fees were Ch$62 a member.")
    assert {f.unit for f in figs if f.kind == "money"} == {"CLP"}
    assert _get(_figs("It raised Col$2.1 billion."), "Col$2.1 billion").unit == "COP"


def test_a_temperature_is_no_figure_and_its_scale_no_name() -> None:
    figs = _figs(
        "The furnace runs at 1,450 degrees Celsius.", "Temperatures hit 31°C as sales rose 4%."
    )
    assert [(f.surface, f.subject) for f in figs] == [("4%", None)]


def test_a_firms_name_in_capitals_opening_a_release() -> None:
    figs = _figs(
        "Cairo, 12 August 2026",
        "NILE DELTA CERAMICS S.A.E. (EGX: NDCE.CA) — Consolidated results for the six months.",
        "Net sales: EGP 6,842 mn vs EGP 5,118 mn (+33.7%)",
        title="Nile Delta Ceramics reports higher first-half profit",
    )
    assert _get(figs, "EGP 6,842 mn").subject == "Nile Delta Ceramics"


def test_a_headline_naming_a_firm_with_its_listing() -> None:
    figs = _figs(
        "Rating: BUY (unchanged)",
        "Malls carry the quarter. Mall revenue grew 14% to PHP 7.9 bn.",
        title="Kalayaan Land (KLC PM): Malls carry the quarter; raise target",
    )
    assert _get(figs, "PHP 7.9 bn").subject == "Kalayaan Land"


def test_the_headline_settles_a_currency_several_countries_use() -> None:
    figs = _figs(
        "The regulator imposed fines of 3.7 billion pesos last year.",
        title="Fact check: are Chile's water companies punished more?",
    )
    assert _get(figs, "3.7 billion pesos").unit == "CLP"


def test_iso_codes_and_shillings_in_lower_case_text() -> None:
    figs = _figs(
        "the co-operative's turnover in uganda rose to ugx 112.4 billion, and farmers were paid "
        "shs 9,200 a kilo."
    )
    assert {(f.surface, f.unit) for f in figs if f.kind == "money"} == {
        ("ugx 112.4 billion", "UGX"),
        ("shs 9,200", "UGX"),
    }
    # small words before a sum are no currency ("all" is the lek's code)
    assert all(f.kind != "money" for f in _figs("it was 5 billion and all 3 million were sold."))


def test_a_count_per_one_of_something_is_a_rate() -> None:
    (fig,) = _figs("The fertility rate fell to 1.16 children per woman.")
    assert (fig.kind, fig.unit) == ("other", "children per woman")


def test_a_titled_person_before_is_not_whom_the_council_means() -> None:
    figs = _figs(
        "Bristol City Council will raise parking charges by 15% from April, councillors agreed.",
        "Opposition councillor Mary Adebayo said residents were unhappy. The council's reserves "
        "stand at £31m.",
        title="Bristol council to raise parking charges",
    )
    reserves = _get(figs, "£31m")
    assert (reserves.subject, reserves.metric) == ("Bristol City Council", "reserves")
