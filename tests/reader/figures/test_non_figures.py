"""Numbers that are not figures (reader/figures/non_figures.py; text written here)."""

from __future__ import annotations

from reader.figures.non_figures import is_non_figure


def test_is_non_figure_years_ordinals_and_products() -> None:
    text = "In 2024 its 2nd iPhone 15 launched"
    assert is_non_figure(text, 3, 7, "2024", False)
    assert is_non_figure(text, 12, 13, "2", False)
    start = text.index("15")
    assert is_non_figure(text, start, start + 2, "15", False)


def test_is_non_figure_race_distances_phones_and_rank_lists() -> None:
    text = "She won the 5,000m final"
    start = text.index("5,000")
    assert is_non_figure(text, start, start + 5, "5,000", False)
    text = "Call 555-123-4567 today"
    assert is_non_figure(text, 5, 8, "555", False)
    text = "the top 10 retailers"
    assert is_non_figure(text, 8, 10, "10", False)
    text = "The firm sold 5,000 cars"
    start = text.index("5,000")
    assert not is_non_figure(text, start, start + 5, "5,000", False)


def test_addresses_labels_and_rank_groups_are_not_counts() -> None:
    from reader.figures import parse_sentence

    for sentence in (
        "The studio moved to 9 Harrow Buildings last spring.",
        "Tenants at 17C Mill Road were told to leave.",
        "Schedule 7 powers were used twice.",
        "Phase 2 trials begin soon.",
        "She joined the top 2,000 earners.",
        "The wealth of the 5,000 richest families grew.",
        "The 12 group said it would appeal.",
    ):
        assert [f for f in parse_sentence(sentence) if f.kind == "count"] == [], sentence
    # a street name modifying what is counted, or a name with "Building" in it, stays a count
    kept = parse_sentence(
        "It runs 14 Deansgate Road cafes and has 90,000 Hollin Building Society savers."
    )
    assert [f.value for f in kept] == [14.0, 90000.0]


def test_a_number_between_a_determiner_and_a_superlative_is_a_rank_list() -> None:
    from reader.figures import extract_figures

    text = [
        "Brenmore said two of its five largest customers had delayed orders, and it would "
        "consult its 40 largest investors before the vote. It sold 1,200 heat pumps."
    ]
    surfaces = {f.surface for f in extract_figures(text)}
    assert surfaces == {"1,200 heat pumps"}


def test_energy_in_watt_hours_is_a_quantity_not_a_count() -> None:
    from reader.figures import extract_figures

    text = ["The plant will make batteries with 4 gigawatt-hours of capacity a year."]
    assert [(f.surface, f.kind) for f in extract_figures(text)] == [("4 gigawatt-hours", "other")]


def test_an_index_named_with_a_number_is_no_count() -> None:
    from reader.figures import extract_figures

    text = ["Her pay was the highest in the FTSE 100 telecoms sector, and 300 Nasdaq firms fell."]
    assert [f.surface for f in extract_figures(text)] == ["300 Nasdaq firms"]


def test_a_pictures_resolution_is_no_count() -> None:
    # "4K streams": the picture's resolution, not 4,000 streams (written here, after blind
    # attrib_a102's streaming plans)
    text = "The premium plan includes 4K streams and four screens at once."
    start = text.index("4K")
    assert is_non_figure(text, start, start + 1, "4", False)
    text = "It sells an 8K television for $3,999."
    start = text.index("8K")
    assert is_non_figure(text, start, start + 1, "8", False)
    text = "The council sold 4K tonnes of salt."
    start = text.index("4K")
    assert not is_non_figure(text, start, start + 1, "4", False)
