from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_it_never_means_the_place_a_clause_is_set_in() -> None:
    paragraphs = [
        "Solvane, the Portuguese ferry operator, said on Tuesday that profit rose 12% to €88m.",
        "Shares in the carrier rose 4.1% to €9.20 in Lisbon, giving it a market value of about "
        "€2.4 billion.",
    ]
    assert _subjects(paragraphs)["€2.4 billion"] == "Solvane"


def test_a_possessive_after_in_is_whose_not_where() -> None:
    paragraphs = [
        "Exports from Norland are expected to reach $60bn, while in Vestmark's case they are "
        "set to hit $12bn."
    ]
    assert _subjects(paragraphs)["$12bn"] != "Norland"


def test_the_bank_is_the_bank_not_the_regulator_that_found_it_out() -> None:
    paragraphs = [
        "The Financial Conduct Authority has fined Marlow Bank £40m for weak checks on its "
        "business customers.",
        "The fine would have been £57m had the bank not agreed to settle, the regulator said.",
        "The FCA found that between 2019 and 2023 the bank opened about 80,000 accounts "
        "without proper checks.",
    ]
    title = "Marlow Bank fined £40m over weak checks"
    assert _subjects(paragraphs, title)["80,000 accounts"] == "Marlow Bank"


def test_a_name_placing_a_firms_route_or_site_is_not_the_owner() -> None:
    paragraphs = [
        "Northsea Ferries said passenger numbers rose 6% to 1.9 million last year.",
        "Fares on the Esbjerg route will rise by 4% from April, and staff at the Harwich "
        "terminal will get a 3% pay rise.",
        "Northsea Ferries will also add a second daily sailing.",
    ]
    got = {f.surface: f.subject for f in extract_figures(paragraphs, title="Ferry fares rise")}
    assert got["4%"] == got["3%"] == "Northsea Ferries"
