from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.actors import described, held_by, possessor_of, set_by


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_standing_population_count_has_no_owner() -> None:
    story = [
        "Solway Grid will spend £2bn on new cables, the company said on Monday.",
        "About 14 million households are on fixed-price deals.",
        "More than 600,000 homes have heat pumps, according to the Heat Trust.",
        "About 8,000 homes lost power in the storm, Solway Grid said.",
        "More than 200 people have been moved out of their homes.",
    ]
    got = _subjects(story, title="Solway Grid to spend £2bn")
    assert got["14 million households"] is None
    assert got["600,000 homes"] is None
    assert got["8,000 homes"] == "Solway Grid"  # what happened to them: the story's


def test_a_place_before_the_tax_it_sets_owns_it() -> None:
    text = "Kelso Spirits said profit fell as a 15% EU tariff on whisky hit sales."
    assert set_by(text, text.index("15%")) == "EU"
    assert set_by("a 15% Kelso tariff", 2) is None  # not a place
    assert _subjects([text, "Kelso Spirits made £2m."])["15%"] == "EU"


def test_a_body_with_its_kind_described_owns_its_clause() -> None:
    story = [
        "Merrow Gallery will charge £8 for entry after the county council cut its grant "
        "by £600,000.",
        "Merrow Gallery said visitor numbers fell 4% to 210,000.",
    ]
    assert _subjects(story)["£600,000"] == "county council"


def test_lower_case_lead_firm_without_its_description_or_dateline() -> None:
    story = [
        "uk lender ashdown building society cut its two-year rate to 3.95% on monday.",
        "ashdown said it lent £1.1bn in the half.",
        "many of them fixed below 2% in 2021.",
        "cheaper deals would help the 900,000 borrowers whose fixes end next year.",
    ]
    got = _subjects(story)
    assert got["3.95%"] == "ashdown building society"
    assert got["2%"] == "ashdown building society"  # "many of them" is no owner
    assert got["900,000 borrowers"] == "ashdown building society"
    dated = [
        "york (reuters) - kestrel ferries said on friday that bookings were up 9% on last year.",
        "kestrel expects to carry 2.1 million passengers.",
    ]
    assert _subjects(dated)["9%"] == "kestrel ferries"
    average = [*story, "the average uk flat cost £231,000 in may, up 0.4% on the month."]
    assert _subjects(average)["£231,000"] == "uk"  # an average of a place is the place's


def test_a_figure_describing_a_named_thing_is_that_things() -> None:
    story = [
        "Tidemark Rovers won the league and drew 31,000 fans a game.",
        "Tickets for the 24,000-seat Halden Dome sold out within an hour.",
        "Tidemark Rovers said revenue rose 8% to £41m.",
    ]
    assert _subjects(story)["24,000-seat"] == "Halden Dome"
    names = frozenset(["Halden", "Acme"])
    assert described("the 24,000-seat Halden Dome", 4, names) == "Halden Dome"
    assert described("a £2m Acme deal", 2, names) is None  # a sum, not a description
    assert described("the 900-seat Orvell Hall", 4, names) is None  # not a name the story knows


def test_a_countrys_official_statistics_are_the_countrys() -> None:
    story = [
        "Inflation in Denmark slowed to 2.2% in May from 2.6% in April, Statistics Denmark "
        "said on Tuesday.",
        "Rents rose 3.9% from a year earlier.",
        "Economists had expected a rate of 2.4%.",
    ]
    got = _subjects(story, title="Danish inflation slows")
    assert got["2.2%"] == "Denmark"
    assert got["3.9%"] == "Denmark"
    assert got["2.4%"] == "Denmark"


def test_without_an_official_source_the_place_does_not_carry() -> None:
    story = [
        "House prices in Denmark rose 2.2% in May, the estate agents' group Boligdata said.",
        "Rents rose 3.9% from a year earlier.",
    ]
    got = _subjects(story, title="Danish house prices rise")
    assert got["2.2%"] == "Denmark"
    assert got["3.9%"] is None


def test_a_stake_is_its_holders() -> None:
    text = "Corran Air, which is 31% owned by the Scottish government, carried 2 million people."
    assert held_by(text, text.index("31%")) == "Scottish government"
    text = "The brewer is still 62% owned by their heirs and 8% by staff."
    assert held_by(text, text.index("62%")) == "heirs"
    assert held_by("sales rose 31% on Monday", 11) is None
    got = _subjects([text, "The brewer made £4m."], title="Brewer profits rise")
    assert got["62%"] == "heirs"


def test_a_names_measure_written_with_of_is_that_names() -> None:
    text = "Corran will pay 410 pence a share, a premium of 30% to Tavish's closing price of 315p."
    assert possessor_of(text, text.index("315p")) == "Tavish"
    assert possessor_of(text, text.index("410")) is None
    text = "November's nine-year low of 77,000 was passed."
    assert possessor_of(text, text.index("77,000")) is None  # no measure of a name
    story = [
        "Corran agreed to buy Tavish on Monday.",
        "Corran will pay 410 pence a share, a premium of 30% to Tavish's closing price of 315p.",
    ]
    assert _subjects(story)["315p"] == "Tavish"


def test_a_sentence_opening_on_the_whole_country_or_market_is_no_firms() -> None:
    by = _subjects(
        [
            "Harrowfield Homes sold 4,100 homes in the year.",
            "Harrowfield Homes said its average price rose 3% to £310,000.",
            "Nationally, house prices edged down 0.2%.",
            "Across the industry, completions fell 8%.",
        ]
    )
    assert by["3%"] == "Harrowfield Homes"
    assert by["0.2%"] is None
    assert by["8%"] is None


def test_a_limit_is_the_bodys_that_sets_it() -> None:
    from reader.figures.actors import limit_setter

    s = "Its gearing stood at 39.6%, below the 50% limit set by the Central Bank of Varna."
    assert limit_setter(s, s.index("50%")) == "Central Bank of Varna"
    assert limit_setter(s, s.index("39.6%")) is None
    s = "Its wage bill was 62% of revenue, against the 70% limit the league recommends."
    assert limit_setter(s, s.index("70%")) == "league"
    s = "The league's salary cap will fall to £6.4 million next season from £7 million."
    assert limit_setter(s, s.index("£6.4 million")) == "league"
    assert limit_setter(s, s.index("£7 million")) == "league"
    s = "The bank's capital rules mean it must hold £5bn."  # a firm's own rules: no setter
    assert limit_setter(s, s.index("£5bn")) is None
    subjects = _subjects(
        [
            "Harbury Rovers made a loss of £12m.",
            "The club must meet the EFL's rules, which allow losses of £39m over three seasons.",
        ]
    )
    assert subjects["£12m"] == "Harbury Rovers"
    assert subjects["£39m"] == "EFL"


def test_a_whole_markets_figure_is_no_firms() -> None:
    lead = "Kestrel Retail said its sales rose 4% in the quarter."
    title = "Kestrel Retail sales rise"
    for s, figure in (
        ("The wider market fell 1%.", "1%"),
        ("Global smartphone shipments rose 4.8% to 318 million units.", "4.8%"),
        ("The industry employs 3 million people.", "3 million people"),
        ("Analysts expect the market to grow 5% next year.", "5%"),
        ("Tillscan said sales rose 3% across the grocery market.", "3%"),
    ):
        subjects = _subjects([lead, s], title=title)
        assert subjects["4%"] == "Kestrel Retail"
        assert subjects[figure] is None
    # the firm's own market share, and a country's economy, keep their owners
    for s in ("Its market share rose to 8%.", "Its core market grew 8%."):
        subjects = _subjects([lead, s], title=title)
        assert subjects["8%"] == "Kestrel Retail"
    subjects = _subjects(
        [
            "Denmark will lift defence spending to 3% of GDP.",
            "Denmark's government said the plan was affordable.",
            "Denmark has 32 warships.",
            "The economy grew 3.7%.",
        ]
    )
    assert subjects["3.7%"] == "Denmark"


def test_a_names_share_written_before_its_figure_is_that_names() -> None:
    s = "Grocery spending rose 3.9%, according to Tillscan, which put Harrowby's market share at 8.1%."
    assert possessor_of(s, s.index("8.1%")) == "Harrowby"


def test_the_second_stake_of_a_pair_is_its_own_holders() -> None:
    text = (
        "Tarn Airport, which is 70% owned by the city council and 30% by the Dutch infrastructure "
        "fund Veldmark Partners, said traffic grew."
    )
    assert held_by(text, text.index("70%")) == "city council"
    assert held_by(text, text.index("30%")) == "Veldmark Partners"
    text = "Sales rose 30% by volume and margins held."
    assert held_by(text, text.index("30%")) is None


def test_a_markets_price_is_no_firms() -> None:
    story = [
        "Brookfield Dairies said profit fell 9% to £31m in the year.",
        "Butter prices rose 12% over the year, while milk prices fell 4%.",
        "The dairy's costs rose by £8m, with cheese and cream prices up 7% and 5% respectively.",
        "The company said its own butter prices rose 6%.",
        "Average ticket prices at its visitor farm rose 3%.",
        "Brookfield Dairies raised its prices by 2%.",
    ]
    got = _subjects(story, title="Brookfield Dairies profit slides")
    assert got["£31m"] == "Brookfield Dairies"
    assert got["12%"] is None
    assert got["4%"] is None
    assert got["7%"] is None and got["5%"] is None
    assert got["6%"] == "Brookfield Dairies"  # its own price
    assert got["3%"] == "Brookfield Dairies"  # a price the firm sets
    assert got["2%"] == "Brookfield Dairies"


def test_bare_prices_opening_a_sentence_are_left_to_the_sentence_before() -> None:
    from reader.figures.actors import market_price

    text = "Prices fell 3.2% on Thursday."
    assert not market_price(text, 0, text.index("3.2%"))
    text = "Pay rose 2%, while prices rose by more than 17%."
    assert market_price(text, 0, text.index("17%"))
