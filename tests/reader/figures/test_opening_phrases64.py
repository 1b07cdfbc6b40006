"""Who owns a figure past what opens its sentence: a name that says the clause after a phrase
("In a statement to the Tel Aviv Stock Exchange, Tavor said ..."), the story's firm after an
aside on the setting ("On the Tromsø-Longyearbyen route, where it added ..., the carrier
flew ..."), the name a source's figures show ("Figures from the Communications Authority of
Kenya show Kilele held ..."); an accounting basis ("Non-GAAP") is no owner (blind round
attrib_a124, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(paras: list[str], title: str = "News") -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paras, title=title)}


def test_the_name_that_says_the_clause_after_an_opening_phrase_owns_it() -> None:
    owners = _owners(
        [
            "In a statement to the Tel Aviv Stock Exchange, Ornan said gross margin widened to "
            "47.2% from 43.5%."
        ]
    )
    assert owners["47.2%"] == "Ornan"


def test_the_storys_firm_past_an_aside_on_the_setting() -> None:
    owners = _owners(
        [
            "Polar Skies ASA carried 512,000 passengers in September, the carrier said.",
            "On the Bodø-Svolvær route, where it added a second daily flight, PS 21, in June, "
            "the carrier flew 23,900 passengers.",
        ],
        title="Polar Skies traffic rises",
    )
    assert owners["23,900 passengers"] == "Polar Skies ASA"


def test_the_name_a_sources_figures_show_owns_the_figure() -> None:
    owners = _owners(
        ["Figures from Kantar Worldpanel show Harrowby held 29.4 per cent of the market."]
    )
    assert owners["29.4 per cent"] == "Harrowby"


def test_an_accounting_basis_is_no_owner() -> None:
    owners = _owners(["Non-GAAP earnings per share came to 66 cents, against 61 cents forecast."])
    assert owners["66 cents"] != "Non-GAAP"
