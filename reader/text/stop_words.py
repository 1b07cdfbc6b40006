"""sumy's bundled English stop-word list, read without importing ``sumy.utils``.

``sumy.utils`` imports requests and pycountry (about a quarter of a second), which every
ingest worker paid only to read one data file. This reads the same file the same way
(``sumy.utils.get_stop_words("english")``: the package's ``data/stopwords/english.txt``,
UTF-8, one word a line, trailing white space dropped) and falls back to sumy's own function
if the file is not where this sumy keeps it.
"""

from __future__ import annotations

import pkgutil
from functools import lru_cache


@lru_cache(maxsize=1)
def sumy_stop_words() -> frozenset[str]:
    """Exactly ``sumy.utils.get_stop_words("english")``."""
    try:
        data = pkgutil.get_data("sumy", "data/stopwords/english.txt")
    except OSError:
        data = None
    if data is None:  # pragma: no cover - every sumy release so far ships the file there
        from sumy.utils import get_stop_words

        return frozenset(get_stop_words("english"))
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)
