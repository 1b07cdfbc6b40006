"""What analysts expected is expected however long the verb ("Analysts had been looking for
$5.94 a share"), and so is each figure listed under it ("... and $5.07 billion in sales")
(blind set attrib_a113, session 56; sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _statuses(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in extract_figures([sentence], title="Acme results")}


def test_had_been_looking_for() -> None:
    got = _statuses("Acme earned $1.87 a share. Analysts had been looking for $1.71 a share.")
    assert got["$1.71"] == "expected"
    assert got["$1.87"] != "expected"


def test_a_list_under_an_expectation_shares_it() -> None:
    got = _statuses("Analysts had expected $1.71 a share and $5.07 billion in sales.")
    assert got["$1.71"] == "expected"
    assert got["$5.07 billion"] == "expected"


def test_a_verb_of_its_own_keeps_its_own_status() -> None:
    got = _statuses("Analysts had expected $1.71 a share, and sales rose to $5.2 billion.")
    assert got["$5.2 billion"] != "expected"
