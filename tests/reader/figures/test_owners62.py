"""Whose a figure is (session 62): a place in the phrase a sentence opens with ("On the
Santiago-Calama route, which serves the copper mines, Cordillera now runs ...") is no antecedent
for the next sentence's "the carrier's"; a measure "its" possesses, taken in a place ("Sales of
its generic drugs in Israel fell 3%"), is the story's firm's, not the place's; a country's
figures a ministry or a department released ("the Finance Ministry said", "figures published
by the Department of Housing") are the country's, a ministry that sets fees keeps its own;
"Housebuilder" before a firm's name is no part of it; a registry the accounts were filed at,
and a name in an aside on where the money came from ("most of it from the Premier League's
central deals"), own nothing; a national survey's figures are the country's; a sum glued to
its currency's letters ("a KSh12 million maisonette") is no owner."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figure(paras: list[str], surface: str, title: str) -> Figure:
    return next(f for f in extract_figures(paras, title=title) if f.surface == surface)


def test_a_route_opening_the_sentence_before_is_no_antecedent() -> None:
    paras = [
        "SANTIAGO - Condor Sur Airlines posted a quarterly net profit of US$38.6 million as it "
        "paid less for jet fuel, the Santiago-listed carrier said on Tuesday.",
        "Revenue rose 11.7% to US$842.3 million in the April-June period.",
        "On the Santiago-Calama route, which serves the copper mines of the north, Condor Sur "
        "now runs 19 daily flights, up from 16.",
        "Fuel, the carrier's largest cost, fell 6.3% to US$241.7 million, or 28.7% of revenue.",
    ]
    figure = _figure(paras, "US$241.7 million", title="Condor Sur Airlines swings to profit")
    assert figure.subject == "Condor Sur Airlines"


def test_a_measure_its_possesses_in_a_place_is_the_firms() -> None:
    paras = [
        "Tamar Generics said on Monday that quarterly revenue rose 5% to $400 million.",
        "Sales of its generic drugs in Israel fell 3% to NIS 412 million, hurt by price cuts.",
    ]
    figure = _figure(paras, "NIS 412 million", title="Tamar Generics revenue rises")
    assert figure.subject == "Tamar Generics"


def test_a_measure_nobody_possesses_in_a_place_stays_the_places() -> None:
    paras = [
        "Tamar Generics said on Monday that quarterly revenue rose 5% to $400 million.",
        "House prices in Portugal rose 3% last year, the statistics office said.",
    ]
    assert _figure(paras, "3%", title="Tamar Generics revenue rises").subject == "Portugal"


def test_a_ministrys_trade_figures_are_the_countrys() -> None:
    paras = [
        "Japan's exports rose for a fifth month in October, government data showed on Thursday.",
        "Exports increased 6.8% from a year earlier to ¥9.84 trillion, the Finance Ministry said.",
    ]
    figure = _figure(paras, "¥9.84 trillion", title="Japan's exports rise for fifth month")
    assert figure.subject == "Japan"


def test_figures_a_department_published_are_the_countrys() -> None:
    paras = [
        "Some 9,870 new homes were completed in Ireland in the three months to September, "
        "according to figures published by the Department of Housing on Tuesday.",
        "Completions in the first nine months of 2037 reached 28,640, compared with 25,910.",
    ]
    figure = _figure(paras, "28,640", title="Housing completions rise again")
    assert figure.subject == "Ireland"


def test_a_ministry_that_sets_fees_keeps_its_figures() -> None:
    paras = [
        "The Ministry of Education said on Monday that tuition fees at public universities "
        "would rise by 3% next year.",
        "The ministry said fees for citizens would go up by $400 to $12,650 a year.",
    ]
    figure = _figure(paras, "$12,650", title="University fees to rise")
    assert figure.subject != "Singapore"


def test_a_builder_before_a_firms_name_is_no_part_of_it() -> None:
    paras = ["Housebuilder Ardcarne Homes said it completed 1,240 homes in the year."]
    assert _figure(paras, "1,240 homes", title="Builder output rises").subject == "Ardcarne Homes"


def test_a_registry_the_accounts_were_filed_at_owns_nothing() -> None:
    paras = [
        "Medway Athletic reported a record loss on Tuesday.",
        "Accounts filed at Companies House show turnover rose 24% to £318.6m.",
    ]
    figure = _figure(paras, "£318.6m", title="Medway Athletic accounts")
    assert figure.subject == "Medway Athletic"


def test_where_the_money_came_from_is_not_whose_it_is() -> None:
    paras = [
        "Medway Athletic reported a record loss on Tuesday.",
        "Broadcasting income, most of it from the Premier League's central deals, was £201.4m.",
    ]
    figure = _figure(paras, "£201.4m", title="Medway Athletic accounts")
    assert figure.subject == "Medway Athletic"


def test_a_surveys_figures_are_the_countrys() -> None:
    paras = [
        "South Africa's unemployment rate fell to 31.2% in the third quarter, official data "
        "showed on Tuesday.",
        "The Quarterly Labour Force Survey counted 17.1 million people in work.",
    ]
    figure = _figure(paras, "17.1 million people", title="Unemployment falls")
    assert figure.subject == "South Africa"


def test_a_sum_glued_to_its_currency_is_no_owner() -> None:
    paras = [
        "Mawingu Homes sold 1,240 units in the half, chief executive Grace Kamau said.",
        '"A buyer who was looking at a KSh12 million maisonette is now looking at a KSh6.5 million '
        'flat," Kamau said.',
    ]
    figure = _figure(paras, "KSh6.5 million", title="Mawingu Homes sales rise")
    assert not (figure.subject or "").startswith("KSh")
