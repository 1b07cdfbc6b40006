"""Punkt sentence boundaries (Kiss & Strunk 2006) for this project's fixed parameters.

The decisions are those of nltk's ``PunktSentenceTokenizer`` (3.10) given a parameter set that
holds only an abbreviation list: no collocations, no frequent sentence starters and no
orthographic statistics. With those empty, Punkt's second pass reduces to a few rules on the
token after a period, so each possible break is decided by plain string tests over the two
tokens around it instead of nltk's per-token objects and its regex wrapper (which times every
match). The regular expressions are nltk's own (read from its Punkt classes, not copied), so the
tokens, contexts and realignments are the same; a test compares the two on arbitrary text.
Importing this module imports nltk (the stemmer needs it too), so :mod:`reader.text.sentences`
imports it on the first split.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import Any

from nltk.tokenize.punkt import PunktLanguageVars, PunktToken


def _plain(timed: Any) -> Any:
    """nltk's compiled expression without its time-out wrapper (``nltk.redos.TimedPattern``
    holds the ``regex`` pattern it wraps; the pattern and flags are nltk's own)."""
    return getattr(timed, "_rx", timed)


# nltk's PunktLanguageVars (English defaults) and PunktToken expressions, taken from nltk itself
# so the tokens, contexts and realignments are nltk's for the installed version.
_LANGUAGE = PunktLanguageVars()
PERIOD_CONTEXT: Any = _plain(_LANGUAGE.period_context_re())
_WORDS: Any = _plain(_LANGUAGE._word_tokenizer_re())
_REALIGN: Any = _plain(_LANGUAGE.re_boundary_realignment)
_ELLIPSIS: Any = _plain(PunktToken._RE_ELLIPSIS)
_NUMERIC: Any = _plain(PunktToken._RE_NUMERIC)
_INITIAL: Any = _plain(PunktToken._RE_INITIAL)

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
