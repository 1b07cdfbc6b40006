"""Currencies as the press of the country writes them, read by the country the story names
(blind attrib_a109, session 54: a Dakar lender's "francs" read as Swiss francs, a Seychelles
lender's "SR" as Saudi riyals, the ariary's "Ar" and the kwanza's "Kz" written with a space
missed), and two numbers that are no figures. Texts written here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures([text]) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A Bamako microlender in Mali charges 450 francs a week for a water filter.", "XOF"),
        ("In Douala, Cameroon, a taxi ride now costs 800 francs.", "XAF"),
        ("Kigali's bus operator in Rwanda raised the fare to 350 francs.", "RWF"),
        ("The Geneva watchmaker paid 1,200 francs a share to its owners.", "CHF"),
        ("The company paid 1,200 francs a share to its owners.", "CHF"),  # none named: Swiss
    ],
)
def test_francs_are_the_franc_of_the_country_named(text: str, unit: str) -> None:
    assert [u for _, _, u in _money(text)] == [unit]


def test_sr_is_the_seychelles_rupee_where_the_seychelles_are_named() -> None:
    seychelles = "A Mahé builder in the Seychelles sold villas for SR 4.6 million each."
    saudi = "A Riyadh builder in Saudi Arabia sold villas for SR 4.6 million each."
    assert _money(seychelles) == [("SR 4.6 million", 4_600_000.0, "SCR")]
    assert _money(saudi) == [("SR 4.6 million", 4_600_000.0, "SAR")]


def test_the_ariary_and_the_kwanza_written_with_a_space() -> None:
    assert _money("Rents in Antananarivo, Madagascar, rose to Ar 1.9 million a month.") == [
        ("Ar 1.9 million", 1_900_000.0, "MGA")
    ]
    assert _money("The Huambo brewer in Angola will pay a dividend of Kz 95 a share.") == [
        ("Kz 95", 95.0, "AOA")
    ]
    # with no Madagascar named, "Ar" before a number is no money
    assert _money("Ar 15 is the road to the coast.") == []


def test_phone_numbers_and_street_numbers_are_no_figures() -> None:
    text = (
        "The insurer, at Trg republike 3 in Ljubljana, now has 410 staff; customers can call"
        " +386 1 234 56 78 or +244 923 160 600, or write to Slovenska cesta 54."
    )
    found = [(f.surface, f.kind) for f in extract_figures([text])]
    assert found == [("410 staff", "count")]


@pytest.mark.parametrize(
    "text",
    [
        "The new footbridge will be 240m long and open in May.",
        "A 650m stretch of the coast road was closed after the landslide.",
        "Rescuers walked 900m through the flooded tunnel.",
        "The mast is 180m tall.",
    ],
)
def test_metres_written_glued_are_lengths_not_millions(text: str) -> None:
    found = [(f.kind, f.unit) for f in extract_figures([text])]
    assert found == [("other", "metres")]


def test_millions_written_glued_stay_millions() -> None:
    found = [(f.surface, f.value) for f in extract_figures(["The app has 240m users."])]
    assert found == [("240m users", 240_000_000.0)]
