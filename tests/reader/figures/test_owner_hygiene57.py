"""A numbered part of a law, a text or a road ("Chapter 11", "Section 25", "Km 46") is no name
wherever a name run is read, so the owner written after it stands (session 57; sentences
written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures([sentence], title="News")}


def test_the_owner_after_a_numbered_part_of_a_code_stands() -> None:
    got = _subjects(
        "A notice under Chapter 11 of the code gives Kestrel Mining 90 days to repay $40 million."
    )
    assert got["$40 million"] == "Kestrel Mining"


def test_a_numbered_part_is_never_the_owner() -> None:
    got = _subjects(
        "Under Article 12 of the contract, the council will pay $4.2 million a year to the "
        "operator. Section 8 of the act sets the fine at £20,000 for a first offence."
    )
    assert not any(s and s.split()[0] in ("Article", "Section") for s in got.values())
