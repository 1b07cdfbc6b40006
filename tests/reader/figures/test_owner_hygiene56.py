"""Owners that are no owners: the first half of a hyphened word ("Brisbane-made"), a numbered
part of a law or a road ("Section 20", "Km 46"), a currency's country ("In US dollar terms"),
and a state's dotted letters after a town ("Moncton, N.B.," gives Moncton) (blind set
attrib_a113, session 56; sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(sentence: str, title: str = "Box office") -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures([sentence], title=title)}


def test_a_hyphened_place_is_no_owner() -> None:
    got = _subjects("Perth-made thriller Saltwater took $1.2 million on debut.")
    assert not (got["$1.2 million"] or "").endswith("-")


def test_a_numbered_part_of_a_law_is_no_owner() -> None:
    got = _subjects(
        "Staff get more than the minimum under Section 20 of the Labour Act. The wage bill was "
        "N61.5 billion in 2036."
    )
    assert all(s != "Section" for s in got.values())


def test_a_currency_country_is_no_owner() -> None:
    got = _subjects("In US dollar terms their fortune is worth about US$5.5 billion.", "Rich list")
    assert got["US$5.5 billion"] != "US"


def test_a_state_after_its_town_gives_the_town() -> None:
    got = _subjects(
        "In Moncton, N.B., the benchmark price fell 1.4 per cent to $348,200.", "Home prices"
    )
    assert got["$348,200"] == "Moncton"
    # the country's dotted letters with no town before them stay the owner
    got = _subjects("The U.S. unit earned US$46 million in the quarter.", "Bank results")
    assert got["US$46 million"] is not None and "U.S" in got["US$46 million"]
