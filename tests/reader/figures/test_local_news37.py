"""Local and general news (blind round attrib_a53): a hedge before a count is no verb acting on
it, a speed in km/h is a speed, a state police force's release counts in its own dollar, a
bracket in the same marked dollar is the figure's base, and a heading in capitals between
lists is no story's lead."""

from __future__ import annotations

from reader.eval.figures import unit_key
from reader.figures import extract_figures, parse_sentence
from reader.figures.lead import lead_at


def _figure(sentence: str, surface: str):  # type: ignore[no-untyped-def]
    return next(f for f in parse_sentence(sentence) if f.surface == surface)


def _metric(sentence: str) -> str | None:
    return extract_figures([sentence])[0].metric


def test_a_hedge_before_a_count_is_no_verb() -> None:
    metric = _metric("Power supply to roughly 14 lakh consumers has been cut.")
    assert metric is not None and "roughlied" not in metric
    # a verb ending in "-ly" still acts on its count
    assert _metric("The utility will supply 9,000 homes.") == "homes supplied"


def test_a_speed_in_kilometres_an_hour() -> None:
    sentence = (
        "The cyclone crossed the coast with sustained winds of 120 km/h, gusting to 135 km/h."
    )
    fig = _figure(sentence, "120 km/h")
    assert (fig.kind, fig.unit, fig.metric) == ("other", "km/h", "speed")
    assert unit_key("other", "km/h") == unit_key("other", "kilometres per hour")
    assert unit_key("other", "mm") == unit_key("other", "millimetres")


def test_a_state_police_release_counts_in_its_own_dollar() -> None:
    paras = [
        "Victoria Police is urging drivers to slow down after 27 people died on the roads.",
        "Speeding fines issued are worth about $5.9 million, according to Fines Victoria.",
    ]
    fig = next(f for f in extract_figures(paras) if "5.9" in f.surface)
    assert fig.unit == "AUD"


def test_a_bracket_in_the_same_marked_dollar_is_the_base() -> None:
    figs = extract_figures(["3-room: S$71.50 (S$66.00)"])
    assert [f.status for f in figs if f.surface == "S$66.00"] == ["base"]
    # another dollar in brackets is a conversion, no base
    figs = extract_figures(["The deal is worth NZ$3bn (US$1.8bn)."])
    assert all(f.status != "base" for f in figs)


def test_a_heading_in_capitals_between_lists_is_no_lead() -> None:
    sentences = [
        "KEY POINTS",
        "- The cost of the Hatea Link bridge has risen to $412 million.",
        "- Opening has slipped to the middle of 2029.",
        "WHAT HAS GONE UP",
        "- Steel: the price of structural steel has risen 23% since the contract was signed.",
        "THE CONTRACTOR",
        "- Analysts cut their full-year profit forecast for Puriri Civil Group to $14 million.",
    ]
    assert lead_at(sentences) == 1  # a story of lists under headings keeps its first bullet
    prose = [*sentences[:4], "The council will vote on the extra borrowing in May."]
    assert lead_at(prose) == 4  # the paragraph after the lists and their headings


def test_a_results_box_under_a_marked_dollar_caption() -> None:
    """Blind round a54: "(A$m unless stated; prior half in brackets)" over results lines gives
    their unit; a line whose label names "%" or "cents" is a share or the dollar's cents."""
    paras = [
        "Results for the 26 weeks to 28 December (A$m unless stated; prior half in brackets):",
        "Sales revenue: 612.4 (571.9)",
        "Gross margin (%): 46.8 (45.1)",
        "Interim dividend per share (cents): 19.5 (17.0)",
    ]
    got = {f.surface: (f.kind, f.unit, round(f.value, 3)) for f in extract_figures(paras)}
    assert got["612.4"] == ("money", "AUD", 612_400_000.0)
    assert got["46.8"] == ("percent", "%", 46.8)
    assert got["19.5"] == ("money", "AUD", 0.195)


def test_an_emergency_line_number_is_no_count() -> None:
    figs = extract_figures(["Calls to 911 reporting shots fired dropped to 2,340 from 3,105."])
    assert [f.surface for f in figs] == ["2,340", "3,105"]
    figs = extract_figures(["Calls to the emergency numbers 112 and 999 could not be connected."])
    assert figs == []
    assert [f.surface for f in extract_figures(["Sales rose to 112 units."])] == ["112 units"]


def test_what_a_new_price_replaces_is_its_base() -> None:
    figs = extract_figures(["Walk-on passengers will pay $9 instead of $8 from April."])
    assert {f.surface: f.status for f in figs}["$8"] == "base"


def _dollar(paras: list[str]) -> str | None:
    return next(f.unit for f in extract_figures(paras) if f.kind == "money")


def test_a_new_zealand_paper_known_by_its_macrons() -> None:
    """Blind round a55: a household-money newsletter names no place, but writes te reo Maori
    with macrons ("Tūī Energy"): its "$" is the New Zealand dollar."""
    paras = [
        "Tūī Energy has told about 410,000 households that prices will rise from 1 April.",
        "The typical bill will go up about $24 a month, Tūī said.",
    ]
    assert _dollar(paras) == "NZD"
    assert _dollar(["Tūī Energy raised prices; the bill goes up $24 a month in Honolulu."]) != "NZD"


def test_a_state_named_in_the_lead_with_commonwealth_spelling() -> None:
    lead = "South Australia's ambulance ramping crisis is back after the worst winter in years."
    body = "The Flinders Medical Centre plan will cost about $328 million, the health department said."  # fmt: skip
    assert _dollar([lead, body]) == "AUD"
    # a place named in passing far down a story in British spelling is not its home
    filler = " ".join(["The fund's managers met investors in Almaty this week."] * 25)
    far = [filler, "It has opened an office in Singapore and is in favour of $4 billion in loans."]
    assert _dollar(far) == "USD"


def test_a_distance_per_hour_spelled_out_is_no_crash() -> None:
    """Only "km/h" is read as one unit: "120 km/hour" reads as it did before that rule (it
    had stopped extraction with an assertion)."""
    figs = extract_figures(["Winds of 120 km/hour were recorded at the airport."])
    assert [f.surface for f in figs] == ["120 km"]
