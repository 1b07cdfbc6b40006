"""sentence_of: a figure's sentence; by_sentence / places_by_sentence: each sentence's figures
together, in the order given."""

from reader.figures.sentence_groups import by_sentence, places_by_sentence, sentence_of
from reader.model import Figure


def _fig(surface: str, kind: str, index: int) -> Figure:
    return Figure(surface, kind, 1.0, None, sentence_index=index)  # type: ignore[arg-type]


# sentence 2's figures come first, then sentence 0's, then one more of sentence 2
_FIGS = [
    _fig("4%", "percent", 2),
    _fig("£3m", "money", 0),
    _fig("12", "count", 2),
    _fig("£1m", "money", 2),
    _fig("9%", "percent", 0),
]


def test_sentences_in_first_seen_order_figures_in_given_order() -> None:
    groups = by_sentence(_FIGS)
    assert list(groups) == [2, 0]
    assert [f.surface for f in groups[2]] == ["4%", "12", "£1m"]
    assert [f.surface for f in groups[0]] == ["£3m", "9%"]


def test_groups_hold_the_figures_themselves() -> None:
    assert by_sentence(_FIGS)[0][0] is _FIGS[1]


def test_any_iterable_and_nothing() -> None:
    assert by_sentence(f for f in _FIGS if f.kind == "money") == {0: [_FIGS[1]], 2: [_FIGS[3]]}
    assert by_sentence([]) == {}


def test_places_count_every_figure() -> None:
    assert places_by_sentence(_FIGS) == {2: [0, 2, 3], 0: [1, 4]}


def test_places_of_some_kinds_keep_their_place_among_all() -> None:
    assert places_by_sentence(_FIGS, kinds=("percent",)) == {2: [0], 0: [4]}
    assert places_by_sentence(_FIGS, kinds=("money", "count")) == {0: [1], 2: [2, 3]}
    assert places_by_sentence(_FIGS, kinds=()) == {}


def test_a_figures_sentence_and_none_out_of_range() -> None:
    sentences = ["Acme made £3m.", "It sold 12 mills.", "Shares rose 4%."]
    assert sentence_of(_fig("4%", "percent", 2), sentences) == "Shares rose 4%."
    assert sentence_of(_fig("£3m", "money", 0), sentences) == "Acme made £3m."
    # unknown (-1) or past the split: no sentence, never the last one by negative indexing
    assert sentence_of(_fig("£3m", "money", -1), sentences) == ""
    assert sentence_of(_fig("£3m", "money", 3), sentences) == ""
    assert sentence_of(_fig("£3m", "money", 0), []) == ""
