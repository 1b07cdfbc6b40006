"""A headline's capitalised first word that is an English word in lower case ("Tram",
"Hospital", "Insurers") is no name by that alone; a word the list does not hold ("Kaleva")
may be one, as before."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from reader.eval.build_common_words import common_words as words_of
from reader.eval.build_common_words import main as build
from reader.figures import extract_figures
from reader.figures.common_words import common_words, is_common_word

FERRY = [
    "Ferry fares to the western isles will rise by 6% from April, the island council said on "
    "Monday.",
    "A return crossing for a car and two adults will cost £84.20, up from £79.40.",
]


def test_the_shipped_list_holds_common_words_and_not_names() -> None:
    assert len(common_words()) > 50_000
    assert all(is_common_word(w) for w in ("tram", "Hospital", "insurers", "ferry"))
    assert not any(is_common_word(w) for w in ("Kaleva", "Harrowgate", "Tesco"))


def test_a_headlines_common_first_word_owns_no_figure() -> None:
    figures = extract_figures(FERRY, title="Ferry fares to the western isles to rise by 6%")
    assert figures and all("Ferry" not in (f.subject or "") for f in figures)


def test_a_headlines_first_word_the_list_lacks_may_still_be_the_owner() -> None:
    paragraphs = [
        "Kaleva said on Monday its investment return was 7.8% last year, up from 5.1%.",
        "The return was the best since 2021, the insurer said.",
    ]
    figures = extract_figures(paragraphs, title="Kaleva posts best return since 2021")
    assert [f.subject for f in figures if f.surface == "7.8%"] == ["Kaleva"]


def test_the_build_is_reproducible_and_keeps_only_lower_case_words(tmp_path: Path) -> None:
    source = tmp_path / "words"
    source.write_text("tram\nTram\nBrexit\nthe\nyou're\nhospital\ntram\n", encoding="utf-8")
    assert words_of(source.read_text()) == ["hospital", "the", "tram"]
    a, b = tmp_path / "a.gz", tmp_path / "b.gz"
    assert build([str(source), "--out", str(a)]) == 0
    assert build([str(source), "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert gzip.decompress(a.read_bytes()).decode().split() == ["hospital", "the", "tram"]


def test_an_unreadable_word_list_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build([str(tmp_path / "missing"), "--out", str(tmp_path / "x.gz")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read") and err.count("\n") == 1
