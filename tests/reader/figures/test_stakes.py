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


def test_a_holders_bare_percentage_in_a_sentence_naming_the_owners_is_a_stake() -> None:
    got = _metrics(
        [
            "The rest of the money will come from the ferry firm's owners: Kellan Capital, "
            "which holds 65%, and the harbour board, with 35%.",
            "The fund holds 12%, and passengers rose 4%.",
        ]
    )
    assert got["65%"] == got["35%"] == "stake"
    assert got["12%"] != "stake"  # no owners named: a bare "holds 12%" is not read as one
