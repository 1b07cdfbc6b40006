"""Number tokens in a sentence: where each number is, its value, scale and currency, and the
ranges and spelled numbers around it (read by ``ranges`` and ``spelled_scan``; each token a
``raw.Raw``). ``reader.figures.parse`` reads the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.figures.country_letters import GLUED_SMALL, SMALL_SUM
from reader.figures.country_letters import MARK as LETTERS_MARK
from reader.figures.currencies import (
    CAPS_WORDS,
    ISO_CODES,
    WORDLIKE_CODES,
    code_after,
    code_currency,
    glued_code_read,
)
from reader.figures.elided import resolve_weak
from reader.figures.gate import folds_like_ascii
from reader.figures.index_levels import index_level
from reader.figures.local_currency import LOCAL_CURRENCIES
from reader.figures.non_figures import is_non_figure
from reader.figures.patterns import (
    LETTER_PREFIXES,
    MAX_VALUE,
    NUMBER,
    PREFIX_CURRENCY,
    SCALES,
    SPELLED,
    currency_code,
)
from reader.figures.rand import PLAIN_RAND
from reader.figures.ranges import money_range, number_range
from reader.figures.rates import is_rate, marked_rate, quoted
from reader.figures.raw import Raw
from reader.figures.results_lines import results_value
from reader.figures.short_units import glued_metres
from reader.figures.spelled import of_pair_at, spelled_matches
from reader.figures.spelled_scan import read_small_spelled, read_spelled
from reader.figures.words import (
    after_word,
    balance_sign,
    bare_count,
    before_word,
    count_unit,
    kind_of_count,
    number,
    prefix_word_currency,
    rank_group,
    time_measure,
    unit_after,
)
from reader.model import FigureKind

_PERCENT_TAIL = re.compile(r"[-–](\d{1,6}(?:\.\d{1,6})?)(?= ?%)%?")

_MAX_NUMBERS = 200  # number tokens read per sentence; more is a table, not prose

# what every figure needs: a digit (NUMBER) or a scale word (SPELLED, same case folding)
_YEAR = re.compile(r"(?:19|20)\d\d")

# two or three digits alone: a small sum whose bare letter may be no currency ("N95", "N25")
_SMALL_SUM = re.compile(r"\d{2,3}")
_SMALLER_SUM = re.compile(r"\d{1,3}")


def scan(text: str) -> list[Raw]:
    found: list[Raw] = []
    for count, m in enumerate(_numbers(text)):
        if count >= _MAX_NUMBERS:
            break
        found.extend(_read_number(text, m))
    if _may_hold_scaled_words(text):
        for m in SPELLED.finditer(text):
            found.extend(read_spelled(text, m))
    for count, m in enumerate(spelled_matches(text)):
        if count >= _MAX_NUMBERS:
            break
        found.extend(read_small_spelled(text, m))
    found.sort(key=lambda r: r.start)
    return resolve_weak(text, _drop_overlaps(found))


_DIGIT = re.compile(r"\d")
_HUNDREDTHS = re.compile(r"\d[\d,]*\.\d\d")
# a price per unit after the amount: "RON 468 per MWh", "TRY 34 a litre" (not "per cent")
_PRICE_PER = re.compile(r" (?:per|a|an) (?!cent\b)[A-Za-z]")
# the most characters a match of NUMBER holds before its first digit: a sign and a currency
# ("-AU $ 5", "-RMB 5"; tests/reader/figures/test_speed19.py reads it from the pattern)
NUMBER_LEAD = 8


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER.finditer(text)``: the same matches, the engine started only a few characters
    before the next digit (every match holds one, ``NUMBER_LEAD`` at most after its start),
    not tried at each capital and each "a", "c", "s" of the words between."""
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        m = NUMBER.search(text, max(pos, digit.start() - NUMBER_LEAD))
        if m is None:
            return
        yield m
        pos = m.end()  # (a match is never empty: it holds a digit)


def _may_hold_scaled_words(text: str) -> bool:
    """False only when ``SPELLED`` ("four million") cannot match: ASCII text (where case
    folding pairs no other letters; caseless signs beyond it too, "£", "’": gate.py) without
    "illion" or "thousand" in any case."""
    if not folds_like_ascii(text):
        return True
    low = text.lower()
    return "illion" in low or "thousand" in low


def _code_read(
    text: str, m: re.Match[str], cur: str, raw: str, scale_word: str | None
) -> tuple[str, str | None] | None:
    """The currency letters before a number and the ISO code three of them stand for (None
    for no code), or None when the letters are no currency: the number is read alone."""
    if len(cur) == 3 and cur.isalpha() and cur.islower() and cur not in PREFIX_CURRENCY:
        # three small letters: an ISO code written in lower-case text ("ugx 112.4 billion"),
        # never one that is a word ("all", "top"), else no currency ("was 5 billion")
        if cur.upper() not in ISO_CODES or cur.upper() in WORDLIKE_CODES:
            return None
        cur = cur.upper()
    # three capitals before the number: an ISO code or no currency at all (a press's own three
    # capitals that are no ISO code, "CFA", read as PREFIX_CURRENCY says)
    if not (
        len(cur) == 3
        and cur.isupper()
        and cur.isalpha()
        and (cur in ISO_CODES or cur not in LETTER_PREFIXES)
    ):
        return cur, None
    num_end = m.start("num") + len(raw)
    # a code that is also a word is money before a scale, a price in hundredths ("SAR 2.20")
    # or a price per unit ("RON 468 per MWh"), and one that is no word in capitals before
    # thousands ("MAD 3,420"; not "TOP 1,000", "ALL 3,000")
    code3 = code_currency(
        cur,
        bool(scale_word)
        or _HUNDREDTHS.fullmatch(raw) is not None
        or _PRICE_PER.match(text, num_end) is not None
        or ("," in raw and cur not in CAPS_WORDS)
        or _money_elsewhere(text, cur, m.start("cur")),
    )
    if code3 is None or not glued_code_read(text, m.start("cur"), raw, bool(scale_word)):
        return None
    return cur, code3


def _money_elsewhere(text: str, cur: str, at: int) -> bool:
    """Whether the sentence writes the code ``cur`` elsewhere before a scale or thousands,
    as money: then a share price in it is money too ("rose 4.6% to MAD 508, valuing the
    company at about MAD 15.2 billion"; "MAD" alone may be a shouted word)."""
    if text.count(cur) < 2:
        return False
    scaled = rf"\b{cur} ?\d[\d.,]*(?: ?(?:million|billion|trillion|bn|mn)\b|,\d{{3}})"
    return any(other.start() != at for other in re.finditer(scaled, text))


def _small_letters_sum(cur: str, raw: str) -> bool:
    """A small unscaled sum after letters that are money only where their country is named:
    the naira's "N", the lira's "TL" and Egypt's "LE" before two or three digits, Bahrain's "BD" and the
    Gulf's and Jordan's letters glued before one to three ("BD5" is a Bradford postcode,
    "SR38" a road elsewhere)."""
    if cur in SMALL_SUM:
        return _SMALL_SUM.fullmatch(raw) is not None
    return cur in GLUED_SMALL and _SMALLER_SUM.fullmatch(raw) is not None


# what ``_written_scale`` gives for metres glued as millions are
_METRES = "metres"


def _written_scale(text: str, m: re.Match[str], cur: str, num_end: int) -> tuple[str | None, int]:
    """The number's scale word and where the number ends: none for a letter apart from it or
    "mm" with no currency ("5 m", "5mm"), ``_METRES`` for a length in metres written glued
    ("the bridge is 500m long": ``short_units.glued_metres``)."""
    scale_word = m.group("scale")
    end = m.end() if scale_word else num_end
    short = scale_word in ("m", "b", "k", "K", "B", "M", "mil", "bil", "MM", "mm")
    if short and not cur and (text[num_end : num_end + 1] == " " or scale_word in ("MM", "mm")):
        return None, num_end
    if scale_word == "m" and not cur and glued_metres(text, m.start(), end):
        return _METRES, end
    return scale_word, end


def _read_number(text: str, m: re.Match[str]) -> list[Raw]:
    """The figures a written number starts: money (and its range), a rate, else what follows."""
    cur = (m.group("cur") or "").strip()
    raw = m.group("num").rstrip(",")
    num_end = m.start("num") + len(raw)
    value = number(raw)
    if value is None:
        return []
    if m.group("neg"):
        value = -value  # "-3%"
    scale_word, end = _written_scale(text, m, cur, num_end)
    if scale_word == _METRES:
        return [Raw(m.start(), end, "other", value, "metres")]  # "a 500m stretch", "320m tall"
    read = _code_read(text, m, cur, raw, scale_word)
    if read is None:  # "GDP 5%", "TOP 10", "was 5 billion": the number alone
        again = NUMBER.match(text, m.start("num"))
        return _read_number(text, again) if again is not None else []
    cur, code3 = read
    word_cur = None if cur else prefix_word_currency(text, m.start())
    if word_cur and not scale_word and _YEAR.fullmatch(raw):
        return []  # "Euro 2004": a tournament's year, not an amount
    if is_non_figure(text, m.start("num"), num_end, raw, bool(cur or word_cur)):
        return []
    if scale_word:
        value *= SCALES[scale_word]
    if value > MAX_VALUE:
        return []
    # "12.4 billion CZK"; the forint's and lira's letters after a scale or hundredths ("at 64.35
    # TL": a price)
    sum_like = bool(scale_word) or _HUNDREDTHS.fullmatch(raw) is not None
    grouped = "," in raw  # ("1,450,000 FG": a country's letters after it may be money)
    if not (cur or word_cur) and (
        after := code_after(text, end, bool(scale_word), sum_like, grouped)
    ):
        return [Raw(m.start(), after[1], "money", value, after[0])]
    if cur or word_cur:
        code = (code3 or currency_code(cur)) if cur else str(word_cur)
        if not scale_word and _small_letters_sum(cur, raw):
            code = LETTERS_MARK + cur  # "N58 a litre", "TL 265", "BD5": where the country is named
        if cur == "R" and not scale_word:
            code = PLAIN_RAND  # "R6,500": rand only in a South African story (rand.py)
        if not scale_word and (rate := marked_rate(code, text, end, m.start())) is not None:
            return [Raw(m.start(), end, "other", value, rate)]  # "₦1,528 to the dollar"
        money = Raw(m.start(), end, "money", value, code)
        return [money, *money_range(text, money, cur, bool(scale_word))]
    if rate := quoted(text, end):  # an exchange rate, "32.45 to the US dollar" (rates.py)
        return [Raw(m.start(), end, "other", value, rate)]
    return _measure_or_count(text, m.start(), end, raw, value, scale_word)


def carries(text: str, raw: Raw) -> bool:
    """Whether a bare number after ``raw`` may continue it ("180,000 barrels ... from
    195,000"): a count or a measure, but not an index's points ("up 23 points to 6661.89" is a
    level) nor a size written with a hyphen ("the 26.2-mile course ... from 61,000")."""
    if raw.kind == "other" and ("-" in text[raw.start : raw.end] or is_rate(raw.unit)):
        return False  # (nor an exchange rate: "to 16,250 per dollar as imports rose to 3,400")
    return raw.kind in ("count", "other") and raw.unit != "points"


def _paragraph_number(text: str, start: int, raw: str, scale: str | None, noun: str) -> bool:
    """ "3.4 On-call fire engines were ...": a report's paragraph number opening the text, not
    3.4 engines (a decimal with no scale before a capitalised plural)."""
    return "." in raw and not scale and noun[:1].isupper() and not text[:start].strip()


# "per" and one of what a rate is counted over, after a counted noun: " per woman", " per head",
# " per cubic metre", " per lakh population" (not a time: "130,000 cars per year" is a count of
# cars, with its period)
_PER_ONE = re.compile(
    r" per ((?:1,000 |100,000 |thousand |100 |lakh )?(?:cubic |square )?"
    r"(?!(?:second|minute|hour|day|week|month|year|season|quarter|annum|night|shift)s?\b)[a-z]+)\b"
)


# a rate written straight after its number, over a round population: "19.8 per 100,000
# people", "4.1 per 1,000 live births"
_PER_BASE = re.compile(
    r" per (1,000|10,000|100,000|1,000,000|100|thousand|million) ((?:live )?[a-z]+)\b"
)


def _per_base(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """The unit of a rate over a round population right after a number ("19.8 per 100,000
    people": a rate, not 19.8 of anything), as ``unit_after`` gives units; else None."""
    per = _PER_BASE.match(text, end)
    return None if per is None else ("other", f"per {per.group(1)} {per.group(2)}", 1.0, per.end())


def _counted(text: str, start: int, end: int, value: float, noun: str) -> Raw:
    """A number and the noun it counts; a rate when "per" one of something follows ("1.16
    children per woman", "3.2 doctors per 1,000 people")."""
    stop = text.find(noun, end) + len(noun)
    if any(c.isdigit() for c in text[end:stop]):
        stop = end  # "10 of its 27 plants": the 27 is a figure of its own
    elif (per := _PER_ONE.match(text, stop)) is not None:
        return Raw(start, per.end(), "other", value, f"{noun} per {per.group(1)}")
    return Raw(start, stop, kind_of_count(noun), value, noun)


def _measured(
    text: str,
    start: int,
    value: float,
    unit: tuple[FigureKind, str, float, int],
    scale_word: str | None,
) -> list[Raw]:
    """A number with its unit read after it (``unit_after``): a measure, a percentage (and a
    "8%-10%" far end), a sum in a currency's word, or a rate ("148 yen to the dollar")."""
    kind, code, factor, stop = unit
    if kind == "money" and not scale_word and (rate := marked_rate(code, text, stop, start)):
        return [Raw(start, stop, "other", value, rate)]  # "148 yen to the dollar"
    if (
        kind == "money"
        and not scale_word
        and code in LOCAL_CURRENCIES
        and (q := quoted(text, stop))
    ):
        # "948 pesos to the dollar": whose pesos, settled from the sentence and story (rates.py)
        return [Raw(start, stop, "other", value, q)]
    if kind == "percent" and balance_sign(text, start) < 0:  # "at minus 0.4 per cent"
        start, value = text.lower().rindex("minus", 0, start), -value
    found = [Raw(start, stop, kind, value * factor, code)]
    far = _PERCENT_TAIL.match(text, stop) if kind == "percent" else None
    if far is not None and (far_value := number(far.group(1))) is not None:
        found.append(Raw(far.start(1), far.end(), kind, far_value, code))  # "8%-10%"
    return found


def _measure_or_count(
    text: str, start: int, end: int, raw: str, value: float, scale_word: str | None
) -> list[Raw]:
    """A number without currency: a measure (and a "8%-10%" far end), a range, or a count."""
    unit = unit_after(text, end) or _per_base(text, end)
    if unit is None and (timed := time_measure(text, end, raw, bool(scale_word))):
        unit = ("other", timed[0], 1.0, timed[1])  # "21,800 hours": a measure of time
    if unit is None and (pair := number_range(text, start, end, value, bool(scale_word))):
        return pair
    if unit is not None:
        return _measured(text, start, value, unit, scale_word)
    noun = count_unit(text, end)
    of = of_pair_at(text, end) if noun is None and not scale_word else None
    if of is not None and (far_noun := count_unit(text, of.end())) is not None:
        return [Raw(start, end, "count", value, far_noun)]  # "14 of 22 branches": branches
    if noun is not None:
        if not (scale_word or value >= 2 or "." in raw) or _paragraph_number(
            text, start, raw, scale_word, noun
        ):
            return []
        return [_counted(text, start, end, value, noun)]
    if rank_group(text, end):
        return []  # "the 1,000 richest people": who is ranked, not how many
    if index_level(text, start, value):
        return [Raw(start, end, "other", value, "points")]  # "the FTSE 100 rose 0.4% to 8,912.6"
    if sign := balance_sign(text, start):
        return [Raw(start, end, "count", sign * value, None)]  # "minus 10"
    if bare_count(raw, bool(scale_word), before_word(text, start)) and (
        scale_word or after_word(text, end) != "times"  # "eased to 1.6 times"
    ):
        return [Raw(start, end, "count", value, None, scale_key(scale_word))]
    if results_value(text, start):  # "Net profit: 694 (418)", "Operating profit: -12.4"
        return [Raw(start, end, "count", value, None)]
    if raw.isdigit() and 1 <= value < 1000:  # ("between 1831 and 1865": years)
        return [Raw(start, end, "count", value, None, weak=True)]  # see elided.py
    return []


def scale_key(word: str | None) -> str:
    """ "bn" and "billion" are one scale: compared when a bare number borrows a currency."""
    if not word:
        return ""
    return {1e12: "trillion", 1e9: "billion", 1e6: "million", 1e3: "thousand"}.get(
        SCALES[word], word
    )


def _drop_overlaps(found: list[Raw]) -> list[Raw]:
    """ "a half million" inside "two and a half million": the longer, earlier match wins."""
    kept: list[Raw] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept
