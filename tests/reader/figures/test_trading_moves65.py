"""A listed company "trading up 4%" or that "traded 2% lower" moved its share price, as one that
"rose 4%" or "closed up 2%" did (share_moves.py): the figure measures the share price."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "company"),
    [
        ("Its rival, Acme Mining, was also trading up 4% on Tuesday.", "4%", "Acme Mining"),
        ("Kestrel Foods was trading down 2.5% by midday in Sydney.", "2.5%", "Kestrel Foods"),
        ("Among the fallers, Harlow Homes were trading 3.1% lower.", "3.1%", "Harlow Homes"),
        ("Rival Tarn Resources traded 1.8% higher after the results.", "1.8%", "Tarn Resources"),
    ],
)
def test_a_company_trading_up_or_down_moves_its_share_price(
    sentence: str, surface: str, company: str
) -> None:
    (fig,) = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert fig.metric == "share price"
    assert fig.subject == company


def test_trading_volume_and_trading_profit_stay_what_they_are() -> None:
    figs = extract_figures(["Kestrel Foods said trading profit rose 6% to $41 million."])
    assert all(f.metric != "share price" for f in figs)


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("The company's DRAM rival, Samsung, was also trading up 4% on Tuesday.", "Samsung"),
        ("Its US rival, Acme Mining, rose 3% in New York.", "Acme Mining"),
    ],
)
def test_a_rival_set_off_by_commas_is_the_subject(sentence: str, company: str) -> None:
    """The words before a name set off by commas describe it ("DRAM rival, Samsung,"), as they
    do without the commas ("US media giant Initech")."""
    (fig,) = extract_figures([sentence])
    assert fig.subject == company


def test_a_list_of_names_is_no_description() -> None:
    (fig,) = extract_figures(["The Adani group, Reliance and Tata rose 3%."])
    assert fig.subject != "Reliance"
