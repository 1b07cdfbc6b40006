"""An owner that no word of names is dropped (reader/figures/resubject.named_owners), and a
currency's letters before a number are no name (non_names.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.resubject import named_owners
from reader.model import Figure


def _fig(subject: str) -> Figure:
    return Figure("5%", "percent", 5.0, "%", subject=subject, sentence="x 5%")


def test_days_months_and_clause_openers_own_nothing_but_pronouns_and_names_stay() -> None:
    got = [
        f.subject
        for f in named_owners([_fig(s) for s in ("Monday", "October's", "If you", "In August it")])
    ]
    assert got == [None, None, None, None]
    kept = [
        f.subject for f in named_owners([_fig(s) for s in ("We", "The Times", "Marula", "Its")])
    ]
    assert kept == ["We", "The Times", "Marula", "Its"]


def test_a_days_sale_is_no_mondays() -> None:
    fs = extract_figures(["Monday's sale of 1,146 sheep met a sharp trade."], title="x")
    assert [f.subject for f in fs if f.surface == "1,146 sheep"] != ["Monday"]


def test_taka_letters_are_no_owner() -> None:
    fs = extract_figures(
        ["Meghna Apparels said earnings per share stood at Tk 3.12, against Tk 2.23."], title="x"
    )
    assert {f.surface: f.subject for f in fs}["Tk 3.12"] == "Meghna Apparels"


def test_a_budget_that_also_sets_aside_plans_it_and_a_numbered_road_owns_nothing() -> None:
    fs = extract_figures(
        [
            "The budget also sets aside $45 million for repairs to Highway 6 and commits to build "
            "12 schools."
        ],
        title="x",
    )
    got = {f.surface: (f.subject, f.status) for f in fs}
    assert got["$45 million"][1] == "planned"
    assert got["12 schools"][0] != "Highway"


def test_a_newcomer_set_in_a_place_owns_the_figure_not_the_place() -> None:
    fs = extract_figures(
        [
            "An animal sanctuary near Alnwick has been awarded a £250,000 grant to build "
            "new stables, the district council said on Tuesday."
        ],
        title="Sanctuary wins grant",
    )
    assert {f.surface: f.subject for f in fs}["£250,000"] == "animal sanctuary near Alnwick"
    # a measure set in a place stays the place's, and "shares in" a firm are the firm's
    rents = extract_figures(["Average rents in Barcelona fell 4.2% last year."], title="x")
    assert [f.subject for f in rents] == ["Barcelona"]
