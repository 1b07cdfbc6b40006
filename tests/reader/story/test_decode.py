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


def test_stray_byte_in_utf8_is_a_replacement_not_mojibake() -> None:
    text = "Société Générale raised €3.4 billion, the bank said.\nSecond line: naïve café."
    raw = text.encode("utf-8")
    cut = raw.index(b"raised")
    out = decode_bytes(raw[:cut] + b"\xff" + raw[cut:])
    assert out == text[: text.index("raised")] + "\ufffd" + text[text.index("raised") :]
    assert "Ã" not in out and "â‚¬" not in out


def test_cut_multibyte_sequence_in_long_utf8_file() -> None:
    para = "Der Umsatz stieg um 5 % auf 3,4 Mrd. €, sagte die Börse in Zürich.\n"
    raw = (para * 40).encode("utf-8")
    broken = raw[:300] + "€".encode()[:2] + raw[300:]  # half of a euro sign
    out = decode_bytes(broken)
    assert out.count("\ufffd") == 1
    assert out.count("Börse") == 40


def test_cp1252_is_still_cp1252() -> None:
    # every non-ASCII byte is invalid UTF-8: nothing suggests UTF-8, so the code page wins
    text = "Caf\u00e9 owners said \u201cfees\u201d rose 5 \u20ac, na\u00efve or not."
    assert decode_bytes(text.encode("cp1252")) == text
    # one accidental valid UTF-8 pair among many cp1252 characters does not flip it
    mixed = "\u00c3\u00a9 then caf\u00e9, r\u00e9sum\u00e9, na\u00efve, \u00fcber, \u00e0 la"
    assert decode_bytes(mixed.encode("cp1252")) == mixed


def test_a_few_nuls_in_a_short_article_are_stripped_not_binary() -> None:
    article = "The council approved the budget on Tuesday. Spending rises 4% next year."
    raw = article.encode()
    for nuls in (1, 3):  # 3 NULs in 75 bytes: 4%, more than the old 1% rule allowed
        out = decode_bytes(raw[:30] + b"\x00" * nuls + raw[30:])
        assert out == article
    longer = (article + "\n") * 6
    raw = longer.encode()
    assert decode_bytes(raw[:200] + b"\x00" * 8 + raw[200:]) == longer.rstrip("\n") + "\n"


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 20,
        b"\x00" * 64,
        b"ab\x00\x00cd\x00\x00" * 100,
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 50,  # a PE header
        b"text " * 100 + b"\x00" * 40,  # NUL padding: 40 of 540 bytes
    ],
)
def test_real_binary_is_still_refused(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_bytes(raw)


def test_html_character_references_are_decoded_at_input() -> None:
    from reader.story.decode import decode_bytes

    text = decode_bytes(b"Fined &#163;1.8m, or &pound;2m &amp; &#x20AC;3m; AT&T and R&D stay.")
    assert text == "Fined £1.8m, or £2m & €3m; AT&T and R&D stay."


def test_a_decoded_reference_never_becomes_a_control_sequence() -> None:
    from reader.story.decode import normalise_text

    assert "\x1b" not in normalise_text("red &#27;[31mtext &#x1b;[0m")
