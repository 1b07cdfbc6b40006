"""``python -m reader.eval figures --seeds DIR --bbc DIR [--labels FILE] [-v]``.

Precision/recall of ``extract_figures`` against hand labels (JSON lines: ``file``, ``split``
("dev" or "test", default "dev"), ``surface``, ``kind``, ``value``, ``unit``; a line whose
``kind`` is null only names a file that has no figures, so its extractions count as false
positives). ``file`` is ``seeds/NAME`` (resolved under --seeds) or ``bbc/<cat>/NNN.txt``
(resolved to ``--bbc/News Articles/<cat>/NNN.txt``, title line dropped) or ``fresh/NAME``
(stories written for the labels, kept beside the labels file: ``<labels dir>/fresh/NAME``).

A match is the same kind and unit with the same value (relative difference under 1e-6); for counts the unit is compared
by its head noun (last word, case-folded), so "daily active users" matches "users". A figure
repeated in one file is one fact: labels list it once and repeated extractions of the same
kind/unit/value are collapsed before scoring. Each label matches at most one extracted figure.
Only files named in the labels are scored. See labels/README.md for what is labelled.
Precision/recall are printed per source and split, then per kind (money, percent, count,
other; a kind's figures are matched only against labels of that kind).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LABELS = Path(__file__).with_name("labels") / "figures.jsonl"


@dataclass(frozen=True, slots=True)
class Label:
    file: str
    surface: str
    kind: str
    value: float
    unit: str | None
    split: str = "dev"


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_labels(path: Path) -> list[Label]:
    labels: list[Label] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            split = str(d.get("split") or "dev")
            if d["kind"] is None:
                labels.append(Label(d["file"], "", "", 0.0, None, split))
            else:
                value = float(d["value"])
                labels.append(Label(d["file"], d["surface"], d["kind"], value, d["unit"], split))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}:{n}: bad label line ({exc})") from None
    return labels


def article_paragraphs(
    name: str, seeds: Path | None, bbc: Path | None, here: Path | None = None
) -> list[str] | None:
    """The paragraphs of a labelled file, or None when its source directory was not given.

    ``here`` is the labels file's directory, which holds the ``fresh/`` stories.
    """
    source, _, rest = name.partition("/")
    if source == "fresh" and here is not None:
        text = (here / name).read_text(encoding="utf-8")
        return [p for p in text.splitlines() if p.strip()]
    if source == "seeds" and seeds is not None:
        text = (seeds / rest).read_text(encoding="utf-8", errors="replace")
        return [p for p in text.splitlines() if p.strip()]
    if source == "bbc" and bbc is not None:
        text = (bbc / "News Articles" / rest).read_text(encoding="utf-8", errors="replace")
        return [p for p in text.splitlines()[1:] if p.strip()]
    return None


def unit_key(kind: str, unit: str | None) -> str | None:
    """Units as compared: a count's head noun (its last word before any "of" phrase,
    case-folded: "letters of objection" counts letters), a measure's unit by its full name
    ("kg" and "kilograms", "kWh" and "kilowatt hours", "a day" and "per day"), before any "of"
    phrase as a count's ("tonnes of carbon dioxide equivalent" are tonnes; session 42) and in
    one spelling ("square meters", "square metres"), others verbatim."""
    if kind == "count" and unit:
        return unit.split(" of ")[0].split()[-1].lower()
    if kind == "percent" and unit:
        return _PERCENT_UNITS.get(unit.lower(), unit)  # "percentage points" are "pp"
    if kind == "other" and unit:
        name = " ".join(unit.replace("-", " ").replace(" a day", " per day").split())
        name = _SPELLED.sub(r"\1tres", name.split(" of ")[0])
        return _UNIT_NAMES.get(name.lower(), name)
    return unit


# a percentage's unit written out, as the extractor and most labels write it (attrib_r21's
# labeller wrote points out: "percentage points")
_PERCENT_UNITS = {"percentage points": "pp", "percentage point": "pp", "ppt": "pp", "ppts": "pp",
                  "percent": "%", "per cent": "%"}  # fmt: skip
# the American spelling of a metric unit's ending ("square meters", "liters")
_SPELLED = re.compile(r"(me|li)ters\b")
# a measure's unit written short, as its full name (the extractor's and most labels' way)
_UNIT_NAMES = {
    "kg": "kilograms", "kilogrammes": "kilograms", "km": "kilometres", "kilometers": "kilometres",
    "m": "metres", "meters": "metres", "kwh": "kilowatt hours", "mwh": "megawatt hours",
    "gwh": "gigawatt hours", "twh": "terawatt hours", "sq ft": "square feet",
    "sq m": "square metres", "ha": "hectares", "teu": "TEU", "teus": "TEU", "bpd": "barrels per day",
    "mw": "megawatts", "gw": "gigawatts", "kw": "kilowatts",
    "mm": "millimetres", "millimeters": "millimetres", "cm": "centimetres",
    "centimeters": "centimetres", "km/h": "kilometres per hour", "kph": "kilometres per hour",
    "kmh": "kilometres per hour", "kilometres an hour": "kilometres per hour",
    "kilometers per hour": "kilometres per hour",
}  # fmt: skip


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def matches(label: Label, kind: str, value: float, unit: str | None) -> bool:
    if label.kind != kind or unit_key(kind, label.unit) != unit_key(kind, unit):
        return False
    return close(label.value, value)


def distinct(
    found: Sequence[tuple[str, str, float, str | None]],
) -> list[tuple[str, str, float, str | None]]:
    """Repeats of one kind/unit/value in a file collapse into their first mention."""
    kept: list[tuple[str, str, float, str | None]] = []
    for f in found:
        key = unit_key(f[1], f[3])
        if not any(
            k[1] == f[1] and unit_key(k[1], k[3]) == key and close(k[2], f[2]) for k in kept
        ):
            kept.append(f)
    return kept


def score_file(
    labels: list[Label], found: Sequence[tuple[str, str, float, str | None]]
) -> tuple[Tally, list[Label], list[tuple[str, str, float, str | None]]]:
    """Greedy one-to-one matching; returns the tally, missed labels and false positives."""
    left = distinct(found)
    misses: list[Label] = []
    tally = Tally()
    for label in labels:
        if not label.kind:
            continue  # a file-only line: nothing to find
        hit = next((f for f in left if matches(label, f[1], f[2], f[3])), None)
        if hit is None:
            misses.append(label)
            tally.fn += 1
        else:
            left.remove(hit)
            tally.tp += 1
    tally.fp = len(left)
    return tally, misses, left


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval figures")
    parser.add_argument("--seeds", type=Path)
    parser.add_argument("--bbc", type=Path)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from reader.figures import extract_figures

    try:
        labels = load_labels(args.labels)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    by_file: dict[str, list[Label]] = {}
    for label in labels:
        by_file.setdefault(label.file, []).append(label)
    totals: dict[str, Tally] = {}
    kinds: dict[str, Tally] = {}
    for name, file_labels in sorted(by_file.items()):
        try:
            paragraphs = article_paragraphs(name, args.seeds, args.bbc, args.labels.parent)
        except OSError as exc:
            print(f"error: {name}: {exc.strerror}", file=sys.stderr)
            return 2
        if paragraphs is None:
            continue
        figs = extract_figures(paragraphs)
        found: list[tuple[str, str, float, str | None]] = [
            (f.surface, str(f.kind), f.value, f.unit) for f in figs
        ]
        add_kinds(kinds, file_labels, found)
        tally, misses, extra = score_file(file_labels, found)
        source = name.split("/", 1)[0]
        split = file_labels[0].split
        for key in (source, split, f"{source}-{split}", "all"):
            t = totals.setdefault(key, Tally())
            t.tp, t.fp, t.fn = t.tp + tally.tp, t.fp + tally.fp, t.fn + tally.fn
        if args.verbose:
            for m in misses:
                print(f"MISS {name}: {m.surface!r} {m.kind} {m.value:g} {m.unit}")
            for e in extra:
                print(f"FP   {name}: {e[0]!r} {e[1]} {e[2]:g} {e[3]}")
    print(f"{'source':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8}")
    for key, t in sorted(totals.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        print(f"{key:<10} {t.tp:>5} {t.fp:>5} {t.fn:>5} {t.precision():>10.3f} {t.recall():>8.3f}")
    print(f"{'kind':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8}")
    for key, t in sorted(kinds.items()):
        print(f"{key:<10} {t.tp:>5} {t.fp:>5} {t.fn:>5} {t.precision():>10.3f} {t.recall():>8.3f}")
    return 0


def add_kinds(
    kinds: dict[str, Tally],
    labels: Sequence[Label],
    found: Sequence[tuple[str, str, float, str | None]],
) -> None:
    """Adds one file's precision/recall counts per kind (money, percent, count, other)."""
    for kind in sorted({lb.kind for lb in labels if lb.kind} | {f[1] for f in found}):
        tally, _, _ = score_file(
            [lb for lb in labels if lb.kind == kind], [f for f in found if f[1] == kind]
        )
        k = kinds.setdefault(kind, Tally())
        k.tp, k.fp, k.fn = k.tp + tally.tp, k.fp + tally.fp, k.fn + tally.fn
