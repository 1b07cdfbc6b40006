"""Lines the roles call reader comments are dropped only on a web page: with a menu, a footer
or a comment thread's shape around them. Pasted items under "Updated N hours ago" stamps (a
comment's stamp looks alike) stay text (reader/story/lines/roles/kinds.mark_furniture)."""

from __future__ import annotations

from reader.story.lines.line import Line
from reader.story.lines.roles import Role
from reader.story.lines.roles.kinds import mark_furniture

BODY = [
    "Bus fares in the county will be capped at £2 a journey from April, the council said.",
    "The cap will cost about £3.4m a year and is paid for by a government grant.",
    "Trains between Ashby and Coalton will run every half hour from May.",
    "The operator said 14,000 people had used the service in its first month.",
]
ITEM = [
    "Updated 2 hours ago",
    "A coach firm in Melton has taken on 18 drivers after winning school contracts.",
    "Kestrel Coaches said it would add six more vehicles next year.",
]


def _page(extra: list[tuple[str, str]]) -> tuple[list[Line], dict[int, Role]]:
    texts = [(t, "body") for t in BODY] + [(ITEM[0], "meta")]
    texts += [(t, "comment") for t in ITEM[1:]] + extra
    lines = [
        Line(k + 1, t, "timestamp" if r == "meta" else "body") for k, (t, r) in enumerate(texts)
    ]
    roles = {
        ln.no: Role(r, 0.95, 0.9 if r == "body" else 0.05, 0.0)
        for ln, (_, r) in zip(lines, texts, strict=True)
    }
    return lines, roles


def test_comments_in_pasted_text_with_no_page_around_them_stay_text() -> None:
    lines, roles = _page([])
    assert mark_furniture(lines, roles)
    assert [ln.kind for ln in lines[-2:]] == ["body", "body"]


def test_comments_on_a_page_with_a_footer_are_dropped() -> None:
    lines, roles = _page([("© 2026 Melton Gazette. All rights reserved.", "footer")])
    assert mark_furniture(lines, roles)
    assert [ln.kind for ln in lines[-3:-1]] == ["comment", "comment"]
