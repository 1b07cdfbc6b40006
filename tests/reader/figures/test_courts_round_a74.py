"""What blind round attrib_a74 taught (issue 14, session 43: courts, regulators and
insolvencies): a counted phrase runs through a joined modifier's "and"; a verb of containing
or losing right after a number opens a clause and is no noun it counts; crypto-assets held in
their coins are quantities; an age a count is compared with is no figure."""

from __future__ import annotations

from tests.reader.figures.helpers import by_surface as _figs


def test_a_counted_phrase_runs_through_a_joined_modifier() -> None:
    figs = _figs(
        "The regulator fined the insurer after it overcharged 52,100 motor and home insurance"
        " customers at renewal."
    )
    fig = figs["52,100 motor and home insurance customers"]
    assert (fig.kind, fig.unit) == ("count", "motor and home insurance customers")


def test_a_verb_after_a_number_is_no_counted_noun() -> None:
    figs = _figs(
        "Of the accounts exposed, 2.3 million included payment records and 410,000 contained"
        " home addresses."
    )
    assert "410,000" in figs and figs["410,000"].unit is None
    assert not any(
        "contained" in (f.unit or "") or "included" in (f.unit or "") for f in figs.values()
    )


def test_coins_held_are_quantities_of_the_coin() -> None:
    figs = _figs("The liquidators have recovered assets including 2,450 bitcoin and 18,900 ether.")
    assert (figs["2,450 bitcoin"].kind, figs["2,450 bitcoin"].unit) == ("other", "bitcoin")
    assert (figs["18,900 ether"].kind, figs["18,900 ether"].unit) == ("other", "ether")


def test_an_age_a_count_is_compared_with_is_no_figure() -> None:
    figs = _figs("The court heard that 37 of the victims were older than 70 and lived alone.")
    assert "37 of the victims" in figs
    assert not any(f.value == 70 for f in figs.values())
    figs = _figs("Children under the age of 16 travel free on the new routes.")
    assert not any(f.value == 16 for f in figs.values())
