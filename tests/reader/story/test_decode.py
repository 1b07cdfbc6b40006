from __future__ import annotations

import codecs

import pytest

from reader.story.decode import DecodeError, decode_bytes

TEXT = "Café “owners” in Lüneburg — said 5 € ‘fees’ rose.\nSecond line."


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
)
def test_encodings_round_trip(raw: bytes) -> None:
    assert decode_bytes(raw) == TEXT


def test_latin1_fallback() -> None:
    raw = "Größe".encode("latin-1") + b" \x81"  # 0x81 is undefined in cp1252
    assert decode_bytes(raw).startswith("Größe")


def test_line_ends_and_spaces_normalised() -> None:
    raw = "one\r\ntwo\rthree\u00a0four".encode()
    assert decode_bytes(raw) == "one\ntwo\nthree four"


def test_nfc() -> None:
    assert decode_bytes("Cafe\u0301".encode()) == "Caf\u00e9"


def test_controls_and_escapes_stripped() -> None:
    lead = "The river rose two metres overnight and the ferry stopped running. " * 3
    raw = (lead + "red \x1b[31mALERT\x1b[0m \x1b]0;title\x07done\x07\x08").encode()
    assert decode_bytes(raw) == lead + "red ALERT done"


def test_binary_refused() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(b"%PDF-1.7 lots of stuff")
