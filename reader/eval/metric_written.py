"""``python -m reader.eval.metric_written LABELS.jsonl ...``: how much of each round's metric
labels the text writes, so how far reading it can take the metric.

For every matched figure (as ``python -m reader.eval attribution`` matches them) it asks
whether the label could be read off the text at all, as the scorer
(``attrib_rules.metric_right``) reads names:

- ``span``: some run of at most ``MAX_WORDS`` words of the figure's sentence is a right
  metric (the label's words written together: "box office takings");
- ``sentence``: the label's words are all in the figure's sentence, in any order ("rents in
  university halls" for "hall rent");
- ``story``: they are all somewhere in the story (title and paragraphs).

It prints per round the share of figures whose metric is right today, the share of each
kind of writing above, and the ceilings: the share that is right or whose label the
sentence / the story writes. A round whose labels name measures in words the story never
writes cannot be matched by reading it, whatever picks among its words.

With more than one round it also splits each round's figures by their label's name: a name
no other round given uses (``metric_loro.own_names``: new to the rules, as most names of new
text are) or one another round uses too, and prints the share of own names and the metric
right among each.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.eval.attrib_rules import metric_right
from reader.eval.attribution import load_all, story_of
from reader.eval.metric_loro import fold, own_names
from reader.eval.metric_misses import Row, _at, rows_of, words_of

MAX_WORDS = 4  # as long as a callout's metric gets (``premodified.MAX_WORDS``)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def written_span(label: str, sentence: str, most: int = MAX_WORDS) -> bool:
    """Whether a run of at most ``most`` words of ``sentence`` is a right metric for
    ``label``."""
    words = _TOKEN.findall(sentence)
    return any(
        metric_right(label, " ".join(words[i : i + n]))
        for n in range(1, most + 1)
        for i in range(len(words) - n + 1)
    )


def written_in(label: str, text: str) -> bool:
    """Whether every word of ``label`` (folded as the scorer folds them) is in ``text``."""
    want = words_of(label)
    low = text.lower()
    return bool(want) and all(_at(low, w) for w in want)


Tally = tuple[int, int, int, int, int, int, int]


def tally(rows: Sequence[Row], stories: dict[str, str]) -> Tally:
    """Matched, right, written as a span / in the sentence / in the story, and right or
    written in the sentence / in the story (``stories``: each file's whole text)."""
    n = right = span = sent = story = ceil_sent = ceil_story = 0
    for r in rows:
        n += 1
        in_span = written_span(r.label, r.sentence)
        in_sent = in_span or written_in(r.label, r.sentence)
        in_story = in_sent or written_in(r.label, stories.get(r.file, ""))
        right += r.right
        span += in_span
        sent += in_sent
        story += in_story
        ceil_sent += r.right or in_sent
        ceil_story += r.right or in_story
    return n, right, span, sent, story, ceil_sent, ceil_story


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.metric_written")
    parser.add_argument("labels", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        rounds = {f.parent.name: load_all(f)[0] for f in args.labels}
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    own = own_names(rounds) if len(rounds) > 1 else {}
    print(f"{'round':<12} {'n':>4} {'right':>6} {'span':>6} {'sentence':>8} {'story':>6}"
          f" {'ceiling sentence':>16} {'ceiling story':>13} {'own':>5} {'right|own':>9}"
          f" {'right|shared':>12}")  # fmt: skip
    total = [0] * 7
    names = [0, 0, 0, 0]  # figures, own names, right among own, right among shared
    for labels in args.labels:
        try:
            rows = rows_of(labels)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        stories: dict[str, str] = {}
        for name in {r.file for r in rows}:
            title, paragraphs = story_of(labels.parent / name)
            stories[name] = "\n".join([title, *paragraphs])
        row = tally(rows, stories)
        total = [a + b for a, b in zip(total, row, strict=True)]
        split = by_name(rows, own.get(labels.parent.name))
        names = [a + b for a, b in zip(names, split, strict=True)]
        _print(labels.parent.name, row, split if own else None)
    if len(args.labels) > 1:
        _print("pooled", tuple(total), names)
    return 0


def by_name(rows: Sequence[Row], own: set[str] | None) -> list[int]:
    """Figures, those whose label is one of the round's ``own`` names, and the right ones
    among those and among the others."""
    mine = [own is not None and fold(r.label) in own for r in rows]
    return [
        len(rows),
        sum(mine),
        sum(r.right for r, m in zip(rows, mine, strict=True) if m),
        sum(r.right for r, m in zip(rows, mine, strict=True) if not m),
    ]


def _share(part: int, whole: int) -> str:
    return f"{(part / whole if whole else float('nan')):.3f}"


def _print(name: str, row: Sequence[int], split: Sequence[int] | None = None) -> None:
    n = row[0]
    s = [_share(v, n) for v in row[1:]]
    line = f"{name:<12} {n:>4} {s[0]:>6} {s[1]:>6} {s[2]:>8} {s[3]:>6} {s[4]:>16} {s[5]:>13}"
    if split is not None:
        count, mine, right_own, right_shared = split
        line += f" {_share(mine, count):>5} {_share(right_own, mine):>9}"
        line += f" {_share(right_shared, count - mine):>12}"
    print(line)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
