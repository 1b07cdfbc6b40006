"""Hard-wrapped text read back into its lines before the lines are classified.

Plain-text mail (wrapped at 72 or 76 characters), a text browser's dump (78) and a copy of a
print or PDF page (a column of 35-45) break every paragraph over lines of nearly one width. Read
line by line, the pieces look like headings, names and menu items ("The team of six, aged 13
and 14, beat" is a short line that ends no sentence), so a file that is wrapped is first read
back into its lines: each piece is joined to the line it was wrapped from.

A file is wrapped when its lines keep to one width (the longest line, outliers aside, is at
most ``MAX_WIDTH``; few lines run past it) and at least ``WRAPPED_SHARE`` of them are broken
where a wrapper breaks: the line ends no sentence, the next line's first word would not have
fitted on it, and that word continues a sentence (it opens in lower case). In such a file a
line is joined to the next when the next word would not have fitted (``FIT_SLACK``: a print
column set in a proportional font varies) and the break is inside a sentence: the line ends
no sentence, and the next line opens in lower case, with a digit or a currency sign (an
opening quote before it aside), or the line ends on a comma or a word no sentence ends on
("the", "of", "was", "two" ...), or it is itself a wrapped paragraph's piece, or it reads as
running text before a name ("Teesdale Precision Ltd, of Portrack" / "Lane, pleaded guilty"),
or the file sets its paragraphs apart with blank lines (a full line inside a block goes on).
A word hyphenated across the break ("gas-" / "works") is mended, and a headline in capitals
broken over two or three lines is one line. Headlines, bylines and the last lines of
paragraphs are short of the width, and lines past it were never wrapped, so they stay lines
of their own; a break the rules leave (a capitalised name after a headline-shaped line) is
left to the paragraph builder (``assemble``), which joins body lines by a width test of its
own.

A print page's running head ("THE NORTHERN DESPATCH  Tuesday, March 10, 2037  7"), repeated
between items where the copy crosses a page, is read back as a blank line: it is no headline.

Nothing changes in a file that is not wrapped. The lines keep their numbers in the file: each
line read back knows the line it starts on (``Unwrapped.origin``), so stories point to the
file's own lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reader.story.lines.bylines import BYLINE
from reader.story.lines.patterns import ends_terminal, is_timestamp
from reader.story.paragraph import join_wrapped

# fewer non-blank lines than this: too few to tell a width
MIN_LINES = 6
# the narrowest and widest widths read as wrapping (a column of a print page; a mail client)
MIN_WIDTH = 25
MAX_WIDTH = 100
# lines longer than the width (a URL, a table row) allowed, as a share of the lines
LONG_SHARE = 0.12
# a line this much longer than the 90th percentile's length is an outlier, not the width
OUTLIER = 1.05
# how far short of the width a line may end and still be full (``_no_room``)
FIT_SLACK = 0.1
# blank lines, as a share of the other lines, that make a file one of blocks set apart by them
BLOCK_SHARE = 0.15
# a headline in capitals runs over at most this many lines (``_capital_head``)
CAPITAL_LINES = 3
# share of the lines that must be broken the way a wrapper breaks them
WRAPPED_SHARE = 0.15

# words a sentence does not end on (a number word wants its noun): a line ending with one
# goes on
_GOES_ON = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on at by for from with and or but nor as that than into onto over "
        "under about after before between through during against among per via its their his "
        "her our your my this these those which who whose whom where when while if said says is "
        "are was were be been being has have had will would can could should may might must do "
        "does did not two three four five six seven eight nine ten twelve twenty hundred "
        "thousand million billion",
    )
)
# words a headline leaves out and running text is full of
_PROSE_WORDS = frozenset(
    ["the", "a", "an", "was", "were", "has", "had", "have", "is", "are", "been", "said", "says",
     "which", "who", "that", "his", "her", "their", "its"]
)  # fmt: skip
_APPOSITION = re.compile(r", (?:[^,]* )?(?:of|in|at|from|who|which|the|a|an|and|said|says)\b")
_LIST_MARK = re.compile(r"(?:[-*•–·+>|]|\d{1,3}[.)]|\[\d+\])(?:\s|$)")
_MONEY = "$£€¥₹"
_OPENERS = "\"'“‘("
_LAST_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The lines read back (``lines``) and, for each, the 1-based number of the file's line it
    starts on (``origin``); ``width`` is the wrap width, None when the file is not wrapped
    (then ``lines`` are the file's own and ``origin`` counts them)."""

    lines: list[str]
    origin: list[int]
    width: int | None

    def span(self, first: int, last: int, total: int) -> tuple[int, int]:
        """The file's lines that read-back lines ``first``..``last`` (1-based) cover."""
        end = self.origin[last] - 1 if last < len(self.origin) else total
        return self.origin[first - 1], end


# A byline line ("By Hildur Magnusdottir", "By Ana Ruiz and Tom Bell, staff reporters") is at
# most this many words: a wrapped sentence's piece opening on "By" runs on longer.
BYLINE_WORDS = 8


def _first_word(text: str) -> str:
    parts = text.split(maxsplit=1)
    return parts[0] if parts else ""


def _no_room(line: str, after: str, width: int) -> bool:
    """The next line's first word would not have fitted on ``line`` (within ``FIT_SLACK`` of
    the width: a print column set in a proportional font holds more narrow letters than wide
    ones, so its lines' lengths in characters vary), a line no longer than the width (a
    headline or a folio running past it was never wrapped)."""
    return len(line) <= width and len(line) + 1 + len(_first_word(after)) > width * (1 - FIT_SLACK)


def _continues(line: str, after: str, surely: bool) -> bool:
    """The break between ``line`` and ``after`` falls inside a sentence (``surely`` inside a
    paragraph already: any break that ends no sentence)."""
    if ends_terminal(line) or _LIST_MARK.match(after):
        return False
    if after.startswith("By ") and len(after.split()) <= BYLINE_WORDS and BYLINE.match(after):
        return False  # a headline's byline under it ("By Hildur Magnusdottir"), in any file
    if surely:
        return True
    first = after.lstrip(_OPENERS)[:1]
    if first.islower() or first.isdigit() or first in _MONEY:
        return True
    if line.endswith((",", "-", "\u2013", "\u2014")):
        return True
    last = _LAST_WORD.search(line)
    if last is not None and last.group(1) in _GOES_ON:
        return True
    # a name after a full line ("Councillor Graham Tate, of Shildon" / "Town Council, said"):
    # a line of prose (a comma, or a word headlines leave out) that no byline follows
    return _prose(line) and not after.startswith("By ")


def _prose(line: str) -> bool:
    """A line written as running text, not as a headline: a comma with a lower-case word after
    it ("Teesdale Precision Ltd, of Portrack"), or one of the words headlines leave out with
    no more capitalised words than others."""
    words = line.split()
    if _APPOSITION.search(line):
        return True
    capitalised = sum(1 for w in words if w[:1].isupper())
    return any(w.lower() in _PROSE_WORDS for w in words) and 2 * capitalised <= len(words)


def _hyphenated(line: str, after: str) -> bool:
    """A word broken with a hyphen at the line's end ("gas-" / "works")."""
    return len(line) > 2 and line[-1] == "-" and line[-2].isalpha() and after[:1].islower()


def _capitals(text: str) -> bool:
    """A line in capitals that ends no sentence: a piece of a print headline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not ends_terminal(text)


def _capital_head(texts: Sequence[str], at: int) -> bool:
    """Line ``at`` goes on the line before it as one headline in capitals broken over two or
    three lines ("COUNCIL BACKS NEW" / "BUS DEPOT PLAN"): both in capitals, the run of such
    lines no longer than ``CAPITAL_LINES`` and followed by a line that is not."""
    if not (at and _capitals(texts[at]) and _capitals(texts[at - 1])):
        return False
    # (each look stops past CAPITAL_LINES lines: a long run of capitals costs no more per line)
    start = at - 1
    while start > 0 and at - start < CAPITAL_LINES and _capitals(texts[start - 1]):
        start -= 1
    end = at + 1
    while end < len(texts) and end - start <= CAPITAL_LINES and _capitals(texts[end]):
        end += 1
    if start > 0 and _capitals(texts[start - 1]):
        return False  # the run goes on above: longer than a headline
    return end - start <= CAPITAL_LINES and end < len(texts) and texts[end] != ""


# a running head's page number: "7", "A4"
_PAGE_NO = re.compile(r"[A-Z]?\d{1,3}")


def _folio(text: str) -> bool:
    """A print page's running head, which a copy of the page repeats between items: three
    parts or more set apart by wide gaps, one of them a date and one the page's number ("6",
    "A4"); read back as a blank line (the page breaks there)."""
    if "  " not in text:
        return False
    parts = [p.strip() for p in re.split(r" {2,}", text)]
    return (
        len(parts) >= 3
        and any(_PAGE_NO.fullmatch(p) for p in parts)
        and any(is_timestamp(p) for p in parts)
    )


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the file is hard-wrapped at, or None (module doc)."""
    texts = [t.strip() for t in lines]
    lengths = sorted(len(t) for t in texts if t)
    if len(lengths) < MIN_LINES:
        return None
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WIDTH <= p90 <= MAX_WIDTH:
        return None
    width = max(n for n in lengths if n <= p90 * OUTLIER + 2)
    if sum(1 for n in lengths if n > width) > LONG_SHARE * len(lengths):
        return None
    broken = sum(
        1
        for a, b in pairwise(texts)
        if a
        and b
        and b[:1].islower()
        and not ends_terminal(a)
        and (_no_room(a, b, width) or _hyphenated(a, b))
    )
    return width if broken >= max(3, WRAPPED_SHARE * len(lengths)) else None


def unwrap(lines: Sequence[str]) -> Unwrapped:
    """The file's lines with each wrapped piece joined to the line it was wrapped from."""
    width = wrap_width(lines)
    if width is None:
        return Unwrapped(list(lines), list(range(1, len(lines) + 1)), None)
    texts = [raw.strip() for raw in lines]
    blank = sum(1 for t in texts if not t)
    blocks = blank >= BLOCK_SHARE * (len(texts) - blank)
    texts = ["" if _folio(t) else t for t in texts]  # (after the count: a page break, no gap)
    out: list[str] = []
    origin: list[int] = []
    prev = ""  # the file's last line read (stripped), when the next one may join it
    inside = False  # the line read back so far was joined from two or more of the file's
    for no, raw in enumerate(lines, 1):
        text = texts[no - 1]
        if (
            prev
            and text
            and (
                _hyphenated(prev, text)
                or (_no_room(prev, text, width) and _continues(prev, text, blocks or inside))
                or _capital_head(texts, no - 1)
            )
        ):
            out[-1] = join_wrapped(out[-1], text)
            prev = text
            inside = True
            continue
        out.append(raw if text else "")
        origin.append(no)
        prev = text
        inside = False
    return Unwrapped(out, origin, width)
