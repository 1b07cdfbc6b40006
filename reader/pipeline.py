"""The story pipeline: files → decoded lines → classified lines → stories → deduplicated.

This is the API the library, the ``stories`` command and the reader code against. Failures are
Problems (one line each) and never stop the other inputs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from reader.decode import DecodeError, decode_bytes
from reader.dedupe import Sketch
from reader.load import (
    DEFAULT_PATTERNS,
    MAX_FILE_BYTES,
    RICH_PATTERNS,
    Problem,
    iter_files,
    read_bytes,
)
from reader.model import Story

__all__ = [
    "MAX_FILE_BYTES",
    "Document",
    "PipelineResult",
    "Problem",
    "build_stories",
    "iter_files",
    "merge_duplicates",
    "read_document",
    "split_document",
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
    lines = [ln.rstrip() for ln in text.split("\n")]
    return Document(path, lines, hashlib.sha256(raw).hexdigest())


def split_document(doc: Document, *, whole: bool = False) -> list[Story]:
    """The stories in one document, repeated ones collapsed (sources list every copy)."""
    return split_sketched(doc, whole=whole)[0]


def split_sketched(doc: Document, *, whole: bool = False) -> tuple[list[Story], list[Sketch]]:
    """``split_document`` plus each story's duplicate sketch (for ``merge_duplicates``)."""
    from reader.assemble import build, find_story_starts, paragraphs_of
    from reader.dedupe import merge_sketched
    from reader.lines import classify_lines

    lines = classify_lines(doc.lines)
    paras, tail = paragraphs_of(lines)
    if not paras:
        return [], []
    starts = [] if whole else find_story_starts(paras)
    return merge_sketched(build(doc.path, lines, paras, tail, starts))


def merge_duplicates(
    stories: Sequence[Story], sketches: Sequence[Sketch] | None = None
) -> list[Story]:
    """Across files: one story per article, in order of first occurrence, all sources kept.
    ``sketches`` (from ``split_sketched``, one per story) spare computing them again."""
    from reader.dedupe import merge_sketched

    return merge_sketched(stories, sketches)[0]


def _documents(
    paths: Sequence[str], problems: list[Problem], rich: list[str] | None = None
) -> Iterator[Document]:
    from reader.sources.files import handles

    for item in iter_files(paths, patterns=DEFAULT_PATTERNS + RICH_PATTERNS):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        if rich is not None and handles(item):
            rich.append(item)  # web pages and mail: reader/sources/files.py (issue 17)
            continue
        doc = read_document(item)
        if isinstance(doc, Problem):
            problems.append(doc)
        else:
            yield doc


def build_stories(paths: Sequence[str], *, whole: bool = False) -> PipelineResult:
    """Every story in ``paths`` (files, folders, globs, "-"), deduplicated, plus the problems."""
    result = PipelineResult()
    collected: list[Story] = []
    rich: list[str] = []
    for doc in _documents(paths, result.problems, rich):
        found = split_document(doc, whole=whole)
        if not found:
            result.problems.append(Problem(doc.path, "no story text found"))
        collected.extend(found)
    for name in rich:
        from reader.sources.files import read_and_split

        outcome = read_and_split(name, name, whole)
        if isinstance(outcome, Problem):
            result.problems.append(outcome)
        elif not outcome[1]:
            result.problems.append(Problem(name, "no story text found"))
        else:
            collected.extend(outcome[1])
    result.stories = merge_duplicates(collected)
    return result
