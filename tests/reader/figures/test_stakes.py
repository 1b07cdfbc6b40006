"""A percentage owned, held or controlled by a holder is a stake (reader/figures/stakes.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.stakes import stake_metrics


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Ferry results")}


def test_a_percentage_owned_by_a_holder_and_the_next_holders_share_are_stakes() -> None:
    got = _metrics(
        [
            "Brenmouth Ferries, which is 70% owned by the harbour board and 30% by a Dutch "
            "pension fund, said revenue rose 6% to £88 million.",
            "Its rival is 45% controlled by the regional government.",
        ]
    )
    assert got["70%"] == got["30%"] == got["45%"] == "stake"
    assert got["6%"] == "revenue"


def test_a_percentage_not_held_by_anyone_is_left_alone() -> None:
    got = _metrics(["Brenmouth Ferries said 70% of its crossings left on time and 30% by noon."])
    assert got["70%"] != "stake"
    assert stake_metrics([]) == []
