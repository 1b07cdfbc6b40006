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
