"""A change written "of" the figure "in" an owner's measure is that owner's ("a cut of 25 basis
points in the ECB's deposit rate"), and churn is a measure of its own ("If churn stays below
2.5 per cent" had been read as the profit the sentence goes on to; session 63)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figure(sentence: str, surface: str) -> Figure:
    (fig,) = [f for f in extract_figures([sentence], title="News") if f.surface == surface]
    return fig


def test_a_change_in_an_owners_measure_is_the_owners() -> None:
    text = "Markets now price a cut of 25 basis points in the ECB's deposit rate by June."
    assert _figure(text, "25 basis points").subject == "ECB"
    assert _figure("Analysts expect a rise of 2% in Tesco's sales.", "2%").subject == "Tesco"


def test_only_the_first_in_phrase_names_the_owner() -> None:
    text = "It reported a rise of 4% in sales in Poland's biggest cities."
    assert _figure(text, "4%").subject != "Poland"


def test_churn_is_a_measure() -> None:
    text = (
        "If churn stays below 2.5 per cent through December, he estimates, full-year profit "
        "after tax could reach GH₵2.3 billion."
    )
    assert _figure(text, "2.5 per cent").metric == "churn rate"  # (rate_names.py)
    assert _figure("Its churn rate rose to 1.9%.", "1.9%").metric == "churn rate"
