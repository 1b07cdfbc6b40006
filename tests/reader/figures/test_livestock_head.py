"""Livestock counted in "head" (reader/figures/counted.py): the word is its own plural there,
and only there; "head teachers" still runs on to its plural."""

from __future__ import annotations

from reader.figures import parse_sentence


def _counts(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.surface, f.value, f.unit) for f in parse_sentence(sentence) if f.kind == "count"]


def test_head_of_livestock_is_a_count() -> None:
    assert _counts("Store heifers (312 head) met a steady trade.") == [("312 head", 312.0, "head")]
    assert _counts("The ranch sold 1,450 head of cattle last month.") == [
        ("1,450 head", 1450.0, "head")
    ]


def test_head_before_a_plural_is_a_modifier() -> None:
    assert _counts("The trust hired 7 head gardeners.") == [
        ("7 head gardeners", 7.0, "head gardeners")
    ]


def test_a_price_per_head_is_no_count() -> None:
    assert _counts("Lambs averaged £118 per head.") == []
