"""A range written in South Asia's scales scales both ends ("₹2,000-3,000 crore": 20 and 30
billion rupees, not 2,000 and 3,000; blind round a61, session 39)."""

from __future__ import annotations

from reader.figures import extract_figures


def _found(text: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.surface, f.kind, f.value, f.unit) for f in extract_figures([text])]


def test_a_range_in_crore_or_lakh_scales_both_ends() -> None:
    found = _found("Airlines will need to raise ₹2,000-3,000 crore this year.")
    assert [(s, v, u) for s, _, v, u in found] == [
        ("₹2,000", 2e10, "INR"),
        ("3,000 crore", 3e10, "INR"),
    ]
