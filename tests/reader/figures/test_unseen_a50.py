"""What the blind round a50 found the figures missed (reader/figures/label_units.py,
caption_units.py, home_currency.py, short_units.py): a results box in rupees crore under its
caption, a per-share line in a currency alone ("EPS (Rs):"), an accounting label's "(loss)",
a New Zealand city's own dollar, and a broker's HEPS in glued cents."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _by_surface(paragraphs: list[str], title: str = "x") -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs, title=title)}


def test_a_results_box_in_rupees_crore() -> None:
    lines = [
        "Saurashtra Cement Q3 at a glance",
        "(Rs crore unless stated; October-December; year-ago figures in brackets)",
        "Revenue from operations: 2,140.5 (1,980.2)",
        "Exceptional gain/(loss): -12.6 (4.1)",
        "EPS (Rs): 14.20 (12.85)",
    ]
    got = _by_surface(lines[1:], title=lines[0])
    assert (got["2,140.5"].kind, got["2,140.5"].unit) == ("money", "INR")
    assert got["2,140.5"].value == 2140.5e7
    assert got["1,980.2"].status == "base"
    assert (got["-12.6"].kind, got["-12.6"].value) == ("money", -12.6e7)
    assert (got["14.20"].kind, got["14.20"].unit, got["14.20"].value) == ("money", "INR", 14.2)


def test_a_line_in_a_currency_alone_needs_its_bracket() -> None:
    got = _by_surface(["Shares held, Rs 14.20 each, were sold.", "Volumes: 8.12 (7.05)"])
    assert got["8.12"].kind == "count"


def test_a_new_zealand_city_paper_writes_its_own_dollar() -> None:
    got = _by_surface(
        [
            "When Nelson City Council signed off the arena, we were told it would cost $54 million.",
            "I have lived in Nelson for 31 years, and the bill is now $87.4 million.",
        ]
    )
    assert got["$54 million"].unit == "NZD"
    assert got["$87.4 million"].unit == "NZD"
    # a man's name is no city
    got = _by_surface(["Nelson Mandela's foundation raised $5 million in New York."])
    assert got["$5 million"].unit == "USD"


def test_a_brokers_heps_in_glued_cents() -> None:
    got = _by_surface(
        [
            "Johannesburg-listed Mediclin: we raise our full-year HEPS estimate to 288c, from 272c.",
            "The JSE-listed group trades at a discount.",
        ]
    )
    assert (got["288c"].kind, got["288c"].unit, got["288c"].status) == ("money", "ZAR", "expected")
    assert got["272c"].unit == "ZAR"


def test_a_measures_letters_are_no_owner() -> None:
    got = _by_surface(
        [
            "Highveld Health said HEPS rose 18% to 142.6c in the six months, and its dividend "
            "per share rose to 61c.",
            "NAV per share fell to 412.6p at Harrowgate Trust.",
        ]
    )
    assert got["142.6c"].subject != "HEPS"
    assert got["412.6p"].subject != "NAV"


def _status(sentence: str, surface: str) -> str | None:
    return _by_surface([sentence])[surface].status


def test_what_each_thing_is_worth_is_a_supposed_case() -> None:
    sentence = "Every agency shift we convert to a bank shift saves us about £180, he said."
    assert _status(sentence, "£180") == "hypothetical"
    sentence = "Every $1 million of extra debt costs ratepayers roughly $55,000 a year."
    assert _status(sentence, "$55,000") == "hypothetical"
    # a price per thing, a frequency, a share "each" and "every one of" are no case
    assert _status("Each ticket costs $12 at the door.", "$12") != "hypothetical"
    assert _status("The bus runs every 10 minutes and costs $3 a ride.", "$3") != "hypothetical"
    sentence = "It sold 4.8 million shares at Rs 100 each to raise Rs 48 crore."
    assert _status(sentence, "Rs 48 crore") != "hypothetical"
    sentence = "Every one of the 3,000 seats is sold, and tickets that cost £45 go for £400."
    assert _status(sentence, "£45") != "hypothetical"


def test_money_set_aside_for_a_purpose_is_planned_a_provision_for_losses_is_not() -> None:
    sentence = "The package sets aside $96 million for on-farm infrastructure grants."
    assert _status(sentence, "$96 million") == "planned"
    sentence = "The bank set aside $310 million for bad loans in the quarter."
    assert _status(sentence, "$310 million") != "planned"


def test_a_count_in_its_unit_in_brackets_is_the_year_befores() -> None:
    got = _by_surface(["Container volumes: 8.12 lakh TEU (7.05 lakh TEU)"])
    assert got["7.05 lakh TEU"].status == "base"
    assert got["8.12 lakh TEU"].status is None
