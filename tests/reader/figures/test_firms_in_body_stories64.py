"""In a public body's story about a firm (a regulator's ruling, a court's fine), a clause opened
by "the utility's ...", "the bank ..." or "the company ..." is about the firm the story named
with that noun or registered (Ltd, Inc, Corp), not the body the rules first gave the figure;
a sum written after the name is no part of it (dev attribution rounds, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(paras: list[str]) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paras, title="Ruling")}


def test_the_utilitys_measure_in_a_regulators_story_is_the_utilitys() -> None:
    owners = _owners(
        [
            "The Energy Regulatory Commission approved a 4% tariff rise for Harlow Water Corp "
            "on Monday, the regulator said.",
            "The utility's sales fell 2% to 12.1 TWh last year, the commission said.",
        ]
    )
    assert owners["12.1 TWh"] == "Harlow Water Corp"


def test_the_bank_is_the_bank_the_story_named_not_the_regulator() -> None:
    owners = _owners(
        [
            "The Prudential Conduct Authority fined Tamsin Cooperative Bank R48.5 million on "
            "Thursday for mis-selling card insurance, the authority said.",
            "The bank's card arrears rose to R1.2 billion over the period, the regulator said.",
        ]
    )
    assert owners["R1.2 billion"] == "Tamsin Cooperative Bank"


def test_the_bodys_own_figures_stay_the_bodys() -> None:
    owners = _owners(
        [
            "The Prudential Conduct Authority fined Tamsin Cooperative Bank R48.5 million on "
            "Thursday, the authority said.",
            "The authority's budget rose to R310 million this year.",
        ]
    )
    assert owners["R310 million"] == "Prudential Conduct Authority"
