"""What a sum is by the words around it (money_named.py): prize money, what one item costs,
what a fund pays its holders."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, parse_sentence
from reader.figures.money_named import brought_in, item_price, priced_thing, won_prize


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # money won, or received by a winner, is prize money
        ("The losing finalists won $800,000 between them.", "$800,000", "prize money"),
        ("She won £1.2m from the tour's three events.", "£1.2m", "prize money"),
        ("The champion will receive €250,000 this year.", "€250,000", "prize money"),
        ("The golf event has a prize fund of $9m.", "$9m", "prize fund"),
        ("She took home $2m of the $12m prize pool.", "$2m", "prize money"),
        # what a win was made of, or a contract won, is not
        ("The widow won $3 million in damages.", "$3 million", "damages"),
        # what one item costs: its noun and the word that says which
        ("A digital subscription costs £5.99 a month.", "£5.99", "digital subscription price"),
        ("An adult ticket will cost £14.50 next year.", "£14.50", "adult ticket price"),
        ("The game, which costs $69.99 on consoles, sold well.", "$69.99", "price"),
        # what a thing brings in is its revenue; money from people or a firm is not
        ("The zoo hopes to raise £2m a year from parking charges.", "£2m", "parking charge revenue"),
        ("The new levy would bring in about €90m.", "€90m", "levy revenue"),
        ("It made $4bn from ads, up 9%.", "$4bn", "ad revenue"),
        ("The start-up raised $50m from investors.", "$50m", "funding"),
        # what a fund or firm pays its holders
        ("The trust will pay 3.1 cents per unit for the quarter.", "3.1 cents", "distribution per unit"),
        ("The bank will pay 40p a share in June.", "40p", "dividend"),
    ],
)  # fmt: skip
def test_money_named_by_the_words_around_it(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


def test_priced_thing_needs_a_plain_noun() -> None:
    assert priced_thing("a season pass now costs ") == "season pass price"
    assert priced_thing("which costs ") == "price"
    assert priced_thing("the project will cost ") == "price"
    assert priced_thing("before the summer and will cost ") == "price"


def test_won_prize_reads_what_follows() -> None:
    assert won_prize("The runner-up won ", "The runner-up won ", "") is True
    assert won_prize("The firm won ", "The firm won ", " in damages") is False
    assert won_prize("The firm said ", "The firm said ", "") is False


def test_callout_reads_prize_money() -> None:
    figs = extract_figures(["Harlow Town, the winners, will receive £500,000 from the league."])
    assert [f.metric for f in figs] == ["prize money"]


def test_brought_in_is_none_for_times_and_people() -> None:
    assert brought_in("which earned ", " in its second week") is None
    assert brought_in("raised ", " from shareholders") is None
    assert brought_in("he earned ", " from speeches") is None  # a person's pay
    assert brought_in("collected ", " from tolls last year") == "toll revenue"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a typical or average item's cost, or how its price moves, is a price
        ("The average flat in Leeds cost £212,500 in May.", "£212,500", "price"),
        ("A typical weekly shop will go up by £4 to £96.", "£4", "price"),
        ("A typical weekly shop will go up by £4 to £96.", "£96", "price"),
        ("the gym is hiking the basic membership from $24.99 to $29.99 a month.", "$29.99",
         "price"),
        ("The brewer is cutting its lager from £4.80 to £4.50 a pint.", "£4.50", "price"),
        # an offer written per share is an offer price
        ("It received a 310 pence-per-share cash offer from a rival.", "310 pence",
         "offer price"),
    ],
)  # fmt: skip
def test_what_one_item_costs_by_how_its_price_moves(sentence: str, surface: str, want: str) -> None:
    assert (_metric(sentence, surface) or "").endswith(want)


def test_a_named_measure_or_a_scaled_sum_is_no_item_price() -> None:
    assert item_price("The average salary rose to ", "", "salary") is None
    assert item_price("The average salary rose to ", "", None) is None  # the noun names it
    assert item_price("The firm said ", " in profit", None) is None
    assert _metric("The average project cost £3.2bn last year.", "£3.2bn") != "price"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The app processed $9.1 billion of payments in May.", "$9.1 billion", "payment volume"),
        ("The exchange handled about $2 trillion of trades last year.", "$2 trillion",
         "trade volume"),
    ],
)  # fmt: skip
def test_money_passing_through_a_firm_is_its_volume(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


def test_money_processed_for_something_else_is_no_volume() -> None:
    assert _metric("The app processed refunds worth $40m.", "$40m") != "payment volume"


def test_an_auxiliary_is_no_thing_that_brings_money_in() -> None:
    # "that it has raised": "has" is no noun whose revenue the sum would be
    figure = next(
        f
        for f in extract_figures(
            ["Fernway today announced that it has raised US$85 million in a Series C round."],
            title="x",
        )
        if f.surface == "US$85 million"
    )
    assert figure.metric is not None and "revenue" not in figure.metric
