"""The check every benchmark script's bad-argument test makes."""

from __future__ import annotations

import pytest


def assert_one_line_error(code: int, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit status 2 and one line on stderr starting "error: ", no traceback."""
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
