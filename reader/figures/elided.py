"""Counts whose noun is elided: a plain number that only the count before it explains.

A bare "19" could be anything (a shirt, a junction, a page), so the scanner marks a plain
integer with no unit and no noun as ``weak`` and keeps it only when the sentence shows what
it counts (see ``labels/README.md``: a count's unit is the noun written beside it, or the
noun its phrase elides):

- a base or target of the count before it: "312 staff, down from 390 in 2020", "grew to 118
  aircraft from 104", "voted by 31 votes to 22" (no noun of its own: unit None);
- a move between two plain numbers: "complaints rose to 730 from 615" (unit None);
- the part of a whole: "Just 28 of the 1,200 said" (unit None);
- the same noun elided in a coordinated or partitive phrase: "opened 64 shops and closed 19",
  "34 horses ran and 19 finished", "employs 640 people, 410 of them in Scotland" (the earlier
  count's noun; a count "in 14 countries" is a setting, not what is enumerated). A bare count
  written with separators takes a noun only when partitive ("20,000 of those", "including
  64,000 in Spain", "of whom 96,000"); a part reaches past a sum or a share between ("passed
  through 2,400 of them" after "120,000 accounts ... £1.2 billion");
- the whole value of a "Label: value" line whose label ends in a plural ("Employees: 260",
  unit None; "Satellites: 36" after "36 satellites" is that count again and takes its noun).

Everything else weak is dropped, as before: "open 11 more" (the dev rounds label such a
further amount both with and without the noun), labels ("level 4", "Ward 12"), ages ("Dana
Pruitt, 47,"), dates ("from 6 to 9 January"), glued units or names ("3GSM"). Each check reads
a fixed window around the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from reader.figures.gate import led
from reader.figures.patterns import DURATIONS, STOP_WORDS
from reader.model import FigureKind
from reader.text.calendar import MONTH_NAMES


class Raw(Protocol):
    """What is read of a scanned number (``raw.Raw``; a protocol, so no import cycle)."""

    start: int
    end: int
    kind: FigureKind
    value: float
    unit: str | None
    scale: str
    weak: bool


R = TypeVar("R", bound=Raw)

# the words between a count and a base or target of it: "down from", "to", "compared with"
_CONTINUES = led(
    r"\b(?:from|to|than|against|compared (?:with|to)|versus|vs\.?)"
    r"(?: about| around| almost| nearly| some| roughly| just| only| an estimated)? $",
    re.I,
)
# verbs of a move by themselves (the change's subject moved), shared by the two patterns below
_MOVED = (
    r"rose|fell|grew|climbed|dropped|increased|decreased|declined|jumped|slipped|"
    r"slumped|soared|surged|shrank"
)
_CHANGE_VERB = led(
    rf"\b(?:{_MOVED}|went up|went down|edged up|edged down|cut|raised|reduced|"
    r"lowered)(?: by)? (?:to|from)(?: about| around| almost| nearly| some| roughly| just)? $",
    re.I,
)
# ... or the level a move by a percentage reached: "Complaints rose 17% to 388"
_PERCENT_MOVE = led(
    rf"\b(?:{_MOVED})(?: by)?(?: about| around| almost| nearly| some| roughly)?"
    r" \d[\d.]*(?:%| per ?cent| percent) to(?: about| around| almost| nearly| some| roughly)? $",
    re.I,
)
# the other end, maybe after the time of the move: "to 210 in March from 260"
_MOVE_TAIL = re.compile(
    r"(?: (?:in|on|at|by|during|last|this) [A-Za-z]+(?: [A-Za-z]+)?,?)?"
    r" (?:from|to) (?:about |around |almost |nearly )?\d"
)
_OF_NUMBER = re.compile(r" of (?:the |its |their |our )?\d")
# what may follow a number whose noun is elided: nothing (the clause ends), "of them", a verb
# ("19 finished"), or a time or place phrase ("31 in the year", "2 this season")
_AFTER = re.compile(
    r"(?:[,.;:)]|$| (?:apiece|altogether|too|instead)\b"
    r"| of (?:them|those|these|which|whom)\b"
    r"| (?:were|was|are|had|have|did|will|would|could|remain|remained)\b"
    r"| [a-z]{3,}ed\b"
    r"| (?:paid|sold|won|lost|left|kept|took|got|went|came|held|met|spent|bought|built|made|"
    r"grew|rose|fell|became|stood|ran|gave|saw)\b"  # ("141 paid in full": past without -ed)
    r"| (?:in|at|by|during|this|last|next|so|a|each|since|over|across|between)\b(?! \d))"
)
PARTITIVE = re.compile(r" of (?:them|those|these|which|whom)\b")
# a count after the group it is part of, opening its clause: "Of the copies sold, 780,000 ...",
# "Of its new subscribers, about 420,000 ..." (the group's plural noun; a number in the group
# is a whole the count before it names: "Of the 3,000 staff, 200")
_OF_OPENS = r"(?:^|[.;:!?]\s+|\n)Of "  # the clause's opening "Of"
_OF_DETERMINER = r"(?:the|its|their|our|his|her|these|those|all) "
_PART_HEDGE = r"(?: about| around| some| nearly| almost| just| only| more than| fewer than)? $"
_OF_GROUP = re.compile(
    rf"{_OF_OPENS}{_OF_DETERMINER}(?:[a-z-]+ ){{0,2}}?"
    r"(?P<noun>[a-z]{3,}s)(?: (?:[a-z]+ed|sold|polled|surveyed|questioned|counted|left))?,"
    + _PART_HEDGE
)
# ... or a whole counted in that opening phrase, what it is said of after it: "Of the 2,870
# submissions the council received, 1,940 opposed it", "Of the airline's 4,200 employees, about
# 1,150 remain" (the part elides the whole's noun)
_OF_WHOLE = re.compile(
    rf"{_OF_OPENS}(?:{_OF_DETERMINER}"
    r"(?:[\w-]+(?:'s|\u2019s) )?|[A-Z][\w-]*(?:'s|\u2019s) )"
    r"(?P<whole>(?:about |around |some |nearly |almost )?\d[\d,.]*)[^,.;:!?\d]{3,80}," + _PART_HEDGE
)
_AS_SHARE = re.compile(r", or (?:about |almost |nearly )?\d[\d.]*(?:%| per ?cent| percent)")
# ... that names what the part is: "286 of them families with children" (not "of them lives")
_PART_NAMED = re.compile(r" of (?:them|those|these),? ([a-z]{3,}s)\b")
_S_VERBS = frozenset(["does", "goes", "says", "gets", "lives", "works", "comes", "needs", "wants",
                      "uses", "makes", "takes", "remains", "seems", "looks", "holds", "runs"])  # fmt: skip
# ... or a part named before the number: "212,000 cars are affected, including 64,000 in Spain",
# "412,000 members, of whom 96,000 voted"
_PART_LIST_GAP = re.compile(r"[^\d;]{0,40}(?:,| and| or)(?: about| around| some| nearly)? ")
# the words between two counts of one noun joined as a pair: " and Hengfeng ", " abroad in
# March and ", ", while Tamura " (no number, clause break or sentence end between)
_COORD_GAP = re.compile(
    r"[^\d;:.!?]{0,50}\b(?:and|while|whereas|but)\b[^\d;:.!?]{0,30}"
    # ... or a comma and a few lower-case words, a gapped series: "added 71,000 jobs, trade
    # 58,000 and ...", "cut 12,000 jobs, retailers shed 15,500 and ..."
    r"|, (?!(?:up|down|nearly|almost|about|around|some|from|than|against|compared|or|and)\b)"
    r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2} "
    + "".join(rf"(?<!\b{w} )" for w in ("the", "a", "an", "its", "their", "his", "her", "our"))
)
_NOUNLESS_BEFORE = re.compile(
    r"\b(?:want|wants|wanted|reach|reaching|target|targets|aims?|aiming|to|down|up|by|from|"
    r"than|of|another|further|additional|extra)(?: about| around| some| nearly| almost| roughly| just)? $"
)
_FURTHER = re.compile(r" (?:more|fewer|others?|extra)\b")
_PART_BEFORE = re.compile(r"\b(?:including|of whom|of which)(?: about| around| some| nearly)? $")
# a plain number after one of these is a label, an age or a threshold, not an amount
# ("line 4", "game 7", "over 60"; non_figures.LABEL_WORDS are no figures at all)
_LABELS = frozenset(
    ["number", "round", "seat", "line", "band", "class", "league", "group", "series",
     "version", "act", "paragraph", "item", "question", "step", "block", "stand", "no", "nos",
     "channel", "size", "type", "model", "flight", "bus", "track", "game", "match", "day",
     "week", "year", "month", "aged", "age", "the", "a", "an", "score", "scored", "over",
     "under", "above", "below"]
)  # fmt: skip
# a count in one of these phrases is a setting ("in 14 countries"), not what is enumerated
_SETTING = frozenset(["in", "across", "at", "into", "among", "throughout", "over"])
_MAX_GAP = 90
_DATE_TAIL = re.compile(r"(?: ?(?:-|\u2013|to|and) ?\d{1,2})? ([A-Za-z]+)")  # "6 to 9 January"
_BASE_GAP = 60  # "312 staff, down from 390": a plain base sits close to its count
# ... in the same clause: not "50 planes, and said its fleet would grow to 400"
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|said|says|its|their|his|her)\b")


def _word_before(text: str, start: int) -> str:
    head = text[max(0, start - 24) : start].split()
    return head[-1].lower().strip("(\"'") if head else ""


def resolve_weak(text: str, raws: list[R]) -> list[R]:
    """``raws`` in text order with each weak number either kept (as a count, with the noun
    it elides when it elides one) or dropped; bare counts written with separators may take
    an elided noun too."""
    if not any(r.kind == "count" and r.unit is None and _bare(text, r) for r in raws):
        return raws  # (most sentences: nothing bare to settle)
    out: list[R] = []
    for raw in raws:
        if raw.kind != "count" or raw.unit is not None or not _bare(text, raw):
            out.append(raw)
            continue
        before = _word_before(text, raw.start)
        if raw.weak and (before in _LABELS or _an_age(text, raw) or _glued_or_dated(text, raw)):
            continue
        prev = out[-1] if out else None
        gap = text[prev.end : raw.start] if prev is not None else ""
        near = prev is not None and len(gap) <= _MAX_GAP and ";" not in gap
        if near and prev is not None and _base_of(raw, prev, gap):
            raw.weak = False  # a base or target: "down from 390" (unit None)
            out.append(raw)
            continue
        if near and prev is not None and _sum_base_of(raw, prev, gap):
            # "paid 14,200 lira a tonne, against 10,900 a year earlier": the same currency's
            raw.kind, raw.unit, raw.weak = "money", prev.unit, False
            out.append(raw)
            continue
        noun = _elided_noun(text, raw, out)
        if (
            noun is None
            and raw.weak
            and (_labelled_count(text, raw) or _tallied(text, raw) or _table_cell(text, raw))
        ):
            raw.weak = False  # "Employees: 260": the line's label names what is counted
            out.append(raw)
            continue
        if noun is not None:
            raw.unit, raw.weak = noun, False
        elif raw.weak and not _moves(text, raw) and not _OF_NUMBER.match(text, raw.end):
            continue
        raw.weak = False
        out.append(raw)
    return out


def _bare(text: str, raw: Raw) -> bool:
    """A count to settle here: a plain number, or a scaled one that is a part of the whole
    before it ("31.6 million registered borrowers, of whom 7.4 million took out a loan", "2.91
    crore internet users ... 2.2 crore of them": the whole's noun)."""
    if not raw.scale:
        return True
    # (not "including 3.2 million who crossed": the labels give such a part no noun)
    before = _PART_BEFORE.search(text, max(0, raw.start - 24), raw.start)
    of_whom = before is not None and not before.group().startswith("including")
    return PARTITIVE.match(text, raw.end) is not None or of_whom


# a table row's cell: a run of spaces, a tab or a pipe each side of it, a label with letters
# first ("Finance costs          196         241", "| EBITDA | 412 | 318 |"): its column says
# what it counts (tables.py)
_ROW_LABEL = re.compile(r"^\s*(?:\|\s*)?[A-Za-z][^\t|]*?[A-Za-z)](?:\t| {2,}|\s*\|)")


def _table_cell(text: str, raw: R) -> bool:
    """``raw`` is a cell of a table row set out with runs of spaces or pipes: a run of spaces,
    a tab or a pipe before and after it (or the line's end), the row opening on a label."""
    before = text[max(0, raw.start - 2) : raw.start]
    after = text[raw.end : raw.end + 2]
    left = text[: raw.start].rstrip(" ").endswith("|")
    right = text[raw.end :].lstrip(" ")[:1] in ("|", "")
    return (
        (before == "  " or before.endswith("\t") or left)
        and (after in ("", "  ") or after.startswith("\t") or right)
        and _ROW_LABEL.match(text) is not None
    )


# a line that is only a label naming a plural and a colon before the number: "Staff: 260",
# "- Orbitra employees: 385", "Satellites in orbit: 12" (a plural, then at most two words)
COUNTED_LABEL = re.compile(
    r"^\s*(?:[-*\u2022]\s+)?(?:[A-Za-z][\w'\u2019&-]* ){0,4}"
    r"(?P<noun>[A-Za-z][a-z]+s|[Ss]taff|[Pp]eople)(?: (?:in|on|at|per) [a-z]+)?:\s*$"
)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|ings)$")  # "Bonus", "Basis", "Analytics", "Earnings"


# "cut the number of doors it sells through to about 620", "the number of branches fell to
# 96": a level of a tally the clause names before the number (no clause break between)
_TALLY_BEFORE = re.compile(
    r"\b(?:the|its|their) (?:total )?number of [a-z][\w -]{0,60}?[^\d,.;:!?]"
    r"\b(?:to|at|from)(?: about| around| almost| nearly| some| roughly| just| only)? $",
    re.I,
)


def _tallied(text: str, raw: Raw) -> bool:
    """A plain number a clause's "the number of ..." reaches with "to", "at" or "from"."""
    return _TALLY_BEFORE.search(text, max(0, raw.start - 90), raw.start) is not None


def _labelled_count(text: str, raw: Raw) -> bool:
    """A plain number that is the whole value of a "Label: value" line whose label ends in a
    plural noun: it counts what the label names (unit None, as a bare count)."""
    if text[raw.end :].strip(" .") != "":
        return False
    m = COUNTED_LABEL.match(text, 0, raw.start)
    return m is not None and _NOT_PLURAL.search(m.group("noun").lower()) is None


def _base_of(raw: Raw, prev: Raw, gap: str) -> bool:
    """ "312 staff, down from 390": ``raw`` continues the count (or written measure) before."""
    if _CONTINUES.search(gap) is None:
        return False
    if not (prev.kind == "count" or (not raw.weak and prev.kind == "other")):
        return False
    return _own_clause(gap) or (not raw.weak and prev.unit is not None)


# how far a sum's plain base may be from the sum (either way) and still be its base
_SUM_BASE_RATIO = 5.0


def _sum_base_of(raw: Raw, prev: Raw, gap: str) -> bool:
    """ "£14,200 a tonne, up from 10,900", "rose to $15 from 12": a plain number in a sum's
    clause after "from", "against", "than", of the sum's size, is a sum in its currency."""
    if prev.kind != "money" or prev.unit is None or prev.value <= 0 or raw.value <= 0:
        return False
    if _CONTINUES.search(gap) is None or not _own_clause(gap):
        return False
    return 1 / _SUM_BASE_RATIO <= raw.value / prev.value <= _SUM_BASE_RATIO


def _glued_or_dated(text: str, raw: Raw) -> bool:
    """ "3GSM", "130cm" (a name or a unit glued on), "from 6 to 9 January" (a date)."""
    if text[raw.end : raw.end + 1].isalpha():
        return True
    date = _DATE_TAIL.match(text, raw.end)
    return date is not None and date.group(1).lower() in MONTH_NAMES


def _own_clause(gap: str) -> bool:
    return len(gap) <= _BASE_GAP and _NEW_CLAUSE.search(gap) is None


def _an_age(text: str, raw: Raw) -> bool:
    """ "Dana Pruitt, 47, said": a number between commas after a name."""
    head = text[max(0, raw.start - 24) : raw.start]
    if not head.endswith(", ") or text[raw.end : raw.end + 1] != ",":
        return False
    word = head[:-2].split()[-1] if head[:-2].split() else ""
    return word[:1].isupper()


def _moves(text: str, raw: Raw) -> bool:
    """ "rose to 730 from 615": a plain number a verb of change moves, with the other end."""
    if _PERCENT_MOVE.search(text, max(0, raw.start - 50), raw.start):
        return True  # "rose 17% to 388": the level the move reached
    return bool(
        _CHANGE_VERB.search(text, max(0, raw.start - 40), raw.start)
        and _MOVE_TAIL.match(text, raw.end)
    )


def _elided_noun(text: str, raw: Raw, kept: Sequence[Raw]) -> str | None:
    """The noun of the nearest counted phrase before ``raw`` in its sentence that ``raw``
    elides ("opened 64 shops and closed 19": shops), or None."""
    group = _OF_GROUP.search(text, max(0, raw.start - 80), raw.start)
    if group is not None and _a_noun(group.group("noun")):
        return group.group("noun")  # "Of the copies sold, 780,000 were bought on PC": copies
    if (whole := _OF_WHOLE.search(text, max(0, raw.start - 140), raw.start)) is not None and (
        not _AS_SHARE.match(text, raw.end)  # ("5,100, or 68%, backed": labelled with no noun)
    ):
        at = whole.start("whole")
        counted = [k for k in kept if k.kind == "count" and k.unit and at <= k.start < whole.end()]
        if counted:
            return counted[0].unit  # "Of the 61,200 services scheduled, 1,315": services
    of_them = PARTITIVE.match(text, raw.end) is not None
    if of_them and (named := _PART_NAMED.match(text, raw.end)) and _a_noun(named.group(1)):
        return named.group(1)  # "412 households ..., 286 of them families with children"
    listed = not of_them and (
        _part_before(text, raw.start)
        or _next_part(text, raw, kept)
        or (not raw.weak and _coordinated(text, raw, kept))
    )
    if not listed and not (_AFTER if raw.weak else PARTITIVE).match(text, raw.end):
        return None  # ("29,700, or 72%, backed": a written number keeps no noun but "of them")
    for prev in reversed(kept):
        if (prev.kind == "money" or prev.kind == "percent") and not of_them:
            return None  # another amount sits between ("of them" reaches past it to its whole)
        if prev.kind != "count" or prev.unit is None or "-" in text[prev.start : prev.end]:
            continue  # ("its 52,000-seat stadium": a size describes, it enumerates nothing)
        gap = text[prev.end : raw.start]
        if len(gap) > _MAX_GAP or ";" in gap or _CONTINUES.search(gap):
            return None
        if _word_before(text, prev.start) in _SETTING:
            continue  # "188 stores in 14 countries, and closed 12": stores
        return prev.unit
    return None


def _coordinated(text: str, raw: Raw, kept: Sequence[Raw]) -> bool:
    """ "sold 91,500 vehicles and Hengfeng 42,100", "shipped 38,900 vehicles abroad in March and
    97,600 in the quarter": a count written with separators joined to the counted phrase before
    it in its sentence, which it shares the noun of."""
    prev = kept[-1] if kept else None
    if prev is None or prev.kind != "count" or prev.unit is None:
        return False
    if _COORD_GAP.fullmatch(text, prev.end, raw.start) is None:
        return False
    # (not a target, a move or a further amount, which the labels give no noun: "18,400
    # members already and we want 25,000", "down 2,800", "about 6,000 more", "another 9,800")
    return not _NOUNLESS_BEFORE.search(text, prev.end, raw.start) and not _FURTHER.match(
        text, raw.end
    )


def _a_noun(word: str) -> bool:
    """A plural noun, not a verb or a function word ("of them lives", "of them this month")."""
    return word not in _S_VERBS and word not in STOP_WORDS and word not in DURATIONS


def _part_before(text: str, start: int) -> bool:
    return _PART_BEFORE.search(text, max(0, start - 24), start) is not None


def _next_part(text: str, raw: Raw, kept: Sequence[Raw]) -> bool:
    """ "including 64,000 in Spain and 39,000 in France": the second part of a listed whole."""
    prev = kept[-1] if kept else None
    if prev is None or prev.kind != "count" or not _part_before(text, prev.start):
        return False
    return _PART_LIST_GAP.fullmatch(text, prev.end, raw.start) is not None
