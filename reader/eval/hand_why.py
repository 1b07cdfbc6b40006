"""Why a hand-written paste was cut where it was (``python -m reader.eval hand-pastes DIR -v``).

For one file of a hand-paste set: the file-level judgement (``reader.story.boundary.filekind``:
the probability that the file holds several articles, and whether its stories are then read
off the boundary scorer's odds or found by the lexical search), and at every story start the
truth has and the pipeline missed, and every one the pipeline made and the truth does not have,
the boundary scorer's probability, log-odds and largest reasons there. What a session needs to
group the misses by cause without running the pipeline piece by piece.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from reader.story.paragraph import Paragraph


class _Truth(Protocol):
    @property
    def file(self) -> str: ...

    @property
    def starts(self) -> list[str]: ...


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _begins(start: str, text: str) -> bool:
    """``text`` (a paragraph) begins with ``start``, or with its words after a dateline the
    pipeline keeps apart (as ``hand_pastes.found`` reads a start)."""
    s, p = _norm(start), _norm(text)
    return bool(p) and (p.startswith(s) or 0 <= s.find(p[:40]) <= 60)


def judgement(paras: Sequence[Paragraph]) -> str:
    """The file-level judgement of ``paras`` as one line: p(several) and the decoding."""
    from reader.story.boundary import filekind
    from reader.story.boundary.features import FEATURES, boundary_features
    from reader.story.boundary.scorer import score_rows, scores_and_shortest

    if len(paras) < 2:
        return "one paragraph: nothing to judge"
    rows = boundary_features(paras)
    model = filekind.current()
    log_odds = [s.log_odds for s in score_rows(rows)]
    p = model.probability(filekind.file_features(paras, rows, log_odds))
    _, shortest = scores_and_shortest(paras)
    gate = rows[1][FEATURES.index("short_bias")]
    how = (
        f"several: the odds decide, stories {shortest}+"
        if shortest
        else "the lexical search decides"
    )
    return f"p(several) {p:.3f} (threshold {model.threshold}, gate {gate:.2f}): {how}"


def _story_firsts(
    paras: Sequence[Paragraph], first_lines: Sequence[int], origin: Sequence[int] | None = None
) -> set[int]:
    """Paragraph indices where the pipeline's stories begin (a story's first line, or the first
    paragraph at or after it); ``origin`` maps the lines the paragraphs were built from to the
    file's (a hard-wrapped file is read back first, ``reader.story.unwrap``)."""
    out: set[int] = set()
    starts = [origin[p.first - 1] if origin else p.first for p in paras]
    for line in first_lines:
        k = next((k for k, first in enumerate(starts) if first >= line), None)
        if k is not None:
            out.add(k)
    return out


def why_lines(path: Path, truth: _Truth) -> list[str]:
    """The judgement, the truth's starts that no paragraph begins with (joined to the line
    before them), then one line for each missed and each extra story start with the boundary
    scorer's reasons there."""
    from reader.pipeline import read_document, split_document
    from reader.story.assemble import paragraphs_of
    from reader.story.boundary.scorer import boundary_scores
    from reader.story.lines.classify import classify_lines
    from reader.story.unwrap import unwrap

    doc = read_document(str(path))
    if not hasattr(doc, "lines"):
        return [f"cannot read {path}"]
    text = unwrap(doc.lines)
    paras, _ = paragraphs_of(classify_lines(text.lines))
    if not paras:
        return ["no paragraphs"]
    stories = split_document(doc)  # type: ignore[arg-type]
    firsts = [min(s.first_line for s in st.sources) for st in stories]
    made = _story_firsts(paras, firsts, text.origin)
    at = {
        start: next((k for k, p in enumerate(paras) if _begins(start, p.text)), -1)
        for start in truth.starts
    }
    wanted = {k for k in at.values() if k >= 0}
    scores = boundary_scores(paras)
    out = [judgement(paras)]
    # a start no paragraph begins with: the line assembly joined it to the line before
    out += [f"inside a paragraph: {_norm(s)[:50]!r}" for s, k in at.items() if k < 0]
    for k in sorted((wanted ^ made) - {0}):
        what = "missed start" if k in wanted else "extra start "
        out.append(f"{what} para {k}: {scores[k].why()} {_norm(paras[k].text)[:50]!r}")
    return out
