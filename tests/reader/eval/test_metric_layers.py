"""Which layer gave a figure's metric: the rules, the learned model, or none."""

from __future__ import annotations

from reader.eval.metric_layers import layers, rules_only
from reader.eval.metric_misses import Row


def _row(surface: str, found: str, right: bool) -> Row:
    return Row("r", "a.txt", surface, "fares", found, right, "Fares rose 4% to £12.")


def test_layers_count_each_figure_by_the_layer_that_named_it() -> None:
    full = [
        _row("4%", "fares", True),  # the rules named it, right
        _row("£12", "price", False),  # the model named it (the rules left it open), wrong
        _row("£9", "", False),  # nothing named it
        _row("£8", "ticket", False),  # the rules named it, wrong
    ]
    rules = [_row("4%", "fares", True), _row("£12", "", False), _row("£9", "", False),
             _row("£8", "ticket", False)]  # fmt: skip
    assert layers(full, rules) == (4, 1, 1, 0, 1, 1)


def test_rules_only_turns_the_learned_metric_off_and_back_on() -> None:
    import reader.figures.metric_model as model

    shipped = model.load_weights
    with rules_only():
        assert model.load_weights() is None
    assert model.load_weights is shipped
