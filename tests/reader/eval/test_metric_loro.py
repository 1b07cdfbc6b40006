"""metric_loro: each round's own metric names, and the vocabulary without them."""

from __future__ import annotations

import json
from pathlib import Path

from pytest import CaptureFixture

from reader.eval.attribution import Truth, load_all
from reader.eval.figures import Label
from reader.eval.metric_loro import fold, metric_share, own_names, without_names
from reader.figures.vocabulary import METRIC_OF, phrases_in


def _truth(metric: str) -> Truth:
    return Truth(Label("f.txt", "1", "count", 1.0, None), metric, (), "actual")


def test_own_names_are_those_no_other_round_uses() -> None:
    rounds = {
        "a": [_truth("Sales"), _truth("hammer prices")],
        "b": [_truth("revenue"), _truth("jobs cut")],
    }
    own = own_names(rounds)
    assert own["a"] == {"hammer price"}  # sales is revenue, a name round b uses too
    assert own["b"] == {"job cut"}  # folded as the scorer folds it
    assert fold("Net Profit") == "net income"


def test_the_vocabulary_is_restored_after_the_round() -> None:
    sentence = "Acme's turnout was 61%."
    before = dict(METRIC_OF)
    assert phrases_in(sentence)
    with without_names({"turnout"}) as gone:
        assert gone == 1
        assert not phrases_in(sentence)
        assert "turnout" not in METRIC_OF
    assert before == METRIC_OF
    assert phrases_in(sentence)


def test_misses_are_printed_only_when_asked(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    (tmp_path / "s.txt").write_text("Dunmore results\n\nDunmore said revenue rose to £5m.\n")
    row = {"file": "s.txt", "surface": "£5m", "kind": "money", "value": 5e6, "unit": "GBP",
           "metric": "wage bill", "subject": ["Dunmore"], "status": "actual", "period": None,
           "hedge": False, "role": "level"}  # fmt: skip
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(row) + "\n")
    truths = load_all(labels)[0]
    assert metric_share(labels, truths) == (0, 1)
    assert capsys.readouterr().out == ""
    assert metric_share(labels, truths, misses=True) == (0, 1)
    assert "want 'wage bill' got 'revenue'" in capsys.readouterr().out
