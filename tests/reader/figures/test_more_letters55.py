"""Currencies their own press writes in letters spaced before the sum, read where the country
is named (blind attrib_a110 of session 54, lost with its machine: the Congolese franc's "FC",
the Guinean franc's "FG", the ouguiya's "UM", the Iraqi dinar's "ID" read as bare counts), and
the hundredths of currencies the press prices small things in ("50 dirams"). Texts written
here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures([text]) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A Lubumbashi trucker in the DRC now charges FC 650,000 a load.", "FC 650,000", 650e3,
         "CDF"),
        ("Rice in Conakry, Guinea, sells for FG 95,000 a sack.", "FG 95,000", 95e3, "GNF"),
        ("The Nouadhibou fishing port in Mauritania earned UM 2.3 billion.", "UM 2.3 billion",
         2.3e9, "MRU"),
        ("The Basra oil terminal in Iraq paid ID 41 billion in wages.", "ID 41 billion", 41e9,
         "IQD"),
        ("Sugar in Blantyre, Malawi, costs MK 3,150 a kilogram.", "MK 3,150", 3150.0, "MWK"),
        # the leone's "Le" and the ouguiya's "UM" spaced before a small sum or hundredths
        ("Petrol in Freetown, Sierra Leone, now costs Le 29.65 a litre.", "Le 29.65", 29.65,
         "SLE"),
        ("A bus ticket in Nouakchott, Mauritania, is UM 450.", "UM 450", 450.0, "MRU"),
        # the Burundian franc's "FBu" before or after any sum, other francs' letters after
        ("In Bujumbura, Burundi, a bag of coffee fetches FBu 4,150.", "FBu 4,150", 4150.0, "BIF"),
        ("In Bujumbura, Burundi, a bag of coffee fetches 625,000 FBu.", "625,000 FBu", 625e3,
         "BIF"),
        ("In Kigali a bag of beans costs 42,000 Rwf.", "42,000 Rwf", 42e3, "RWF"),
        ("In Dakar, Senegal, a sack of rice costs 18,500 FCFA.", "18,500 FCFA", 18.5e3, "XOF"),
        # pounds and francs named with their country
        ("The budget is 96 billion South Sudanese pounds.", "96 billion South Sudanese pounds",
         96e9, "SSP"),
        ("The grant is 3 million Burundian francs.", "3 million Burundian francs", 3e6, "BIF"),
    ],
)  # fmt: skip
def test_currencies_as_their_press_writes_them(
    text: str, surface: str, value: float, unit: str
) -> None:
    # letters spaced before a sum where the country is named; francs' letters after a sum;
    # pounds and francs named with their country
    assert _money(text) == [(surface, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        # Papua New Guinea's and Equatorial Guinea's names are no Guinea
        "In Port Moresby, Papua New Guinea, the FG 82,000 figure was quoted.",
        "Malabo in Equatorial Guinea listed FG 82,000 in its table.",
        # with no Iraq named, "ID" before a number is an identity number, no money
        "Show your ID 4,500 times a day, he said in London.",
    ],
)
def test_letters_with_their_country_unnamed_are_no_money(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("In Dushanbe the fare rose by 50 dirams, the Tajik operator said.", 0.5, "TJS"),
        ("A Sofia bus ticket rose by 40 stotinki.", 0.4, "BGN"),
        ("The Bangkok skytrain fare rose 50 satang.", 0.5, "THB"),
        ("A Warsaw tram ticket went up 80 groszy.", 0.8, "PLN"),
    ],
)
def test_hundredths_of_a_currency_are_money(text: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in _money(text)] == [(value, unit)]


def test_cents_in_a_story_set_in_sierra_leone_are_the_leones() -> None:
    text = (
        "Fuel retailers in Freetown raised pump prices by 95 cents a litre on Monday, the"
        " Sierra Leone petroleum regulator said."
    )
    ((_, value, unit),) = _money(text)
    assert unit == "SLE"
    assert value == pytest.approx(0.95)


def test_containers_in_teu_are_a_measure() -> None:
    found = [(f.kind, f.unit) for f in extract_figures(["The port handled 412,000 TEU."])]
    assert found == [("other", "TEU")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The final paid 60,000 Eastern Caribbean dollars in prize money.", "XCD"),
        ("The wharf will cost one billion Solomon dollars.", "SBD"),
        ("The ferry fare is 3,000 Jamaican dollars.", "JMD"),
    ],
)
def test_dollars_named_with_their_country(text: str, unit: str) -> None:
    assert [u for _, _, u in _money(text)] == [unit]


def test_a_countrys_letters_after_a_sum_in_thousands() -> None:
    text = "In Conakry, Guinea, the berth fee rose to 1,450,000 FG, and a truck pays 95,000 FG."
    assert [(v, u) for _, v, u in _money(text)] == [(1.45e6, "GNF"), (95e3, "GNF")]
    # with no Guinea named they are no money
    assert _money("The receiver caught 1,200 FG passes in Ohio.") == []
