"""Content terms: stop words dropped, stems conflated, optionally cut short."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_remembered_terms_are_a_fresh_copy_and_match_the_word_by_word_terms() -> None:
    from reader.story.segment.vectors import _term, content_term_set

    text = "Markets rallied as the markets' regulator's rules eased; Reuters said"
    first = content_terms(text, 5)
    first.append("mutated")  # a caller's list is its own: the remembered terms stay intact
    again = content_terms(text, 5)
    assert "mutated" not in again
    import re

    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text.lower())
    assert again == [t for t in (_term(w, 5) for w in words) if t]
    assert content_term_set(text) == frozenset(content_terms(text))


def test_joined_texts_have_the_union_of_their_terms() -> None:
    # cues.heading_leads relies on it: the terms of paragraphs joined by a space
    from reader.story.segment.vectors import content_term_set

    paras = ["Shares in Kessock fell.", "ΟΔΟΣ road’s end", "it's the ferry's rise"]
    joined = content_term_set(" ".join(paras))
    assert joined == frozenset().union(*(content_term_set(p) for p in paras))


def test_term_memory_is_bounded() -> None:
    from reader.story.segment import vectors

    vectors._text_terms.cache_clear()
    for i in range(vectors._TEXTS + 50):
        content_terms(f"paragraph number {i} about word{i}", 5)
    info = vectors._text_terms.cache_info()
    assert info.currsize <= vectors._TEXTS
    assert all(len(table) <= vectors._WORDS + 1 for table in vectors._word_terms.values())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Markets", "market's", "rock’n’roll", "naïve", "\u212aelvin", "x2y", "_a"])
        | st.text(max_size=4),
        max_size=12,
    ).map(" ".join)
)
def test_ascii_words_are_the_unicode_pattern_s_words(text: str) -> None:
    from reader.story.segment.vectors import _ASCII_WORD, _WORD, _term

    low = text.lower()
    if low.isascii():
        assert _ASCII_WORD.findall(low) == _WORD.findall(low)
    expected = [t for w in _WORD.findall(low) if (t := _term(w, 5))]
    assert content_terms(text, 5) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeéßİ'’ -.,1\n", max_size=80), st.sampled_from([1, 2, 5, 8]))
def test_cut_terms_are_each_word_s_term_cut(text: str, cut: int) -> None:
    """Cut terms are read from the whole terms (one reading of a text serves both): the
    same as each word's own cut term."""
    import re

    from reader.story.segment.vectors import _term

    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text.lower())
    assert content_terms(text, cut) == [t for t in (_term(w, cut) for w in words) if t]
