"""``python -m reader.eval.metric_misses LABELS.jsonl ... [--dump FILE] [--list]``: why the
metric of a matched figure is wrong, counted per class and cause.

Each matched figure whose metric the attribution eval scores wrong falls in one class:

- ``qualifier``: the extracted metric is the label's head word without a qualifier the label
  adds ("profit" for "operating profit", "sales" for "net sales"); its cause says where the
  missing words are: in the figure's own phrase (the words between the measure and the
  figure, no other number and no clause break between), elsewhere in its sentence, or not in
  it;
- ``other``: the extracted metric names another measure; its cause says what picked it
  (``_other_cause``): a measure written nearer another number of the sentence, the sentence's first
  measure while the label's words come later, a measure after the figure while the label's is
  before it (or the reverse), a measure the sentence does not write (carried, learned), or one
  whose words the label's sentence does not hold at all;
- ``none``: no metric (cause: whether the label's words are in the sentence).

``--dump FILE`` writes every matched figure (round, file, surface, label, found, right) as
JSON lines, so two trees' dumps can be compared figure by figure (``--diff OLD NEW``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.eval.attrib_rules import SAME_WORDS, metric_right, singular
from reader.eval.attribution import by_file, load_all, matched, shown, story_of
from reader.model import Figure

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"(?<![\w.])[$£€¥]?\d[\d,.]*(?:\s?(?:%|per ?cent|bn|m|million|billion))?")
_BREAK = re.compile(r"[;:\u2014]| - |, (?:and|but|while|as|which) ")


@dataclass(frozen=True, slots=True)
class Row:
    """One matched figure as the metric eval reads it."""

    round: str
    file: str
    surface: str
    label: str
    found: str
    right: bool
    sentence: str
    kind: str = ""
    cause: str = ""


def _folded(words: Sequence[str]) -> list[str]:
    return [singular(SAME_WORDS.get(w, w)) for w in words]


def words_of(metric: str) -> list[str]:
    """A metric's words as written, folded as the scorer folds them (case, number; a name
    the synonyms give as a whole, "net profit" for "net income", stays as written)."""
    return _folded(_WORD.findall(metric.lower()))


def _at(sentence: str, word: str) -> list[int]:
    """Where a folded word is written in the sentence (its word starts)."""
    return [m.start() for m in _WORD.finditer(sentence) if singular(m.group(0).lower()) == word]


def _figure_at(sentence: str, surface: str) -> int:
    at = sentence.find(surface)
    return at if at >= 0 else sentence.find(surface.split()[0]) if surface.split() else -1


def classify(row: Row) -> tuple[str, str]:
    """The row's class and cause (module doc)."""
    want, got = words_of(row.label), words_of(row.found)
    sent = row.sentence.lower()
    fig = _figure_at(row.sentence, row.surface)
    label_in = bool(want) and all(_at(sent, w) for w in want)
    if not got:
        return "none", "label words in sentence" if label_in else "label words not in sentence"
    if want and got[-1] == want[-1] and not set(got) <= set(want):
        return "other", "same head, another qualifier"
    if set(got) < set(want):
        missing = [w for w in want if w not in got]
        if not all(_at(sent, w) for w in missing):
            return "qualifier", "qualifier not in sentence"
        return "qualifier", _qualifier_cause(sent, fig, got, missing)
    if not all(_at(sent, w) for w in got):
        return "other", "found not written in sentence"
    if not label_in:
        return "other", "label words not in sentence"
    return "other", _other_cause(sent, fig, got, want)


def _qualifier_cause(sent: str, fig: int, got: list[str], missing: list[str]) -> str:
    """Whether the qualifier sits in the figure's own phrase (no number or clause break
    between it and the figure)."""
    for w in missing:
        spots = _at(sent, w)
        near = min(spots, key=lambda s: abs(s - fig)) if fig >= 0 else spots[0]
        lo, hi = sorted((near, fig))
        between = sent[lo:hi]
        if fig >= 0 and not _BREAK.search(between) and len(_NUMBER.findall(between)) <= 1:
            continue
        return "qualifier elsewhere in sentence"
    return "qualifier in figure's phrase"


def _other_cause(sent: str, fig: int, got: list[str], want: list[str]) -> str:
    """What picked another measure the sentence writes (module doc)."""
    got_at = min(_at(sent, got[-1]), key=lambda s: abs(s - fig))
    want_at = min(_at(sent, want[-1]), key=lambda s: abs(s - fig))
    numbers = [m.start() for m in _NUMBER.finditer(sent) if abs(m.start() - fig) > 2]
    nearest_number = min(numbers, key=lambda n: abs(n - got_at), default=None)
    if nearest_number is not None and abs(nearest_number - got_at) < abs(fig - got_at):
        return "nearer another number"
    if got_at < fig < want_at or want_at < fig < got_at:
        return "found on the other side of the figure"
    if abs(got_at - fig) < abs(want_at - fig):
        return "found nearer than the label's (same side)"
    return "label nearer, found chosen"


def rows_of(labels: Path) -> list[Row]:
    """Every matched figure of one round with its label's and the extractor's metric."""
    from reader.figures import extract_figures

    truths = load_all(labels)[0]
    out: list[Row] = []
    for name, items in sorted(by_file(truths).items()):
        title, paragraphs = story_of(labels.parent / name)
        figures: list[Figure] = extract_figures(paragraphs, title=title)
        for t, f in matched(items, figures)[0]:
            row = Row(
                labels.parent.name, name, t.label.surface, t.metric, f.metric or "",
                metric_right(t.metric, f.metric, *shown(t, f)), f.sentence,
            )  # fmt: skip
            if not row.right:
                kind, cause = classify(row)
                row = Row(**{**asdict(row), "kind": kind, "cause": cause})
            out.append(row)
    return out


def diff(old: Sequence[Row], new: Sequence[Row]) -> tuple[int, int, int]:
    """Figures whose metric changed between two dumps, and how many became right / wrong."""
    before = {(r.round, r.file, r.surface, r.label): r for r in old}
    changed = better = worse = 0
    for r in new:
        o = before.get((r.round, r.file, r.surface, r.label))
        if o is None or o.found == r.found:
            continue
        changed += 1
        better += int(r.right and not o.right)
        worse += int(o.right and not r.right)
        mark = "+" if r.right and not o.right else "-" if o.right and not r.right else "="
        print(
            f"{mark} {r.round}/{r.file} {r.surface!r} want {r.label!r}: {o.found!r} -> {r.found!r}"
        )
    return changed, better, worse


def _read(path: Path) -> list[Row]:
    return [Row(**json.loads(ln)) for ln in path.read_text(encoding="utf-8").splitlines() if ln]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.metric_misses")
    parser.add_argument("labels", type=Path, nargs="*")
    parser.add_argument("--dump", type=Path, help="write every matched figure here")
    parser.add_argument("--list", action="store_true", help="print each miss")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.diff:
        try:
            changed, better, worse = diff(_read(args.diff[0]), _read(args.diff[1]))
        except (OSError, ValueError, TypeError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"changed {changed}, better {better}, worse {worse}")
        return 0
    rows: list[Row] = []
    for labels in args.labels:
        try:
            rows += rows_of(labels)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    misses = [r for r in rows if not r.right]
    if args.dump:
        args.dump.write_text("".join(json.dumps(asdict(r)) + "\n" for r in rows), encoding="utf-8")
    if args.list:
        for r in misses:
            print(f"{r.kind}/{r.cause}: {r.round}/{r.file} {r.surface!r} want {r.label!r} "
                  f"got {r.found!r} | {r.sentence}")  # fmt: skip
    print(f"matched {len(rows)}, metric wrong {len(misses)}")
    for kind, n in Counter(r.kind for r in misses).most_common():
        print(f"{kind:<10} {n:>4}")
        for cause, m in Counter(r.cause for r in misses if r.kind == kind).most_common():
            print(f"    {cause:<45} {m:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
