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

from reader.figures.context import change_for, metric_for, subject_for
from reader.figures.patterns import (
    AGE_BEFORE,
    DURATIONS,
    MAX_VALUE,
    MONTHS,
    NUMBER,
    PERCENT_WORDS,
    POINT_WORDS,
    PREFIX_CURRENCY,
    SCALES,
    SPELLED,
    STOP_WORDS,
    SUFFIX_CURRENCY,
    WORD_NUMBERS,
)
from reader.model import Figure, FigureKind

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")
_MAX_SENTENCE = 20_000  # characters; longer "sentences" are not prose


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: FigureKind
    value: float
    unit: str | None


def _number(text: str) -> float | None:
    if "," in text:
        groups = text.split(",")
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
    if re.match(r"-[A-Za-z]", after) and not re.match(r"-(?:million|billion|thousand)", after):
        return True  # "3-decade", "GPT-4o"-like tails
    if before.endswith("-") and start >= 2 and text[start - 2].isalpha():
        return True  # "GPT-4", "Qwen3-235B"
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] == "#"):
        return True
    prev = _before_word(text, start)
    if prev in MONTHS or prev in AGE_BEFORE or prev in ("no.", "q", "number"):
        return True
    nxt = _after_word(text, end)
    if nxt in MONTHS or nxt in DURATIONS:
        return True
    # a bare 19xx/20xx is a year
    return not has_prefix and re.fullmatch(r"(?:19|20)\d\d", raw) is not None


def _unit_after(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """Unit words right after a number: (kind, unit, factor, end of the unit phrase)."""
    if text.startswith("%", end):
        return "percent", "%", 1.0, end + 1
    low = text[end : end + 40].lower()
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


def _count_unit(text: str, end: int) -> str | None:
    words: list[str] = []
    pos = end
    for _ in range(3):
        if text[pos : pos + 1] != " ":
            break
        m = _WORD.match(text, pos + 1)
        if not m:
            break
        word = m.group(0)
        if word.lower() in STOP_WORDS or word[0].isupper():
            break
        words.append(word)
        pos = m.end()
        if text[pos : pos + 1] in (",", ".", ";", ":", ")"):
            break
    if not words:
        return None
    # the phrase up to its first plural-looking word (the head noun)
    for i in range(len(words)):
        if words[i].endswith("s"):
            return " ".join(words[: i + 1])
    return None


def _scan(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    for m in NUMBER.finditer(text):
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
        if _is_non_figure(text, m.start("num"), num_end, raw, bool(cur)):
            continue
        if scale_word:
            value *= SCALES[scale_word]
        if value > MAX_VALUE:
            continue
        if cur:
            code = PREFIX_CURRENCY.get(cur, "USD")
            found.append(_Raw(m.start(), end, "money", value, code))
            continue
        unit = _unit_after(text, end)
        if unit is not None:
            kind, code, factor, stop = unit
            found.append(_Raw(m.start(), stop, kind, value * factor, code))
            continue
        noun = _count_unit(text, end)
        if noun is not None and (scale_word or value >= 2):
            found.append(_Raw(m.start(), end + 1 + len(noun), "count", value, noun))
    for m in SPELLED.finditer(text):
        value = WORD_NUMBERS[m.group("word").lower()] * SCALES[m.group("scale").lower()]
        unit = _unit_after(text, m.end())
        if unit is not None:
            kind, code, factor, stop = unit
            found.append(_Raw(m.start(), stop, kind, value * factor, code))
            continue
        noun = _count_unit(text, m.end())
        if noun is not None:
            found.append(_Raw(m.start(), m.end() + 1 + len(noun), "count", value, noun))
    found.sort(key=lambda r: r.start)
    return found


def parse_sentence(sentence: str) -> list[Figure]:
    """All figures in one sentence, in text order, with metric/subject/change/conversion."""
    text = sentence[:_MAX_SENTENCE]
    raws = _scan(text)
    figures: list[Figure] = []
    skip: set[int] = set()
    for i, raw in enumerate(raws):
        if i in skip:
            continue
        converted = None
        if raw.kind == "money" and i + 1 < len(raws):
            nxt = raws[i + 1]
            gap = text[raw.end : nxt.start]
            if nxt.kind == "money" and gap.strip() in ("(", "(about", "(around", "(or"):
                close = text.find(")", nxt.end, nxt.end + 3)
                if close != -1:
                    converted = text[nxt.start : nxt.end]
                    skip.add(i + 1)
        figures.append(
            Figure(
                surface=text[raw.start : raw.end],
                kind=raw.kind,
                value=raw.value,
                unit=raw.unit,
                metric=metric_for(text, raw.start, raw.kind, raw.unit),
                subject=subject_for(text, raw.start),
                change=change_for(text, raw.start, raw.end, raw.kind),
                sentence=sentence,
                converted=converted,
            )
        )
    return figures
