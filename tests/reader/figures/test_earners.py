"""A sum a part of a business brought in is named with that part (earners.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metrics(text: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("Gift cards brought in £41 million in sales, up 6%.", "£41 million", "gift card sales"),
        ("Wholesalers earned €12 million in fees last year.", "€12 million", "wholesaler fees"),
        # a verb of bringing in with no measure written: revenue
        (
            "Ticket sales rose to £8m, while hospitality brought in another £3m.",
            "£3m",
            "hospitality revenue",
        ),
    ],
)
def test_the_earner_names_the_sum(text: str, surface: str, want: str) -> None:
    assert _metrics(text)[surface] == want


def test_the_change_of_the_sum_measures_the_same() -> None:
    got = _metrics("Gift cards brought in £41 million in sales, up 6%.")
    assert got["6%"] == "gift card sales"


@pytest.mark.parametrize(
    "text",
    [
        "Harbison made £41 million in sales last year.",  # a name: whose, not which
        "The company made £41 million in sales last year.",  # a determiner's phrase
        "It brought in £41 million in sales last year.",  # a pronoun
        "Investors took £41 million out of the funds.",  # who acts
    ],
)
def test_no_earner(text: str) -> None:
    assert all(" " not in (m or "") or m == "share price" for m in _metrics(text).values())
