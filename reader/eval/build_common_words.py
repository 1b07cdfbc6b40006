"""``python -m reader.eval.build_common_words WORDLIST [--out FILE]``: the common-words list.

``reader/figures/common_words.txt.gz`` holds every lower-case word of an English spelling word
list (SCOWL's British English list as Debian ships it: ``apt-get install wbritish``, then
``/usr/share/dict/british-english``), one per line, sorted, without possessives: the words that
are English words when written in lower case ("tram", "hospital", "insurers"). A capitalised
word opening a headline that is one of them is not a name by that alone
(``reader.figures._may_name``). The file is rebuilt byte-identically from the same list (gzip
with no name and no time stamp). SCOWL's copyright notice is in
``reader/figures/common_words.NOTICE``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from briefing.output import write_atomic_bytes

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "figures" / "common_words.txt.gz"


def common_words(text: str) -> list[str]:
    """The lower-case words of a word list's text (one word a line), sorted and unique."""
    return sorted({w for w in text.split() if w.islower() and "'" not in w})


def packed(words: list[str]) -> bytes:
    """The words one a line, gzip-compressed with no file name and no time stamp."""
    return gzip.compress(("\n".join(words) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.build_common_words")
    parser.add_argument("wordlist", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        text = args.wordlist.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.wordlist}: {exc}", file=sys.stderr)
        return 2
    words = common_words(text)
    try:
        write_atomic_bytes(str(args.out), packed(words))
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc}", file=sys.stderr)
        return 3
    print(f"wrote {len(words)} words to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
