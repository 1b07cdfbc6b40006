"""An Australian broadcaster's caption glued to its credit, the credit's source of five words
("… last winter.(Supplied: Mt Baw Baw Alpine Resort)"), is a caption, not body text that opens a
story (blind set paste56, session 39)."""

from __future__ import annotations

from reader.story.lines.patterns import PAREN_CREDIT


def test_a_glued_credit_with_a_long_source() -> None:
    line = "Snow on the road near Mount Baw Baw during a cold outbreak.(Supplied: Mt Baw Baw Alpine Resort)"
    assert PAREN_CREDIT.search(line)
    assert PAREN_CREDIT.search("Crews at the harbour on Monday. (ABC News: Jane Doe)")
    assert not PAREN_CREDIT.search("The council met on Monday (and again on Tuesday).")
