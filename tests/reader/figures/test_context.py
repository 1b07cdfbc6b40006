"""Metric and subject read from a figure's own sentence (text written here)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, parse_sentence
from reader.model import Figure


def fig(sentence: str, surface: str) -> Figure:
    return next(f for f in parse_sentence(sentence) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Initech posted revenue of $4 billion in the quarter.", "$4 billion", "revenue"),
        ("Net income fell to $2.95 billion.", "$2.95 billion", "net income"),
        ("Initech posted 9% year-on-year revenue growth to $31 billion.", "9%", "revenue"),
        ("Initech posted 9% year-on-year revenue growth to $31 billion.", "$31 billion", "revenue"),
        ("It has a 36% global market share.", "36%", "market share"),
        ("The app has 360 million daily active users.", "360 million daily active users", "users"),
        (
            "Sales rose, and the firm has 3,500 brands on board.",
            "3,500 brands",
            "brands",
        ),  # its own noun, not "sales"
        ("It earned $5m in sales; profit was flat.", "$5m", "sales"),
        ("Profit was flat; the firm paid $5m for a rival.", "$5m", None),
    ],
)
def test_metric_is_the_phrase_governing_the_figure(
    sentence: str, surface: str, metric: str | None
) -> None:
    assert fig(sentence, surface).metric == metric


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Initech said revenue rose 5% to $3 billion.", "$3 billion", "Initech"),
        ("Globex Corp reported sales of $2 billion.", "$2 billion", "Globex Corp"),
        ("It beat Samsung's 34% share.", "34%", "Samsung"),
        ("China-based Vandelay Holdings grew sales 9%.", "9%", "Vandelay Holdings"),
        ("Core revenue rose 15% in the year.", "15%", None),
        ("Adjusted net income fell 72% to $1.45 billion.", "$1.45 billion", None),
        ("If successful, Initech's cloud could pass 30% of revenue.", "30%", "Initech"),
        ("In March, Hooli sold 40 stores.", "40 stores", "Hooli"),
    ],
)
def test_subject_is_a_name_or_null(sentence: str, surface: str, subject: str | None) -> None:
    assert fig(sentence, surface).subject == subject


def test_sentence_initial_word_is_a_name_when_the_story_says_so() -> None:
    figs = extract_figures(["Zorblax revenue hit $3 billion.", "Analysts like Zorblax shares."])
    assert figs[0].subject == "Zorblax"


def test_title_figure_ranks_first() -> None:
    paragraphs = ["Initech said revenue rose 16% to $18.62 billion.", "It sold a unit for $3m."]
    figs = extract_figures(paragraphs, title="Initech in $3 million unit sale")
    assert figs[0].surface == "$3m"


def test_country_code_before_a_company_is_a_descriptor() -> None:
    f = fig("Profits at US media giant Initech jumped 76% to $1.13bn.", "$1.13bn")
    assert f.subject == "Initech"


def test_money_with_shares_is_a_share_price_and_cents_keep_precision() -> None:
    f = fig("Initech shares were trading down 0.67% at 590 pence.", "590 pence")
    assert f.metric == "share price"
    from reader.figures import format_value

    assert format_value(fig("It raised the dividend to 8.5 cents.", "8.5 cents")) == "$0.085"


def test_shares_bought_back_are_a_buyback() -> None:
    figs = parse_sentence("The bank will buy back shares worth $2bn this year.")
    assert [f.metric for f in figs] == ["buyback"]
    moved = parse_sentence("Shares in the bank fell 3% to $40.")
    assert {f.metric for f in moved} == {"share price"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The service will raise the price of its premium plan to $14.99 a month from $12.99.",
         {"$14.99": "premium plan price", "$12.99": "premium plan price"}),
        ("Its premium subscription costs £9 a month.", {"£9": "premium subscription price"}),
    ],
)  # fmt: skip
def test_a_tier_named_by_a_measure_word_is_no_measure_of_its_price(
    sentence: str, want: dict[str, str]
) -> None:
    got = {f.surface: f.metric for f in extract_figures([sentence])}
    assert {s: got[s] for s in want} == want


def test_a_premium_is_still_a_premium_without_a_priced_tier() -> None:
    got = {f.surface: f.metric for f in extract_figures(["The offer is a premium of 38%."])}
    assert got["38%"] == "premium"


def test_a_measure_in_a_clause_after_the_figure_with_its_own_verb_is_not_the_figures() -> None:
    figs = parse_sentence("Harrow Mining fell 3.1% after copper prices dropped to $8,900 a tonne.")
    assert {f.surface: f.metric for f in figs}["3.1%"] != "copper price"
    figs = parse_sentence("Copper prices rose 3.1% after a strike at the Harrow mine.")
    assert {f.surface: f.metric for f in figs}["3.1%"] in ("price", "copper price")


def test_a_measure_compared_with_after_the_figure_is_not_its_own() -> None:
    text = "A gram of the saffron sells for about €12, several times the price of silver."
    assert "silver" not in (fig(text, "€12").metric or "")
