"""The project's stemmers."""

from __future__ import annotations

from reader.story.segment.vectors import content_terms
from reader.text.stem import light_stem, stem


def test_one_stemmer_conflates_forms_for_boundaries_and_summaries() -> None:
    assert stem("Markets") == stem("market") == "market"
    # the segmenter's content words are stemmed by the same function
    assert content_terms("Markets rallied") == [stem("markets"), stem("rallied")]


def test_light_stem_strips_inflections_only() -> None:
    assert light_stem("stopped") == "stop"
    assert light_stem("companies") == "company"
    assert light_stem("business") == "business"
