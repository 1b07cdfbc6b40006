"""Whose dollar (issue 14, session 41, blind round a68): a market report that names its own
currency as itself ("the Australian dollar slipped to 64.85 US cents") does not thereby mark its
sums, so its bare "$" stays the home dollar; a sum written with the dollar's name ("40 million
Australian dollars") still marks it (dollar_marks.MARKED)."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.unit for f in extract_figures(paragraphs)}


_WRAP = [
    "The Australian share market closed at a record high on Tuesday, led by the banks.",
    "The S&P/ASX 200 index rose 0.8 per cent, and about $7.4 billion worth of shares changed "
    "hands.",
    "Shares in Coral Coast Bank rose 2.1 per cent to $38.40.",
    "The Australian dollar slipped to 64.2 US cents.",
]


def test_a_market_report_naming_its_own_dollar_keeps_its_bare_sums_home() -> None:
    found = _units(_WRAP)
    assert found["$7.4 billion"] == "AUD"
    assert found["$38.40"] == "AUD"


def test_a_sum_written_with_a_dollars_name_still_marks_it() -> None:
    text = [
        "Sydney-based Coral Coast Bank said on Tuesday it would buy a Brisbane lender for 40 "
        "million Australian dollars.",
        "Its US arm earned $12 million in the quarter.",
    ]
    assert _units(text)["$12 million"] == "USD"
