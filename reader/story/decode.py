"""Bytes to clean text: guess the encoding, normalise line ends and Unicode, drop controls.

Pasted and scraped files arrive in every encoding a browser or editor can produce. We try
the unambiguous signals first (BOMs, the NUL pattern of UTF-16), then strict UTF-8, then UTF-8
with a few broken bytes (shown as U+FFFD), then the Windows and Latin-1 code pages, and refuse what still looks like binary rather than show junk.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from reader.text.safe import strip_controls

# Magic numbers of formats people drop into a news folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BM", ""),  # BMP: too short to trust alone, checked with the control ratio
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

_SAMPLE = 4096
# this many NULs in the sample are always taken for junk in a text file
_STRAY_NULS = 8


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is one line for the user."""


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity (ASCII-heavy UTF-16), else None."""
    sample = raw[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    z_even = even.count(0) / max(1, len(even))
    z_odd = odd.count(0) / max(1, len(odd))
    if z_odd > 0.3 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.05:
        return "utf-16-be"
    return None


# every byte but the controls a binary file is dense with (below 32, not tab, newline, form
# feed, carriage return or escape): deleting them leaves the controls to count
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


def sniff_binary(raw: bytes) -> str | None:
    """A one-line reason when ``raw`` is not text (magic number, NULs, many controls)."""
    for magic, name in _MAGIC:
        if name and raw.startswith(magic):
            return f"binary file ({name})"
    sample = raw[:_SAMPLE]
    # a few stray NULs in scraped text are junk to strip, not a sign of a binary file, even in
    # a short article; binaries (and random bytes) are dense with NULs and other controls
    nuls = sample.count(b"\x00")
    if (nuls > _STRAY_NULS and nuls / len(sample) > 0.01) or nuls * 10 > len(sample):
        return "binary file (contains NUL bytes)"
    controls = len(sample.translate(None, _NOT_CONTROLS))  # (one C pass, no loop per byte)
    if sample and controls / len(sample) > 0.05:
        return "binary file (too many control characters)"
    return None


def detect_encoding(raw: bytes) -> str:
    """The codec to use for ``raw`` ("utf-8-replace": UTF-8, broken bytes replaced by U+FFFD);
    raises DecodeError for binary data."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF32_LE) or raw.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    guess = _utf16_without_bom(raw)
    if guess:
        return guess
    reason = sniff_binary(raw)
    if reason:
        raise DecodeError(reason)
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if mostly_utf8(raw):
        return "utf-8-replace"
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def mostly_utf8(raw: bytes) -> bool:
    """True when ``raw`` is UTF-8 with a few broken bytes (a stray byte, a cut sequence).

    The evidence is the non-ASCII text: a cp1252 or Latin-1 file almost never forms valid
    multi-byte UTF-8 sequences, so if at least as many non-ASCII characters decode cleanly as
    fail, and the failures are few (two, or 1% of the bytes), it is UTF-8 with damage, and the damage
    is shown as U+FFFD rather than the whole file turned into mojibake.
    """
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")  # genuine U+FFFD are fine
    valid = sum(1 for ch in text if ch > "\x7f") - broken
    return 0 < broken <= valid and broken <= max(2, len(raw) // 100)


# an HTML character reference with its semicolon ("&#163;", "&#xA3;", "&pound;"); bare
# "AT&T" or "R&D" are left alone
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """HTML character references decoded ("&#163;1.8m" -> "£1.8m"); unknown names kept."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def normalise_text(text: str) -> str:
    """LF line ends, NFC, HTML character references decoded, no controls or escape sequences,
    NBSP and friends as plain spaces."""
    text = decode_entities(text)  # first: "&#27;" must not become an escape that survives
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = strip_controls(text)
    for space in ("\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u3000"):
        text = text.replace(space, " ")
    return text.replace("\u200b", "").replace("\u00ad", "")


def decode_bytes(raw: bytes) -> str:
    """Decoded, normalised text of ``raw``; raises DecodeError when it is not readable text."""
    encoding = detect_encoding(raw)
    try:
        if encoding == "utf-8-replace":
            text = raw.decode("utf-8", errors="replace")
        else:
            text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"cannot decode as {encoding}: {exc.reason}") from None
    if encoding == "latin-1":
        # latin-1 accepts any byte: if many of them map to C1 controls it was never latin-1.
        c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
        if c1 > max(2, len(text) // 50):
            raise DecodeError("undecodable text (not UTF-8, UTF-16, cp1252 or latin-1)")
    bad = text.count("\ufffd")
    if bad > max(2, len(text) // 20):
        raise DecodeError("undecodable text (too many replacement characters)")
    return normalise_text(text)
