"""The shipped metric weights are what their documented command rebuilds from the labels in the
repository, byte for byte (``python -m reader.eval.reproduce metric``). The metric trainer reads
the figure finder's own readings of the labelled sentences, so a change to the figure rules can
move the weights it fits: such a change refits them in the same commit (session 68 found them
drifted since session 67). About 35 s: the one trainer that reads only the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.reproduce import rebuild


def test_the_metric_weights_rebuild_byte_for_byte(capsys: pytest.CaptureFixture[str]) -> None:
    status = rebuild("metric", Path("unused: the metric trainer reads the repository's labels"))
    out = capsys.readouterr().out
    assert status == 0, out
    assert "identical" in out
