"""Words that are no name: clause openers, amounts written in a currency's letters."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.name_words import not_name


def test_a_clause_opener_is_no_name_however_capitalised() -> None:
    assert not_name("Because") and not_name("Although") and not_name("Previously")
    assert not not_name("Ravensbrook")


def test_an_amount_in_a_currencys_letters_is_no_name() -> None:
    assert not_name("RM1.47bil") and not_name("VND212") and not_name("Dh2")
    # a code of three capitals with a short number names a summit or a goal
    assert not not_name("COP26") and not not_name("SDG7") and not not_name("G7")


def test_a_clause_opener_before_a_name_leaves_the_name_the_owner() -> None:
    figs = extract_figures(
        ["Although China cut its surplus, the deficit with the US reached $19.6bn in March."]
    )
    assert all(f.subject is None or "Although" not in f.subject for f in figs)
