"""Properties of the sentence splitter on arbitrary text: nothing lost, nothing invented,
numbers and known abbreviations never cut."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.sentences import split_sentences

PIECES = st.sampled_from(
    [
        "Revenue rose 5%",
        " to $34.81B.",
        " The U.S. market",
        " grew 1.43% in Jan.",
        ' "Quoted," he said.',
        " Mr. Smith left",
        "!",
        "?",
        "\n",
        "\n\n",
        "- bullet item",
        "## Heading",
        " J. K. Rowling wrote",
        "...",
        " 3.5 million users",
        " (about 4.2bn)",
        " ",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_sentences_cover_the_text_exactly(text: str) -> None:
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert squeeze("".join(sentences)) == squeeze(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["$34.81B", "1.43%", "U.S.", "4.2bn", "Inc.", "No. 5"]),
        min_size=1,
        max_size=6,
    )
)
def test_numbers_and_abbreviations_are_never_cut(tokens: list[str]) -> None:
    text = "Analysts said " + " and ".join(tokens) + " mattered most this quarter."
    sentences = split_sentences(text)
    for token in tokens:
        assert any(token in s for s in sentences), (token, sentences)


def _plain_punkt_split(text: str) -> list[str]:
    """The splitter with neither the fast path nor any cache: Punkt asked for every block."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from reader.text import sentences

    params = PunktParameters()
    params.abbrev_types = set(sentences.ABBREVIATIONS)
    tokenizer = PunktSentenceTokenizer(params)
    out: list[str] = []
    for block in sentences._blocks(text.strip()):
        pieces = [s.strip() for s in tokenizer.tokenize(block) if s.strip()]
        for piece in sentences._merge_initials(pieces):
            out.extend(sentences._split_after_final_abbreviations(piece))
    return out


@settings(max_examples=300)
@given(TEXT)
def test_fast_path_and_caches_split_as_punkt_does(text: str) -> None:
    first = split_sentences(text)
    assert first == _plain_punkt_split(text)
    assert split_sentences(text) == first  # a remembered split is the same split
