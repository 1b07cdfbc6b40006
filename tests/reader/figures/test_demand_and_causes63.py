"""Power a grid's customers drew is its peak demand, not a plant's capacity ("Peak demand reached
2,410 megawatts ..., against 2,585MW last summer"), and a measure in a clause of its own after
the figure ("to US$2.45 per pound, blaming diesel prices") names none of the figure's (blind
round attrib_a123, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence], title="News")}


def test_megawatts_of_demand_are_demand() -> None:
    got = _metrics("Peak demand reached 2,410 megawatts on June 14, against 2,585MW last summer.")
    assert got["2,410 megawatts"] == "peak demand"
    assert got["2,585MW"] == "peak demand"
    assert _metrics("The plant will have 1,200 megawatts of capacity.")["1,200 megawatts"] == (
        "capacity"
    )


def test_a_reason_clause_after_the_figure_names_no_measure_of_it() -> None:
    got = _metrics(
        "The miner raised its cost forecast to between US$2.30 and US$2.45 per pound, blaming "
        "diesel prices and a strike by contractors."
    )
    assert "diesel" not in (got["US$2.30"] or "")
    assert "diesel" not in (got["US$2.45"] or "")
