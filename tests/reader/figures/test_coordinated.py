"""A measure named by two nouns joined with "and" is measured whole."""

from __future__ import annotations

import pytest

from reader.figures import coordinated, extract_figures
from reader.figures.coordinated import _whole


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


def test_the_whole_coordination_is_the_measure() -> None:
    assert _metrics("Cash and equivalents of $156 million at quarter end")["$156 million"] == (
        "cash and equivalents"
    )
    got = _metrics("Sales and marketing costs rose 12% to $80 million.")
    assert got["$80 million"] == got["12%"] == "sales and marketing costs"
    got = _metrics("Research and development spending of $40 million rose 8%.")
    assert got["$40 million"] == "research and development spending"


def test_clauses_joined_by_and_are_not_one_measure() -> None:
    got = _metrics("Sales rose 5% and profit fell 3% to £20m.")
    assert got["5%"] == "sales" and got["£20m"] == "profit"


def test_an_ampersand_joins_the_measure_too() -> None:
    assert _whole("equivalents", "Cash & equivalents of $156 million") == "cash and equivalents"
    assert _whole("sales", "Sales & marketing costs rose 12%.") == "sales and marketing costs"


class _NoSearch:
    """Stands in for ``re`` where no search may run."""

    def finditer(self, *args: object) -> None:
        raise AssertionError("searched a sentence that cannot hold the coordination")


def test_a_metric_never_written_beside_and_is_not_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the searches compile a pattern for each metric: a sentence where "and"/"&" is not
    # written right before or after the metric cannot match, so none is made
    monkeypatch.setattr(coordinated, "re", _NoSearch())
    assert _whole("profit", "Profit fell 3% to £20m and sales rose.") is None
    assert _whole("revenue", "Revenue rose 4% and costs fell.") is None
