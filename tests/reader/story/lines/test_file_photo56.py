"""A caption that ends on the page's own word for an old photo ("... airport. (File photo)")
is a caption, not a body line (blind set paste108, session 56)."""

from __future__ import annotations

from reader.story.lines.patterns import PAREN_CREDIT


def test_file_and_stock_photo_notes_close_a_caption() -> None:
    assert PAREN_CREDIT.search("Passengers wait at the ferry terminal in Kirkwall. (File photo)")
    assert PAREN_CREDIT.search("A checkout at a supermarket in Leeds. (Stock image)")
    assert PAREN_CREDIT.search("The old mill before the fire. (Archive picture)")
    # a bracketed aside of body text is no photo's note
    assert not PAREN_CREDIT.search("The firm sold the site last year (a file photo shows it).")
    assert not PAREN_CREDIT.search("Sales rose again. (Photo finishes are rare.)")
