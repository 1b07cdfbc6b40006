"""A profit before or after tax says so (reader/figures/taxed.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Results")}


def test_a_profit_before_or_after_tax_keeps_its_basis() -> None:
    got = _metrics(
        [
            "Profit after tax for the half rose to €41 million from €37 million.",
            "Corlan earned $88 million before tax in the year.",
            "Profit before interest and tax fell to £12m.",
        ]
    )
    assert got["€41 million"] == got["€37 million"] == "profit after tax"
    assert got["$88 million"] == "earnings before tax"
    assert got["£12m"] == "profit before interest and tax"


def test_a_named_basis_or_another_measure_is_left_alone() -> None:
    got = _metrics(
        [
            "Pre-tax profit rose to £9m, before tax changes next year.",
            "Revenue rose to £90m before tax rebates.",
        ]
    )
    assert got["£9m"] == "pre-tax profit"
    assert got["£90m"] == "revenue"


def test_a_basis_written_after_the_measure_names_a_change_too() -> None:
    got = _metrics(
        [
            "Underlying profit rose 7% but profit before tax fell 12.1% after branch closures.",
            "Profits after tax climbed 9% to N126.4bn.",
        ]
    )
    assert got["12.1%"] == "profit before tax"
    assert got["9%"] == got["N126.4bn"] == "profit after tax"
