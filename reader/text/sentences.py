"""Sentence splitting: line-aware blocks, then Punkt with parameters this project owns.

Punkt's decisions are nltk's for a fixed abbreviation list (no data files, no training); they
are computed by :mod:`reader.text.punkt` with nltk's Punkt expressions (compiled on the first split).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.text.punkt import Punkt

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "bros",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "rs",
        # currencies' letters written with a full stop before a sum ("Kshs. 300 million",
        # "Nu. 3 billion", "Tk. 500 crore"): no sentence ends there
        "kshs",
        "ksh",
        "shs",
        "tk",
        "nu",
        "assn",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s.a",
        "d.c",
        "n.y",
        "l.a",
        "s.a",
        "n.v",
        "a.g",
        "ag.",
    ]
)


@lru_cache(maxsize=1)
def _tokenizer() -> Punkt:
    """Punkt with the project's abbreviations as its only parameters (reader.text.punkt:
    imported on first use, as its regular expressions take a while to compile)."""
    from reader.text.punkt import Punkt

    return Punkt(ABBREVIATIONS)


# Abbreviations that often end a sentence too ("at 5 p.m. The board…"): after them a
# capitalised common sentence opener starts a new sentence. Titles (Mr., Dr., St.) are not here.
_FINAL_ABBREVIATIONS = (
    r"(?:a\.m|p\.m|etc|inc|corp|co|ltd|plc|llc|jr|sr|bros|u\.s|u\.k|u\.n|e\.u|d\.c)"
)
_OPENERS = (
    r"(?:The|A|An|He|She|It|They|We|I|You|But|And|In|On|At|This|That|These|Those|Its|His|Her|"
    r"Their|Our|There|As|After|Before|When|While|If|So|Yet|Meanwhile|However)"
)
_FINAL_SPLIT = re.compile(rf"\b(?i:{_FINAL_ABBREVIATIONS})\.(\s+)(?={_OPENERS}\b)")
_DOT_SPACE = re.compile(r"\.\s")
# Multi-letter initials ("J.P.", "A.B.") followed by a capitalised word: a name, keep together.
_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
_KNOWN_INITIALS = frozenset(a for a in ABBREVIATIONS if "." in a and len(a) <= 5)
_BULLET = re.compile(r"^\s*(?:[-*•·–—▪►]|\d{1,2}[.)])\s+")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
# A wrapped line that ends on one of these words clearly continues on the next line.
_CONTINUES = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "and",
        "or",
        "but",
        "with",
        "from",
        "as",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
    ]
)


_BLANK_LINE = re.compile(r"\n\s*\n")


def _blocks(text: str) -> list[str]:
    """Join soft-wrapped lines; keep headings, bullets and blank-line breaks as hard breaks.

    A line break is hard when either side is a bullet item, or when the line has no sentence
    punctuation, is short next to the block's longest line (so it is not a hard wrap) and does
    not end on a word that needs a continuation. Heading lines thus never glue to the next
    sentence, while text wrapped at a fixed width is rejoined.
    """
    blocks: list[str] = []
    for chunk in _BLANK_LINE.split(text):
        lines = [ln.strip() for ln in chunk.splitlines() if ln.strip()]
        if not lines:
            continue
        widest = max(len(ln) for ln in lines)
        current = lines[0]
        for prev, line in pairwise(lines):
            last_word = prev.rsplit(None, 1)[-1].lower() if prev.split() else ""
            hard = (
                bool(_BULLET.match(line) or _BULLET.match(prev))
                or (bool(_TERMINAL.search(prev)) and not prev.endswith((",", ";")))
                or (
                    len(prev) < 0.6 * widest
                    and last_word not in _CONTINUES
                    and line[:1].isupper() | line[:1].isdigit() | (line[:1] in "\"'“‘")
                )
            )
            if hard:
                blocks.append(current)
                current = line
            else:
                current = f"{current} {line}"
        blocks.append(current)
    return blocks


def _ends_initials(text: str) -> bool:
    """Whether ``text`` can end as _INITIALS_END asks ("…A.B."): a cheap test before it."""
    return len(text) >= 4 and text[-1] == text[-3] == "." and text[-2] in _CAPITALS


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _merge_initials(sentences: list[str]) -> list[str]:
    """Undo Punkt splits after multi-letter initials before a capitalised name ("J.P. | Morgan")."""
    out: list[str] = []
    for sentence in sentences:
        if out and _ends_initials(out[-1]):
            tail = _INITIALS_END.search(out[-1])
            token = tail.group(0).strip().lower().rstrip(".") if tail else ""
            if tail and token not in _KNOWN_INITIALS and sentence[:1].isupper():
                out[-1] = f"{out[-1]} {sentence}"
                continue
        out.append(sentence)
    return out


# A dateline whose place ends in a state's or province's abbreviation, which Punkt takes for a
# sentence's end: "SUNNYVALE, Calif. (Amerpress) — ...", "PORTLAND, Ore.— ...", "Lansing, Mich. — "
_STATE_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3}, (?:[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,2}[A-Z])\."
)
_DASH_OPEN = ("(", "\u2014", "\u2013", "-")


def _merge_dateline(pieces: list[str]) -> list[str]:
    """Undo a Punkt split after a dateline's state abbreviation opening a paragraph ("SUNNYVALE,
    Calif. | (AP) — Arclight said ..."): a place in capitals, or one the agency or a dash follows."""
    if len(pieces) < 2 or _STATE_DATELINE.fullmatch(pieces[0]) is None:
        return pieces
    if not (pieces[0][:2].isupper() or pieces[1].startswith(_DASH_OPEN)):
        return pieces
    return [f"{pieces[0]} {pieces[1]}", *pieces[2:]]


def _split_after_final_abbreviations(sentence: str) -> list[str]:
    if _DOT_SPACE.search(sentence) is None:  # no "abbr. Opener" possible: skip the slow regex
        return [sentence.strip()] if sentence.strip() else []
    parts: list[str] = []
    start = 0
    for match in _FINAL_SPLIT.finditer(sentence):
        parts.append(sentence[start : match.start(1)])
        start = match.end(1)
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


# Texts up to this size are remembered: every story's paragraphs are split by the summary and
# again by the figures, and the same paragraphs recur across duplicates.
_CACHED_CHARS = 20_000


def split_sentences(text: str) -> list[str]:
    """Split text into sentences: line-aware (headings, bullets), abbreviation-aware Punkt."""
    text = text.strip()
    if not text:
        return []
    if len(text) <= _CACHED_CHARS:
        return list(_split_cached(text))
    return _split(text)


@lru_cache(maxsize=8192)
def _split_cached(text: str) -> tuple[str, ...]:
    return tuple(_split(text))


def clear_split_cache() -> None:
    """Forget remembered splits and Punkt decisions (benchmarks time a cold process)."""
    _split_cached.cache_clear()
    _tokenizer.cache_clear()


def _split(text: str) -> list[str]:
    out: list[str] = []
    tokenizer = _tokenizer()
    for block in _blocks(text):
        pieces = [s.strip() for s in tokenizer.tokenize(block) if s.strip()]
        for piece in _merge_initials(_merge_dateline(pieces)):
            out.extend(_split_after_final_abbreviations(piece))
    return out


# A word as sumy expects it: starts with a letter, may hold inner apostrophes or hyphens.
# Numbers ("34.81", "2,500") are kept too: in news they carry much of the content.
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def word_tokens(sentence: str) -> list[str]:
    """Words and numbers of one sentence, punctuation dropped (no nltk data needed).

    The same as ``WORD_PATTERN.findall(sentence)``, a chunk between white space at a time (no
    token holds white space): a chunk of ASCII letters is one word as it stands, without the
    regular expression.
    """
    out: list[str] = []
    add = out.append
    for chunk in sentence.split():
        if chunk.isalpha() and chunk.isascii():
            add(chunk)
        else:
            out += _find_words(chunk)
    return out


_find_words = WORD_PATTERN.findall


class SumyTokenizer:
    """The tokenizer object sumy's Sentence and parsers call (to_sentences / to_words).

    sumy's own Tokenizer loads nltk punkt data at construction; this one uses our splitter.
    """

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(word_tokens(sentence))
