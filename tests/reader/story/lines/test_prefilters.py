"""The line classifier's cheap pre-tests (a character or word a pattern cannot match without)
and merged passes never change what the full patterns find: property tests on messy text
with the characters each shortcut is about (separators, brackets, case-blind look-alikes such
as the long s "ſ", the Kelvin sign and dotted capital I, non-ASCII digits and spaces)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.story.lines.page import _LINK_LABEL, _tab_or_window, clean_text
from reader.story.lines.patterns import (
    CREDIT_INLINE,
    CREDIT_TAIL,
    TERMINAL,
    credit_inline,
    credit_tail,
    ends_terminal,
    is_promo,
)
from reader.story.lines.roles.features import (
    ALPHA_START,
    CAPITAL_START,
    DIGIT,
    MONTH,
    OWN,
    PUNCT,
    SENTENCE_END,
    TITLE_SEPARATOR,
    URLISH,
    _ends_sentence,
    _title_parts,
    own_features,
)
from reader.story.lines.shape import _RELEASE_DATELINE, _release_dateline

PIECES = st.sampled_from(
    [
        "REUTERS/Jane Doe",
        "Reuters",
        " / ",
        "/",
        ":",
        " | ",
        "|",
        "»",
        " – ",
        " - ",
        "—",
        "-",
        "(",
        ")",
        "[",
        "]",
        "Photo:",
        "Photos credit: ",
        "Image",
        "courtesy",
        "Courteſy",
        "COURTESY of",
        ". ",
        "! ",
        "? ",
        "“",
        "‘",
        '"',
        "'",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\u2003",
        "Jane Doe",
        "AFP via Getty Images",
        "opens in a new tab",
        "Opens New Window",
        "new",
        "WİNDOW",
        "ago",
        "Jan 3",
        "march 2024",
        "2024",
        "٣",
        "\u212a",
        "ſ",
        "SAN JOSE, Calif. /Newswire/ -- ",
        "The board met on Tuesday",
        "said",
        "é",
        "x",
    ]
)
MESSY = st.lists(PIECES | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(MESSY)
@example("The crew at dawn. Courteſy of Jane Doe")
@example("The crew at dawn! COURTESY Jane Doe")
@example("The crew at dawn (Photo by Jane Doe)")
def test_credit_shortcuts_find_what_the_patterns_find(text: str) -> None:
    assert credit_tail(text) == (CREDIT_TAIL.search(text) is not None)
    assert credit_inline(text) == (CREDIT_INLINE.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(MESSY)
@example("Follow us, opens in a new WİNDOW")
def test_link_label_needs_a_tab_or_a_window(text: str) -> None:
    if _LINK_LABEL.search(text):
        assert _tab_or_window(text)
    cleaned = clean_text(text)
    assert cleaned == clean_text(text)  # (pure: the same line cleans the same way)


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_release_dateline_shortcut(text: str) -> None:
    found, full = _release_dateline(text), _RELEASE_DATELINE.match(text)
    assert (found and found.span(), found and found.groups()) == (
        full and full.span(),
        full and full.groups(),
    )


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_own_features_merged_passes(text: str) -> None:
    row = own_features(text, "body", 1)
    alpha = len(ALPHA_START.findall(text))
    assert row[OWN.index("title_ratio")] == len(CAPITAL_START.findall(text)) / max(1, alpha)
    assert row[OWN.index("date_like")] == float(MONTH.search(text.lower()) is not None)
    assert row[OWN.index("digit_ratio")] == len(DIGIT.findall(text)) / max(1, len(text))
    assert row[OWN.index("punct_ratio")] == len(PUNCT.findall(text)) / max(1, len(text))
    assert row[OWN.index("ends_sentence")] == float(SENTENCE_END.search(text) is not None)
    assert row[OWN.index("urlish")] == float(URLISH.search(text) is not None)
    assert own_features(text, "body", 1, words=len(text.split())) == row


@settings(max_examples=400, deadline=None)
@given(MESSY | st.text(alphabet=".!?\"'”’)\n a1@:/wocmhtpr", max_size=12))
@example("Done.\n")
@example("Done.)\n\n")
@example("“Done?”’")
def test_sentence_end_shortcut(text: str) -> None:
    assert _ends_sentence(text) == (SENTENCE_END.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(MESSY, min_size=1, max_size=5))
def test_title_parts_shortcut(texts: list[str]) -> None:
    from reader.story.lines.roles.features import _key

    keys = [_key(t) for t in texts]
    parts: set[str] = set()
    for t in texts:
        if TITLE_SEPARATOR.search(t):
            parts.update(_key(x) for x in TITLE_SEPARATOR.split(t))
    expected = [float(bool(parts) and " " in k and k in parts) for k in keys]
    assert _title_parts(texts, keys).tolist() == expected


def test_long_paragraph_is_never_a_promo() -> None:
    words = "Read more about the plan the council approved on Tuesday after months of talks"
    assert not is_promo(" ".join([words] * 3))
    assert is_promo("Read more: Council approves the harbour plan")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [".", "!", "?", "…", ":", ";", '"', "'", "”", "’", ")", "]", "a", " ", "\n"]
        ),
        max_size=8,
    ).map("".join)
    | MESSY
)
@example("He left.\n")
@example("He left.)\n\n")
def test_terminal_read_from_the_end(text: str) -> None:
    assert ends_terminal(text) == (TERMINAL.search(text) is not None)
