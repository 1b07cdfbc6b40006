"""The string scans answer exactly as the per-word patterns they replace, on texts built from
pieces that sit at every edge the patterns test (word characters, hyphens, "_", non-ASCII
letters, commas, brackets)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures.opener_words import introduced, mid_sentence, opener_only
from reader.figures.word_scan import count_whole_word, occurrences, standing_alone

WORDS = ["Tarnwick", "TEUs", "EBay", "Ørsted", "Ⓐbc", "A", "Aa", "İstanbul", "Ǆemal"]
PIECES = st.sampled_from(
    [*WORDS, "tarnwick", "eBay", "aa", " ", ", ", "; ", ". ", "-", "_", "'s", "\u2019s", "é",
     "3", "x", "Z", ", the ", ", a ", ", an ", ", which ", ", whose ", " (", ",the ", "\n"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=14).map("".join)


def _opener_only_by_patterns(word: str, story: str, title: str | None) -> bool:
    """The function as it was written with a pattern per word."""
    from reader.figures.name_words import PLACES

    if " " in word or not word[:1].isupper():
        return False
    if word in PLACES or f"{word}'s" in story or f"{word}\u2019s" in story:
        return False
    if title and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", title):
        return False
    if re.search(rf"{re.escape(word)}(?:, (?:the|a|an|which|whose) | \()", story):
        return False
    either = f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
    return re.search(rf"(?<=[a-z,;] ){either}(?![\w-])", story) is None


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(WORDS), TEXTS, st.one_of(st.none(), TEXTS))
def test_opener_scans_answer_as_the_patterns(word: str, story: str, title: str | None) -> None:
    escaped = re.escape(word)
    alone = re.search(rf"(?<![\w-]){escaped}(?![\w-])", story) is not None
    assert standing_alone(word, story) == alone
    intro = re.search(rf"{escaped}(?:, (?:the|a|an|which|whose) | \()", story) is not None
    assert introduced(word, story) == intro
    either = f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
    mid = re.search(rf"(?<=[a-z,;] ){either}(?![\w-])", story) is not None
    assert mid_sentence(word, story) == mid
    assert opener_only(word, story, title) == _opener_only_by_patterns(word, story, title)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([*WORDS, "a.b", "-x"]), TEXTS)
def test_whole_word_count_is_the_pattern_s_count(word: str, text: str) -> None:
    assert count_whole_word(word, text) == len(re.findall(rf"\b{re.escape(word)}\b", text))


def test_scans_find_what_they_should() -> None:
    assert occurrences("aa", "aaaa") == [0, 1, 2]
    assert standing_alone("Tarnwick", "Shares in Tarnwick fell")
    assert not standing_alone("Tarnwick", "Tarnwick-owned")
    assert not standing_alone("Tarnwick", "Tarnwick_x")
    assert not standing_alone("Tarnwick", "éTarnwick")
    assert standing_alone("Tarnwick", "(Tarnwick)")
    assert count_whole_word("TEUs", "3m TEUs and TEUsx, TEUs.") == 2
    assert introduced("Fjellmat", "Fjellmat, the grocer")
    assert not introduced("Fjellmat", "Fjellmat, then")
    assert mid_sentence("EBay", "shares in eBay fell")
    assert not mid_sentence("Output", "Output grew. Output fell")
    assert not mid_sentence("Output", "its Output_x")
    assert mid_sentence("Output", "its Output.")
    assert opener_only("Output", "Output grew 1.2%. Output fell.", None)
    assert not opener_only("Tarnwick", "Tarnwick grew. Shares in Tarnwick fell.", None)
