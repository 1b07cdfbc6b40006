"""Regular expressions answered with less work, the answers unchanged.

- ``Gated``: a pattern tried only when the text can hold a match (it names words one of
  which every match contains; a text without any of them, case-folded, is not searched);
- ``WordChoice``: a choice of whole words (``\\b(?:rose|fell|...)\\b``) answered by a set
  look-up per word of the text;
- ``led``: a pattern behind a look-ahead for the characters a match can begin with, which
  the regex engine tests first at each position (a ``\\b`` opening an alternation stops the
  engine from finding them itself);
- ``word_led``: ``\\b[class]...`` written with the class first and the word boundary as a
  look-behind after it, so the engine scans for the class's characters itself.

A case-insensitive alternation is tried at every position of the text; a substring test or a
set look-up per word is far cheaper. Text that is not ASCII always goes to a ``Gated``
pattern itself (its words may leave out a match's characters beyond ASCII: "’s" for "'s");
``WordChoice`` sends text with a letter beyond ASCII there, as case-insensitive matching
folds a few non-ASCII letters (``folds_like_ascii``: signs beyond ASCII, "£", "’", "—",
have no case and fold to nothing)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants, _parser  # type: ignore[attr-defined]  # (no stubs)
from typing import Any


def _caseless(lo: int, hi: int) -> str:
    """The characters of ``lo``..``hi`` that have no case (lower- and upper-casing leave them
    as they are), escaped for a character class."""
    return "".join(re.escape(c) for c in map(chr, range(lo, hi)) if c.lower() == c == c.upper())


# ASCII, and the signs news text writes beyond it that have no case: the Latin-1 ones ("£",
# "©", a no-break space; not "µ", whose capital is Greek), general punctuation ("’", "“",
# "—", "…") and the currency signs ("€", "₹")
_UNFOLDED = re.compile(
    f"[\\x00-\\x7f{_caseless(0x80, 0xC0)}{_caseless(0x2000, 0x2070)}{_caseless(0x20A0, 0x20D0)}]*"
)


def folds_like_ascii(text: str) -> bool:
    """Whether lower-casing ``text`` changes only ASCII letters and case-insensitive matching
    pairs only ASCII letters in it: ASCII, or ASCII with caseless signs ("£", "’", "—"). Then
    ``text.lower()`` keeps every position, and a word of ASCII letters is in it, in any case,
    exactly when it is in ``text.lower()``."""
    return text.isascii() or _UNFOLDED.fullmatch(text) is not None


class Gated:
    """``pattern`` behind a test for ``words`` (lower case; every match holds one)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def _may(self, text: str, pos: int, endpos: int) -> bool:
        piece = text[pos:endpos] if pos or endpos < len(text) else text
        if not piece.isascii():
            return True  # (the words may leave out what a match holds beyond ASCII: "’s")
        low = piece.lower()
        for word in self.words:  # noqa: SIM110  (a loop: no generator made for each call)
            if word in low:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may(text, pos, endpos):
            return None
        return self.pattern.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._may(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str) -> list[str]:
        return self.pattern.findall(text) if self._may(text, 0, len(text)) else []

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self._may(text, 0, len(text)) else text


_WORD_RUN = re.compile(r"\w+")


class WordChoice:
    """A pattern of the form ``\\b(?:word|word|...)\\b`` (case-insensitive, each alternative
    one whole word of letters) answered by a set look-up per word of the text: the same
    matches (a match is a whole run of word characters that is one of the words, as ``\\b``
    on both sides asks), without trying the alternation at every position. Text with a letter
    beyond ASCII (``folds_like_ascii``) goes to the pattern itself."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        body = pattern.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
        words = body.lower().split("|")
        if not (pattern.flags & re.I) or not all(w.isalpha() and w.isascii() for w in words):
            raise ValueError(f"not a choice of whole words: {pattern.pattern[:40]}")
        self.pattern = pattern
        self.words = frozenset(words)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not folds_like_ascii(text):
            yield from self.pattern.finditer(text, pos, endpos)
            return
        for m in _WORD_RUN.finditer(text, pos, endpos):
            if m.start() == pos and pos > 0 and _WORD_RUN.match(text, pos - 1) is not None:
                continue  # (no word boundary at ``pos``: the run began before it)
            if m.group(0).lower() in self.words:
                yield m

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def led(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` behind ``(?=[...])`` naming the characters every match
    begins with (read from the parsed pattern; the same flags, so the same case folding): the
    same matches, every position without one of them skipped at once. The pattern alone when
    its first character cannot be told (a repeat, a class range, an empty alternative)."""
    chars = _first_chars(list(_parser.parse(source, flags)))
    if not chars:
        return re.compile(source, flags)
    ahead = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{ahead}])(?:{source})", flags)


def _first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a match of the parsed ``items`` may begin with, or None if unknown."""
    for at, (op, av) in enumerate(items):
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the next item begins the match
        if op is _constants.LITERAL:
            return {chr(av)}
        if op is _constants.IN and all(o is _constants.LITERAL for o, _ in av):
            return {chr(a) for _, a in av}
        if op is _constants.SUBPATTERN and not av[1]:
            # a group that adds no flags; one that only takes some away ("(?-i:May)") begins
            # with the same characters or fewer, which the pattern's flags fold no less
            return _first_chars(list(av[3]))
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            first = _first_chars(list(av[2]))
            if av[0] >= 1 or first is None:
                return first  # at least once: begins as its item does
            # maybe left out ("(?:The )?Bahamas"): begins as its item or as what follows
            rest = _first_chars(items[at + 1 :])
            return None if rest is None else first | rest
        if op is _constants.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                chars = _first_chars(list(alternative))
                if chars is None:
                    return None
                found |= chars
            return found
        return None
    return None


def word_led(first: str, rest: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(r"\\b" + first + rest, flags)`` where ``first`` is a character class of
    word characters only (``[A-Z...]``, ``[a-z]``): the same matches, written
    ``first(?<!\\w.)rest`` (the character before the class's is no word character: what
    ``\\b`` asks before a word character). A pattern that opens with a character class lets
    the engine skip to the positions holding one of its characters; one that opens with
    ``\\b`` is tried at every position."""
    if not (first.startswith("[") and first.endswith("]")):
        raise ValueError(f"not a character class: {first[:40]}")
    return re.compile(first + r"(?<!\w.)" + rest, flags)
