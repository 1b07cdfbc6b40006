"""Metrics a figure takes when its own words name none (reader/figures/inherit.py)."""

from __future__ import annotations

from reader.figures import extract_figures, parse_sentence


def test_a_change_or_base_takes_the_metric_of_the_figure_it_follows() -> None:
    figs = parse_sentence("Her pay package was £9.4m, up from £6.1m in 2024.")
    assert [f.metric for f in figs] == ["pay", "pay"]
    figs = parse_sentence(
        "Members reached 9.3 million subscribers, taking its total to 287 million."
    )
    assert [f.metric for f in figs] == ["subscribers", "subscribers"]


def test_a_film_story_lends_box_office_to_money_without_a_metric() -> None:
    figs = extract_figures(
        ["The thriller took $41 million in cinemas over the weekend.", "Runner-up Moss made $9m."],
        title="Thriller tops the box office",
    )
    # (the weekend's takings say so: box_office.py)
    assert {f.surface: f.metric for f in figs} == {
        "$41 million": "weekend box office",
        "$9m": "box office",
    }


def test_no_story_default_outside_films_and_rich_lists() -> None:
    figs = extract_figures(["The charity handed out $41 million in grants."], title="Charity gives")
    assert figs[0].metric != "box office"


def test_a_qualifying_count_is_not_what_a_later_change_continues() -> None:
    figs = extract_figures(
        ["The sequel took $18m from 3,100 cinemas, down 52% from its opening weekend."]
    )
    by = {f.surface: f for f in figs}
    assert by["52%"].metric == "box office"
    assert by["3,100 cinemas"].metric == "cinemas"


def test_what_a_product_took_in_its_first_week_is_revenue_outside_a_film_story() -> None:
    figures = extract_figures(
        ["The kettle, which costs £45, took £2.6m in its first week, Brackwell said."]
    )
    got = {f.surface: f.metric for f in figures}
    assert got["£45"] == "price"
    assert got["£2.6m"] == "revenue"


def test_a_sum_given_takes_no_story_default() -> None:
    from reader.figures.inherit import figure_default
    from reader.model import Figure

    sentence = "The arts council gave £40,000 to the festival, and sponsors gave the rest."
    given = Figure("£40,000", "money", 40000.0, "GBP", sentence=sentence)
    took = Figure("£3m", "money", 3e6, "GBP", sentence="The sequel took £3m at cinemas.")
    assert figure_default(given, "box office") is None
    assert figure_default(took, "box office") == "box office"


def test_a_persons_worth_is_no_gift() -> None:
    from reader.figures.inherit import figure_default
    from reader.model import Figure

    sentence = "The founder is now worth an estimated $9.1 billion, down from $12 billion."
    worth = Figure("$9.1 billion", "money", 9.1e9, "USD", sentence=sentence)
    assert figure_default(worth, "wealth") == "wealth"
