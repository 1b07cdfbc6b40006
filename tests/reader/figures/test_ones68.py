"""A count of "ones" counts the noun of the count before it (reader/figures/ones.py). Texts
written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _count(sentences: list[str], surface: str) -> tuple[str | None, str | None]:
    fig = next(f for f in extract_figures(sentences) if f.surface == surface)
    return fig.unit, fig.metric


def test_ones_counts_the_noun_before_it() -> None:
    text = ["The group closed 14 of its 220 bakeries and opened 9 new ones in the period."]
    unit, metric = _count(text, "9 new ones")
    assert unit == "new bakeries"
    assert metric is not None and "ones" not in metric


def test_ones_in_the_next_sentence_counts_the_noun_before_it() -> None:
    text = ["The airline retired 12 jets last year.", "It will lease 4 larger ones in 2027."]
    assert _count(text, "4 larger ones")[0] == "larger jets"


def test_ones_with_no_count_before_stays_as_written() -> None:
    assert _count(["It opened 9 new ones."], "9 new ones")[0] == "new ones"


def test_a_share_of_them_is_a_share_of_the_count_before() -> None:
    text = ["A public consultation drew 2,300 responses, 61% of them in favour."]
    share = next(f for f in extract_figures(text) if f.surface == "61%")
    assert share.metric == "share of responses"
