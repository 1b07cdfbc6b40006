"""Article text is data: strip what could drive a terminal, break a line-oriented output or
hide text from the reader (invisible characters)."""

from __future__ import annotations

import re

# C0 controls except tab/newline, DEL, C1 controls, the bidi marks, overrides and isolates
# that can reorder what a reader sees (Trojan Source: U+061C, U+200E/F, U+202A-E, U+2066-9),
# and the invisible characters that can carry hidden text: zero-width space, word joiner and
# invisible operators (U+2060-4), deprecated format characters (U+206A-F), BOMs mid-text,
# interlinear annotation (U+FFF9-B), the Mongolian vowel separator, tag characters
# (U+E0000-7F, "ASCII smuggling") and the supplementary variation selectors (U+E0100-EF:
# one per byte smuggles a message behind an emoji).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
# Joiners (ZWNJ, ZWJ) and variation selectors have real uses: one joiner between two visible
# characters (Persian, Indic scripts, emoji sequences), one selector after a visible character
# (text or emoji style), a selector then a joiner inside an emoji sequence. Anything else (a
# run of them, one with nothing visible around it) only hides things.
_JOINER_RUN = re.compile("[\u200c\u200d\ufe00-\ufe0f]+")
_SELECTOR = re.compile("[\ufe00-\ufe0f]")
# the characters of _JOINER_RUN: a text holds a run exactly when it holds one of them, and a
# look for each is many times faster than the pattern's scan of a long text
_JOINERS = ("\u200c", "\u200d", *(chr(c) for c in range(0xFE00, 0xFE10)))
# Whole escape sequences first, so their parameters do not survive as visible junk:
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte escapes.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]"
)


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters, keeping tabs and newlines."""
    if not text:
        return text
    if "\x1b" in text or "\x9b" in text:  # (every escape sequence begins with one)
        text = _ESCAPE.sub("", text)
    if _has_ascii_control(text) if text.isascii() else _may_hold_control(text):
        text = _CONTROL.sub("", text)
    if not text.isascii() and any(j in text for j in _JOINERS):
        text = _JOINER_RUN.sub(_joiners_kept, text)
    return text


# the ASCII characters ``_CONTROL`` removes (C0 controls but tab and newline, DEL)
_ASCII_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])


def _has_ascii_control(text: str) -> bool:
    """Whether ASCII ``text`` holds a character ``_CONTROL`` removes: a byte-level test,
    many times faster than the pattern's scan."""
    raw = text.encode("ascii")
    return len(raw.translate(None, _ASCII_CONTROLS)) != len(raw)


# the Latin-1 characters ``_CONTROL`` removes (its others are all beyond Latin-1)
_LATIN1_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])


def _may_hold_control(text: str) -> bool:
    """False when ``text`` surely holds no character ``_CONTROL`` removes: Latin-1 text (as
    most non-ASCII news is) tested a byte at a time, far faster than the pattern's scan; text
    beyond Latin-1 is left to the pattern."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return len(raw.translate(None, _LATIN1_CONTROLS)) != len(raw)


def _visible(ch: str) -> bool:
    return bool(ch) and not ch.isspace()


def _joiners_kept(m: re.Match[str]) -> str:
    """What of a run of joiners and variation selectors has a use (see ``_JOINER_RUN``)."""
    run, start, end = m.group(0), m.start(), m.end()
    if not _visible(m.string[start - 1 : start]):
        return ""
    selector = _SELECTOR.match(run[0]) is not None
    between = _visible(m.string[end : end + 1])
    if len(run) == 1:
        return run if selector or between else ""
    if selector and len(run) == 2 and run[1] in "\u200c\u200d" and between:
        return run
    return run[0] if selector else ""


def clean_line(text: str) -> str:
    """One safe line: controls removed, newlines and tabs turned into spaces."""
    text = strip_controls(text).replace("\t", " ").replace("\n", " ")
    return text


def first_line(text: str, limit: int = 200, empty: str = "error") -> str:
    """The first line of a message (an exception's, a server's), safe and at most ``limit``
    characters; ``empty`` when there is nothing to say."""
    text = strip_controls(text).strip()
    return text.splitlines()[0][:limit] if text else empty


def stories_count(n: int) -> str:
    """ "1 story", "8 stories", "12,000 stories"."""
    return f"{n:,} {'story' if n == 1 else 'stories'}"
