"""A figure's value for the period before, in brackets right after it, in the same unit and
scale: "Net sales rose to SEK 9,416 million (8,817)", "an operating margin of 7.9% (6.8)".
Results releases (the Nordic ones above all) write the year-earlier figure so; read alone, the
bracket is a count or nothing. The bracket is the same measure's base: its metric and owner are
the figure's, its status "base". One look per sentence, only where a bracket holds a bare number
of the figure's size (a fifth to five times it) and precision (as many decimals: not a
footnote's "(1)" after "SEK 3.50"), never a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.raw import Raw
from reader.figures.surface import surface_at
from reader.model import Figure

_BRACKET = re.compile(
    r"[ \t]*\([ \t]*(?P<num>[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \t]*\)"
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# the bracket's number is at least this share of the figure's, and at most its inverse
_NEAR = 0.2


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("\u2212", "-").lstrip("+"))


def _decimals(number: str) -> int:
    return len(number) - number.index(".") - 1 if "." in number else 0


def bracketed_priors(text: str, raws: list[Raw]) -> None:
    """Each money or percent figure's bracketed bare number (module doc) is money or a
    percentage in the figure's unit and scale: a count read there is replaced, a number the
    scan left alone added."""
    if "(" not in text:
        return
    added = False
    for raw in list(raws):
        if raw.kind not in ("money", "percent"):
            continue
        m = _BRACKET.match(text, raw.end)
        shown = _DIGITS.search(text, raw.start, raw.end)
        if m is None or shown is None or _YEAR.fullmatch(m.group("num")):
            continue
        written, prior = _number(shown.group(0)), _number(m.group("num"))
        if written == 0 or not _NEAR <= abs(prior) / written <= 1 / _NEAR:
            continue
        if _decimals(shown.group(0)) != _decimals(m.group("num")):
            continue
        scale = raw.value / written if raw.kind == "money" else 1.0
        start, end = m.start("num"), m.end("num")
        inside = [r for r in raws if start <= r.start < end]
        if any(r.kind != "count" or r.unit is not None or r.scale for r in inside):
            continue  # (its own unit or scale: "(€1.2bn)", "(3,100 jobs)")
        for r in inside:
            raws.remove(r)
        raws.append(Raw(start, end, raw.kind, prior * scale, raw.unit))
        added = True
    if added:
        raws.sort(key=lambda r: r.start)


def prior_periods(figures: Sequence[Figure]) -> list[Figure]:
    """A bare number, a percentage, a sum not in dollars or a count in its unit standing alone
    in brackets right after another figure of its sentence, in its kind and unit
    (``bracketed_priors``; not "$3bn ($1.6bn)", a conversion whose sign a copy lost), is that
    figure's base: its metric and subject, status "base". So is a figure in brackets under the
    year before's label, a results release's way ("a final dividend of 6.8p a share (2025:
    5.5p)", "Revenue £412.7m (FY2025: £366.0m)")."""
    # (where each figure of a sentence with a bracket stands, read once)
    starts = {id(f): surface_at(f) for f in figures if "(" in f.sentence}
    ends = {(f.sentence, starts[id(f)] + len(f.surface)): f for f in figures if id(f) in starts}
    out: list[Figure] = []
    for f in figures:
        at = starts.get(id(f), -1)
        if at >= 0 and f.sentence[at + len(f.surface) : at + len(f.surface) + 1] == ")":
            before, labelled = _bracketed_after(f.sentence, at, ends)
            bare = labelled or _DIGITS.fullmatch(f.surface.lstrip("-+\u2212")) is not None
            # a percentage, or a sum in a currency no copy loses the sign of ("SEK 1.75", "£3.2m";
            # a "$" in brackets may be another dollar: "A$3bn ($1.6bn)"), is a base as well
            bare = bare or f.kind == "percent" or (f.kind == "money" and "$" not in f.surface)
            # or a dollar marked as the figure's own is ("S$71.50 (S$66.00)": no conversion)
            bare = bare or (before is not None and _same_marked_dollar(before.surface, f.surface))
            # and a count or a measure in its unit after one in the same ("8.12 lakh TEU (7.05
            # lakh TEU)", "61,400 tonnes (54,800 tonnes)"; "5 miles (8 km)" is no base: its unit)
            bare = bare or (f.kind in ("count", "other") and f.unit is not None)
            if bare and before is not None and before.kind == f.kind and before.unit == f.unit:
                f = replace(
                    f,
                    metric=before.metric or f.metric,
                    subject=before.subject or f.subject,
                    status="base",
                )
        out.append(f)
    return out


def _bracketed_after(
    sentence: str, at: int, ends: dict[tuple[str, int], Figure]
) -> tuple[Figure | None, bool]:
    """The figure right before the bracket the figure at ``at`` opens (after its "a share",
    if written), and whether the bracket names the year before ("(2025: ")."""
    m = _OPEN_BEFORE.search(sentence, 0, at)
    labelled = False
    if m is None:
        m = _YEAR_OPEN.search(sentence, 0, at)
        labelled = m is not None
    if m is None:
        return None, False
    end = m.start()
    share = _PER_SHARE_BEFORE.search(sentence, 0, end)
    if share is not None:
        end = share.start()
    return ends.get((sentence, end)), labelled


# the bracket opening right before a figure, after the figure before it
_OPEN_BEFORE = re.compile(r"[ \t]*\([ \t]*$")
# the bracket of the year before, opening right before its figure: "(2025: ", "(FY2025: ",
# "(H1 2025: ", "(2024/25: "
_YEAR_OPEN = re.compile(
    r"[ \t]*\([ \t]*(?:(?:FY|H[12]|Q[1-4])[ \t]?)?(?:19|20)\d\d(?:/\d\d)?[ \t]*:[ \t]*$"
)
# "a share" or "per share" between a figure and its bracket: "6.8p a share (2025: 5.5p)"
_PER_SHARE_BEFORE = re.compile(r"[ \t]+(?:a|per)[ \t]+(?:ordinary[ \t]+)?share[ \t]*$")


# a dollar's own letters before its sign: "S$", "NZ$", "US$" (not a bare "$", which a copy may
# have lost from another dollar)
_MARKED_DOLLAR = re.compile(r"([A-Z]{1,3}\$)\s?\d")


def _same_marked_dollar(figure: str, bracketed: str) -> bool:
    a, b = _MARKED_DOLLAR.search(figure), _MARKED_DOLLAR.search(bracketed)
    return a is not None and b is not None and a.group(1) == b.group(1)
