import base64
import shutil

import pytest

from reader.output import clipboard


def test_osc52_roundtrip() -> None:
    seq = clipboard.osc52_sequence("héllo $34.81B")
    assert seq.startswith("\x1b]52;c;") and seq.endswith("\x07")
    payload = seq[len("\x1b]52;c;") : -1]
    assert base64.b64decode(payload).decode("utf-8") == "héllo $34.81B"


def test_copy_native_none_when_no_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert clipboard.copy_native("x") is None
