"""A result reported on a basis says it in its metric: "earned $1.87 a share on an adjusted
basis" is adjusted earnings per share, and its base is too (``qualify``; blind set attrib_a113,
session 56; sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence], title="Acme results")}


def test_an_adjusted_basis() -> None:
    got = _metrics(
        "Acme earned $2.04 a share on an adjusted basis in the quarter, up from $1.66 a year earlier."
    )
    assert got["$2.04"] == "adjusted earnings per share"
    assert got["$1.66"] == "adjusted earnings per share"


def test_like_for_like_and_constant_currency() -> None:
    assert _metrics("On a like-for-like basis, sales rose 3.2%.") == {"3.2%": "like-for-like sales"}
    assert _metrics("Revenue rose 6% on a constant-currency basis.") == {
        "6%": "constant-currency revenue"
    }


def test_no_basis_no_qualifier() -> None:
    assert _metrics("Revenue rose 6% in the quarter.") == {"6%": "revenue"}
