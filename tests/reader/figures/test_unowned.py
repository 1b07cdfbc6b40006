"""A figure no pass gave an owner is the story's main firm's (``reader.figures.unowned``)."""

from reader.figures import extract_figures
from reader.figures.unowned import main_owned
from reader.model import Figure

_STORY = [
    "Brackenfield Tools, the Sheffield maker of garden shears, said on Tuesday that its pre-tax "
    "profit fell 12% to £8.4m in the year to March.",
    "Brackenfield Tools blamed the wettest spring in a decade for weaker sales of lawnmowers "
    "and hedge trimmers.",
    "Tuesday's sale of 2,300 mowers to a Dutch retailer will help, the company said.",
]


def _owner(figures: list[Figure], surface: str) -> str | None:
    return next(f.subject for f in figures if f.surface == surface)


def test_a_figure_its_sentence_gives_no_owner_is_the_main_firms() -> None:
    figures = extract_figures(_STORY, title="Brackenfield Tools profit falls")
    assert _owner(figures, "2,300 mowers") == "Brackenfield Tools"
    assert _owner(figures, "£8.4m") == "Brackenfield Tools"


def test_no_main_firm_leaves_the_owner_empty_and_a_named_owner_stays() -> None:
    mine = Figure(surface="2,300 mowers", kind="count", value=2300.0, unit="mowers")
    theirs = Figure(surface="£3m", kind="money", value=3e6, unit="GBP", subject="Verdon")
    assert main_owned([mine], None)[0].subject is None
    assert [f.subject for f in main_owned([mine, theirs], "Brackenfield")] == [
        "Brackenfield",
        "Verdon",
    ]


def test_a_clause_a_relative_pronoun_refers_to_owns_nothing() -> None:
    # "which" refers to the vote, an event: the figure is the story's firm's, not a phrase
    # "Councillors voted for the increase"
    story = [
        "Parking charges in central Tasburgh will rise to £3.50 an hour from £3 on October 1, "
        "Tasburgh Town Council has decided.",
        "Councillors voted 9-4 for the increase, which is expected to raise an extra £420,000 a "
        "year for pavement repairs.",
    ]
    owner = _owner(extract_figures(story), "£420,000")
    assert owner is None or "voted" not in owner
