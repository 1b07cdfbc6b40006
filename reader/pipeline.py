"""The story pipeline: files → decoded lines → classified lines → stories → deduplicated.

The stages one file goes through; the service (``reader.desk``) drives them over many files
(``build_stories``, ``ingest``). Failures are Problems (one line each) and never stop the other
inputs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.model import Source, Story
from reader.story.decode import DecodeError, decode_bytes
from reader.story.dedupe import Sketch
from reader.story.load import MAX_FILE_BYTES, Problem, iter_files, read_bytes
from reader.story.mail_header import blank_mail_header, later_headers
from reader.story.markdown import blank_front_matter, drop_link_numbers, plain_markdown

if TYPE_CHECKING:
    from reader.story.paragraph import Paragraph

__all__ = [
    "MAX_FILE_BYTES",
    "Document",
    "PipelineResult",
    "Problem",
    "iter_files",
    "merge_duplicates",
    "read_document",
    "split_document",
    "split_fingerprinted",
    "split_sketched",
]


@dataclass
class Document:
    """One input file: decoded, cleaned lines (line i is line number i + 1) and a raw digest."""

    path: str
    lines: list[str]
    digest: str  # sha256 hex of the raw bytes


@dataclass
class PipelineResult:
    stories: list[Story] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_document(path: str) -> Document | Problem:
    """Read and decode one file ("-" = stdin); every failure is a one-line Problem."""
    raw = read_bytes(path)
    if isinstance(raw, Problem):
        return raw
    if not raw.strip():
        return Problem(path, "empty file")
    try:
        text = decode_bytes(raw)
    except DecodeError as err:
        return Problem(path, str(err))
    if not text.strip():
        return Problem(path, "no text in file")
    raw_lines = later_headers(blank_mail_header([ln.rstrip() for ln in text.split("\n")]))
    lines = drop_link_numbers(plain_markdown(blank_front_matter(raw_lines)))
    return Document(path, lines, hashlib.sha256(raw).hexdigest())


def split_document(doc: Document, *, whole: bool = False) -> list[Story]:
    """The stories in one document, repeated ones collapsed (sources list every copy)."""
    return split_sketched(doc, whole=whole)[0]


def split_sketched(doc: Document, *, whole: bool = False) -> tuple[list[Story], list[Sketch]]:
    """``split_document`` plus each story's duplicate sketch (for ``merge_duplicates``)."""
    stories, sketches, _ = split_fingerprinted(doc, whole=whole)
    return stories, sketches


def split_fingerprinted(
    doc: Document, *, whole: bool = False
) -> tuple[list[Story], list[Sketch], list[bytes | None]]:
    """``split_sketched`` plus each story's shingle hashes (``dedupe.fingerprint``), which
    spare the merge across files splitting its text into words again."""
    from reader.story.assemble import build, paragraphs_of
    from reader.story.dedupe import merge_fingerprinted
    from reader.story.lines.classify import classify_lines
    from reader.story.unwrap import unwrap

    text = unwrap(doc.lines)  # a hard-wrapped file read back into its lines
    lines = classify_lines(text.lines)
    paras, tail = paragraphs_of(lines)
    if not paras:
        return [], [], []
    starts = [] if whole else story_starts(paras)
    stories = build(doc.path, lines, paras, tail, starts)
    if text.width is not None:  # the sources name the file's own lines
        for story in stories:
            story.sources = [
                Source(s.path, *text.span(s.first_line, s.last_line, len(doc.lines)))
                for s in story.sources
            ]
    return merge_fingerprinted(stories)


def story_starts(paras: Sequence[Paragraph]) -> list[int]:
    """Where stories start among ``paras``: the boundary finder's cuts, and where an article
    pasted twice in the file begins again (``dedupe.repeat_starts``)."""
    from reader.story.assemble import find_story_starts
    from reader.story.dedupe import repeat_starts

    return repeat_starts([p.text for p in paras], find_story_starts(paras))


def merge_duplicates(
    stories: Sequence[Story], sketches: Sequence[Sketch] | None = None
) -> list[Story]:
    """Across files: one story per article, in order of first occurrence, all sources kept.
    ``sketches`` (from ``split_sketched``, one per story) spare computing them again."""
    from reader.story.dedupe import merge_sketched

    return merge_sketched(stories, sketches)[0]
