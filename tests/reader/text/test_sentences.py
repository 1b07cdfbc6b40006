"""Sentence splitter: abbreviations, decimals, quotes, initials, headings and bullets."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.sentences import WORD_PATTERN, SumyTokenizer, split_sentences, word_tokens
from reader.text.stem import light_stem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. economy grew 2.5% last year. Mr. Lee of Acme Corp. disagreed.",
            ["The U.S. economy grew 2.5% last year.", "Mr. Lee of Acme Corp. disagreed."],
        ),
        (
            "Revenue hit $12.07B, up 3.4% on the year. Margins held.",
            ["Revenue hit $12.07B, up 3.4% on the year.", "Margins held."],
        ),
        (
            '"Demand is strong," Dr. Park said. "We expect more." Shares rose.',
            ['"Demand is strong," Dr. Park said.', '"We expect more."', "Shares rose."],
        ),
        (
            "Analysts at A.B. Holdings and John Q. Public agreed. Nobody else did.",
            ["Analysts at A.B. Holdings and John Q. Public agreed.", "Nobody else did."],
        ),
        (
            "Trading closed at 4 p.m. The index fell.",
            ["Trading closed at 4 p.m.", "The index fell."],
        ),
        ("The talks start on Jan. 9 in St. Louis.", ["The talks start on Jan. 9 in St. Louis."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_heading_line_never_glues_to_next_sentence() -> None:
    text = "Quarterly results\nSales rose sharply in the spring. Costs fell."
    assert split_sentences(text) == [
        "Quarterly results",
        "Sales rose sharply in the spring.",
        "Costs fell.",
    ]


def test_bullets_are_their_own_sentences() -> None:
    text = "Highlights:\n- Revenue up 5%\n• Profit down 2%\nThe board met on Friday."
    assert split_sentences(text) == [
        "Highlights:",
        "- Revenue up 5%",
        "• Profit down 2%",
        "The board met on Friday.",
    ]


def test_hard_wrapped_lines_are_rejoined() -> None:
    text = (
        "The regulator said on Monday that the merger between the two\n"
        "largest lenders would be reviewed by a panel of\n"
        "experts. A decision is due in May."
    )
    assert split_sentences(text) == [
        "The regulator said on Monday that the merger between the two largest lenders would be "
        "reviewed by a panel of experts.",
        "A decision is due in May.",
    ]


def test_empty_and_unpunctuated() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
    assert split_sentences("no punctuation here at all") == ["no punctuation here at all"]


def test_word_tokens_keep_words_and_numbers() -> None:
    assert word_tokens("Alibaba's revenue rose 5.2% to $34.81B, a year-on-year gain.") == [
        "Alibaba's",
        "revenue",
        "rose",
        "5.2",
        "to",
        "34.81",
        "B",
        "a",
        "year-on-year",
        "gain",
    ]


def test_sumy_tokenizer_interface() -> None:
    tok = SumyTokenizer()
    assert tok.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tok.to_words("Two there.") == ("Two", "there")


def test_light_stem_merges_inflections() -> None:
    assert light_stem("companies") == light_stem("company")
    assert light_stem("stopped") == light_stem("stopping") == light_stem("stop")
    assert light_stem("rates") == light_stem("rate")
    assert light_stem("business") == "business"


WORDY = st.lists(
    st.one_of(
        st.sampled_from(["Sales", " ", "rose", "5.2%", "don't", "co-op", "\u2019", "\u00a0", "\n"]),
        st.text(max_size=5),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(WORDY)
def test_word_tokens_are_the_word_patterns_matches(sentence: str) -> None:
    assert word_tokens(sentence) == WORD_PATTERN.findall(sentence)


def test_no_white_space_character_is_part_of_a_word() -> None:
    """What lets word_tokens split on white space first: the pattern never matches one."""
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isspace():
            assert WORD_PATTERN.search(c) is None, hex(code)
            assert WORD_PATTERN.findall(f"a{c}b 1{c}2") == ["a", "b", "1", "2"], hex(code)
