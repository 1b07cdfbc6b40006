"""A dateline's place and a currency's code are no names a figure can belong to."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_dateline_with_its_country_is_not_the_storys_firm() -> None:
    paragraphs = [
        "LUGANO, Switzerland - Ticino Ferrovie said on Monday that passenger revenue rose 6% to"
        " CHF 41 million in the first half.",
        "The operator runs 18 trains. It made 44% of its revenue from tourists, up from 39%.",
    ]
    subjects = _subjects(paragraphs, "Rail operator lifts revenue")
    assert subjects["18 trains"] == "Ticino Ferrovie"
    assert subjects["44%"] == "Ticino Ferrovie"


def test_a_currency_code_is_not_a_name() -> None:
    paragraphs = [
        "Ticino Ferrovie said passenger revenue rose 6% to CHF 41 million.",
        "Its shares fell 2.1% to CHF 87. The SEK 40 fare went up. It made 44% of its sales abroad.",
    ]
    subjects = _subjects(paragraphs, "Rail operator lifts revenue")
    assert "CHF" not in subjects.values() and "SEK" not in subjects.values()


def test_an_exchange_and_ticker_after_a_firm_are_no_name() -> None:
    paragraphs = [
        "Kestrel Pumps plc (LSE: KPMP), a maker of water pumps, today reported revenue of"
        " £412 million for the year, up 8% from £381 million."
    ]
    subjects = _subjects(paragraphs, "Kestrel Pumps reports record year")
    assert subjects["£412 million"] == "Kestrel Pumps"
    assert "KPMP" not in subjects.values()


def test_a_wire_dateline_with_its_state_and_date_names_no_one() -> None:
    from reader.figures.proper_nouns import names_in

    text = "BOISE, Idaho, Dec 2 — Hallmere Foods said on Monday that sales rose 4%."
    assert [n for n, _, _ in names_in(text, 0, len(text), frozenset(), True)] == ["Hallmere Foods"]
    # a name set off by a dash is no dateline: "Emiew - Excellent Mobility ..." keeps its name
    text = "Orlix - the robot from Tanaka Works - can lift 30kg."
    assert names_in(text, 0, len(text), frozenset({"Orlix"}), True)[0][0] == "Orlix"


def test_a_bullets_first_word_opens_its_item_like_a_sentence() -> None:
    from reader.figures.proper_nouns import names_in

    text = "- Paying customers: 6,840, up from 3,900 a year ago"
    assert names_in(text, 0, len(text), frozenset(), True) == []


def test_a_fiscal_period_is_no_name() -> None:
    subjects = _subjects(
        [
            "Mumbai: Vistar Steel Ltd reported a net profit of Rs 420 crore for Q2FY26.",
            "For FY28 the company targets revenue of around Rs 7,400 crore.",
        ],
        "Vistar Steel profit rises",
    )
    assert subjects["Rs 7,400 crore"] == "Vistar Steel Ltd"
