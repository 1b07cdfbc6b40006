"""Two callouts a user's paste got wrong (session 72).

- A move written with its average between "by" and the amount ("will raise fares by an average
  of 7.5% from February", "prices have been cut by an average of £40") is a change, shown
  signed, as "by 7.5%" is.
- A lede that describes a firm, then a sentence opening on a body that ruled on it ("A Napier
  bakery chain has been fined $58,000 ...", "The Employment Relations Authority said Crust &
  Crumb owed ..."): the fine is the chain's, not the authority's; the body speaking is no firm
  the lede described.
"""

from __future__ import annotations

from reader.figures import extract_figures


def _by_surface(paras: list[str]) -> dict[str, object]:
    return {f.surface: f for f in extract_figures(paras, title=None)}


def test_a_move_by_an_average_is_a_change() -> None:
    figs = _by_surface(
        [
            "The regional council will raise bus fares by an average of 7.5% from March.",
            "Its laptops' prices have been cut by an average of £40.",
            "The board lifted rents by an average 3% last year.",
        ]
    )
    for surface, direction in (("7.5%", "up"), ("£40", "down"), ("3%", "up")):
        change = getattr(figs[surface], "change", None)
        assert change is not None and change.direction == direction, surface


def test_an_amount_after_an_average_with_no_move_is_no_change() -> None:
    figs = _by_surface(["Households spend an average of £40 a week on energy."])
    assert getattr(figs["£40"], "change", None) is None


def test_a_fine_is_the_described_firms_not_the_body_that_ruled() -> None:
    figs = _by_surface(
        [
            "A Napier bakery chain has been fined $58,000 for underpaying 41 workers. The "
            "Employment Relations Authority said Crust & Crumb owed staff a total of $187,000 "
            "in holiday pay over five years."
        ]
    )
    assert figs["$58,000"].subject == "Napier bakery chain"  # type: ignore[attr-defined]
    assert figs["$187,000"].subject == "Crust & Crumb"  # type: ignore[attr-defined]


def test_the_firm_named_next_is_still_the_described_firm() -> None:
    figs = _by_surface(
        [
            "A Dartmouth seafood processor says it will hire 120 people this spring. Atlantic "
            "Tidewater Seafoods said its sales rose 12% to $84 million last year."
        ]
    )
    assert figs["120 people"].subject == "Atlantic Tidewater Seafoods"  # type: ignore[attr-defined]


def test_a_bare_count_after_its_own_plural_noun_is_not_the_count_before() -> None:
    figs = _by_surface(
        [
            "Virgin Australia will add nine routes to Bali next winter, taking its weekly "
            "Indonesian seats to 21,000.",
            "The airline added 14 transatlantic routes, taking its North American seats to "
            "2.4 million.",
        ]
    )
    for surface in ("21,000", "2.4 million"):
        metric = figs[surface].metric  # type: ignore[attr-defined]
        assert metric is None or "routes" not in metric, (surface, metric)
    # (a running total of the same things still is theirs)
    figs = _by_surface(["It sold 1.1 million vehicles, down from 1.3 million."])
    assert figs["1.3 million"].metric == figs["1.1 million vehicles"].metric  # type: ignore[attr-defined]


def test_the_vatus_letters_are_money_where_vanuatu_is_named() -> None:
    figs = _by_surface(
        [
            "Vanuatu: Copra prices fell 9% to VT 48,000 a tonne.",
            "In Port Vila, the council approved a budget of VT1.2 billion.",
        ]
    )
    assert getattr(figs["VT 48,000"], "unit", None) == "VUV"
    assert getattr(figs["VT1.2 billion"], "unit", None) == "VUV"
    other = _by_surface(["Burlington, VT 05401 is home to 45,000 people."])
    assert all(getattr(f, "unit", None) != "VUV" for f in other.values())


def test_the_paangas_dollar_sign() -> None:
    figs = _by_surface(["In Nuku'alofa, Tonga's budget rose to T$540 million."])
    assert getattr(figs["T$540 million"], "unit", None) == "TOP"
    assert getattr(_by_surface(["It paid TT$4 million."])["TT$4 million"], "unit", None) == "TTD"


def test_a_name_before_and_is_no_conjunct_of_a_measure() -> None:
    figs = _by_surface(
        [
            "The company employs 410 people in Galway and reported revenue of €126 million.",
            "Cash and equivalents stood at $156 million.",
        ]
    )
    assert "galway" not in (figs["€126 million"].metric or "").lower()  # type: ignore[attr-defined]
    assert figs["$156 million"].metric == "cash and equivalents"  # type: ignore[attr-defined]
