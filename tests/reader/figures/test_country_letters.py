"""Currencies their own press writes as a letter or two (country_letters.py) and more
prefixes of Africa's, the Middle East's and Latin America's press (patterns.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("Manila-based Ayala Land said profit rose to P3.2 billion.", "PHP", 3.2e9),
        ("Debswana, Botswana's diamond miner, paid P300 million in royalties.", "BWP", 3e8),
        ("Lusaka's council said the Zambian levy raised K2.1 billion.", "ZMW", 2.1e9),
        ("Port Moresby's port said the PNG contract was worth K300 million.", "PGK", 3e8),
        ("Malawi's tobacco sales reached MK15 billion in Lilongwe.", "MWK", 15e9),
        ("The Moroccan group posted revenue of DH 450 million.", "MAD", 4.5e8),
        ("Senegal's treasury raised FCFA 25 billion from the bond.", "XOF", 25e9),
        ("Rwanda's tea board earned Rwf 40 billion from exports.", "RWF", 40e9),
        ("Warsaw's tram operator will spend zł4 billion on new trams.", "PLN", 4e9),
        ("Fiji Airways reported revenue of F$40 million for the quarter.", "FJD", 4e7),
        ("The Uzbek textile cluster paid 286 billion soums in tax.", "UZS", 2.86e11),
        ("Herders were paid 142,000 tugriks a kilogram for raw cashmere.", "MNT", 142_000),
    ],
)
def test_a_currency_its_own_press_writes_short(sentence: str, unit: str, value: float) -> None:
    money = [f for f in extract_figures([sentence]) if f.kind == "money"]
    assert [(f.unit, f.value) for f in money] == [(unit, value)]


def test_a_countrys_letters_are_no_money_where_no_country_is_named() -> None:
    assert not [f for f in extract_figures(["It launched the P4 engine."]) if f.kind == "money"]
    assert not [
        f for f in extract_figures(["Sales grew, K2.1 billion in all, the firm said."])
        if f.kind == "money"
    ]  # fmt: skip
    (fee,) = extract_figures(["MK Dons paid £2m for the striker."])
    assert fee.subject == "MK Dons"  # letters of a currency stay a club's name


def test_the_gulfs_letters_glued_to_a_small_sum_where_the_country_is_named() -> None:
    # a Riyadh listing's price range: "SR38" is the riyal's where Saudi Arabia or Riyadh is named
    # (written here, after blind attrib_a102's Saudi IPO), and before a comma too
    sentence = "Riyadh-based Najd Cloud will price its shares between SR38 and SR42 each."
    money = [f for f in extract_figures([sentence]) if f.kind == "money"]
    assert [(f.unit, f.value) for f in money] == [("SAR", 38.0), ("SAR", 42.0)]
    (top,) = extract_figures(["The Riyadh offer was priced at SR40, the top of its range."])
    assert (top.kind, top.unit) == ("money", "SAR")
    (fare,) = extract_figures(["Doha Metro cut the fare to QR2 for students in Qatar."])
    assert (fare.kind, fare.unit) == ("money", "QAR")
    # no country named: a road's number, no money
    assert not [
        f
        for f in extract_figures(["The SR38 was closed near Dayton for 3 hours."])
        if f.kind == "money"
    ]
