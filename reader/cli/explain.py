"""``newsdesk stories --explain FILE``: every line with its kind, the learned role and the score
behind it, and where stories start and why. Plain text; article text is cleaned of control
characters and never read as markup."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reader.text.safe import clean_line

TEXT_WIDTH = 72
# A paragraph that goes on the story before is noted when its boundary score is at least this.
NOTE_FROM = 0.2


def _why(
    cue: float,
    head_kinds: Sequence[str],
    dateline: bool,
    shortest: int = 0,
    digest: bool = False,
    junk: bool = False,
) -> str:
    """Why a paragraph opens a story: the cue its head lines give, or the words alone (in a
    file of short paragraphs, ``shortest`` > 0: the boundary scorer's odds alone; in a file
    laid out as a newsletter digest, ``digest``: its heading; after page junk, ``junk``: the
    junk and its lede's shape, ``reader.story.start_evidence.junk_backed``)."""
    if digest:
        return (
            "its heading opens an item of a newsletter digest (every paragraph under a short "
            "heading, 1-3 paragraphs to a heading, the items sharing few words)"
        )
    if "title" in head_kinds:
        return f"a headline stands before it (cue {cue:.2f})"
    if dateline:
        return "it opens with a wire dateline"
    if cue > 0:
        marks = ", ".join(dict.fromkeys(head_kinds)) or "page marks"
        return f"the lines before it say a story starts ({marks}; cue {cue:.2f})"
    if junk:
        return (
            "page junk (an advert, a link, a sign-up) stands before it and it opens as a lede, "
            "where the boundary scorer favours a start: a story however short"
        )
    if shortest:
        return (
            "the boundary scorer reads a new item here (short paragraphs, the file judged to hold "
            "several articles: decoded by its odds "
            f"alone, stories of {shortest}+ paragraphs)"
        )
    return "its words change topic from the text before (cohesion break)"


def explain_lines(raw: Sequence[str]) -> list[str]:
    """The explanation of one document's lines, one output line each (plus story marks)."""
    from reader.pipeline import story_starts
    from reader.story.assemble import paragraphs_of, story_spans
    from reader.story.boundary.scorer import scores_and_shortest
    from reader.story.digest import is_digest
    from reader.story.lines.classify import classify_rules
    from reader.story.lines.line import DROPPED_KINDS
    from reader.story.lines.roles.kinds import apply_roles, roles_of
    from reader.story.lines.shape import wire_dateline
    from reader.story.start_evidence import junk_backed
    from reader.story.unwrap import unwrap

    # (a hard-wrapped file is read back into its lines first; each is shown at the number of
    # the file's line it starts on)
    unwrapped = unwrap(raw)
    at = unwrapped.origin
    lines = classify_rules(unwrapped.lines)
    rules = {ln.no: ln.kind for ln in lines}
    roles = roles_of(lines)
    apply_roles(lines)
    paras, _ = paragraphs_of(lines)
    # the stories as the pipeline builds them: groups that are no article join a neighbour
    # or are left out (reader.story.articles)
    found = story_starts(paras) if paras else []
    spans = story_spans(paras, found, lines) if paras else []
    starts = {a for a, _ in spans}
    opens = {paras[k].first: k for k in starts}
    unmade = {paras[k].first: k for k in found if k not in starts}
    scores, shortest = scores_and_shortest(paras)
    digest = bool(paras) and is_digest(paras)
    # (in a file decoded by the odds, a lede after junk that introduces its subject)
    backed = (
        junk_backed(paras, [s.p for s in scores], introduced=bool(shortest)) if paras else set()
    )
    # paragraphs the boundary scorer weighed but that go on the story before
    weighed = {p.first: k for k, p in enumerate(paras) if k and k not in starts}
    out = [f"{'line':>5}  {'kind':<12} {'role':<9} {'score':>5} {'body':>5}  text"]
    story = 0
    for ln in lines:
        if ln.no in opens:
            k = opens[ln.no]
            p = paras[k]
            story += 1
            why = (
                "the first body text in the file"
                if k == 0
                else _why(
                    p.cue,
                    [h.kind for h in p.head],
                    bool(wire_dateline(p.text)),
                    shortest,
                    digest,
                    k in backed,
                )
            )
            if k:
                why += f"; {scores[k].why()}"
            out.append(f"----- story {story} starts at line {at[ln.no - 1]}: {why}")
        elif ln.no in unmade:
            out.append(
                f"----- no new story at line {at[ln.no - 1]}: a cut was found here "
                f"({scores[unmade[ln.no]].why()}), but a part on one side of it is no article "
                "(no sentence long enough to read as prose, or a file's opening words before a "
                "headline): joined to its neighbour or left out"
            )
        elif ln.no in weighed and scores[weighed[ln.no]].p >= NOTE_FROM:
            out.append(
                f"----- no new story at line {at[ln.no - 1]}: {scores[weighed[ln.no]].why()}"
            )
        if ln.kind == "blank":
            continue
        role = roles.get(ln.no)
        kept = "drop" if ln.kind in DROPPED_KINDS else "keep"
        note = f" (rules: {rules[ln.no]})" if rules[ln.no] != ln.kind else ""
        text = clean_line(ln.text)
        if len(text) > TEXT_WIDTH:
            text = text[: TEXT_WIDTH - 1] + "…"
        r = role.role if role else "-"
        score = f"{role.score:5.2f} {role.body:5.2f}" if role else f"{'-':>5} {'-':>5}"
        out.append(f"{at[ln.no - 1]:>5}  {ln.kind:<12} {r:<9} {score}  {kept} {text}{note}")
    out.append(f"{story} {'story' if story == 1 else 'stories'}")
    return out


def run_explain(path: str) -> int:
    """Print the explanation of ``path``; 0 on success, 2 (one line on stderr) when unreadable."""
    from reader.pipeline import Problem, read_document

    doc = read_document(path)
    if isinstance(doc, Problem):
        print(f"newsdesk stories: {doc.path}: {doc.message}", file=sys.stderr)
        return 2
    sys.stdout.write("\n".join(explain_lines(doc.lines)) + "\n")
    return 0
