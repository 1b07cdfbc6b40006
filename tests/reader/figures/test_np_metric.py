"""A figure the vocabulary names no measure for takes its clause's noun phrase
(``reader.figures.np_metric``)."""

import pytest

from reader.figures import extract_figures
from reader.figures.np_metric import phrase_metric


def _metric(sentence: str, surface: str) -> str | None:
    return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Docking charges rose by an average of 6% from March 1.", "6%", "docking charges"),
        ("Mooring fees were raised to Dh40,000 from Dh32,000.", "Dh40,000", "mooring fees"),
        ("The board approved a renewal plan of £96 million over four years.", "£96 million",
         "renewal plan"),
        ("The number of its registered riders rose 18% to 40,200 last year.", "18%",
         "registered riders"),
    ],
)  # fmt: skip
def test_the_noun_phrase_a_figure_is_tied_to(sentence: str, surface: str, want: str) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Use of sick pay across the department rose 17% in the year.", "17%"),  # a place's
        ("They stood at 312p a year ago.", "312p"),  # a pronoun, not "hey"
        ("The town had grown by about 9,000 people since 2030.", "9,000 people"),  # a count's
    ],
)
def test_no_measure_where_the_phrase_names_none(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) is None


def test_a_participles_object_is_no_measure() -> None:
    sentence = "Lock-outs ended in May, leaving storage fees raised to £300."
    assert phrase_metric(sentence, sentence.index("£300")) is None
    sentence = "Lock-outs ended in May, and storage fees were raised to £300."
    assert phrase_metric(sentence, sentence.index("£300")) == "storage fees"


def test_a_story_name_opening_the_sentence_is_no_measure() -> None:
    sentence = "Orchard sales rose 4% to £8m."
    assert phrase_metric(sentence, sentence.index("4%"), frozenset(["Orchard"])) is None
    assert phrase_metric(sentence, sentence.index("4%")) == "orchard sales"
