"""Status rules of issue 14 (status24): budgets, obligations, a proposal's cost and set changes
are plans, not actuals; standing budgets stay actual."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    fig = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return fig.status


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a budget being set is a spending plan
        ("Members of the board passed a £48.2m budget on Monday evening.", "£48.2m", "planned"),
        (
            "The trust intends to put 4% of its £90 million budget into new wards.",
            "£90 million",
            "planned",
        ),
        (
            "Its budget for next season of 3 million dollars is its smallest.",
            "3 million dollars",
            "planned",
        ),
        # what the budget holds, and a budget larger than this year's
        ("The budget includes £6m for new buses over four years.", "£6m", "planned"),
        ("The budget is 3.5% bigger than this year's £200m.", "3.5%", "planned"),
        # standing budgets stay actual
        ("The water board has a budget of £2.4bn.", "£2.4bn", None),
        ("The college's budget for this term is £1.2 million.", "£1.2 million", None),
        # an obligation still to be met
        ("The authority still has to find £9.1m of savings by 2028.", "£9.1m", "planned"),
        # a cut already made is no obligation
        ("Since 2019 the airline has cut 4,000 jobs to save money.", "4,000 jobs", None),
        # the cost of a proposal
        (
            "A councillor proposed a motion to keep the pool open, at a cost of £80,000 a year.",
            "£80,000",
            "planned",
        ),
        # a change a body has set
        ("Its neighbour set a 3.5% rise in rents last month.", "3.5%", "planned"),
        # the same period a year before is a base, also after "or" and a unit
        (
            "Net income was $40 million, or 30 cents a share, compared with $35 million, or 25 cents per share, a year earlier.",
            "25 cents",
            "base",
        ),
        (
            "The miner had reported a profit of Rs 120 crore in the year-ago period.",
            "Rs 120 crore",
            "base",
        ),
        ("Its margin was 9%, against 11% in the same quarter last year.", "11%", "base"),
        ("Sales rose 12% from a year earlier.", "12%", None),
        # an average named with a number is still a base
        (
            "Turnover was 3.1 billion shares, compared with the 50-day average of 3.4 billion.",
            "3.4 billion",
            "base",
        ),
        # a second measure of the same guidance
        (
            "It repeated its guidance of sales between $2.1 billion and $2.2 billion and adjusted EPS of $1.80 to $1.90.",
            "$1.80",
            "forecast",
        ),
        # an earlier level: past perfect, "years ago it was", a previous deal
        (
            "The slump erased $2 billion from a company value that had stood at $9 billion on Friday.",
            "$9 billion",
            "base",
        ),
        (
            "The shop now turns over £80,000 a month. Three years ago it was £12,000.",
            "£12,000",
            "base",
        ),
        ("Her former contract with the club paid her £3,000 a week.", "£3,000", "base"),
        # an adverb before "had expected"
        (
            "Profit was 40 cents a share. Analysts on average had expected 44 cents a share.",
            "44 cents",
            "expected",
        ),
        # a programme approved is yet to be carried out
        (
            "The board approved a $300 million share repurchase on Monday.",
            "$300 million",
            "planned",
        ),
        ("The group announced a $40 million loss for the year.", "$40 million", None),
        # a price its seller sets for later is a plan; market prices and what a price brings in
        # are not
        ("The café will raise the price of a flat white by 15p to £3.40.", "15p", "planned"),
        ("The café will raise the price of a flat white by 15p to £3.40.", "£3.40", "planned"),
        ("Annual passes will go up by £12 in May.", "£12", "planned"),
        ("Food prices will rise 4% next year.", "4%", "forecast"),
        ("The higher fee would bring in about $9 million a year.", "$9 million", "forecast"),
        # a part of a planned figure, written as "including a"
        (
            "The board passed a £48.2m budget for 2027, including a 3.5% rise in parking charges.",
            "3.5%",
            "planned",
        ),
        (
            "The firm reported sales of £48.2m for 2025, including a 3.5% rise in exports.",
            "3.5%",
            None,
        ),
        # a reported rise stays actual
        ("The club reported a 12% rise in ticket sales.", "12%", None),
    ],
)
def test_status24(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want
