"""Turn one sentence into unranked figures: find number tokens, read the words around them.

Why a token-then-context design: each number is located by a flat regex, then small fixed
windows of text before/after decide currency, unit, and whether it is a non-figure (year,
date, time, age, ordinal, model name, duration). Work per number is bounded, so the whole
pass is linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.figures.context import change_for, metric_for
from reader.figures.metrics import inherit_metrics, refine_metric
from reader.figures.names import story_names
from reader.figures.patterns import (
    CENT_CODES,
    DOLLAR_CODES,
    MAX_VALUE,
    NUMBER,
    SCALES,
    SPELLED,
    WORD_NUMBERS,
    currency_code,
)
from reader.figures.spelled import (
    SMALL_SPELLED,
    SPELLED_WORDS,
    of_pair_at,
    spelled_figure,
    spelled_matches,
    word_value,
)
from reader.figures.status import hedge_for, status_for
from reader.figures.whose import subject_of
from reader.figures.words import (
    after_word,
    balance_sign,
    bare_count,
    before_word,
    count_unit,
    crown,
    is_non_figure,
    kind_of_count,
    number,
    peso,
    prefix_word_currency,
    unit_after,
)
from reader.model import Change, Figure, FigureKind
from reader.text.excerpt import window

_RANGE_TAIL = re.compile(
    r"(?:-|–| to | and )(?P<num>\d[\d,]{0,12}(?:\.\d{1,6})?)"
    r"(?:[ ]?(?P<scale>trillion|billion|million|bn|tn|mn|m)\b)?"
)
_PERCENT_TAIL = re.compile(r"[-–](\d{1,6}(?:\.\d{1,6})?)(?= ?%)%?")
_RATE_TAIL = re.compile(
    r" (?:to|against|per) (?:the|one|a|each|every) (?:US |U\.S\. )?"
    r"(?:dollar|euro|pound|yen|yuan|greenback)\b"
)
_MONEY_TAIL = re.compile(
    r"(?P<sep>-|–| to )(?P<cur>US\$|HK\$|A\$|\$|€|£|¥)?(?P<num>\d[\d,]{0,12}(?:\.\d{1,6})?)"
    r"(?![\d,])"
    r"(?:[ ]?(?P<scale>trillion|billion|million|bn|tn|mn|m)\b)?"
)
# metrics that are amounts of money: a bare "2.95 billion" of these is in the story's currency
# ("sales" is left out: "sales rose to 10.4 million" may count cars)
_MONEY_METRICS = frozenset(
    ["revenue", "net income", "net loss", "operating profit", "pre-tax profit", "profit",
     "earnings", "valuation", "market cap", "debt", "deficit", "free cash flow", "funding"]
)  # fmt: skip
_OPEN_CONVERSION = frozenset(["(", "(about", "(around", "(or", "(roughly", "(approximately"])
_MAX_SENTENCE = 20_000  # characters; longer "sentences" are not prose
_MAX_NUMBERS = 200  # number tokens read per sentence; more is a table, not prose
# what every figure needs: a digit (NUMBER) or a scale word (SPELLED, same case folding)
_YEAR = re.compile(r"(?:19|20)\d\d")
# a figure needs a digit, a scale word or a number written in words (spelled.py's counts)
_CANDIDATE = re.compile(
    r"\d|illion|thousand|\b(?:" + "|".join(SPELLED_WORDS) + r")\b", re.IGNORECASE
)


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: FigureKind
    value: float
    unit: str | None
    scale: str = ""  # the scale word written with a bare number ("95 million" -> "million")


def _range(text: str, start: int, end: int, value: float, scaled: bool = False) -> list[_Raw]:
    """ "2-3%", "5 to 6 percent", "20-30bn rupiah": both ends take the far end's unit (and
    scale), for percentages and money only."""
    m = _RANGE_TAIL.match(text, end)
    if m is None:
        return []
    unit = unit_after(text, m.end())
    far = number(m.group("num"))
    if far is None:
        return []
    if m.group(0).startswith(" and ") and not text[max(0, start - 8) : start].endswith("between "):
        return []  # only "between 140,000 and 145,000 cars" is a range
    dashed = m.group(0)[:1] in ("-", "\u2013")
    scale = SCALES[m.group("scale")] if m.group("scale") else 1.0
    if unit is None and (not dashed or far > value):
        # "30 to 40 top firms", "9,000-10,000 trucks", "2.35 million to 2.45 million ounces"
        noun = count_unit(text, m.end())
        if noun is None or (m.group("scale") and not scaled and value >= far):
            return []  # ("rose 32,000 to 1.41 million" is a change and a level)
        stop = text.find(noun, m.end()) + len(noun)
        kind = kind_of_count(noun)
        near = value if scaled or "," in text[start:end] else value * scale
        return [
            _Raw(start, end, kind, near, noun),
            _Raw(m.start("num"), stop, kind, far * scale, noun),
        ]
    if unit is None or unit[0] not in ("percent", "money"):
        return []
    kind, code, factor, stop = unit
    return [
        _Raw(start, end, kind, value * (1.0 if scaled else scale) * factor, code),  # "2bn to 3bn"
        _Raw(m.start("num"), stop, kind, far * scale * factor, code),
    ]


def _money_range(text: str, near: _Raw, cur: str, scaled: bool) -> list[_Raw]:
    """ "$20-30bn", "$1.3 to $1.5bn", "$40-40.25": the near end takes the far end's scale;
    a far end without its own currency sign is read here (the scanner skips "-40.25")."""
    m = _MONEY_TAIL.match(text, near.end)
    if m is None or (m.group("cur") and m.group("cur") != cur):
        return []
    far = number(m.group("num"))
    if far is None:
        return []
    if m.group("scale") and not scaled:
        near.value *= SCALES[m.group("scale")]
    scale = SCALES[m.group("scale")] if m.group("scale") else 1.0
    if m.group("cur"):
        if m.group("sep") == " to ":
            return []  # "$1.3 to $1.5bn": the scanner reads the far end itself
        # "$24-$26": the scanner skips a sign glued to a dash, so read it here
        return [_Raw(m.start("cur"), m.end(), "money", far * scale, near.unit)]
    if not m.group("scale") and scaled:
        return []  # "$2bn-3" is not a range we can read
    return [_Raw(m.start("num"), m.end(), "money", far * scale, near.unit)]


def _scan(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    for count, m in enumerate(NUMBER.finditer(text)):
        if count >= _MAX_NUMBERS:
            break
        found.extend(_read_number(text, m))
    for m in SPELLED.finditer(text):
        found.extend(_read_spelled(text, m))
    for count, m in enumerate(spelled_matches(text)):
        if count >= _MAX_NUMBERS:
            break
        found.extend(_read_small_spelled(text, m))
    found.sort(key=lambda r: r.start)
    return _drop_overlaps(found)


def _read_number(text: str, m: re.Match[str]) -> list[_Raw]:
    """The figures a written number starts: money (and its range), a rate, else what follows."""
    cur = (m.group("cur") or "").strip()
    raw = m.group("num").rstrip(",")
    num_end = m.start("num") + len(raw)
    end = m.end() if m.group("scale") else num_end
    value = number(raw)
    if value is None:
        return []
    if m.group("neg"):
        value = -value  # "-3%"
    scale_word = m.group("scale")
    short = scale_word in ("m", "b", "k", "K", "B", "M")
    if short and not cur and text[num_end : num_end + 1] == " ":
        end, scale_word = num_end, None  # "5 m" without currency: not a scale
    word_cur = None if cur else prefix_word_currency(text, m.start())
    if word_cur and not scale_word and _YEAR.fullmatch(raw):
        return []  # "Euro 2004": a tournament's year, not an amount
    if is_non_figure(text, m.start("num"), num_end, raw, bool(cur or word_cur)):
        return []
    if scale_word:
        value *= SCALES[scale_word]
    if value > MAX_VALUE:
        return []
    if cur or word_cur:
        code = currency_code(cur) if cur else str(word_cur)
        money = _Raw(m.start(), end, "money", value, code)
        return [money, *_money_range(text, money, cur, bool(scale_word))]
    if _RATE_TAIL.match(text, end):
        return [_Raw(m.start(), end, "other", value, None)]  # an exchange rate
    return _measure_or_count(text, m.start(), end, raw, value, scale_word)


def _measure_or_count(
    text: str, start: int, end: int, raw: str, value: float, scale_word: str | None
) -> list[_Raw]:
    """A number without currency: a measure (and a "8%-10%" far end), a range, or a count."""
    unit = unit_after(text, end)
    if unit is None and (pair := _range(text, start, end, value, bool(scale_word))):
        return pair
    if unit is not None:
        kind, code, factor, stop = unit
        found = [_Raw(start, stop, kind, value * factor, code)]
        far = _PERCENT_TAIL.match(text, stop) if kind == "percent" else None
        if far is not None and (far_value := number(far.group(1))) is not None:
            found.append(_Raw(far.start(1), far.end(), kind, far_value, code))  # "8%-10%"
        return found
    noun = count_unit(text, end)
    of = of_pair_at(text, end) if noun is None and not scale_word else None
    if of is not None and (far_noun := count_unit(text, of.end())) is not None:
        return [_Raw(start, end, "count", value, far_noun)]  # "14 of 22 branches": branches
    if noun is not None:
        if not (scale_word or value >= 2 or "." in raw):
            return []
        stop = text.find(noun, end) + len(noun)
        if any(c.isdigit() for c in text[end:stop]):
            stop = end  # "10 of its 27 plants": the 27 is a figure of its own
        return [_Raw(start, stop, kind_of_count(noun), value, noun)]
    if sign := balance_sign(text, start):
        return [_Raw(start, end, "count", sign * value, None)]  # "minus 10"
    if bare_count(raw, bool(scale_word), before_word(text, start)) and (
        scale_word or after_word(text, end) != "times"  # "eased to 1.6 times"
    ):
        return [_Raw(start, end, "count", value, None, _scale_key(scale_word))]
    return []


def _read_spelled(text: str, m: re.Match[str]) -> list[_Raw]:
    """A spelled-out amount ("four million", "twenty-one thousand") and what follows it."""
    if m.group("word").lower() == "a" and text[m.end() : m.end() + 1] == "-":
        return []  # "a billion-dollar dent": a size, not an amount
    base = WORD_NUMBERS[m.group("word").lower()] + (0.5 if m.group("half") else 0.0)
    if m.group("ones"):
        base += WORD_NUMBERS[m.group("ones").lower()]  # "twenty-one thousand"
    value = base * SCALES[m.group("scale").lower()]
    word_cur = prefix_word_currency(text, m.start())
    if word_cur:
        return [_Raw(m.start(), m.end(), "money", value, word_cur)]
    unit = unit_after(text, m.end())
    if unit is not None:
        kind, code, factor, stop = unit
        return [_Raw(m.start(), stop, kind, value * factor, code)]
    noun = count_unit(text, m.end())
    if noun is not None:
        stop = text.find(noun, m.end()) + len(noun)
        return [_Raw(m.start(), stop, kind_of_count(noun), value, noun)]
    if m.group("scale").lower() != "thousand":  # "four million by"
        return [_Raw(m.start(), m.end(), "count", value, None, m.group("scale").lower())]
    return []


def _read_small_spelled(text: str, m: re.Match[str]) -> list[_Raw]:
    """ "twenty complainants", "Eighty percent", "two of its five plants" (see spelled.py)."""
    if m.group("n").lower() == "one" or (
        text[m.end() : m.end() + 1] == "-" and not m.group("tail")
    ):
        return []  # "one of", "five-year"
    pair = of_pair_at(text, m.end())
    if pair is not None:
        noun = count_unit(text, pair.end())
        if noun is None:
            return []
        found = [_Raw(m.start(), m.end(), "count", float(word_value(m.group("n"))), noun)]
        far = SMALL_SPELLED.fullmatch(pair.group("m"))
        if far is not None:  # "two of its five German plants": the far side too
            stop = text.find(noun, pair.end()) + len(noun)
            found.append(
                _Raw(pair.start("m"), stop, "count", float(word_value(far.group("n"))), noun)
            )
        return found
    got = spelled_figure(text, m, count_unit(text, m.end()), False)
    if got is None:
        return []
    kind, value, unit, stop = got
    return [_Raw(m.start(), stop, kind, value, unit)]


def _scale_key(word: str | None) -> str:
    """ "bn" and "billion" are one scale: compared when a bare number borrows a currency."""
    if not word:
        return ""
    return {1e12: "trillion", 1e9: "billion", 1e6: "million", 1e3: "thousand"}.get(
        SCALES[word], word
    )


_SCALE_IN = re.compile(r"(?<=[\d ])(lakh crore|trillion|billion|million|thousand|crore|lakh|"
                       r"bn|tn|mn|m|b|k|K|B|M)\b")  # fmt: skip


def _money_scale(text: str, raw: _Raw) -> str:
    m = _SCALE_IN.search(text, raw.start, raw.end)
    return _scale_key(m.group(1)) if m else ""


def _bracketed(text: str, start: int) -> bool:
    head = text[max(0, start - 40) : start]
    return head.rfind("(") > head.rfind(")")


def _implied_currency(text: str, raws: list[_Raw], currency: str | None) -> None:
    """A bare scaled number that is money by context takes its currency: "$210 million, up
    from 95 million" (a money figure of the same scale in the sentence) or "Revenue fell to
    2.95 billion" (a money metric, in a story whose last currency is known)."""
    for raw in raws:
        if raw.kind != "count" or raw.unit is not None or not raw.scale:
            continue
        same = [
            r
            for r in raws
            if r.kind == "money"
            and r.unit
            and _money_scale(text, r) == raw.scale
            and not _bracketed(text, r.start)  # "(£53m; $100m)" converts the figure before it
        ]
        if same:
            nearest = min(same, key=lambda r: abs(r.start - raw.start))
            raw.kind, raw.unit = "money", nearest.unit
            continue
        if currency is None or any(r.kind == "money" for r in raws):
            continue
        if metric_for(text, raw.start, "money", None, raw.end) in _MONEY_METRICS:
            raw.kind, raw.unit = "money", currency


def _own_period(
    change: Change | None,
    kind: FigureKind,
    text: str,
    prev_end: int | None,
    next_start: int | None,
) -> Change | None:
    """A change's period only when written between the figure's neighbours: in "shares, which
    have surged 50% so far this year, were up 3%", "so far this year" is the 50%'s."""
    if change is None or not change.period or kind != "percent":
        return change  # (a level's change is a neighbouring figure: its period is shared)
    start = text.find(change.amount or "", prev_end or 0) if change.amount else -1
    if start < 0:
        return change
    if change.period in text[start : next_start if next_start is not None else len(text)]:
        return change
    before = text[prev_end or 0 : start]
    at = before.rfind(change.period)
    if at >= 0 and "," not in before[at:]:
        return change  # "year-on-year growth of 5%"
    return replace(change, period=None)


def _drop_overlaps(found: list[_Raw]) -> list[_Raw]:
    """ "a half million" inside "two and a half million": the longer, earlier match wins."""
    kept: list[_Raw] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


def may_hold_figures(sentence: str) -> bool:
    """False when ``parse_sentence`` finds nothing for sure: no digit and no scale word."""
    return _CANDIDATE.search(sentence, 0, _MAX_SENTENCE) is not None


def parse_sentence(
    sentence: str,
    *,
    story: str = "",
    names: frozenset[str] | None = None,
    currency: str | None = None,
    main: str | None = None,
    prior: str | None = None,
    person: str | None = None,
) -> list[Figure]:
    """All figures in one sentence, in text order, with metric/subject/change/conversion.

    ``story`` (the whole text, optional) settles currency names shared by several countries;
    ``names`` (``story_names`` of the story) tells a sentence-initial name from a capitalised
    common word. Without it the sentence's own mid-sentence capitals are used. ``currency``
    is the story's currency so far (the last one written before this sentence): it is the
    unit of money written without one ("Revenue fell to 2.95 billion") and says whose
    "dollars" and "cents" these are. ``main`` (the story's main company) and ``prior`` (the
    name that opened the previous sentence) say whom "the company" and "it" mean; ``person``
    (the story's last-named person) whom "he", "she" and "her" mean.
    """
    if not may_hold_figures(sentence):
        return []
    if names is None:
        names = story_names(sentence[:_MAX_SENTENCE])
    text = sentence[:_MAX_SENTENCE]
    raws = _scan(text)
    for raw in raws:
        if raw.unit == "PESO":
            raw.unit = peso(text, story[:_MAX_SENTENCE])
        elif raw.unit == "CROWN":
            raw.unit = crown(text, story[:_MAX_SENTENCE])
        elif raw.unit in ("DOLLAR", "CENT"):
            codes = DOLLAR_CODES if raw.unit == "DOLLAR" else CENT_CODES
            local = next((r.unit for r in raws if r.unit in codes), currency)
            raw.unit = local if local in codes else "USD"
    _implied_currency(text, raws, currency)
    figures: list[Figure] = []
    skip: set[int] = set()
    for i, raw in enumerate(raws):
        if i in skip:
            continue
        converted = None
        if raw.kind == "money" and i + 1 < len(raws):
            nxt = raws[i + 1]
            gap = text[raw.end : nxt.start]
            if nxt.kind == "money" and gap.strip() in _OPEN_CONVERSION:
                j = i + 1
                # "($7.4bn; £3.9bn)": every money figure up to the closing bracket is tied
                while (
                    j + 1 < len(raws)
                    and raws[j + 1].kind == "money"
                    and text[raws[j].end : raws[j + 1].start].strip()
                    in (";", ",", "/", "or", "-", "–", "to")
                ):
                    j += 1
                if text.find(")", raws[j].end, raws[j].end + 3) != -1:
                    converted = text[nxt.start : raws[j].end]
                    skip.update(range(i + 1, j + 1))
        # a tied conversion sits between the figure and what follows it: "(US$5.8bn), up 14%"
        tail = raw.end
        if converted is not None:
            close = text.find(")", raws[max(skip)].end, raws[max(skip)].end + 3)
            tail = close + 1 if close != -1 else raws[max(skip)].end
        neighbours = [r for k, r in enumerate(raws) if k != i and k not in skip]
        prev_end = max((r.end for r in neighbours if r.end <= raw.start), default=None)
        next_start = min((r.start for r in neighbours if r.start >= tail), default=None)
        figures.append(
            Figure(
                surface=text[raw.start : raw.end],
                kind=raw.kind,
                value=raw.value,
                unit=raw.unit,
                metric=refine_metric(
                    text,
                    raw.start,
                    tail,
                    raw.kind,
                    raw.unit,
                    metric_for(text, raw.start, raw.kind, raw.unit, tail, prev_end, next_start),
                ),
                subject=subject_of(text, raw.start, names, main, prior, person),
                change=_own_period(
                    change_for(text, raw.start, tail, raw.kind),
                    raw.kind,
                    text,
                    prev_end,
                    next_start,
                ),
                sentence=window(sentence, raw.start, tail),
                converted=converted,
                status=status_for(text, raw.start, tail, prev_end, next_start),
                hedge=hedge_for(text, raw.start),
            )
        )
    return inherit_metrics(text, figures)
