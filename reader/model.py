"""The story record and the small value types every stage shares.

Plain dataclasses, no behaviour beyond (de)serialisation: the pipeline produces them, the
library stores them, the reader and the briefing consume them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

FigureKind = Literal["money", "percent", "count", "other"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a story (or one of its duplicates) sits: 1-based, inclusive line numbers."""

    path: str
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading that stands before body paragraph number ``paragraph`` (0-based)."""

    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Change:
    """ "up 5% year-over-year": direction up/down/flat, amount as written, the period compared."""

    direction: Literal["up", "down", "flat"]
    amount: str | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One key figure taken from a body sentence."""

    surface: str
    kind: FigureKind
    value: float
    unit: str | None
    metric: str | None = None
    subject: str | None = None
    change: Change | None = None
    sentence: str = ""
    # index of the sentence in the story's sentence list, for "points back to its sentence"
    sentence_index: int = -1
    score: float = 0.0
    converted: str | None = None  # a bracketed conversion tied to this figure, e.g. "$4 billion"
    # None for a reported actual; else "base" (an earlier period's value given for comparison),
    # "expected" (analysts'), "forecast", "planned" or "hypothetical"
    status: str | None = None
    hedge: str | None = None  # "~" approximate ("almost 50%"), ">" ("more than"), "≤" ("up to")
    # the bare measure the rules named when ``metric`` says more of it ("profit" for "net
    # profits", reader/figures/refine.py): what look-ups by kind of measure read; else None
    measure: str | None = None


@dataclass(slots=True)
class Story:
    """One story split out of the input files."""

    id: str
    title: str
    title_generated: bool
    sources: list[Source]
    paragraphs: list[str]
    headings: list[Heading] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: list[str] | None = None
    figures: list[Figure] | None = None
    # set by the library: published time resolved to ISO "YYYY-MM-DDTHH:MM", else first read
    date: str | None = None
    # feeds, web pages and newsletters: the article's address and the feed or site it came from
    url: str | None = None
    site: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def deck(self) -> str | None:
        """The standfirst as the reader shows it above the paragraphs (the deck under the
        headline, or a lede the page set apart); None when there is none or a paragraph
        repeats it."""
        if self.standfirst and self.standfirst.strip() and self.standfirst not in self.paragraphs:
            return self.standfirst
        return None

    @property
    def read_paragraphs(self) -> list[str]:
        """What a reader reads of the story, in order: its ``deck`` and then its paragraphs.
        The summary and the figures are read from these, and the reader shows them in this
        order, so a figure's sentence number counts the deck's sentences first."""
        deck = self.deck
        return [deck, *self.paragraphs] if deck else list(self.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def lines(self) -> int:
        first = self.sources[0]
        return first.last_line - first.first_line + 1

    def to_json(self) -> dict[str, Any]:
        """``plain(self)`` without the summary and figures when they are None: the same keys
        in the same order (so the same JSON text), written out field by field, a third of
        the walk ``plain`` makes for every story a refresh stores (a test checks the two)."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "title_generated": self.title_generated,
            "sources": [
                {"path": s.path, "first_line": s.first_line, "last_line": s.last_line}
                for s in self.sources
            ],
            "paragraphs": list(self.paragraphs),
            "headings": [{"text": h.text, "paragraph": h.paragraph} for h in self.headings],
            "byline": self.byline,
            "published": self.published,
            "standfirst": self.standfirst,
            "dateline": self.dateline,
            "tags": list(self.tags),
        }
        if self.summary is not None:
            data["summary"] = list(self.summary)
        if self.figures is not None:
            data["figures"] = [plain(f) for f in self.figures]
        data["date"], data["url"], data["site"] = self.date, self.url, self.site
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Story:
        figures = data.get("figures")
        return cls(
            id=data["id"],
            title=data["title"],
            title_generated=bool(data["title_generated"]),
            sources=[Source(**s) for s in data["sources"]],
            paragraphs=list(data["paragraphs"]),
            headings=[Heading(**h) for h in data.get("headings", [])],
            byline=data.get("byline"),
            published=data.get("published"),
            standfirst=data.get("standfirst"),
            dateline=data.get("dateline"),
            tags=list(data.get("tags", [])),
            summary=data.get("summary"),
            figures=None if figures is None else [figure_from_json(f) for f in figures],
            date=data.get("date"),
            url=data.get("url"),
            site=data.get("site"),
        )


def figure_from_json(data: dict[str, Any]) -> Figure:
    change = data.get("change")
    fields = dict(data)
    fields["change"] = None if change is None else Change(**change)
    return Figure(**fields)


_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for this module's records, without its deep copies: dataclasses
    become dicts, lists and tuples are rebuilt, strings and numbers are shared (they are
    immutable). Called for every story stored, where ``asdict`` cost more than the insert."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is list:
        return [plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(f.name for f in fields(value))
        return {n: plain(getattr(value, n)) for n in names}
    if kind is tuple:
        return tuple(plain(v) for v in value)
    if kind is dict:
        return {plain(k): plain(v) for k, v in value.items()}
    return copy.deepcopy(value)  # anything else: as asdict does
