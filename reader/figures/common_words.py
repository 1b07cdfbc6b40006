"""English words as they are written in lower case ("tram", "hospital", "insurers"): a
headline's capitalised first word that is one of them is no name by that alone ("Tram fares in
Manchester will be frozen" names no "Tram"; "Kaleva Mutual's return" names "Kaleva").

The list ships with the package (``common_words.txt.gz``, SCOWL's British English list; its
notice in ``common_words.NOTICE``; rebuilt by ``python -m reader.eval.build_common_words``)
and is read once per process, the first time a headline's first word asks.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

_FILE = Path(__file__).with_name("common_words.txt.gz")


@cache
def common_words() -> frozenset[str]:
    """Every word of the list (an empty set if the file cannot be read: then no word is
    ruled out, as before the list)."""
    try:
        return frozenset(gzip.decompress(_FILE.read_bytes()).decode("utf-8").split())
    except (OSError, EOFError, UnicodeDecodeError):
        return frozenset()


def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case) is an English word written in lower case."""
    return word.lower() in common_words()
