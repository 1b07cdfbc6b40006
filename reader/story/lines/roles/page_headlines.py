"""Which line heads a web page's article (``choose_headline``, from ``article_start`` and
``headline_candidates``) and which heads each later article on the page (``later_heads``,
``choose_later_headlines``): the learned headline scorer's pick, or the role model's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.roles import Role
from reader.story.lines.roles.article_lines import (
    FURNITURE_KIND,
    KEEPABLE,
    PROSE_WORDS,
    SITE_NAME_WORDS,
    head_blocks,
    is_prose,
    owned_lines,
)
from reader.story.lines.roles.headline import HEAD_NAMES, best_headline, candidates
from reader.story.lines.roles.model import current
from reader.story.lines.words import word_count

# Without a learned headline scorer, a page's headline is the role model's likeliest line before
# the body, when at least this likely. The scorer's pick is taken whatever the role model's own
# headline score: that score is low on many real headlines the roles read as menu lines (the gate
# cost 3 of 48 pages' headlines in a 2-fold cross-validation on the readability pages).
HEADLINE_MIN = 0.02


def headline_candidates(
    lines: Sequence[Line], roles: dict[int, Role], start: int, owned: set[int] | None = None
) -> list[Line]:
    """The lines above the article's first paragraph (line number ``start``) that could be its
    headline (``headline.candidates``), but for lines the article owns (``owned``, computed when
    not given): a summary box above the text is the article's, not its headline."""
    if owned is None:
        owned = owned_lines(lines, roles)
    return [ln for ln in candidates(lines, start) if ln.no in roles and ln.no not in owned]


def article_start(lines: Sequence[Line], roles: dict[int, Role]) -> int | None:
    """Line number of the article's first paragraph: the first kept line the model decodes as
    body that reads as prose (a sentence of some length); a short kept line above it is header
    furniture or the headline, not the article."""
    return next((ln.no for ln in lines if is_prose(ln, roles)), None)


def choose_headline(
    lines: Sequence[Line], roles: dict[int, Role], rules: Mapping[int, str]
) -> None:
    """On a page, the line above the article's first paragraph that the learned headline scorer
    (``reader.story.lines.roles.headline``; without one, the role model's headline score) rates
    highest becomes the title; title-shaped lines above it (a site tagline, a section label) and
    short kept lines (menu labels the decoder left as body) are dropped as header furniture."""
    start = article_start(lines, roles)
    if start is None:
        return
    owned = owned_lines(lines, roles)
    cands = headline_candidates(lines, roles, start, owned)
    weights = current()
    if not cands:
        return  # nothing above the article could be its headline
    best: Line | None
    if weights.head is not None and weights.head_features == HEAD_NAMES:
        best = best_headline(lines, roles, start, cands, rules, weights.head)
    elif max(roles[ln.no].headline for ln in cands) < HEADLINE_MIN:
        return  # no line above the article reads as a headline
    else:
        best = max(reversed(cands), key=lambda ln: roles[ln.no].headline)
    # a title the rules set right over its byline (or its deck and byline) heads the article
    # when the scorer prefers a name-sized line above it (the site's name over its menus)
    heads = head_blocks(lines)
    headed = [ln for ln in cands if ln.kind == "title" and ln.no in heads]
    if headed and (best is None or word_count(best.text) <= SITE_NAME_WORDS):
        best = headed[-1]
    if best is None:
        return
    for ln in lines:
        if ln.no >= start:
            break
        role = roles.get(ln.no)
        if ln.no in owned:
            continue
        if (
            ln.no < best.no
            and ln.kind in KEEPABLE
            and (
                word_count(ln.text) < PROSE_WORDS
                or ln.kind == "title"
                or (role and role.role != "body")
            )
        ):
            ln.kind = "nav"  # header furniture above the headline
        elif ln.no > best.no and ln.kind == "title":
            ln.kind = "nav"  # one headline per article: the others are teasers or tool bars
    best.kind = "title"


def _opens_article(head: Sequence[Line], roles: dict[int, Role]) -> bool:
    """A later article's header: a headline and a byline or date, where the headline is a rule
    title, or a line the roles decode as a headline after furniture that ended the article
    before (a share bar, a section label: what a sub-heading inside one article lacks)."""
    if not any(ln.kind in BLOCK_META for ln in head):
        return False
    if any(ln.kind == "title" for ln in head):
        return True
    for k, ln in enumerate(head):
        if ln.kind in ("heading", "standfirst") and roles[ln.no].role == "headline":
            return any(x.kind in FURNITURE_KIND for x in head[:k])
    return False


def later_heads(lines: Sequence[Line], roles: dict[int, Role]) -> list[tuple[int, int]]:
    """``(after, start)`` for each later article on a page: a prose line (line number ``start``)
    whose header since the last kept body line (line number ``after``) opens an article
    (``_opens_article``)."""
    out: list[tuple[int, int]] = []
    after: int | None = None
    head: list[Line] = []
    for ln in lines:
        role = roles.get(ln.no)
        if role is None:
            continue
        if ln.kind in ("body", "bullet") and role.role == "body":
            if after is not None and is_prose(ln, roles) and _opens_article(head, roles):
                out.append((after, ln.no))
            after, head = ln.no, []
        elif after is not None:
            head.append(ln)
    return out


def choose_later_headlines(
    lines: Sequence[Line], roles: dict[int, Role], rules: Mapping[int, str]
) -> None:
    """Each later article's headline block (``later_heads``) gets its headline from the learned
    scorer, among the lines of its own header: a share bar or a section label the rules took for
    a title there is not the article's headline. Where a block stands stays unchanged."""
    weights = current()
    if weights.head is None or weights.head_features != HEAD_NAMES:
        return
    for after, start in later_heads(lines, roles):
        cands = [ln for ln in candidates(lines, start) if ln.no > after and ln.no in roles]
        best = best_headline(lines, roles, start, cands, rules, weights.head)
        if best is None:
            continue
        for ln in lines[after:start]:
            if ln.kind == "title" and ln is not best:
                ln.kind = "nav"  # one headline per article
        best.kind = "title"
