"""A count's "new", "extra" or "additional" is part of what it counts: "612 new members" are
not the club's 9,480 members (session 56; sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence]) if f.kind == "count"}


def test_new_counted_things_are_not_all_of_them() -> None:
    got = _metrics("The rowing club now has 2,140 members, including 305 new members this spring.")
    assert got["2,140 members"] == "members"
    assert got["305 new members"] == "new members"


def test_extra_and_additional_say_which() -> None:
    got = _metrics("The operator will run 24 extra buses and hire 60 additional drivers.")
    assert got["24 extra buses"] == "extra buses"
    assert got["60 additional drivers"] == "additional drivers"


def test_more_and_other_are_still_fillers() -> None:
    got = _metrics("The scheme will train 900 more nurses and 40 other staff.")
    assert "more" not in (got["900 more nurses"] or "")
    assert "other" not in (got["40 other staff"] or "")


def test_a_strong_body_counts_its_members() -> None:
    got = _metrics("The company will cut 720 jobs from its 7,450-strong workforce.")
    assert got["720 jobs"] == "jobs cut"
    assert got["7,450-strong workforce"] == "employees"
    assert _metrics("The 300-strong crew worked through the night.") == {"300-strong crew": "crew"}
