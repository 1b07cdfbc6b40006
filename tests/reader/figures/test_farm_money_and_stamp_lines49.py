"""Blind rounds a95-a97: the letters farm and regional presses write their currencies with
(the quetzal's "Q210", the guaraní's "Gs", the birr's "Br 5,640", the kyat's "K14.6 lakh"), the
quintal and the kilo as units, and the lines above a lede that own none of its figures: a stamp
line of parts ("Tbilisi, 26.01.2037 • 12:30 — by Nino Kapanadze", "Cobán, Alta Verapaz | Tuesday,
June 9, 2037"), a place and a long dash ("Skopje – Vardarka Foods ..."), a court ordering a firm."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The co-operative in Guatemala will pay Q210 a quintal to its members.", "Q210", "GTQ"),
        ("Farmers in Paraguay were paid Gs 2,980,000 a tonne for soybeans.", "Gs 2,980,000", "PYG"),
        ("In Ethiopia a bag of urea now costs Br 5,640, up from Br 4,120.", "Br 5,640", "ETB"),
        ("Exporters in Myanmar were offered K14.6 lakh a tonne for rice.", "K14.6 lakh", "MMK"),
    ],
)
def test_a_currencys_letters(text: str, surface: str, unit: str) -> None:
    assert _found(text)[surface] == ("money", unit)


def test_the_quarters_letter_is_no_money() -> None:
    assert "3" not in {f.surface for f in extract_figures(["Sales in Guatemala rose in Q3."])}


def test_quintals_and_kilos_are_measures() -> None:
    found = _found("Members delivered 18,600 quintals of pods and 390,000 kilos of milk.")
    assert found["18,600 quintals"] == ("other", "quintals")
    assert found["390,000 kilos"] == ("other", "kilos")


def _subject(paragraphs: list[str], surface: str, title: str) -> str | None:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}[surface]


@pytest.mark.parametrize(
    "stamp",
    [
        "Rustavi, 26.01.2037 • 12:30 — by Nino Beridze",
        "Said bin Khalfan al Harthy | Sunday, December 6, 2037",
        "Salamá, Baja Verapaz | Tuesday, June 9, 2037",
        "Darkhan /MNA/ · 2037.04.14 · 16:20",
    ],
)
def test_a_stamp_line_of_parts_owns_no_figure(stamp: str) -> None:
    paragraphs = [
        stamp,
        "Kartli Alloys, one of the country's biggest exporters, said on Friday that its revenue"
        " fell 12 percent to 96 million euros last year as orders slid.",
        "The company expects to cut 140 jobs this year.",
    ]
    assert (
        _subject(paragraphs, "140 jobs", "Alloy maker cuts jobs as orders slide") == "Kartli Alloys"
    )


def test_a_place_and_a_long_dash_own_no_figure() -> None:
    paragraphs = [
        "Thursday, 23 April 2037 | 14:32",
        "Bitola – Pelister Foods, the Prilep-based maker of pickled peppers, reported a net profit"
        " of MKD 212 million on Thursday, up 14% from MKD 186 million a year earlier.",
        "Its exports rose to 41,000 tonnes.",
    ]
    assert _subject(paragraphs, "41,000 tonnes", "Pepper maker lifts profit") == "Pelister Foods"


def test_a_court_ordering_a_firm_is_not_the_storys_firm() -> None:
    paragraphs = [
        "The Labour Court in Durban has ordered shipping group Indlovu Marine Holdings to pay a"
        " former engineer R1.2 million after finding she was paid less than male colleagues.",
        "Indlovu Marine, which employs about 3,400 people, said it would study the ruling.",
        "The group's shares fell 2% on Tuesday.",
    ]
    owner = _subject(paragraphs, "2%", "Court orders shipping group to pay engineer")
    assert owner is not None and owner.startswith("Indlovu Marine")


def test_a_stamp_line_ending_on_a_clocks_am_is_no_lead() -> None:
    # "... | UPDATED: ... at 7:15 a.m.": the "a.m." is no sentence's end (session 51, after a
    # school levy story whose figures went to "UPDATED")
    from reader.figures.lead import lead_at

    sentences = [
        "November 4, 2037 at 10:52 p.m. | UPDATED: November 5, 2037 at 7:15 a.m.",
        "Voters in the Maple Grove school district rejected a levy for the second time.",
        "The levy would have raised $5.2 million a year.",
    ]
    assert lead_at(sentences) == 1
