"""Punkt sentence boundaries (Kiss & Strunk 2006) for this project's fixed parameters.

The decisions are those of nltk's ``PunktSentenceTokenizer`` (3.10) given a parameter set that
holds only an abbreviation list: no collocations, no frequent sentence starters and no
orthographic statistics. With those empty, Punkt's second pass reduces to a few rules on the
token after a period, so each possible break is decided by plain string tests over the two
tokens around it instead of nltk's per-token objects and its regex wrapper (which times every
match). The regular expressions are nltk's (3.10) own, written out here as nltk's
``PunktLanguageVars`` and ``PunktToken`` build them and compiled once with the same engine
(``regex``) and flags, so the tokens, contexts and realignments are the same without importing
nltk (about a third of a second of CPU in every process that splits); tests compare the
expressions with nltk's and the sentences with nltk's on arbitrary text and on the seeds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import Any

import regex

# nltk's PunktLanguageVars (English defaults) and PunktToken expressions, as nltk builds them:
# the closing marks that end a word or follow a sentence end ("other punctuation"), and the
# multi-character punctuation (dashes, ellipses)
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb\?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_PERIOD_CONTEXT = r"""
        [\.\?!]             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))""" % {"NonWord": _NON_WORD}  # noqa: UP031 (nltk's form; {} are the regex's)
_WORD_TOKENIZE = r"""(
        %(MultiChar)s
        |
        (?=%(WordStart)s)\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            %(NonWord)s|%(MultiChar)s|          # Punctuation
            ,(?=$|\s|%(NonWord)s|%(MultiChar)s) # Comma if at end of word
        )
        |
        \S
    )""" % {"NonWord": _NON_WORD, "MultiChar": _MULTI_CHAR, "WordStart": _WORD_START}  # noqa: UP031
_FLAGS = regex.V0 | regex.UNICODE
PERIOD_CONTEXT: Any = regex.compile(_PERIOD_CONTEXT, _FLAGS | regex.VERBOSE)
_WORDS: Any = regex.compile(_WORD_TOKENIZE, _FLAGS | regex.VERBOSE)
_REALIGN: Any = regex.compile(
    r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', _FLAGS | regex.MULTILINE
)
_ELLIPSIS: Any = regex.compile(r"\.\.+$", _FLAGS)
_NUMERIC: Any = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$", _FLAGS)
_INITIAL: Any = regex.compile(r"[^\W\d]\.$", _FLAGS)

_SENT_END = frozenset(".?!")
_PUNCTUATION = frozenset(";:,.!?")
_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace: what Punkt's word-before search stops at


class Punkt:
    """Sentences of a text as Punkt splits them with ``abbreviations`` as its only parameters.

    ``tokenize(text)`` equals nltk's ``PunktSentenceTokenizer(params).tokenize(text)``.
    Decisions are remembered per context ("said. The"): with fixed parameters the answer for
    a context never changes, and news repeats contexts a lot.
    """

    def __init__(self, abbreviations: Collection[str], cache: int = 65536) -> None:
        self.abbreviations = frozenset(abbreviations)
        self.breaks = lru_cache(maxsize=cache)(self._breaks)

    def tokenize(self, text: str) -> list[str]:
        return [text[start:stop] for start, stop in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, stop) of each sentence, boundaries realigned past closing quotes/brackets."""
        slices: list[tuple[int, int]] = []
        last = 0
        for match, context in _contexts(text):
            if self.breaks(context):
                slices.append((last, match.end()))
                last = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last, len(text.rstrip())))
        return _realign(text, slices)

    def _breaks(self, context: str) -> bool:
        """Whether a token Punkt marks as a sentence break has another token after it."""
        word, period, after = context.partition(".")
        if period and word.isalnum() and word.isascii():
            first = self._first_after(after)
            if first is not None:
                return self._is_break(word + ".", first)
        tokens = [t for line in context.split("\n") if line.strip() for t in _WORDS.findall(line)]
        return any(self._is_break(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1))

    @staticmethod
    def _first_after(after: str) -> str | None:
        """For a context "W." + ``after`` where W is an ASCII word (so "W." is Punkt's first
        token): the token after it, when the common shapes of ``after`` leave nothing else
        that could break ("W.)", "W. The", 'W. "The', "W. the,"); None for any other shape."""
        if len(after) == 1:  # one closing mark, which is a token of its own
            return after
        if after[:1] != " ":
            return None
        rest = after[1:]
        if rest.isalnum() and rest.isascii():
            return rest
        if rest[:1] == '"' and rest[1:].isalnum() and rest[1:].isascii():
            return '"'
        if rest[-1:] == "," and rest[:-1].isalnum() and rest[:-1].isascii():
            return rest[:-1]
        return None

    def _is_break(self, token: str, after: str) -> bool:
        # first pass: the token's own type
        if token not in _SENT_END:
            if not token.endswith(".") or token.endswith("..") or _ELLIPSIS.match(token):
                return False
            bare = token[:-1].lower()
            if bare in self.abbreviations or bare.split("-")[-1] in self.abbreviations:
                return False
        if not token.endswith("."):
            return True
        # second pass: initials and ordinals before a lower-case word or punctuation (the
        # orthographic heuristic with no statistics), and initials before a capital, are not
        # breaks
        initial = len(token) == 2 and _INITIAL.match(token) is not None
        kind = token.lower()
        if kind[0] in "-.," or kind[0].isdigit():  # what _NUMERIC can match starts so
            kind = _NUMERIC.sub("##number##", kind)
        if len(kind) > 1 and kind[-1] == ".":
            kind = kind[:-1]
        if not initial and kind != "##number##":
            return True
        if after in _PUNCTUATION or after[0].islower():
            return False
        return not (initial and after[0].isupper())


def _last_whitespace(text: str) -> int:
    """Index of the last ASCII white space in ``text``; 0 when there is none (or only at 0)."""
    return max(0, max(text.rfind(c) for c in _WHITESPACE))


def _contexts(text: str) -> Iterator[tuple[Any, str]]:
    """Each possible break with its context, the word before it through the token after it;
    a break whose word overlaps the next one's is left out (nltk's
    ``_match_potential_end_contexts``)."""
    previous: Any = None
    start = stop = 0
    spaces_only = not any(c in text for c in _WHITESPACE[1:])  # a joined block: " " only
    for match in PERIOD_CONTEXT.finditer(text):
        at = match.start()
        if spaces_only:
            space = max(0, text.rfind(" ", stop, at) - stop)
        else:
            space = _last_whitespace(text[stop:at])
        word = space + stop + 1 if space else start
        if previous is not None and stop <= word:
            yield previous, text[start:stop] + previous.group() + previous.group("after_tok")
        previous, start, stop = match, word, at
    if previous is not None:
        yield previous, text[start:stop] + previous.group() + previous.group("after_tok")


def _realign(text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closing quotes and brackets after a break belong to the sentence before it."""
    out: list[tuple[int, int]] = []
    shift = 0
    last = len(slices) - 1
    for k, (start, stop) in enumerate(slices):
        start += shift
        if k == last:
            if start < stop:
                out.append((start, stop))
            break
        after_start, after_stop = slices[k + 1]
        match = _REALIGN.match(text[after_start:after_stop])
        if match:
            out.append((start, after_start + len(match.group(0).rstrip())))
            shift = match.end()
        else:
            shift = 0
            if start < stop:
                out.append((start, stop))
    return out
