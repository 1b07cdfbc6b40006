"""Content terms: stop words dropped, stems conflated, optionally cut short."""

from __future__ import annotations

from reader.story.segment.vectors import content_terms, term_ids


def test_stop_words_dropped_and_stems_shared() -> None:
    terms = content_terms("The markets said the market was open")
    assert "the" not in terms and terms.count(terms[0]) == 2


def test_cut_stems_join_word_families() -> None:
    whole = content_terms("economy economist", None)
    cut = content_terms("economy economist", 5)
    assert len(set(whole)) == 2 and len(set(cut)) == 1
    docs, vocab = term_ids(["economy rules", "economist"], 5)
    assert vocab == 2 and docs[0][0] == docs[1][0]
