"""A paste as a user saves it: the text written to a file and split into stories, as the reader
does with any file it opens (for the story tests that check a whole paste)."""

from __future__ import annotations

from pathlib import Path

from reader.model import Story
from reader.pipeline import Document, read_document, split_document


def pasted_stories(tmp_path: Path, text: str) -> list[Story]:
    """The stories of ``text`` saved as ``paste.txt`` under ``tmp_path``."""
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    return split_document(doc)
