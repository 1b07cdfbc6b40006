"""Names that set a scene or a sum, not an owner (session 61): a currency's country after a
number ("from 18.55 US cents"); a place the firm's possessive kind describes ("the group's
four Diani and Watamu properties"); a place in an apposition that describes a measure
("Ordinary profit, a measure closely watched in Japan,"); the exchange in the phrase a
sentence opens with ("In a filing with Bursa Malaysia, the insurer said ...") is not what "Its"
means next; a place that names a firm's plant ("at its Kalgoorlie refinery") is not "It"."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(paras: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paras, title=title)}


def test_a_currencys_country_after_a_number_owns_nothing() -> None:
    paras = [
        "Harbourline Shipping said net profit fell 12% to US$98 million.",
        "Earnings per share fell to 11.30 US cents from 18.55 US cents.",
    ]
    assert _owners(paras, "Harbourline profit falls")["18.55 US cents"] == "Harbourline Shipping"


def test_a_place_the_firms_possessive_describes_is_the_firms() -> None:
    paras = [
        "Acacia Lodge Hotels swung to a profit of KSh 410 million.",
        "On the coast, the group's four Malindi and Lamu properties ran at nearly 74 percent"
        " occupancy.",
    ]
    assert _owners(paras, "Acacia Lodge swings to profit")["74 percent"] == "Acacia Lodge Hotels"


def test_a_place_in_a_measures_apposition_owns_nothing() -> None:
    paras = [
        "Kibi Electric Power Co. posted a record annual profit on Friday.",
        "Ordinary profit, a measure closely watched in Japan, reached ¥241 billion.",
    ]
    assert _owners(paras, "Kibi posts record profit")["¥241 billion"] == "Kibi Electric Power Co"
    # (an apposition on people, not on a measure, is left as it was: "The sellers, an Auckland
    # couple, bought ..." is not the story's firm's)
    people = [
        "A lakefront home on Kelvin Peninsula sold for a record $21 million.",
        "The sellers, an Auckland couple, bought the property in 2014 for $6.8 million.",
    ]
    assert _owners(people, "Record sale")["$6.8 million"] != "Kelvin Peninsula"


def test_the_exchange_a_filing_goes_to_is_not_its() -> None:
    paras = [
        "KUALA LUMPUR: Serunai Insurance Bhd posted a 22% rise in third-quarter net profit.",
        "In a filing with Bursa Malaysia, the insurer said gross written premiums rose 7.2%.",
        "Its net claims ratio improved to 58.4% from 63.1%.",
    ]
    owners = _owners(paras, "Serunai profit rises")
    assert owners["58.4%"] == "Serunai Insurance Bhd"
    assert owners["63.1%"] == "Serunai Insurance Bhd"


def test_a_plants_place_is_not_it() -> None:
    paras = [
        "Rare earths producer Wandoo Minerals lifted quarterly output by 22%.",
        "Cash costs rose 11% to A$38.60 a kilogram, which the miner blamed on repairs at its"
        " Kalgoorlie refinery.",
        "It kept full-year guidance of between 7,000 tonnes and 7,600 tonnes.",
    ]
    owners = _owners(paras, "Miner lifts output")
    assert owners["7,000 tonnes"] == "Wandoo Minerals"


def test_the_ends_of_a_route_between_two_places_own_nothing() -> None:
    paras = [
        "Clyde Isles Ferries will raise its fares by an average of 6% from March.",
        "A return ticket between Ardrossan and Brodick will go up to £78.40 from £74.00.",
    ]
    owners = _owners(paras, "Ferry fares to rise")
    assert owners["£78.40"] == "Clyde Isles Ferries"
    assert owners["£74.00"] == "Clyde Isles Ferries"


def test_a_six_word_name_after_the_is_one_name() -> None:
    paras = [
        "The Lesotho Public Officers Pension Fund earned a return of 9.8% in the year to March,"
        " the fund said on Wednesday.",
        "Net assets rose to M42.7 billion from M39.4 billion.",
    ]
    owners = _owners(paras, "Pension fund beats its benchmark")
    assert owners["9.8%"] == "Lesotho Public Officers Pension Fund"


def test_a_models_letters_after_a_count_are_no_currency() -> None:
    # ("NAD" is the Namibian dollar's code; "NAD-40" a launcher's model)
    figs = extract_figures(
        ["Torvik Defence delivered 38 NAD-40 launchers, up from 27 a year earlier."]
    )
    assert all(f.kind != "money" for f in figs)
    assert any(f.surface == "38" and f.kind == "count" for f in figs)
    # (the code written as a code still is money)
    assert extract_figures(["Revenue rose to 12.4 billion NAD."])[0].unit == "NAD"
