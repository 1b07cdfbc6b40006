"""An email newsletter's own marks: "View in browser" over its masthead, "You are receiving
this because ..." or "Forward to a friend" under its sign-off. A newsletter pasted from a
mail client holds its items one after another like any paste; its header and footer are
furniture, but they make no web page of it (``paragraph.is_page``, ``roles.kinds.is_page``: a
page's kept text is one article, and the page's one headline is chosen among its lines).

Only the file's first and last few lines are read, and only lines a web page's sign-up box
does not write ("You can unsubscribe at any time" is on many article pages; "You are receiving
this email because you subscribed" on none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice

HEAD_LINES = 6  # the first non-blank lines read for the header's marks
TAIL_LINES = 10  # the last non-blank lines read for the footer's marks

_MARK = re.compile(
    r"^(?:view (?:this (?:email|newsletter|bulletin) )?(?:in (?:your |a )?browser|online)\b"
    r"|(?:having trouble|trouble|problems?) (?:viewing|reading) this (?:email|newsletter)"
    r"|you(?:'|\u2019)?(?:re| are) receiving this\b"
    r"|you received this (?:email|newsletter|bulletin)\b"
    r"|this (?:email|newsletter|bulletin) was sent to\b"
    r"|forward (?:this (?:email|newsletter|bulletin|digest|update) )?to (?:a )?(?:friend|colleague|neighbour|neighbor)"
    r"|forward this (?:email|newsletter|bulletin|digest|update)\b"
    r"|reply to this (?:email|newsletter|bulletin)\b)",
    re.I,
)


def emailed(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (a file's lines in order) open or close with an email newsletter's
    marks (module doc)."""
    return any(_MARK.match(t.lstrip("-*\u2022\u00b7 ")) for t in _ends(texts))


def _ends(texts: Sequence[str]) -> list[str]:
    """The first HEAD_LINES and the last TAIL_LINES non-blank lines, stripped (read from each
    end, not the whole file)."""
    return _non_blank(texts, HEAD_LINES) + _non_blank(reversed(texts), TAIL_LINES)


def _non_blank(texts: Iterable[str], most: int) -> list[str]:
    return list(islice((t for t in (text.strip() for text in texts) if t), most))
