"""A counted noun phrase that runs on after its first head: "and"/"or" joined heads and a
classifier's "of" noun (``words.joined_tail``)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.words import count_unit


def _unit(text: str, number: str) -> str | None:
    return count_unit(text, text.index(number) + len(number))


def test_a_second_head_joined_by_and_is_part_of_the_counted_phrase() -> None:
    text = "The hospital trust employs 4,250 nurses and ward assistants."
    assert _unit(text, "4,250") == "nurses and ward assistants"
    text = "Fibrelink will connect 85,000 farms and rural offices in the valley by 2029."
    assert _unit(text, "85,000") == "farms and rural offices"
    text = "The council runs 23 libraries or community hubs, it said."
    assert _unit(text, "23") == "libraries or community hubs"


def test_a_classifier_takes_its_of_noun() -> None:
    assert _unit("The lab can test 40 types of fungus, it said.", "40") == "types of fungus"
    assert _unit("They serve 12 kinds of bread in the morning.", "12") == "kinds of bread"
    # a determiner or a second noun after "of": the classifier alone
    assert _unit("It sells 30 kinds of the cheese.", "30") == "kinds"
    assert _unit("It sells 30 kinds of goat cheese today.", "30") == "kinds"


def test_a_joined_verb_or_clause_is_not_part_of_the_phrase() -> None:
    # a second verb of the same subject
    assert _unit("Kelvar hired 320 engineers and plans to add more.", "320") == "engineers"
    assert _unit("The charity has 900 volunteers and relies on grants.", "900") == "volunteers"
    assert _unit("It shut 14 depots and opens stores next year.", "14") == "depots"
    assert _unit("It will cut 900 posts and reduce costs by a tenth.", "900") == "posts"
    assert _unit("A user runs 12 queries and looks at the answers.", "12") == "queries"
    assert _unit("It employs 640 staff and operates in 9 countries.", "640") == "staff"
    # a new clause with its own subject, a number or a determiner
    assert _unit("It cut 250 roles and profits fell sharply.", "250") == "roles"
    assert _unit("It cut 250 roles and 40 stores, it said.", "250") == "roles"
    assert _unit("It cut 250 roles and the board resigned.", "250") == "roles"


def test_a_measure_takes_no_joined_noun() -> None:
    assert _unit("The fire burned 3,100 hectares and farmland, officials said.", "3,100") == (
        "hectares"
    )


def test_the_joined_phrase_is_the_figure_unit() -> None:
    figures = extract_figures(["Marlow Water supplies 1.4 million homes and offices, it said."])
    counts = [f for f in figures if f.kind == "count"]
    assert [(c.value, c.unit) for c in counts] == [(1.4e6, "homes and offices")]


def test_people_named_by_nationality_are_a_counted_head() -> None:
    assert _unit("The scheme reached 4.5 million Canadians last year.", "4.5 million") == (
        "Canadians"
    )
    assert _unit("About 12,000 Ghanaians applied for the visas.", "12,000") == "Ghanaians"
    # a capitalised plural that is no nationality still needs company
    assert _unit("It sold 40 Teslas in May.", "40") is None
