"""A line of labelled fields set apart by bars, as a broker's note heads its page
(labelled.py, proper_nouns.py, name_words.py)."""

from __future__ import annotations

from reader.figures import extract_figures

_HEADER = (
    "Rating: Hold (from Buy) | Target price: EUR 18.40 (previous EUR 21.10) | Last close: EUR 17.65"
)


def test_each_field_names_the_measure_of_its_own_figures() -> None:
    got = {f.surface: (f.metric, f.status) for f in extract_figures([_HEADER])}
    assert got["EUR 18.40"] == ("target price", "expected")  # an analyst's, ahead
    assert got["EUR 21.10"] == ("target price", "base")  # "(previous ...)": the old target
    assert got["EUR 17.65"][0] == "last close"  # not the target price of the field before
    assert got["EUR 17.65"][1] is None


def test_a_rating_or_a_fields_label_is_no_owner() -> None:
    sentences = [
        "Rating: BUY (maintained) | Target price: W41,000 (previous W36,000) | Last close: W31,850",
        "Sorae Games said revenue rose 4% to W37.5 billion in the quarter.",
    ]
    owners = {f.subject for f in extract_figures(sentences, title="Sorae Games: buy")}
    assert not owners & {"BUY", "Target", "Last"}
    assert "Sorae Games" in owners
