"""surface_at: where a figure's words stand in its sentence (or in a text given)."""

from reader.figures.surface import surface_at
from reader.model import Figure


def _fig(surface: str, sentence: str) -> Figure:
    return Figure(surface, "money", 3.0, "GBP", sentence=sentence)


def test_finds_the_surface_in_its_own_sentence() -> None:
    f = _fig("£3m", "Orchard Mills lost £3m last spring.")
    assert surface_at(f) == 19


def test_not_there_is_minus_one() -> None:
    assert surface_at(_fig("£7m", "Orchard Mills lost £3m last spring.")) == -1


def test_an_empty_surface_is_never_found() -> None:
    # str.find("") would say 0: the start of the sentence
    assert surface_at(_fig("", "Orchard Mills lost £3m.")) == -1
    assert surface_at(_fig("", "Orchard Mills lost £3m."), "any text") == -1


def test_in_another_text_and_from_a_start() -> None:
    f = _fig("£3m", "irrelevant")
    text = "It paid £3m, then another £3m."
    assert surface_at(f, text) == 8
    assert surface_at(f, text, 9) == 26
    assert surface_at(f, "") == -1
