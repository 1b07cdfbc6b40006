"""A figure its sentence gives no owner takes the owner the story is about when the figure
before it is that owner's (reader/figures/inherit.py, ``story_owner_fill``)."""

from __future__ import annotations

from reader.figures.inherit import story_owner_fill
from reader.model import Figure


def _fig(surface: str, subject: str | None, index: int) -> Figure:
    return Figure(surface, "percent", 1.0, "%", subject=subject, sentence_index=index)


def test_an_ownerless_figure_after_the_storys_owner_takes_it() -> None:
    figs = [_fig("90%", "Eastern Cape", 0), _fig("87.3%", None, 1), _fig("3.2 points", "Eastern Cape", 2)]  # fmt: skip
    got = story_owner_fill(figs, frozenset(), "Eastern Cape's pass rate rose.")
    assert [f.subject for f in got] == ["Eastern Cape"] * 3


def test_no_owner_after_another_owner_for_a_person_or_a_lower_case_group() -> None:
    figs = [_fig("1", "Norway", 0), _fig("2", "Norway", 1), _fig("3", "Farmers", 2), _fig("4", None, 3)]  # fmt: skip
    assert story_owner_fill(figs, frozenset(), "")[3].subject is None  # after the farmers' figure
    person = [_fig("£14.2bn", "Ms Raman", 0), _fig("12", None, 1)]
    assert story_owner_fill(person, frozenset(), "")[1].subject is None
    group = [_fig("£2.3m", "Cyclists", 0), _fig("900", None, 1)]
    assert story_owner_fill(group, frozenset(), "The fastest cyclist won.")[1].subject is None
