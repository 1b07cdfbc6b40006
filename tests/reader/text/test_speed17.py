"""strip_controls' cheap tests say exactly what its patterns' scans said: a Latin-1 text is
tested a byte at a time for the controls, and any text for the joiners a character each."""

from __future__ import annotations

import pytest

from reader.text.safe import (
    _CONTROL,
    _JOINER_RUN,
    _JOINERS,
    _may_hold_control,
    strip_controls,
)

_CHARS = [chr(c) for c in [*range(0x0, 0x300), *range(0x2000, 0x2100), *range(0xFDF0, 0x10000)]]
_CHARS += [chr(c) for c in [0x061C, 0x180E, 0x1F600, 0xE0001, 0xE0041, 0xE0100, 0xE01EF]]


@pytest.mark.parametrize("around", ["", "Price: \xa3", "\u2019quoted\u2019 "])
def test_no_control_is_missed_whatever_the_text(around: str) -> None:
    for ch in _CHARS:
        text = around + ch + " tail"
        if _CONTROL.search(text) is not None:
            assert _may_hold_control(text), hex(ord(ch))
        assert (_JOINER_RUN.search(text) is not None) == any(j in text for j in _JOINERS)


def test_latin1_text_without_controls_is_kept_as_it_is() -> None:
    text = "Caf\xe9 prices rose to \xa34.20, up 3\xbd%."
    assert not _may_hold_control(text)
    assert strip_controls(text) == text


def test_controls_and_hidden_runs_still_go() -> None:
    assert strip_controls("Fees \x85rose\x07 to \xa35") == "Fees rose to \xa35"
    assert strip_controls("a\u200b\u202eb \u2019c\u2019") == "ab \u2019c\u2019"
    assert strip_controls("x\u200d\u200d\u200dy") == "xy"  # a run of joiners hides text
    assert strip_controls("\u0915\u094d\u200d\u0937") == "\u0915\u094d\u200d\u0937"  # one kept
