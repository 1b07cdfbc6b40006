"""``python -m reader.eval attribution [--labels FILE] [-v]``: what, whose and when, per figure.

Scores ``extract_figures`` against labels that say what each figure measures (``metric``),
whose it is (``subject``: any of the listed owners counts), and its ``status`` (actual,
expected, forecast, planned, base, hypothetical) — see labels/attrib/README.md. Figures are
matched to labels as in ``reader.eval figures`` (same kind, unit and value). Then, over the
matched figures:

- metric right, subject right: as a reader would take them (``reader.eval.attrib_rules``:
  synonyms, singular and plural alike, a shared name word for an owner, ...);
- status right: the extracted status (``actual`` when the extractor gives none) equals the
  label; "shown as actual" counts the non-actual labels the extractor presents as actual;
- period right, over the matched figures whose label names a period: the period the briefing
  gives the figure (``briefing.periods.figure_period``) names it
  (``attrib_rules.period_right``). Labels
  leave the period empty where the story only implies it, so the figures without one are not
  scored;
- role right, over the matched figures whose label gives a role: a figure labelled a
  ``change`` ("slumped 18%", "up 5%") is one the callout shows as the change itself, signed
  (``product_role``), and one labelled a ``level`` is not.

Precision and recall are reported per kind. A label line whose ``kind`` is null names a
non-figure (a year, a model number, a rank, …: ``surface`` and a ``nonfigure`` note); the
report counts those taken as figures (an extraction that is not a labelled figure and whose
digits sit inside the non-figure's text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.periods import figure_period
from reader.eval.attrib_rules import metric_right, period_right, subject_right
from reader.eval.figures import Label, Tally, add_kinds, matches, score_file
from reader.model import Figure, Story

DEFAULT_LABELS = Path(__file__).with_name("labels") / "attrib" / "labels.jsonl"


@dataclass(frozen=True, slots=True)
class Truth:
    label: Label
    metric: str
    subjects: tuple[str, ...]
    status: str
    period: str = ""
    role: str = ""  # "level" or "change" (what the figure is: a level, or a move itself)


@dataclass(slots=True)
class Agreement:
    right: int = 0
    total: int = 0

    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class NonFigure:
    file: str
    surface: str


def load(path: Path) -> list[Truth]:
    return load_all(path)[0]


def load_all(path: Path) -> tuple[list[Truth], list[NonFigure]]:
    """The labelled figures and the labelled non-figures (lines whose ``kind`` is null)."""
    out: list[Truth] = []
    non: list[NonFigure] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if d["kind"] is None:
                non.append(NonFigure(str(d["file"]), str(d["surface"])))
                continue
            label = Label(d["file"], d["surface"], d["kind"], float(d["value"]), d["unit"])
            subjects = tuple(str(s) for s in d.get("subject") or ())
            status, period = str(d.get("status", "actual")), str(d.get("period") or "")
            role = str(d.get("role") or "")
            out.append(Truth(label, str(d["metric"]), subjects, status, period, role))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: bad label line ({exc})") from None
    return out, non


def by_file(truths: Sequence[Truth]) -> dict[str, list[Truth]]:
    """The labels of each story file, in the order given."""
    out: dict[str, list[Truth]] = {}
    for t in truths:
        out.setdefault(t.label.file, []).append(t)
    return out


_DIGITS = re.compile(r"\d[\d,.]*")


def taken(non: NonFigure, extra_surfaces: Sequence[str]) -> bool:
    """Whether an unmatched extraction reads a number inside this non-figure's text."""
    inside = {d.rstrip(".,") for d in _DIGITS.findall(non.surface)}
    return any(d.rstrip(".,") in inside for s in extra_surfaces for d in _DIGITS.findall(s))


# A first line of this many words ending a sentence is the story's first paragraph.
PROSE_FIRST_LINE = 15


def story_of(path: Path) -> tuple[str, list[str]]:
    """Title and paragraphs, read through the loader's text normalisation (so "&#163;" is a
    pound sign, as in every story the pipeline loads)."""
    from reader.story.decode import normalise_text

    text = normalise_text(path.read_text(encoding="utf-8"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if _reads_as_prose(lines[0]):
        # no headline: the story opens with its first paragraph ("MADRID (Reuters) - ..."), and
        # its title is generated from it, as the pipeline does
        from reader.story.titles.generate import generate_title

        return generate_title(lines[0]), lines
    return lines[0], lines[1:]


def product_figures(path: Path) -> tuple[Story, list[Figure]]:
    """The file read as ``newsdesk --whole`` reads it (one story, its headline, dateline and
    byline lines taken apart from its paragraphs) and the figures the enrichment finds in it
    (``reader.enrich.story_figures``, which the enrichment calls)."""
    from reader.enrich import story_figures
    from reader.pipeline import Document, read_document, split_document

    doc = read_document(str(path))
    if not isinstance(doc, Document):
        raise ValueError(f"{path}: {doc.message}")
    (story,) = split_document(doc, whole=True)
    return story, story_figures(story)


def _reads_as_prose(line: str) -> bool:
    """A first line that is a paragraph, not a headline: a sentence of some length."""
    from reader.story.lines.shape import ends_sentence

    return len(line.split()) >= PROSE_FIRST_LINE and ends_sentence(line)


@dataclass(slots=True)
class Score:
    kinds: dict[str, Tally] = field(default_factory=dict)
    metric: Agreement = field(default_factory=Agreement)
    subject: Agreement = field(default_factory=Agreement)
    status: Agreement = field(default_factory=Agreement)
    period: Agreement = field(default_factory=Agreement)
    # matched figures whose label names no period: how many the briefing dates anyway (a check
    # that a period rule does not date what the labeller left undated)
    undated: Agreement = field(default_factory=Agreement)
    role: Agreement = field(default_factory=Agreement)
    # the metric with a labelled change's words asked of the metric itself ("revenue growth"
    # wrong for "revenue +9.6%"), as this eval read it until session 69
    metric_strict: Agreement = field(default_factory=Agreement)
    shown_as_actual: int = 0
    non_taken: int = 0


def matched(
    items: Sequence[Truth], figures: Sequence[Figure]
) -> tuple[list[tuple[Truth, Figure]], list[Label], list[tuple[str, str, float, str | None]]]:
    """Each label the extractor found, with the figure that matches it (value, unit and kind, as
    the figures eval matches them); the labels missed and the extractions no label matches."""
    found = [(f.surface, str(f.kind), f.value, f.unit) for f in figures]
    _, misses, extra = score_file([t.label for t in items], found)
    pairs = [
        (
            t,
            next(
                f
                for f in figures
                if (f.surface, str(f.kind), f.value, f.unit) not in extra
                and matches(t.label, str(f.kind), f.value, f.unit)
            ),
        )
        for t in items
        if t.label not in misses
    ]
    return pairs, misses, extra


def product_role(fig: Figure) -> str:
    """ "change" where the product shows the figure as the move itself, signed ("slumped 18%":
    "-18%", ``format.signed_value``), else "level"."""
    from reader.figures.format import signed_value

    return "change" if signed_value(fig) else "level"


def label_signed(t: Truth, fig: Figure) -> str:
    """The callout's signed move ("+9.6%") when the label calls the figure a change, for
    ``attrib_rules.metric_right``: "revenue growth" is "revenue +9.6%"; else ""."""
    from reader.figures.format import signed_value

    return signed_value(fig) if t.role == "change" else ""


def shown(t: Truth, fig: Figure) -> tuple[str, str]:
    """What the callout shows beside the metric that a label may put in it: its signed move and
    its status (``label_signed``, ``label_status``)."""
    return label_signed(t, fig), label_status(t, fig)


def label_status(t: Truth, fig: Figure) -> str:
    """The figure's status when it is the labelled one, for ``attrib_rules.metric_right``: the
    callout shows it beside the metric ("revenue (forecast)"); else ""."""
    got = str(getattr(fig, "status", None) or "actual")
    return got if got == t.status else ""


def _score_role(name: str, t: Truth, fig: Figure, score: Score, verbose: bool) -> None:
    if t.role not in ("level", "change"):
        return
    got_role = product_role(fig)
    score.role.total += 1
    score.role.right += int(got_role == t.role)
    if verbose and got_role != t.role:
        print(f"role     {name}: {t.label.surface!r} want {t.role!r} got {got_role!r}")


def score_story(
    name: str,
    items: Sequence[Truth],
    non_figures: Sequence[NonFigure],
    figures: Sequence[Figure],
    score: Score,
    verbose: bool,
    story: Story | None = None,
) -> None:
    """Adds one story's figures to ``score`` (printing each disagreement when ``verbose``)."""
    found = [(f.surface, str(f.kind), f.value, f.unit) for f in figures]
    add_kinds(score.kinds, [t.label for t in items], found)
    pairs, misses, extra = matched(items, figures)
    for t, fig in pairs:
        got_status = str(getattr(fig, "status", None) or "actual")
        checks = (
            (score.metric, metric_right(t.metric, fig.metric, *shown(t, fig)), "metric",
             t.metric, fig.metric),
            (score.subject, subject_right(t.subjects, fig.subject), "subject", t.subjects,
             fig.subject),
            (score.status, got_status == t.status, "status", t.status, got_status),
        )  # fmt: skip
        score.metric_strict.total += 1
        score.metric_strict.right += int(metric_right(t.metric, fig.metric))
        for agreement, ok, what, want, got in checks:
            agreement.total += 1
            agreement.right += int(ok)
            if verbose and not ok:
                print(f"{what:<8} {name}: {t.label.surface!r} want {want!r} got {got!r}")
        if story is not None and t.period:
            got_period = figure_period(fig, story)
            ok = period_right(t.period, got_period)
            score.period.total += 1
            score.period.right += int(ok)
            if verbose and not ok:
                print(f"period   {name}: {t.label.surface!r} want {t.period!r} got {got_period!r}")
        elif story is not None:
            score.undated.total += 1
            score.undated.right += int(bool(figure_period(fig, story)))
        _score_role(name, t, fig, score, verbose)
        if t.status != "actual" and got_status == "actual":
            score.shown_as_actual += 1
    for nf in non_figures:
        if taken(nf, [e[0] for e in extra]):
            score.non_taken += 1
            if verbose:
                print(f"NONFIG   {name}: {nf.surface!r} taken as a figure")
    if verbose:
        for m in misses:
            print(f"MISS     {name}: {m.surface!r} {m.kind} {m.value:g} {m.unit}")
        for e in extra:
            print(f"FP       {name}: {e[0]!r} {e[1]} {e[2]:g} {e[3]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval attribution")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--product",
        action="store_true",
        help="read each file as the product does: the story pipeline's one story (headline, "
        "dateline and byline lines taken apart), its paragraphs, title and dateline",
    )
    args = parser.parse_args(argv)
    from reader.figures import extract_figures

    try:
        truths, non_figures = load_all(args.labels)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    files = by_file(truths)
    for nf in non_figures:
        files.setdefault(nf.file, [])
    score = Score()
    for name, items in sorted(files.items()):
        nfs = [x for x in non_figures if x.file == name]
        if args.product:
            story, figures = product_figures(args.labels.parent / name)
            score_story(name, items, nfs, figures, score, args.verbose, story)
            continue
        title, paragraphs = story_of(args.labels.parent / name)
        figures = extract_figures(paragraphs, title=title)
        story = Story(
            id=name, title=title, title_generated=False, sources=[], paragraphs=paragraphs
        )
        score_story(name, items, nfs, figures, score, args.verbose, story)
    print(f"{'kind':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8}")
    for key, k in sorted(score.kinds.items()):
        print(f"{key:<10} {k.tp:>5} {k.fp:>5} {k.fn:>5} {k.precision():>10.3f} {k.recall():>8.3f}")
    non_actual = sum(1 for t in truths if t.status != "actual")
    print(
        f"metric right  {score.metric.share():.3f} of {score.metric.total} matched figures "
        f"(a labelled change's words asked of the metric too: {score.metric_strict.share():.3f})"
    )
    print(f"subject right {score.subject.share():.3f}")
    print(f"status right  {score.status.share():.3f}; non-actual shown as actual: "
          f"{score.shown_as_actual} of {non_actual} labelled non-actual")  # fmt: skip
    print(f"period right  {score.period.share():.3f} of {score.period.total} matched figures "
          "whose label names a period (the briefing's period); "
          f"dated anyway: {score.undated.right} of {score.undated.total} whose label names none")  # fmt: skip
    if score.role.total:
        print(f"role right    {score.role.share():.3f} of {score.role.total} matched figures "
              "whose label gives a role (a level, or a change shown signed)")  # fmt: skip
    if non_figures:
        print(f"non-figures taken as figures: {score.non_taken} of {len(non_figures)}")
    return 0
