"""Whose figure it is (issue 14, subject24): a product the story names in apposition to its
maker's noun for it owns the figures its clauses give it (products.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


_LAUNCH = [
    "Toy maker Brindle Works said on Monday that its new board game, Castles of the Fen, sold "
    "310,000 copies in its first month.",
    "The game costs £34.99 in shops.",
    "Making the game cost about £2.5m, Brindle said.",
    "Brindle's shares rose 6% to 412p.",
    "Brindle Works expects revenue of £180m this year.",
]


def test_a_product_named_after_its_makers_noun_owns_its_sales() -> None:
    found = _subjects(_LAUNCH)
    assert found["310,000 copies"] == "Castles of the Fen"


def test_the_noun_opening_a_later_clause_means_the_product() -> None:
    found = _subjects(_LAUNCH)
    assert found["£34.99"] == "Castles of the Fen"
    assert found["£2.5m"] == "Castles of the Fen"


def test_the_makers_own_figures_stay_the_makers() -> None:
    found = _subjects(_LAUNCH)
    assert found["6%"] != "Castles of the Fen"
    assert found["£180m"] != "Castles of the Fen"


def test_a_lower_case_drug_name_and_a_kindred_noun() -> None:
    found = _subjects(
        [
            "Shares in Orrin Biotech rose after its daily pill, tazorelin, cut blood pressure "
            "by 14% in a trial.",
            "Analysts expect sales of the drug to reach $2 billion by 2030.",
        ]
    )
    assert found["14%"] == "tazorelin"
    assert found["$2 billion"] == "tazorelin"


def test_a_firm_acting_on_the_product_keeps_its_figure() -> None:
    found = _subjects(
        [
            "Orrin Biotech said its daily pill, tazorelin, would reach patients next year.",
            "Analysts said Orrin would have to price the drug at least 20% below rivals.",
        ]
    )
    assert found["20%"] != "tazorelin"


def test_a_possessive_between_product_and_figure_is_someone_elses() -> None:
    found = _subjects(
        [
            "Patients on its daily pill, tazorelin, lowered their blood pressure by 14%, "
            "against 3% for their placebo group, Orrin Biotech said.",
        ]
    )
    assert found["3%"] != "tazorelin"


_NOTE = [
    "Shares in Calder Foods fell 4% to 310p on Tuesday after a weak trading update.",
    "Analysts at Quayside Capital cut their price target for the stock to 350p.",
    "The broker also lowers Quayside's forecast for group revenue in 2027 to £2.1bn from £2.3bn.",
    "Calder Foods said sales in its chilled business had slipped since the summer.",
    "Lena Fischer at Moorgate Bank kept her forecast for annual operating profit at £180m.",
    "She also kept her forecast for UK growth at 1.2%.",
]


def test_a_watchers_forecast_for_a_firms_measure_is_the_firms() -> None:
    found = _subjects(_NOTE)
    assert found["£2.1bn"] == "Calder Foods"
    assert found["£2.3bn"] == "Calder Foods"
    assert found["£180m"] == "Calder Foods"


def test_a_forecast_for_an_economys_measure_keeps_its_owner() -> None:
    found = _subjects(_NOTE)
    assert found["1.2%"] != "Calder Foods"


def test_a_byline_names_no_firm_for_the_lead() -> None:
    found = _subjects(
        [
            "By Jonah Whitcombe, Energy reporter",
            "The energy regulator has approved the £3.2bn takeover of supplier Brightmere.",
        ]
    )
    assert found["£3.2bn"] != "Jonah Whitcombe"


def test_a_reported_clause_a_possessive_opens_is_the_possessors() -> None:
    found = _subjects(
        [
            'Consumer group Fair Fares said the rise was "too weak to stop bills climbing".',
            "It pointed out that Railhaven's average revenue per user rose 9% last year.",
        ]
    )
    assert found["9%"] == "Railhaven"


def test_a_list_marker_is_no_part_of_a_subject() -> None:
    found = _subjects(
        [
            "Brookfell Water has been fined £40 million, the regulator said.",
            "Under the ruling:",
            "- £12 million will go back to customers, worth about £9 per household.",
        ]
    )
    assert found["£9"] != "- million"


def test_a_live_pages_strap_and_entry_headings_are_not_its_lead() -> None:
    found = _subjects(
        [
            "Live updates from the markets desk",
            "16:05 GMT - Tallow shares slip",
            "Shares in the Danish brewer Tallow ended the day down 3.2% in Copenhagen.",
            "15:10 GMT - Recall update",
            "Refunds will cost about DKK 90m, Tallow said, and will be paid this year.",
        ]
    )
    assert found["DKK 90m"] == "Tallow"


def test_a_strap_line_is_skipped_by_lead_at() -> None:
    from reader.figures.lead import lead_at

    assert lead_at(["Live updates from the markets desk", "Shares in Tallow fell 3%."]) == 1
    assert lead_at(["16:05 GMT - Tallow shares slip", "Shares in Tallow fell 3%."]) == 1
    assert lead_at(["Shares in Tallow fell 3% at 16:05 GMT.", "It said more."]) == 0


def test_a_medicines_trial_is_the_medicines() -> None:
    found = _subjects(
        [
            "Shares in Orrin Biotech rose after its daily pill, tazorelin, cut blood pressure "
            "by 14% in a trial.",
            "The trial enrolled 2,150 adults in nine countries.",
        ]
    )
    assert found["2,150 adults"] == "tazorelin"


def test_a_counted_group_paid_a_sum_is_paid_it_not_the_person_before() -> None:
    found = _subjects(
        [
            "The Harwick Trust spent £8.1m on its work last year.",
            "Director Paula Mensah was paid £95,000, the accounts show, and four other staff "
            "earned more than £60,000.",
        ]
    )
    assert found["£95,000"] is not None and "Paula Mensah" in found["£95,000"]
    assert found["£60,000"] == "four other staff"


def test_a_possessive_two_words_before_to_owns_the_figure() -> None:
    found = _subjects(
        [
            "Kelmore Building Society expects prices to rise next year.",
            "Its economist said a cut in the Reserve Bank's cash rate to 3.1% would help buyers.",
        ]
    )
    assert found["3.1%"] is not None and "Reserve Bank" in found["3.1%"]
