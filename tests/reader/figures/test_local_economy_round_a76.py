"""What blind round attrib_a76 taught (issue 14, session 43: small business and the local
economy): a bare "$" is the home dollar in a Canadian paper that names its town with the
province's abbreviation ("Lunenburg, N.S.") and quotes a British price in pounds after its own
sums; and in a New Zealand story that marks the Australian dollar ("A$5.90") beside its own
bare one ("$5.70"), however often it names Australia."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.unit for f in extract_figures(paragraphs)}


def test_a_canadian_paper_with_a_british_price_keeps_its_dollar() -> None:
    units = _units(
        [
            "Harbourline Spirits, the Lunenburg, N.S., distillery, sold 38,000 bottles last year"
            " and lifted revenue to $2.6 million from $2.2 million.",
            "Shipments to the United States fell to 900 bottles after importers cancelled orders.",
            "The distillery drew its loan from the Atlantic Canada Opportunities Agency, and its"
            " Nova Scotia buyers pay $52.95 a bottle. In Britain the same bottle retails for £31.",
        ]
    )
    assert units["$2.6 million"] == "CAD"
    assert units["$52.95"] == "CAD"
    assert units["£31"] == "GBP"


def test_a_new_zealand_story_that_marks_the_australian_dollar_keeps_its_own() -> None:
    units = _units(
        [
            "Kea Coffee, the kiosk chain that started in Palmerston North, will open 12 stores"
            " next year, including three in Australia, after sales reached $22.4m.",
            "Its first Australian store opens in Brisbane in May, where a flat white will cost"
            " A$5.90, against $5.70 at home; Australian rents are higher, the founder said.",
            "Across New Zealand the chain employs 390 staff.",
        ]
    )
    assert units["$22.4m"] == "NZD"
    assert units["$5.70"] == "NZD"
    assert units["A$5.90"] == "AUD"
