"""What an earlier version of the rules said of each figure of a label set (run as a script).

Each attribution round was written before the rules that were later tuned on it, so the
rules of today are in domain on every set; what they will meet on new text is what the rules
of *that* day met on the round. This script, run with an earlier tree of the package on
``PYTHONPATH``, writes those rules' signals for one set as JSON lines (one per story: its
figures with the metric those rules gave, and the phrases of that version's vocabulary near
each figure, the subject they gave and their clause parse's subject of the figure's clause,
and the status, hedge and change direction they gave),
for ``reader.eval.train_metric --history`` and
``reader.eval.train_subject --history`` to train on:

    git archive COMMIT reader | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old python reader/eval/metric_history.py LABELS_DIR/attrib_r5 > OUT

It imports only what every version since the first attribution round has (``extract_figures``
and the vocabulary: ``context._METRIC_RE``/``_METRIC_OF``, later ``vocabulary.py``); which commit was used for which
set is recorded in ``labels/metric_history/README.md``. A figure is placed in its sentence as
``metric_model.spots`` places it (left to right by surface).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from typing import Any

WINDOW = 160  # as metric_model.WINDOW
PROSE_FIRST_LINE = 15  # as attribution.PROSE_FIRST_LINE


def _story(path: Path) -> tuple[str, list[str]]:
    text = path.read_text(encoding="utf-8")
    try:
        from reader.story.decode import normalise_text

        text = normalise_text(text)
    except ImportError:
        text = html.unescape(text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines[0].split()) >= PROSE_FIRST_LINE and lines[0].rstrip().endswith((".", '"', "”")):
        # no headline (as attribution.story_of): the first line is the first paragraph
        try:
            from reader.story.titles.generate import generate_title

            return generate_title(lines[0]), lines
        except ImportError:
            return "", lines
    return lines[0], lines[1:]


def _vocab(text: str, start: int, end: int) -> list[list[Any]]:
    """The vocabulary phrases near the figure at ``start:end``: start, end, metric."""
    from reader.figures import context

    # (the vocabulary lived in context.py before it had a module of its own)
    metric_of: Any = getattr(context, "_METRIC_OF", None)
    metric_re: Any = getattr(context, "_METRIC_RE", None)
    if metric_of is None or metric_re is None:
        from reader.figures import vocabulary

        metric_of, metric_re = vocabulary.METRIC_OF, vocabulary.METRIC_RE
    # the sentence's phrases within WINDOW characters of the figure (metric_model.near)
    return [
        [m.start(), m.end(), metric_of[m.group(1).lower()]]
        for m in metric_re.finditer(text)
        if m.start() >= start - WINDOW and m.end() <= end + WINDOW
    ]


def _clause(text: str, start: int) -> str | None:
    """That version's clause parse of the figure's clause (its grammatical subject), or None
    when it had none (``clause.clause_subject`` came with the third round)."""
    try:
        from reader.figures.clause import clause_subject
    except ImportError:
        return None
    found: str | None = clause_subject(text, start)
    return found


def story_record(name: str, path: Path) -> dict[str, Any]:
    from reader.figures import extract_figures

    title, paragraphs = _story(path)
    figures = extract_figures(paragraphs, title=title)
    order = sorted(
        range(len(figures)),
        key=lambda k: (figures[k].sentence_index, figures[k].sentence.find(figures[k].surface)),
    )
    at: dict[int, int] = {}
    placed: list[tuple[int, int, int]] = []
    for k in order:
        f = figures[k]
        a = f.sentence.find(f.surface, at.get(f.sentence_index, 0))
        if a < 0:
            a = f.sentence.find(f.surface)
        if a < 0:
            continue
        at[f.sentence_index] = a + len(f.surface)
        placed.append((k, a, a + len(f.surface)))
    out = []
    for k, a, b in placed:
        f = figures[k]
        row = {
            "surface": f.surface, "kind": f.kind, "value": f.value, "unit": f.unit,
            "metric": f.metric, "subject": f.subject, "clause": _clause(f.sentence, a),
            "sentence_index": f.sentence_index, "sentence": f.sentence,
            "vocab": _vocab(f.sentence, a, b),
            # the status, hedge and change direction those rules gave (None before each came)
            "status": getattr(f, "status", None), "hedge": getattr(f, "hedge", None),
            "change": getattr(getattr(f, "change", None), "direction", None),
        }  # fmt: skip
        out.append(row)
    return {"file": name, "figures": out}


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    labels = folder / "labels.jsonl"
    files = sorted(
        {json.loads(ln)["file"] for ln in labels.read_text(encoding="utf-8").splitlines() if ln}
    )
    for name in files:
        print(json.dumps(story_record(name, folder / name), sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
