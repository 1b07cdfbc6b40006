"""A company's share move in a market report, and the price it moved to (session 60): "Utility
Pomorska Energia fell 2.3% to 12.66 zlotys" (a describing word opening the sentence),
"Cantiga's parent, Grupo Paineira, rose 2.4% to R$18.36" (the company set off by commas),
"grocer Kingsway Foods Ltd. fell 3.9 per cent to $28.40" (a name ending on "Ltd."): the
percentage and the price it reached both measure the share price. An index is no company
("The Hang Seng Index climbed 1.3 per cent to 26,718.4"), and a sum with a scale word is no
price of one share."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


@pytest.mark.parametrize(
    ("sentence", "move", "level"),
    [
        (
            "Utility Pomorska Energia fell 2.3% to 12.66 zlotys after the energy regulator "
            "capped its tariff.",
            "2.3%",
            "12.66 zlotys",
        ),
        (
            "Cantiga's parent, Grupo Paineira, rose 2.4% to R$18.36 on the B3 exchange on Tuesday.",
            "2.4%",
            "R$18.36",
        ),
        (
            "Among other movers, grocer Kingsway Foods Ltd. fell 3.9 per cent to $28.40 after "
            "saying it would close stores.",
            "3.9 per cent",
            "$28.40",
        ),
    ],
)
def test_a_companys_move_and_the_price_it_reached_are_its_share_price(
    sentence: str, move: str, level: str
) -> None:
    metrics = _metrics(sentence)
    assert metrics[move] == "share price"
    assert metrics[level] == "share price"


def test_an_index_and_a_scaled_sum_are_no_share_price() -> None:
    index = _metrics("The Hang Seng Index climbed 1.3 per cent to 26,718.4 on Friday.")
    assert index["1.3 per cent"] != "share price"
    raised = _metrics("Brightwater rose 4% to $2.1 billion in the quarter.")
    assert raised["$2.1 billion"] != "share price"
