"""What the blind round a51 found the figures missed (home_currency.py, rand.py, caption_units.py,
parse.py, lead.py): a regional Australian town's dollar, rand after "South African" or before a
dash, a "$m" results box in the story's own dollar, a conversion after a rate, and a place with
the paper's desk ("Dehradun | Our Correspondent") as no owner."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import credit_line
from reader.model import Figure


def _by_surface(paragraphs: list[str], title: str = "x") -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs, title=title)}


def test_a_regional_australian_club_and_its_results_box() -> None:
    lines = [
        "Punters spent more at the Kurri Kurri Bowls Club in Cessnock last year, and the club "
        "opened a $9 million function centre.",
        "The results ($m unless stated; year to June 30; previous year in brackets):",
        "Gaming revenue: 18.2 (16.9)",
        "Net profit: 1.4 (1.9)",
        "Cessnock council said the club paid $410,000 in rates.",
    ]
    got = _by_surface(lines)
    assert got["$9 million"].unit == "AUD"
    assert (got["18.2"].kind, got["18.2"].unit, got["18.2"].value) == ("money", "AUD", 18.2e6)
    assert got["16.9"].status == "base"


def test_rand_after_a_demonym_and_before_a_dash() -> None:
    got = _by_surface(["South African day visitors will pay R520, from R440 \u2013 an 18% rise."])
    assert got["R520"].unit == "ZAR"
    assert (got["R440"].unit, got["R440"].status) == ("ZAR", "base")


def test_a_conversion_after_a_rate_is_no_figure() -> None:
    got = _by_surface(
        ["The payment would cost \u20b98,400 crore a year (about $950 million), the forum said."]
    )
    assert "$950 million" not in got
    assert got["\u20b98,400 crore"].unit == "INR"


def test_a_place_and_the_papers_desk_is_a_byline() -> None:
    assert credit_line("Dehradun | Our Correspondent")
    assert credit_line("Express News Service, Chennai")
    assert not credit_line("The council | Our view")


def _status(sentence: str, surface: str) -> str | None:
    return _by_surface([sentence])[surface].status


def test_profit_after_tax_keeps_the_outlook_its_verb_gives() -> None:
    sentence = "The group now expects net profit after tax of between $58 million and $66 million."
    assert _status(sentence, "$58 million") == "forecast"
    assert _status(sentence, "$66 million") == "forecast"
    assert _status("Net profit after tax rose 12% to $58 million.", "$58 million") is None


def test_what_every_hundred_students_take_is_a_supposed_case() -> None:
    sentence = "Every 100 international students we don't enrol takes roughly $2.5 million out of our budget."
    assert _status(sentence, "$2.5 million") == "hypothetical"
    assert _status("The college takes $2.5 million from the fund.", "$2.5 million") is None
