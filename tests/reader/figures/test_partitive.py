"""A count that is a part of a whole counted before it takes the whole's noun
(``reader.figures.partitive``, ``reader.figures.elided``)."""

from reader.figures import extract_figures


def _units(paragraphs: list[str]) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures(paragraphs)}


def test_a_part_in_the_next_sentence_takes_the_wholes_noun() -> None:
    got = _units(
        [
            "Building societies approved 4,310 mortgages in May.",
            "Of those, 1,902 went to first-time buyers.",
        ]
    )
    assert got["1,902"] == ("count", "mortgages")


def test_a_part_of_a_quantity_takes_its_unit_and_kind() -> None:
    got = _units(["The mill crushed 52,000 tonnes of cane, and 9,400 of them came from its farms."])
    assert got["9,400"] == ("other", "tonnes")


def test_a_scaled_part_takes_the_wholes_noun() -> None:
    got = _units(
        ["The app has 12.4 million registered riders, of whom 3.1 million paid last month."]
    )
    assert got["3.1 million"] == ("count", "registered riders")


def test_no_whole_no_noun_and_a_bigger_number_is_no_part() -> None:
    # the sentence before counts nothing bigger: no whole to name
    got = _units(["The council fined 40 landlords.", "Of those, 1,900 were repeat offenders."])
    assert got["1,900"][1] is None
    # "including" a part: the labels give it no noun
    got = _units(["About 9 million people have fled, including 2.1 million who left the country."])
    assert got["2.1 million"][1] is None
