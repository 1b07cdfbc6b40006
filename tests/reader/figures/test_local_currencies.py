"""Currency names several countries share ("shillings", "CFA francs", like "pesos" and
"crowns") take the code of the country the text names (reader/figures/words.py
``local_currency``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _money(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures([sentence]) if f.kind == "money"]


def test_shillings_are_money_of_the_country_named() -> None:
    assert _money("Tanzania's budget rose to 49 trillion shillings this year.") == [
        ("49 trillion shillings", 4.9e13, "TZS")
    ]
    # no country named: Kenya's, the most quoted
    assert _money("The fund lent 850 million shillings to farmers.") == [
        ("850 million shillings", 8.5e8, "KES")
    ]


def test_cfa_francs_are_west_or_central_african() -> None:
    assert _money("Senegal pays growers 450 CFA francs a kilo.") == [
        ("450 CFA francs", 450.0, "XOF")
    ]
    assert _money("Gabon will spend 95 billion CFA francs on roads.") == [
        ("95 billion CFA francs", 9.5e10, "XAF")
    ]


def test_crowns_and_pesos_still_follow_their_country() -> None:
    assert _money("The Oslo firm made 3 billion crowns.") == [("3 billion crowns", 3e9, "NOK")]
    assert _money("Chile's miner earned 80 billion pesos.") == [("80 billion pesos", 8e10, "CLP")]


def test_kroner_is_danish_or_norwegian_never_swedish() -> None:
    # "kroner" is the Danish and Norwegian spelling; with no country named, Denmark's
    assert _money("The shipper's freight revenue rose to 12 billion kroner.") == [
        ("12 billion kroner", 1.2e10, "DKK")
    ]
    assert _money("The Bergen group paid 4 billion kroner in tax.") == [
        ("4 billion kroner", 4e9, "NOK")
    ]
    # a Swedish place does not make kroner Swedish; "kronor" is
    assert _money("Its Stockholm unit earned 2 billion kroner.") == [
        ("2 billion kroner", 2e9, "DKK")
    ]
    assert _money("Its Stockholm unit earned 2 billion kronor.") == [
        ("2 billion kronor", 2e9, "SEK")
    ]


def test_a_crown_written_first_is_the_countrys_own() -> None:
    # (session 47, blind round a90: Norway's press writes "kr 21.90")
    assert _money("In Norway a litre of milk costs kr 21.90, down from kr 24.50.") == [
        ("kr 21.90", 21.9, "NOK"),
        ("kr 24.50", 24.5, "NOK"),
    ]
    assert _money("The Swedish chain's sales rose to kr 61.2 billion.") == [
        ("kr 61.2 billion", 6.12e10, "SEK")
    ]
    assert _money("A Copenhagen bus fare rises to kr 24 from January.") == [("kr 24", 24.0, "DKK")]


def test_the_liras_letters_before_a_small_sum_where_turkey_is_named() -> None:
    # (session 47, blind round a91)
    assert _money("In Istanbul, one broker raised its target to TL 265 from TL 230.") == [
        ("TL 265", 265.0, "TRY"),
        ("TL 230", 230.0, "TRY"),
    ]
    assert _money("The TL 100 model was launched in Leeds.") == []


def test_a_sum_in_a_countrys_letters_ends_a_sentence() -> None:
    assert _money("Analysts in Manila kept a target price of P22.50.") == [("P22.50", 22.5, "PHP")]
