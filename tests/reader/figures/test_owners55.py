"""Whose a figure is (blind attrib_a110, session 55): a dateline line of place, date, desk and
writer parted by slashes names no owner; a country's currency letters before a sum ("ID 41.2
billion", "Le 29.65") are no name; a name with "and" inside that its letters in brackets spell
is one name ("Lualaba Copper and Cobalt (LCC)"). Texts written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(paragraphs: list[str], title: str = "") -> list[str | None]:
    return [f.subject for f in extract_figures(paragraphs, title=title)]


STORY = [
    "BASRA, April 9, 2037 / Business / Omar Hadi al-Saadi",
    "Shatt Air, Iraq's second private airline, carried 640,000 passengers in the first quarter,"
    " up 18% on the same period of 2036, the company said on Wednesday.",
    "The airline will open four routes from Basra to the Gulf in June, though bankers said fares"
    " on such routes often fall by 10% in the first year.",
    "Revenue in the quarter rose 21% to ID 212 billion, and net profit reached IQD 18.4 billion,"
    " up from IQD 12.9 billion a year earlier.",
]


def test_a_slashed_dateline_line_and_currency_letters_name_no_owner() -> None:
    owners = _owners(STORY, "Basra carrier adds routes as passengers and fares climb")
    assert not {"BASRA", "ID", "IQD"} & set(owners)
    last = STORY[-1]
    assert {f.subject for f in extract_figures(STORY) if f.sentence in last} == {"Shatt Air"}


def test_a_name_with_and_that_its_letters_spell() -> None:
    paragraphs = [
        "Lualaba Copper and Cobalt (LCC), the country's fifth-largest producer, said its"
        " revenue rose 12% to $540 million in the second quarter."
    ]
    assert set(_owners(paragraphs)) == {"Lualaba Copper and Cobalt"}
    # letters that spell something else leave the names apart
    other = ["Kasai Copper and Zinc Mining (XYZ) said its revenue rose 12% to $540 million."]
    assert "Kasai Copper and Zinc Mining" not in _owners(other)


def test_a_volume_opening_its_sentence_is_no_name() -> None:
    paragraphs = [
        "Cobalt is the miner's second product. Output fell 9% to 4,120 tonnes after the"
        " regulator held the company to an export quota."
    ]
    found = {f.surface: (f.metric, f.subject) for f in extract_figures(paragraphs)}
    assert found["9%"] == ("output", None)  # not "Output"'s share price


def test_a_good_after_if_is_the_good() -> None:
    text = (
        "If iron ore prices stayed below US$80 a tonne, the railway's revenue would fall by"
        " about $470 million, he said."
    )
    owners = {f.surface: f.subject for f in extract_figures([text])}
    assert owners["US$80"] == "iron ore"
