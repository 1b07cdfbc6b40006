"""What a blind round (attrib_a42: a Nepali business daily in crore, a Moroccan terminal's
results lines, a Peruvian lottery in soles, a Tyrolean lift operator's release, a shipping
newsletter) showed the figures misread."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _by_surface(paragraphs: list[str], title: str = "") -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs, title=title)}


def test_crore_names_no_country_so_a_named_one_decides_the_rupee() -> None:
    got = _by_surface(
        [
            "Sunkoshi Hydro said it had raised Rs 48 crore from its public share issue.",
            "Nepal's market regulator said the issue was oversubscribed four times.",
        ]
    )
    assert got["Rs 48 crore"].unit == "NPR"
    (india,) = extract_figures(["Tata Power raised Rs 48 crore from its bond sale."])
    assert india.unit == "INR"  # the rupee's default when no country is named


def test_a_code_that_is_a_word_is_money_where_the_sentence_writes_it_as_money() -> None:
    got = _by_surface(
        ["Shares in Atlas Ports rose 4.6% to MAD 508, valuing the company at MAD 15.2 billion."]
    )
    assert got["MAD 508"].unit == "MAD" and got["MAD 508"].value == 508
    assert not extract_figures(["The shares closed at MAD 508."])  # "MAD" alone may be a word


def test_a_results_lines_small_signed_and_bracketed_values() -> None:
    lines = [
        "Atlas Ports: nine months to 30 September",
        "MAD million unless stated; nine months 2025 in brackets",
        "Net financial result: -212 (-305)",
        "Net profit, group share: 694 (418)",
        "Containers handled (thousand TEU): 3,412 (3,086)",
        "Vehicles handled (thousand units): 421 (478)",
    ]
    got = _by_surface(lines[1:], title=lines[0])
    assert (got["-212"].value, got["-212"].unit, got["-212"].metric) == (
        -212e6,
        "MAD",
        "net financial result",
    )
    assert got["-305"].status == "base"
    assert (got["694"].metric, got["694"].value) == ("net profit", 694e6)  # before the comma
    # a line's own scale in brackets: thousands of boxes, not millions of dirhams
    assert (got["3,086"].kind, got["3,086"].value) == ("count", 3_086_000)
    assert (got["421"].kind, got["421"].value, got["421"].metric) == (
        "count",
        421_000,
        "vehicles handled",
    )
    assert not extract_figures(["Founded: 1998", "Kick-off time: 7.45"])


def test_a_companys_board_speaks_for_the_company() -> None:
    got = _by_surface(
        [
            "Sonnjoch Bergbahnen AG today published its results for the 2025/26 year.",
            "Sonnjoch Bergbahnen runs lifts and ski schools in three Tyrolean valleys.",
            "For the current year the Management Board expects revenue of around €150 million.",
        ],
        title="Sonnjoch Bergbahnen reports record winter",
    )
    assert got["€150 million"].subject == "Sonnjoch Bergbahnen AG"


def test_glued_currency_letters_and_a_trials_phase_are_no_owners() -> None:
    got = _by_surface(["The jackpot reached S/54.3 million on Saturday, Sorteo Andino said."])
    assert got["S/54.3 million"].subject != "S"
    (patients,) = extract_figures(["The Phase 3 trial of KB-217 enrolled 612 patients."])
    assert patients.subject != "Phase"


def test_a_ships_deadweight_tonnes() -> None:
    (size,) = extract_figures(["Each of the vessels carries 158,000 dwt."])
    assert (size.kind, size.value, size.unit) == ("other", 158_000, "dwt")


def test_a_broker_notes_we_and_its_analyst_field_own_nothing() -> None:
    paragraphs = [
        "Equity research | Japan | Consumer electronics and games",
        "Analyst: Kenji Arakawa, Marunouchi Securities, Tokyo",
        "Hoshimiya Interactive said on Tuesday that the Stellar 2 will go on sale in Japan on "
        "March 12. We now expect revenue of ¥318 billion.",
        "Management is targeting sales of 12 million units in the year to March 2028. We think "
        "it will sell 14 million, helped by a stronger game line-up.",
        "Hoshimiya Interactive shares rose 6.2% in Tokyo.",
    ]
    title = "Hoshimiya Interactive: Stellar 2 priced above our estimate"
    owners = {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}
    assert owners["14 million"] == "Hoshimiya Interactive"  # not "We think it"
    assert owners["¥318 billion"] == "Hoshimiya Interactive"
