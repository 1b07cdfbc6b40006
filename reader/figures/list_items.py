"""A list's items: a figure standing alone in brackets right after a name is that name's
("ahead of Apple (18%) and Xiaomi (13%)", "Japan (21 per cent) and the EU (16 per cent)"), and
so is a figure right after a name that a comma or "and" adds to a list whose verb is left out
("The US accounted for 41 percent of shipments and the European Union 37 percent").

Lists of shares, scores and amounts are written that way in every kind of news (market shares
by maker, exports by market, votes by party, takings by film), and the rules that read a
figure's clause give every such figure the list's first owner: the name that opens the
sentence. The bracket says more: its figure belongs to the name it follows. A figure of the
list that the rules left without a metric measures what the list's figure before it measures
("Samsung led with 22% of shipments, ahead of Apple (18%)": a share of shipments).

Only a bracket holding the figure alone (a hedge or a direction word before it: "(about 9%)",
"(up 4%)") right after a capitalised name counts. A month or weekday ("March (2.1%)"), a
currency code ("USD (1.2%)"), a word with digits ("Q3 (5%)") and a sentence's capitalised
first word that the story never writes as a name ("Revenue (£3bn)") are no owners. A name
before a figure after ", " or " and " counts only when a figure of the same kind and unit
stands before it in the sentence (the list's first item) with no "." or ";" between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.common_words import is_common_word
from reader.figures.currencies import ISO_CODES
from reader.figures.patterns import MONTHS
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.calendar import WEEKDAY_NAMES

# the name right before " (": capitalised words, with "&" / "of" inside; a "New York-based"
# before the name describes it
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:(\"'\u201c]))"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?: (?:&|of|[A-Z][\w&'\u2019.-]*)){0,5}) \($"
)
_DESCRIBING = re.compile(
    r"^(?:[A-Z][\w.'\u2019]* )*?[A-Z][\w.'\u2019]*-(?:based|listed|owned|born) "
)
# what may stand in the bracket before the figure
_LEAD_WORDS = re.compile(
    r"(?:about|around|almost|nearly|roughly|some|over|under|just|up|down|more than|less than"
    r"|at least|up to|\+|-|\u2212)?\s*$"
)
_LOOK_BACK = 80  # characters before the bracket read for the name


def bracketed_owner(f: Figure, names: frozenset[str]) -> str | None:
    """The name whose bracket holds ``f`` alone, or None (module doc)."""
    text = f.sentence
    at = surface_at(f)
    if at < 0 or not text.startswith(")", at + len(f.surface)):
        return None
    opening = text.rfind("(", max(0, at - 16), at)
    if opening < 0 or not _LEAD_WORDS.fullmatch(text, opening + 1, at):
        return None
    m = _NAME_BEFORE.search(text, max(0, opening - _LOOK_BACK), opening + 1)
    if m is None:
        return None
    name = _DESCRIBING.sub("", m.group("name")).removesuffix("'s").removesuffix("\u2019s")
    words = name.split()
    if not _may_own(name):
        return None
    if m.start("name") == 0 and len(words) == 1 and (name not in names or is_common_word(name)):
        return None  # "Revenue (£3bn)", "Most (62%) said": a sentence's first word
    if _restates(f, text, m.start("name")):
        return None  # "Suez owns 40% of Aguas Argentinas (39.9%)": the 40% written exactly
    return name


# a figure of the same kind this close before the name, with no break between: the bracket
# gives that figure more exactly, not the name's own
_RESTATED = re.compile(r"^[^,;)]{0,40}$")


def _restates(f: Figure, text: str, name_at: int) -> bool:
    """Whether a figure of ``f``'s kind written just before the name (no comma or ";" between,
    within 40 characters) is what the bracket restates."""
    for m in _SAME_KIND[f.kind].finditer(text, max(0, name_at - 60), name_at):
        if _RESTATED.match(text[m.end() : name_at]):
            return True
    return False


_SAME_KIND = {
    "percent": re.compile(r"\d(?:%| per ?cent\b| percent\b)"),
    "money": re.compile(r"[$\u00a3\u20ac\u00a5]\s?\d|\d(?:bn|m|k)?\b"),
    "count": re.compile(r"\d\b"),
    "other": re.compile(r"\d\b"),
}


# ", Xiaomi 13%", " and the European Union 37 percent": a list's later item, its verb left out
_GAPPED_NAME = re.compile(
    r"(?:, (?:and |while |with )?| and | while )(?:the )?"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?: (?:&|of|[A-Z][\w&'\u2019.-]*)){0,4}) "
    r"(?:about |around |some |nearly |almost |just |roughly |up |down )?$"
)


def gapped_name(f: Figure, figures: Sequence[Figure]) -> str | None:
    """The name a list's later item puts right before ``f`` after ", " or " and ", when the
    list's first item (a figure of ``f``'s kind and unit) stands before it (module doc)."""
    at = surface_at(f)
    if at <= 0 or not _capital_before(f.sentence, at):
        return None  # (most figures follow a verb or a preposition: one look, no search)
    m = _GAPPED_NAME.search(f.sentence, max(0, at - 60), at)
    if m is None or not _may_own(m.group("name")):
        return None
    first = _before(f, figures)
    if first is None:
        return None
    between = f.sentence[surface_at(first) + len(first.surface) : m.start()]
    return None if ";" in between or ". " in between else m.group("name")


# "followed by Aldano on 8.7 per cent", "ahead of Solano on 12,420": a ranked list's later item
# puts its name before "on" and the figure (polls and league tables do the same: "Labour on 34%")
_ON_NAME = re.compile(
    r"(?:(?:ahead of|followed by|behind|trailed by|then) |, (?:and |with )?| and | with "
    r"| while )"
    r"(?:the )?(?P<name>[A-Z][\w&'\u2019.-]*(?: (?:&|of|[A-Z][\w&'\u2019.-]*)){0,4}) on "
    r"(?:about |around |some |nearly |almost |just |roughly )?$"
)


def on_name(f: Figure, figures: Sequence[Figure]) -> str | None:
    """The name a ranked list's later item puts before "on" and ``f``, when the list's first
    item (a figure of ``f``'s kind) stands before it in the sentence, no "." or ";" between."""
    at = surface_at(f)
    if at <= 4 or " on " not in f.sentence[max(0, at - 16) : at]:
        return None
    m = _ON_NAME.search(f.sentence, max(0, at - 80), at)
    if m is None or not _may_own(m.group("name")):
        return None
    first = next(
        (
            g
            for g in figures
            if g is not f
            and g.sentence_index == f.sentence_index
            and g.kind == f.kind
            and 0 <= surface_at(g) < m.start()
        ),
        None,
    )
    if first is None:
        return None
    between = f.sentence[surface_at(first) + len(first.surface) : m.start()]
    return None if ";" in between or ". " in between else m.group("name")


_HEDGES = frozenset(
    ["about", "around", "some", "nearly", "almost", "just", "roughly", "up", "down"]
)


def _capital_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` (past a hedge: "Kallo about 9%") is capitalised."""
    words = text[max(0, at - 40) : at].split()
    if words and words[-1] in _HEDGES:
        words.pop()
    return bool(words) and words[-1][:1].isupper()


def _may_own(name: str) -> bool:
    """No month, weekday, currency code or word with digits ("March", "USD", "Q3")."""
    last = name.split()[-1]
    if any(ch.isdigit() for ch in name) or last.lower() in MONTHS or last.lower() in WEEKDAY_NAMES:
        return False
    return last not in ISO_CODES


def list_item_owners(figures: Sequence[Figure], names: frozenset[str]) -> list[Figure]:
    """Each list item's figure given its name, and the list's metric when the rules gave it
    none (module doc)."""
    out = list(figures)
    for k, f in enumerate(out):
        bracketed = bracketed_owner(f, names)
        owner = bracketed or gapped_name(f, out) or on_name(f, out)
        if owner is None:
            continue
        listed = _before(f, out, measured=True) if f.metric is None or bracketed else None
        if f.metric is None or listed is not None:
            # (a bracket holds the figure alone: it measures what the list does, whatever a
            # word outside the list suggested: "ahead of Kallo (11%), according to research
            # firm Quantel")
            metric, measure = (listed.metric, listed.measure) if listed else (None, None)
            out[k] = replace(f, subject=owner, metric=metric, measure=measure)
        else:
            out[k] = replace(f, subject=owner)
    return out


def _before(f: Figure, figures: Sequence[Figure], measured: bool = False) -> Figure | None:
    """The nearest figure of ``f``'s kind and unit before it in its sentence (with a metric:
    ``measured``), or None."""
    at = surface_at(f)
    best: tuple[int, Figure] | None = None
    for g in figures:
        if g is f or g.sentence_index != f.sentence_index or (measured and g.metric is None):
            continue
        if g.kind != f.kind or g.unit != f.unit:
            continue
        where = surface_at(g)
        if 0 <= where < at and (best is None or where > best[0]):
            best = (where, g)
    return best[1] if best else None
