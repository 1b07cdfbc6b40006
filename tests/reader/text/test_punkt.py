"""The project's Punkt decides every break as nltk's Punkt does with the same parameters."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.punkt import Punkt
from reader.text.sentences import ABBREVIATIONS

nltk = pytest.importorskip("nltk")
# nltk 3.10 added curly quotes and guillemets to Punkt's punctuation: what reader.text.punkt holds
NLTK_310 = tuple(int(p) for p in nltk.__version__.split(".")[:2]) >= (3, 10)

PIECES = st.sampled_from(
    [
        "Revenue rose 5.",
        " The U.S. market",
        " said. The",
        ' said. "We',
        " said. we,",
        ' 5. "A',
        ' J. "A',
        " J. b,",
        "x.)",
        "5.'",
        " J. K. Rowling",
        " J.P. Morgan",
        " Mr. Smith",
        " e.g. this",
        " Inc. and",
        " 3. item",
        " 12. The",
        " No. 5",
        " p.m. Then",
        "...",
        " . . . ",
        "--",
        '."',
        ".)",
        "?!",
        "!",
        "?",
        ". (",
        ".\u201d ",
        ".\u2019",
        "\u00bb.",
        "\n",
        "\n\n",
        " \t",
        "\xa0",
        " a.",
        " B.",
        " ##number##. x",
        " co-op. Then",
        " ex-gov. Smith",
        " well-known ltd. ok",
        ", ",
        ";",
        ":",
        " \u0130stanbul.",
        " \u01c5x. \u01c5y",
        " 2\u00b2. \u00b3",
        " 5\u0301. a",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=25).map("".join)


def _nltk_punkt() -> object:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@pytest.mark.skipif(not NLTK_310, reason="mirrors nltk 3.10's Punkt")
@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_sentences_are_nltk_punkts(text: str) -> None:
    reference = _nltk_punkt()
    assert Punkt(ABBREVIATIONS).tokenize(text) == reference.tokenize(text)  # type: ignore[attr-defined]


@pytest.mark.skipif(not NLTK_310, reason="mirrors nltk 3.10's Punkt")
def test_known_contexts() -> None:
    reference = _nltk_punkt()
    punkt = Punkt(ABBREVIATIONS)
    for text in [
        "He said. The end.",
        "Trading closed at 4 p.m. The index fell.",
        "It costs 5. The rest is free.",
        "Ask J. Smith. Then leave.",
        "Wait... what? Yes! (Really.) Done.",
        '"We expect more." Shares rose.',
        "Ends with an initial A. b follows.",
        "The ex-gov. Smith spoke.",
        "",
        "   ",
    ]:
        assert punkt.tokenize(text) == reference.tokenize(text)  # type: ignore[attr-defined]


def test_a_repeated_context_is_decided_once() -> None:
    punkt = Punkt(ABBREVIATIONS)
    text = "Sales rose. The end came. Sales rose. The end came. Sales rose. The end came."
    assert punkt.tokenize(text) == ["Sales rose.", "The end came."] * 3
    info = punkt.breaks.cache_info()
    assert info.misses == 2  # "rose. The" and "came. Sales"
    assert info.hits == 3


def _same_order(pattern: str) -> str:
    """nltk puts "?" and "!" into one character class in the order of a set (which varies
    with the hash seed); the class matches the same either way."""
    return pattern.replace("!\\?]", "\\?!]")


def test_the_expressions_are_nltks_own() -> None:
    """reader.text.punkt's copies of Punkt's expressions are nltk's, pattern and flags."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    from reader.text import punkt

    language = PunktLanguageVars()
    pairs = [
        (punkt.PERIOD_CONTEXT, language.period_context_re()),
        (punkt._WORDS, language._word_tokenizer_re()),
        (punkt._REALIGN, language.re_boundary_realignment),
        (punkt._ELLIPSIS, PunktToken._RE_ELLIPSIS),
        (punkt._NUMERIC, PunktToken._RE_NUMERIC),
        (punkt._INITIAL, PunktToken._RE_INITIAL),
    ]
    for ours, timed in pairs:
        theirs = getattr(timed, "_rx", timed)  # nltk.redos.TimedPattern wraps the pattern
        assert type(ours) is type(theirs)  # the same engine (``regex``)
        assert (ours.pattern, ours.flags) == (_same_order(theirs.pattern), theirs.flags)


@pytest.mark.skipif(not NLTK_310, reason="mirrors nltk 3.10's Punkt")
def test_sentences_of_real_text_are_nltk_punkts() -> None:
    """Every line of the bundled seeds, and all of each seed at once, split as nltk's."""
    from reader.settings.resources import seeds_dir

    reference = _nltk_punkt()
    punkt = Punkt(ABBREVIATIONS)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    pieces = texts + [line for text in texts for line in text.splitlines() if line.strip()]
    assert len(pieces) > 100
    splits = 0
    for text in pieces:
        ours = punkt.tokenize(text)
        assert ours == reference.tokenize(text)  # type: ignore[attr-defined]
        splits += len(ours) > 1
    assert splits > 20  # real sentence breaks were decided, not only one-sentence paragraphs


def test_the_splitter_imports_no_nltk() -> None:
    code = (
        "import sys; from reader.text.sentences import split_sentences; "
        "split_sentences('He said. The end came at 5 p.m. Then Mr. Smith left.'); "
        "assert 'reader.text.punkt' in sys.modules and 'nltk' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_importing_the_splitter_compiles_nothing_yet() -> None:
    """Punkt's expressions (the regex engine) load on the first split, not on import."""
    code = (
        "import sys; import reader.text.sentences; "
        "assert not {'reader.text.punkt', 'regex', 'nltk'} & set(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
