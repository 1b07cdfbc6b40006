"""A model's number joined to its variant's after the maker's or the type's name is no figure
("two ATR 72-600 turboprops", "Boeing 737-800 jets", "Dash 8-400 planes"); nor is a model's
number after a count written in words ("two Boeing 737 jets"). A range with a share or a
scale after it stays ("Acme rose 3-4%"; a user's paste, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def _surfaces(sentence: str) -> set[str]:
    return {f.surface for f in extract_figures([sentence], title="News")}


def _numbers(sentence: str) -> set[str]:
    return {s.split()[0] for s in _surfaces(sentence)}


def test_a_model_and_its_variant_are_no_figures() -> None:
    assert _numbers("The carrier will add two ATR 72-600 turboprops next year.") == set()
    assert _numbers("It ordered 12 Boeing 737-800 jets in March.") == {"12"}
    assert not {"8", "400"} & _numbers("It will lease three Dash 8-400 planes.")


def test_a_model_number_after_a_count_in_words_is_a_name() -> None:
    assert _numbers("The airline will add two new Boeing 737 jets next year.") == set()


def test_a_range_with_a_share_or_a_scale_stays_a_figure() -> None:
    assert "4%" in _surfaces("Revenue at Acme rose 3-4% in May.")
    assert _numbers("Sales at Acme rose to 120-130 stores.") & {"120", "130", "120-130"}
