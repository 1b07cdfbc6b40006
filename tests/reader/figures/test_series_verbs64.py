"""A firm named before "would" and its act is a plan ("He said Corella would cut 300 roles");
the next verb of a series under one modal shares its plan ("would pay a £6.8m penalty,
return £4.3m to customers and put a further £1.5m into the scheme"), and a series' verb is no
owner of its sum (development rounds, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures

SENTENCE = (
    "The regulator said the Leeds-based supplier would pay a £6.8m penalty, return £4.3m to "
    "affected customers and put a further £1.5m into a redress fund."
)


def test_a_series_verb_under_would_is_planned() -> None:
    figures = {f.surface: f for f in extract_figures([SENTENCE], title="News")}
    assert figures["£4.3m"].status == "planned"
    assert figures["£4.3m"].subject != "return"


def test_a_past_verb_after_a_comma_carries_nothing() -> None:
    figures = {
        f.surface: f
        for f in extract_figures(["The firm will hire 200 staff, and sales rose 4%."], title="News")
    }
    assert figures["4%"].status is None


def test_a_firm_named_before_would_and_its_act_is_a_plan() -> None:
    figures = {
        f.surface: f
        for f in extract_figures(["He said Corella would cut 300 roles next year."], title="News")
    }
    assert figures["300 roles"].status == "planned"
