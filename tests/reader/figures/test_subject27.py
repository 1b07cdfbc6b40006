from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at
from reader.figures.name_words import story_names


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_capitalised_unit_only_written_after_a_number_is_no_name() -> None:
    story = [
        "Quayside Port handled 2.8 million TEUs in May, the port authority said.",
        "Over five months the docks moved 12.4 million TEUs, against 11.9 million TEUs a year "
        "earlier. Ship arrivals rose 3 per cent to 9,400.",
    ]
    names = story_names("\n".join(story))
    assert "TEUs" not in names and "teus" in names  # counted, like a common word
    got = _subjects(story, title="Port has record May")
    assert "TEUs" not in got.values()
    # a name also written elsewhere stays one ("In 2024 Harlow ...": a year is no count)
    assert "Harlow" in story_names("Harlow sold 3 Harlow vans. In 2024 Harlow grew.")


def test_a_month_is_no_owner_abbreviated_or_before_with() -> None:
    story = [
        "Pellham Drug will shut 30 pharmacies, the company said on Monday.",
        "Pellham Drug lost $90 million in the quarter ended Oct. 31, and sales at older "
        "stores fell 2.6%.",
        "The shop network, which ended September with 610 stores, made 70% of revenue.",
    ]
    got = _subjects(story, title="Pellham Drug to shut 30 pharmacies")
    assert got["2.6%"] == "Pellham Drug"
    assert got["610 stores"] == "Pellham Drug"


def test_a_byline_with_bars_is_not_the_lead() -> None:
    sentences = [
        "By Tomas Lindqvist | Retail Weekly | Fashion",
        "Corvane, the Lyon shoe maker, reported sales of €410 million.",
    ]
    assert lead_at(sentences) == 1


def test_what_a_person_named_by_surname_says_or_expects_is_the_firms() -> None:
    story = [
        "By Tomas Lindqvist | Retail Weekly | Fashion",
        "Corvane, the Lyon shoe maker, reported sales of €410 million, up 4%.",
        "Chief executive Margot Delacroix said demand in the US was strong.",
        "Delacroix said the house would open 12 shops next year. Corvane expects margins to hold.",
        "Delacroix expects a profit of about €30 million this year.",
    ]
    got = _subjects(story, title="Corvane sales rise")
    assert got["12 shops"] == "Corvane"
    assert got["€30 million"] == "Corvane"


def test_a_person_expecting_their_own_pay_keeps_it() -> None:
    story = [
        "Corvane reported sales of €410 million, up 4%, the company said.",
        "Chief executive Margot Delacroix earned €2.1 million last year.",
        "Delacroix expects to earn €2.4 million this year.",
    ]
    assert _subjects(story)["€2.4 million"] != "Corvane"


def test_forecasters_at_a_firm_speak_of_the_figure_and_do_not_own_it() -> None:
    story = [
        "Solway Energy raised its standard tariff by 6% on Monday, the company said.",
        "Solway Energy has 2.1 million customers.",
        "Forecasters at Kelby Research expect the tariff to fall by about 3% in April.",
    ]
    got = _subjects(story, title="Solway Energy raises tariff")
    assert got["3%"] == "Solway Energy"


def test_a_press_release_line_is_not_the_lead() -> None:
    sentences = ["Press release from the Coal Authority", "Tarnside Mining made £4 million."]
    assert lead_at(sentences) == 1


def test_a_body_fining_a_firm_leaves_the_story_to_the_firm() -> None:
    story = [
        "Press release from Gridwatch",
        "Gridwatch has fined Pennant Power £6.2 million after finding that the company "
        "overcharged customers.",
        "The company, which supplies 2.3 million homes, said it would repay them.",
        "Pennant overcharged 84,000 homes by an average of £41 each.",
    ]
    got = _subjects(story, title="Pennant Power fined £6.2 million")
    assert got["2.3 million homes"] in ("Pennant Power", "Pennant")


def test_a_person_foreseeing_what_the_firm_does_gives_it_the_figure() -> None:
    story = [
        "Tarnhold Capital manages $42 billion, the fund said on Monday.",
        "Tarnhold Capital made a return of 7% last year.",
        "Ines Marlow runs its equities team.",
        "Marlow said the fund's team had grown to 90 people, and that she expected to hire "
        "about 15 more analysts in 2027.",
    ]
    got = _subjects(story, title="Tarnhold Capital grows")
    assert got["15 more analysts"] == "Tarnhold Capital"


def test_members_deciding_for_their_body_give_it_the_figure() -> None:
    story = [
        "Harlow Council will raise council tax by 4.99%, the council said on Monday.",
        "Councillors approved a budget of £210 million for 2027.",
    ]
    assert _subjects(story, title="Harlow council sets budget")["£210 million"] == "Harlow Council"
