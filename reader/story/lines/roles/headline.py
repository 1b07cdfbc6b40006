"""Which line above a web page's article is its headline: features of each candidate line, scored
by learned weights (a conditional logit over the page's candidates, fitted by
``reader.eval.train_roles`` and shipped beside the role weights).

The role model rates each line by itself and its two neighbours; a headline is better told by how
it stands on the whole page: its words are the article's (the lead says what the headline says),
the page repeats it (a "Section | Headline" bar, a share box, the headline over a photo), a byline
or date stands right under it, it is the last headline-shaped line before the article, and it is
no menu item. All signals are general page shape, never a site's strings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from reader.story.lines.line import Line
from reader.story.lines.roles import Role
from reader.story.lines.roles.features import MENU, STOP, TITLE_SEPARATOR
from reader.story.lines.shape import ends_sentence, title_case_ratio

WORD = re.compile(r"\w+")
# Kinds a candidate may have (what the rules would keep, or what the roles drop as furniture).
CANDIDATE_KINDS = frozenset(
    {"body", "bullet", "title", "standfirst", "heading", "nav", "linklist", "comment", "promo"}
)
_META = frozenset({"byline", "timestamp", "reading_time"})
# Prose lines of the article read as its lead.
LEAD_LINES = 3

HEAD_NAMES = (
    "log_headline",
    "body_prob",
    "role_headline",
    "role_nav",
    "role_promo",
    "role_body",
    "rule_title",
    "rule_heading",
    "rule_body",
    "rule_standfirst",
    "rule_bullet",
    "words",
    "mid_length",
    "ends_period",
    "ends_mark",
    "title_case",
    "menu_ratio",
    "distance",
    "rank_shaped",
    "lead_overlap",
    "body_overlap",
    "repeated",
    "inside_other",
    "meta_below",
    "meta_above",
    "by_name",
    "stamp_like",
)
# "By Jane Doe", "… BY TMZ STAFF": a byline run into the line.
BY_NAME = re.compile(r"(?:^|\s)(?:[Bb]y|BY)\s+[A-Z]")
# A date or a clock time in the line ("2/26/2015 7:11 AM", "Dec 2, 2014").
STAMP_LIKE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\b)?"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d{1,2},? +\d{4}\b",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _content(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 2 and w not in STOP}


def candidates(lines: Sequence[Line], start: int) -> list[Line]:
    """The lines above the article's first paragraph (line number ``start``) that could be its
    headline: text of two words or more the rules keep or the roles drop as furniture."""
    return [
        ln
        for ln in lines
        if ln.no < start and ln.kind in CANDIDATE_KINDS and len(ln.text.split()) >= 2
    ]


def _article_words(
    lines: Sequence[Line], start: int, roles: dict[int, Role]
) -> tuple[set[str], set[str]]:
    """Content words of the article's lead (its first prose lines) and of its whole kept body."""
    lead: set[str] = set()
    body: set[str] = set()
    seen = 0
    for ln in lines:
        if ln.no < start or ln.kind not in ("body", "bullet"):
            continue
        role = roles.get(ln.no)
        if role is None or role.role != "body":
            continue
        words = _content(ln.text)
        body |= words
        if seen < LEAD_LINES and len(ln.text.split()) >= 12:
            lead |= words
            seen += 1
    return lead, body


def _near_meta(lines: Sequence[Line], k: int, step: int, reach: int) -> float:
    """1 when a byline, stamp or reading time stands within ``reach`` non-blank lines of
    non-blank line ``k`` in direction ``step``."""
    j = k + step
    while 0 <= j < len(lines) and abs(j - k) <= reach:
        if lines[j].kind in _META:
            return 1.0
        j += step
    return 0.0


def head_features(
    lines: Sequence[Line],
    roles: dict[int, Role],
    start: int,
    cands: Sequence[Line],
    rules: Mapping[int, str],
) -> NDArray[np.float64]:
    """One row of ``HEAD_NAMES`` features per candidate line of a page (``lines``: its lines
    with their kinds after the roles, ``rules``: each line's kind from the rules, before the
    roles turned furniture into dropped kinds; ``start``: the article's first paragraph's line
    number)."""
    nb = [ln for ln in lines if ln.kind != "blank"]
    pos = {ln.no: k for k, ln in enumerate(nb)}
    start_pos = next((k for k, ln in enumerate(nb) if ln.no >= start), len(nb))
    keys = [_key(ln.text) for ln in nb]
    counts = Counter(keys)
    split_parts: set[str] = set()
    joined = [k for ln, k in zip(nb, keys, strict=True) if TITLE_SEPARATOR.search(ln.text)]
    for ln in nb:
        if TITLE_SEPARATOR.search(ln.text):
            split_parts.update(_key(x) for x in TITLE_SEPARATOR.split(ln.text))
    lead, body = _article_words(lines, start, roles)
    shaped = [
        ln.no
        for ln in nb[:start_pos]
        if ln.kind in ("title", "heading", "standfirst") and len(ln.text.split()) >= 3
    ]
    rows: list[list[float]] = []
    for ln in cands:
        role = roles.get(ln.no)
        k = pos[ln.no]
        key = keys[k]
        n = len(ln.text.split())
        words = _content(ln.text)
        low = WORD.findall(ln.text.lower())
        others = [j for j in joined if j != key and key and key in j]
        above = [no for no in shaped if no >= ln.no]
        rows.append(
            [
                math.log(max(role.headline, 1e-4)) / 10 if role else -0.92,
                role.body if role else 0.0,
                float(role is not None and role.role == "headline"),
                float(role is not None and role.role == "nav"),
                float(role is not None and role.role in ("promo", "linklist", "comment")),
                float(role is not None and role.role == "body"),
                float(rules.get(ln.no) == "title"),
                float(rules.get(ln.no) == "heading"),
                float(rules.get(ln.no) == "body"),
                float(rules.get(ln.no) == "standfirst"),
                float(rules.get(ln.no) == "bullet"),
                math.log1p(n) / 3,
                float(4 <= n <= 20),
                float(ln.text.rstrip().endswith(".") and ends_sentence(ln.text)),
                float(ln.text.rstrip().endswith(("?", "!"))),
                title_case_ratio(ln.text),
                sum(w in MENU for w in low) / max(1, len(low)),
                math.log1p(max(0, start_pos - k - 1)) / 4,
                math.log1p(len(above) - 1) / 2 if above else 1.0,
                len(words & lead) / len(words) if words else 0.0,
                len(words & body) / len(words) if words else 0.0,
                float(counts[key] > 1),
                float(bool(others) or (" " in key and key in split_parts and counts[key] > 0)),
                _near_meta(nb, k, 1, 4),
                _near_meta(nb, k, -1, 2),
                float(BY_NAME.search(ln.text) is not None),
                float(STAMP_LIKE.search(ln.text) is not None),
            ]
        )
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(HEAD_NAMES))


def best_headline(
    lines: Sequence[Line],
    roles: dict[int, Role],
    start: int,
    cands: Sequence[Line],
    rules: Mapping[int, str],
    w: NDArray[np.float64],
) -> Line | None:
    """The candidate the learned scorer ``w`` rates most likely the page's headline."""
    if not cands:
        return None
    return cands[int(np.argmax(head_features(lines, roles, start, cands, rules) @ w))]
