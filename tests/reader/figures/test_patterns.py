"""NUMBER's leading lookahead only skips positions: it never changes what matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures.patterns import NUMBER

_LOOKAHEAD = re.compile(r"^\(\?=\[[^\]]*\]\)")
PLAIN = re.compile(_LOOKAHEAD.sub("", NUMBER.pattern, count=1), NUMBER.flags)

PIECES = [
    "au $38,000", "nz$ 5", "ca $1.2bn", "sg $40", "$au 7m", "A$3", "C$ 9", "US$2", "HK$1",
    "Rs. 40", "RMB 5", "€3.5bn", "£2m", "¥10", "₩345.1 trillion", "-3%", "−4.5%", "USD 7",
    "R20 billion", "12", "1,200", "0.5", " up ", " fell ", "(", ")", "revenue", "Q3",
]  # fmt: skip


def test_the_lookahead_is_only_a_prefix() -> None:
    assert PLAIN.pattern != NUMBER.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from([" ", "", ", "]))
def test_same_matches_with_and_without_the_lookahead(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    assert [m.span() for m in NUMBER.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
