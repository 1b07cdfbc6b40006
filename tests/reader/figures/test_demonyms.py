from reader.figures import extract_figures
from reader.figures.demonyms import is_demonym
from reader.figures.name_words import is_adjective


def test_nationalities_and_regions_are_adjectives() -> None:
    for words in (["Irish"], ["South", "African"], ["Costa", "Rican"], ["Anglo-Dutch"],
                  ["Scandinavian"], ["North", "Korean"]):  # fmt: skip
        assert is_demonym(words) and is_adjective(words), words


def test_names_that_only_end_like_a_nationality_are_names() -> None:
    # firms, a city and a first name that share a nationality's ending
    for words in (["Meridian"], ["Vellorian"], ["Milan"], ["Alan"], ["Elan"], ["Irish", "Water"]):
        assert not is_demonym(words), words


def test_a_firm_ending_like_a_nationality_named_only_in_the_headline_owns_its_figures() -> None:
    title = "Tessarian cuts outlook as orders slow"
    paragraphs = [
        "DENVER, Colorado, Nov 4 — The drugmaker cut its sales forecast on Tuesday and said it "
        "would close two plants.",
        "The company now expects revenue of $2.1 billion, down from $2.4 billion.",
    ]
    subjects = {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}
    assert subjects["$2.1 billion"] == "Tessarian"
