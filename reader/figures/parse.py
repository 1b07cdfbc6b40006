"""Turn one sentence into unranked figures: find number tokens, read the words around them.

Why a token-then-context design: each number is located by a flat regex, then small fixed
windows of text before/after decide currency, unit, and whether it is a non-figure (year,
date, time, age, ordinal, model name, duration). Work per number is bounded, so the whole
pass is linear in the sentence length.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reader.figures.context import change_for, metric_for, story_names, subject_for
from reader.figures.patterns import (
    AGE_BEFORE,
    COUNT_FILLERS,
    DURATIONS,
    IRREGULAR_PLURALS,
    MAX_VALUE,
    MEASURES,
    MONTHS,
    NUMBER,
    PERCENT_WORDS,
    PESO_COUNTRIES,
    POINT_WORDS,
    PREFIX_CURRENCY,
    PREFIX_WORD_CODES,
    PREFIX_WORDS,
    SCALES,
    SPELLED,
    STOP_WORDS,
    SUFFIX_CURRENCY,
    WORD_NUMBERS,
)
from reader.model import Figure, FigureKind

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")
_PHONE_TAIL = re.compile(r"[-. ]\d{3,4}(?:[-. ]\d{2,4})?\b")
_RANGE_TAIL = re.compile(
    r"(?:-|–| to )(?P<num>\d[\d,]{0,12}(?:\.\d{1,6})?)"
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
_OF_DET = re.compile(r" of (?:its|the|their|our|his|her|which) ")
_NOT_MODEL_WORDS = frozenset(["The", "A", "An", "In", "On", "At", "By", "Of", "To", "And", "Some"])
_OPEN_CONVERSION = frozenset(["(", "(about", "(around", "(or", "(roughly", "(approximately"])
_MAX_SENTENCE = 20_000  # characters; longer "sentences" are not prose
_MAX_NUMBERS = 200  # number tokens read per sentence; more is a table, not prose


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: FigureKind
    value: float
    unit: str | None


def _number(text: str) -> float | None:
    if "," in text:
        groups = text.partition(".")[0].split(",")
        if any(len(g) != 3 for g in groups[1:]) or not groups[0] or len(groups[0]) > 3:
            return None
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _after_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m.group(0).lower() if m else ""


def _before_word(text: str, start: int) -> str:
    head = text[max(0, start - 20) : start].rstrip()
    parts = head.split()
    return parts[-1].lower() if parts else ""


def _is_non_figure(text: str, start: int, end: int, raw: str, has_prefix: bool) -> bool:
    after = text[end : end + 12]
    before = text[max(0, start - 2) : start]
    if re.match(r"(?:st|nd|rd|th)\b", after) or re.match(
        r"-(?:year|month|week|day|quarter)", after
    ):
        return True
    if re.match(r"[:/]\d", after) or re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", after):
        return True
    if (
        not has_prefix
        and re.match(r"-[A-Za-z]", after)
        and not re.match(
            r"-(?:million|billion|thousand|cents?|pence|dollars?|pounds?|euros?|yuan)\b", after
        )
    ):
        return True  # "3-decade", "GPT-4o"-like tails
    if before.endswith("-") and start >= 2 and text[start - 2].isalpha():
        return True  # "GPT-4", "Qwen3-235B"
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] == "#"):
        return True
    if not has_prefix and raw.isdigit() and _PHONE_TAIL.match(text, end):
        return True  # "555-123-4567", "020 7946 0000": phone-like digit groups
    if not has_prefix and start > 0 and text[start - 1] == "+" and _PHONE_TAIL.match(text, end):
        return True
    if not has_prefix and "," not in raw and "." not in raw and _model_name_before(text, start):
        return True  # "iPhone 15", "Boeing 737", "Windows 11"
    prev = _before_word(text, start)
    if prev in MONTHS or prev in AGE_BEFORE or prev in ("no.", "q", "number"):
        return True
    nxt = _after_word(text, end)
    if nxt in MONTHS or nxt in DURATIONS:
        return True
    # a bare 19xx/20xx is a year
    return not has_prefix and re.fullmatch(r"(?:19|20)\d\d", raw) is not None


def _model_name_before(text: str, start: int) -> bool:
    """A capitalised product-like word right before a bare number: "iPhone 15", "Galaxy 24"."""
    if start < 2 or text[start - 1] != " ":
        return False
    head = text[max(0, start - 32) : start - 1]
    word = head.split()[-1] if head.split() else ""
    if not word or not word[0].isalpha() or word in _NOT_MODEL_WORDS:
        return False
    if word.endswith(("'s", "\u2019s", "'", "\u2019")):
        return False  # "the WTO's 148 members": a possessive owns the number
    if not any(c.isupper() for c in word) or (word.isupper() and len(word) <= 1):
        return False
    at_start = not text[max(0, start - 1 - len(word) - 2) : start - 1 - len(word)].strip()
    if at_start and not any(c.isupper() or c.isdigit() for c in word[1:]):
        return False  # "Only 30 firms": a capitalised sentence opener, not a product name
    # the number itself must not carry a unit/noun; callers check this by having no prefix,
    # and a following lowercase plural noun still makes it a count ("Tesla 500 cars" is rare)
    tail = text[start : start + 40].split()
    after = tail[1] if len(tail) > 1 else ""
    return not (after[:1].islower() and after.endswith("s")) and "%" not in tail[0]


def _unit_after(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """Unit words right after a number: (kind, unit, factor, end of the unit phrase)."""
    if text.startswith("%", end):
        return "percent", "%", 1.0, end + 1
    low = text[end : end + 40].lower()
    if low.startswith("-"):  # "49-cent", "10-dollar"
        for phrase, code, factor in SUFFIX_CURRENCY:
            if len(phrase) > 1 and re.match(re.escape(phrase) + r"\b", low[1:]):
                return "money", code, factor, end + 1 + len(phrase)
        return None
    stripped = low.lstrip(" ")
    gap = len(low) - len(stripped)
    if gap > 1:
        return None
    for phrase in POINT_WORDS:
        if stripped.startswith(phrase):
            return "percent", "pp", 1.0, end + gap + len(phrase)
    for phrase in PERCENT_WORDS:
        if re.match(re.escape(phrase) + r"\b", stripped):
            return "percent", "%", 1.0, end + gap + len(phrase)
    for phrase, code, factor in SUFFIX_CURRENCY:
        if re.match(re.escape(phrase) + r"\b", stripped):
            if phrase == "p" and gap:
                continue  # "5 p" is too ambiguous; "5p" is pence
            return "money", code, factor, end + gap + len(phrase)
    return None


def _plural(word: str) -> bool:
    low = word.lower()
    return low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith("ss"))


def _count_unit(text: str, end: int) -> str | None:
    """The counted noun phrase after a number: "3,500 brands", "34 Grosvenor casinos",
    "90,000 more people", "14 of its biggest construction projects"."""
    words: list[str] = []
    pos = end
    of = _OF_DET.match(text, pos)
    if of is not None:
        pos = of.end() - 1
    for _ in range(5):
        if text[pos : pos + 1] != " ":
            break
        m = _WORD.match(text, pos + 1)
        if not m:
            break
        word = m.group(0)
        low = word.lower()
        if not words and low in COUNT_FILLERS:
            pos = m.end()
            continue
        if low in ("and", "or") and words and not any(_plural(w) for w in words):
            words.append(word)  # "300 natural and man-made disasters": joined modifiers
            pos = m.end()
            continue
        if low in STOP_WORDS or low in MONTHS or low in DURATIONS or low in WORD_NUMBERS:
            break
        words.append(word)
        pos = m.end()
        if text[pos : pos + 1] in (",", ".", ";", ":", ")"):
            break
    # the phrase up to the end of its first run of plural-looking words (the head noun);
    # capitalised words may lead ("Hard Rock Cafes") but a capitalised head needs company
    for i, word in enumerate(words):
        if _plural(word) and (word[0].islower() or i > 0):
            j = i
            # "with-profits investors": a hyphenated plural modifies the next plural; otherwise
            # the first plural is the head ("1,300 bosses suggests" must stop at "bosses")
            while (
                j + 1 < len(words)
                and "-" in words[j]
                and words[j + 1][0].islower()
                and _plural(words[j + 1])
            ):
                j += 1
            if any(w[0].isupper() for w in words[i + 1 : j + 1]):
                return None
            return " ".join(words[: j + 1])
        if word[0].islower() and i >= 3:
            break
    return None


def _bare_count(raw: str, scaled: bool, before: str = "") -> bool:
    """A number with no unit or noun that is still a figure: "1.41 million", "rose 32,000 to",
    "closed up 23 points to 6661.89" (a scale word, thousands separators, or a decimal level
    after "to"/"at"/"from"; a bare "12" could be anything)."""
    return scaled or "," in raw or ("." in raw and before in ("to", "at", "from"))


def _balance_sign(text: str, start: int) -> int:
    """ "a balance of plus 8", "minus 10": a signed survey balance (0 when not one)."""
    word = _before_word(text, start)
    return 1 if word == "plus" else -1 if word == "minus" else 0


def _range(text: str, start: int, end: int, value: float) -> list[_Raw]:
    """ "2-3%", "5 to 6 percent", "20-30bn rupiah": both ends take the far end's unit (and
    scale), for percentages and money only."""
    m = _RANGE_TAIL.match(text, end)
    if m is None:
        return []
    unit = _unit_after(text, m.end())
    far = _number(m.group("num"))
    if far is None:
        return []
    if unit is None and not m.group("scale") and "-" not in m.group(0):
        noun = _count_unit(text, m.end())  # "30 to 40 top firms"
        if noun is None or _kind_of_count(noun) != "count":
            return []
        stop = text.find(noun, m.end()) + len(noun)
        return [
            _Raw(start, end, "count", value, noun),
            _Raw(m.start("num"), stop, "count", far, noun),
        ]
    if unit is None or unit[0] not in ("percent", "money"):
        return []
    kind, code, factor, stop = unit
    scale = SCALES[m.group("scale")] if m.group("scale") else 1.0
    return [
        _Raw(start, end, kind, value * scale * factor, code),
        _Raw(m.start("num"), stop, kind, far * scale * factor, code),
    ]


def _money_range(text: str, near: _Raw, cur: str, scaled: bool) -> list[_Raw]:
    """ "$20-30bn", "$1.3 to $1.5bn", "$40-40.25": the near end takes the far end's scale;
    a far end without its own currency sign is read here (the scanner skips "-40.25")."""
    m = _MONEY_TAIL.match(text, near.end)
    if m is None or (m.group("cur") and m.group("cur") != cur):
        return []
    far = _number(m.group("num"))
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


def _prefix_word_currency(text: str, start: int) -> str | None:
    m = PREFIX_WORDS.search(text, max(0, start - 24), start)
    if m is None or m.end() != start:
        return None
    key = (m.group("land") or m.group("other") or "").lower()
    return PREFIX_WORD_CODES.get(key)


def _kind_of_count(noun: str) -> FigureKind:
    return "other" if noun.split()[-1].lower() in MEASURES else "count"


def _scan(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    for count, m in enumerate(NUMBER.finditer(text)):
        if count >= _MAX_NUMBERS:
            break
        cur = (m.group("cur") or "").strip()
        raw = m.group("num").rstrip(",")
        num_end = m.start("num") + len(raw)
        end = m.end() if m.group("scale") else num_end
        value = _number(raw)
        if value is None:
            continue
        scale_word = m.group("scale")
        short = scale_word in ("m", "b", "k", "K", "B", "M")
        if short and not cur and text[num_end : num_end + 1] == " ":
            end, scale_word = num_end, None  # "5 m" without currency: not a scale
        word_cur = None if cur else _prefix_word_currency(text, m.start())
        if _is_non_figure(text, m.start("num"), num_end, raw, bool(cur or word_cur)):
            continue
        if scale_word:
            value *= SCALES[scale_word]
        if value > MAX_VALUE:
            continue
        if cur or word_cur:
            code = PREFIX_CURRENCY.get(cur, "USD") if cur else str(word_cur)
            found.append(_Raw(m.start(), end, "money", value, code))
            found.extend(_money_range(text, found[-1], cur, bool(scale_word)))
            continue
        if _RATE_TAIL.match(text, end):
            found.append(_Raw(m.start(), end, "other", value, None))  # an exchange rate
            continue
        unit = _unit_after(text, end)
        if unit is None and (pair := _range(text, m.start(), end, value)):
            found.extend(pair)
            continue
        if unit is not None:
            kind, code, factor, stop = unit
            found.append(_Raw(m.start(), stop, kind, value * factor, code))
            far = _PERCENT_TAIL.match(text, stop) if kind == "percent" else None
            if far is not None and (far_value := _number(far.group(1))) is not None:
                found.append(_Raw(far.start(1), far.end(), kind, far_value, code))  # "8%-10%"
            continue
        noun = _count_unit(text, end)
        if noun is not None and (scale_word or value >= 2 or "." in raw):
            stop = text.find(noun, end) + len(noun)
            found.append(_Raw(m.start(), stop, _kind_of_count(noun), value, noun))
        elif noun is None and (sign := _balance_sign(text, m.start())):
            found.append(_Raw(m.start(), end, "count", sign * value, None))  # "minus 10"
        elif noun is None and _bare_count(raw, bool(scale_word), _before_word(text, m.start())):
            found.append(_Raw(m.start(), end, "count", value, None))
    for m in SPELLED.finditer(text):
        if m.group("word").lower() == "a" and text[m.end() : m.end() + 1] == "-":
            continue  # "a billion-dollar dent": a size, not an amount
        base = WORD_NUMBERS[m.group("word").lower()] + (0.5 if m.group("half") else 0.0)
        if m.group("ones"):
            base += WORD_NUMBERS[m.group("ones").lower()]  # "twenty-one thousand"
        value = base * SCALES[m.group("scale").lower()]
        word_cur = _prefix_word_currency(text, m.start())
        if word_cur:
            found.append(_Raw(m.start(), m.end(), "money", value, word_cur))
            continue
        unit = _unit_after(text, m.end())
        if unit is not None:
            kind, code, factor, stop = unit
            found.append(_Raw(m.start(), stop, kind, value * factor, code))
            continue
        noun = _count_unit(text, m.end())
        if noun is not None:
            stop = text.find(noun, m.end()) + len(noun)
            found.append(_Raw(m.start(), stop, _kind_of_count(noun), value, noun))
        elif m.group("scale").lower() != "thousand":
            found.append(_Raw(m.start(), m.end(), "count", value, None))  # "four million by"
    found.sort(key=lambda r: r.start)
    return _drop_overlaps(found)


def _drop_overlaps(found: list[_Raw]) -> list[_Raw]:
    """ "a half million" inside "two and a half million": the longer, earlier match wins."""
    kept: list[_Raw] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


def _peso(sentence: str, story: str) -> str:
    """Which peso: the country named in the sentence, else in the story, else Mexico's."""
    for text in (sentence, story):
        low = text.lower()
        hits = [(low.find(stem), code) for stem, code in PESO_COUNTRIES if stem in low]
        if hits:
            return min(hits)[1]
    return "MXN"


def parse_sentence(
    sentence: str, *, story: str = "", names: frozenset[str] | None = None
) -> list[Figure]:
    """All figures in one sentence, in text order, with metric/subject/change/conversion.

    ``story`` (the whole text, optional) settles currency names shared by several countries;
    ``names`` (``story_names`` of the story) tells a sentence-initial name from a capitalised
    common word. Without it the sentence's own mid-sentence capitals are used.
    """
    if names is None:
        names = story_names(sentence[:_MAX_SENTENCE])
    text = sentence[:_MAX_SENTENCE]
    raws = _scan(text)
    for raw in raws:
        if raw.unit == "PESO":
            raw.unit = _peso(text, story[:_MAX_SENTENCE])
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
        figures.append(
            Figure(
                surface=text[raw.start : raw.end],
                kind=raw.kind,
                value=raw.value,
                unit=raw.unit,
                metric=metric_for(text, raw.start, raw.kind, raw.unit, raw.end),
                subject=subject_for(text, raw.start, names),
                change=change_for(text, raw.start, raw.end, raw.kind),
                sentence=sentence,
                converted=converted,
            )
        )
    return figures
