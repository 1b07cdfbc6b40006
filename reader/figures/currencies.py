"""Every currency a number may be written in: ISO 4217 codes, symbols and names.

A currency the extractor does not know turns money into a bare number (or worse, into the
story's other currency), so the class is the whole of ISO 4217, not the ones the labelled
rounds happened to use. Codes that are also English words or common acronyms ("TOP 10",
"ALL 3", "PHP 8", "SDG 7", "IRR 15%") count as a currency only with a scale word after the
number ("TRY 2 billion", "PHP 40m").
"""

from __future__ import annotations

import re

from reader.figures.country_letters import MARK as LETTERS_MARK

# ISO 4217 active codes (and RMB, the common name of CNY in prices)
ISO_CODES = frozenset(
    [
        "AED",
        "AFN",
        "ALL",
        "AMD",
        "ANG",
        "AOA",
        "ARS",
        "AUD",
        "AWG",
        "AZN",
        "BAM",
        "BBD",
        "BDT",
        "BGN",
        "BHD",
        "BIF",
        "BMD",
        "BND",
        "BOB",
        "BRL",
        "BSD",
        "BTN",
        "BWP",
        "BYN",
        "BZD",
        "CAD",
        "CDF",
        "CHF",
        "CLP",
        "CNY",
        "COP",
        "CRC",
        "CUP",
        "CVE",
        "CZK",
        "DJF",
        "DKK",
        "DOP",
        "DZD",
        "EGP",
        "ERN",
        "ETB",
        "EUR",
        "FJD",
        "FKP",
        "GBP",
        "GEL",
        "GHS",
        "GIP",
        "GMD",
        "GNF",
        "GTQ",
        "GYD",
        "HKD",
        "HNL",
        "HTG",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "IQD",
        "IRR",
        "ISK",
        "JMD",
        "JOD",
        "JPY",
        "KES",
        "KGS",
        "KHR",
        "KMF",
        "KPW",
        "KRW",
        "KWD",
        "KYD",
        "KZT",
        "LAK",
        "LBP",
        "LKR",
        "LRD",
        "LSL",
        "LYD",
        "MAD",
        "MDL",
        "MGA",
        "MKD",
        "MMK",
        "MNT",
        "MOP",
        "MRU",
        "MUR",
        "MVR",
        "MWK",
        "MXN",
        "MYR",
        "MZN",
        "NAD",
        "NGN",
        "NIO",
        "NOK",
        "NPR",
        "NZD",
        "OMR",
        "PAB",
        "PEN",
        "PGK",
        "PHP",
        "PKR",
        "PLN",
        "PYG",
        "QAR",
        "RON",
        "RSD",
        "RUB",
        "RWF",
        "SAR",
        "SBD",
        "SCR",
        "SDG",
        "SEK",
        "SGD",
        "SHP",
        "SLE",
        "SOS",
        "SRD",
        "SSP",
        "STN",
        "SVC",
        "SYP",
        "SZL",
        "THB",
        "TJS",
        "TMT",
        "TND",
        "TOP",
        "TRY",
        "TTD",
        "TWD",
        "TZS",
        "UAH",
        "UGX",
        "USD",
        "UYU",
        "UZS",
        "VES",
        "VND",
        "VUV",
        "WST",
        "XAF",
        "XCD",
        "XOF",
        "XPF",
        "YER",
        "ZAR",
        "ZMW",
        "ZWL",
        "RMB",
        "NIS",
    ]
)
# codes that are also words or acronyms: money only before a scaled number
WORDLIKE_CODES = frozenset(
    [
        "ALL",
        "AMD",
        "BAM",
        "BOB",
        "BTN",
        "CUP",
        "CVE",
        "ERN",
        "GEL",
        "IRR",
        "MAD",
        "MOP",
        "NIO",
        "PEN",
        "PHP",
        "RON",
        "SAR",
        "SDG",
        "SOS",
        "TMT",
        "TOP",
        "TRY",
    ]
)
# word-like codes that are also words a headline in capitals writes before a number ("TOP
# 1,000", "ALL 3,000 SEATS", "AMD 1,200 chips"): money only before a scale or hundredths
CAPS_WORDS = frozenset(["ALL", "TOP", "TRY", "CUP", "SOS", "AMD", "BOB"])
CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}  # (the new Israeli shekel as Israel writes it)


def code_currency(code: str, scaled: bool) -> str | None:
    """The ISO code three capitals before (or after) a number stand for, or None."""
    if code not in ISO_CODES or (code in WORDLIKE_CODES and not scaled):
        return None
    return CODE_ALIASES.get(code, code)


# currency symbols written before the number, beyond $ € £ ¥ ₹ ₩
SYMBOLS = {
    "₺": "TRY", "₽": "RUB", "₱": "PHP", "₦": "NGN", "₪": "ILS", "₴": "UAH", "฿": "THB",
    "₸": "KZT", "₡": "CRC", "₲": "PYG", "₫": "VND", "₭": "LAK", "₮": "MNT", "₼": "AZN",
    "₾": "GEL",
}  # fmt: skip

# currency names (and symbols) written after the number: (lower-cased phrase, code, factor),
# read like patterns.SUFFIX_CURRENCY. "kr" is whichever crown the story's country uses.
MORE_NAMES: list[tuple[str, str, float]] = [
    ("icelandic krónur", "ISK", 1.0), ("icelandic kronur", "ISK", 1.0),
    ("krónur", "ISK", 1.0), ("króna", "ISK", 1.0), ("krónu", "ISK", 1.0), ("kronur", "ISK", 1.0),
    ("czech koruna", "CZK", 1.0), ("koruna", "CZK", 1.0), ("korun", "CZK", 1.0),
    ("koruny", "CZK", 1.0), ("kč", "CZK", 1.0), ("zł", "PLN", 1.0),
    ("forints", "HUF", 1.0), ("forint", "HUF", 1.0), ("lei", "LEU", 1.0), ("leu", "LEU", 1.0),
    ("leva", "BGN", 1.0), ("hryvnias", "UAH", 1.0), ("hryvnia", "UAH", 1.0),
    ("hryvnas", "UAH", 1.0), ("hryvna", "UAH", 1.0), ("tenge", "KZT", 1.0),
    ("taka", "BDT", 1.0), ("cedis", "GHS", 1.0), ("cedi", "GHS", 1.0),
    ("kwacha", "KWACHA", 1.0), ("birr", "ETB", 1.0),
    ("soles", "PEN", 1.0), ("bolivianos", "BOB", 1.0),
    ("quetzales", "GTQ", 1.0), ("quetzals", "GTQ", 1.0), ("colones", "CRC", 1.0),
    ("lempiras", "HNL", 1.0), ("guaranies", "PYG", 1.0), ("guaraníes", "PYG", 1.0),
    ("dong", "VND", 1.0), ("riels", "KHR", 1.0), ("riel", "KHR", 1.0), ("kyat", "MMK", 1.0),
    ("pula", "BWP", 1.0), ("lari", "GEL", 1.0), ("manat", "AZN", 1.0), ("som", "KGS", 1.0),
    ("tugriks", "MNT", 1.0), ("tugrik", "MNT", 1.0), ("togrogs", "MNT", 1.0),
    ("togrog", "MNT", 1.0), ("soums", "UZS", 1.0), ("soum", "UZS", 1.0),
    ("so'm", "UZS", 1.0), ("so\u2019m", "UZS", 1.0), ("so\u2018m", "UZS", 1.0),
    ("rufiyaa", "MVR", 1.0), ("kr", "CROWN", 1.0),
    ("patacas", "MOP", 1.0), ("pataca", "MOP", 1.0), ("kwanzas", "AOA", 1.0),
    ("kwanza", "AOA", 1.0), ("meticais", "MZN", 1.0), ("metical", "MZN", 1.0),
    ("afghanis", "AFN", 1.0), ("somoni", "TJS", 1.0), ("denars", "MKD", 1.0),
    ("dalasis", "GMD", 1.0), ("dalasi", "GMD", 1.0), ("leones", "SLE", 1.0),
    ("ariary", "MGA", 1.0), ("ouguiyas", "MRU", 1.0), ("ouguiya", "MRU", 1.0),
    ("córdobas", "NIO", 1.0), ("cordobas", "NIO", 1.0), ("bolívares", "VES", 1.0),
    ("bolivares", "VES", 1.0), ("gourdes", "HTG", 1.0), ("kina", "PGK", 1.0),
    ("vatu", "VUV", 1.0), ("ngultrum", "BTN", 1.0), ("emalangeni", "SZL", 1.0),
    ("lilangeni", "SZL", 1.0), ("maloti", "LSL", 1.0),
    # Tonga's pa'anga (with either apostrophe, or none) and Samoa's tala
    ("pa'anga", "TOP", 1.0), ("pa\u2019anga", "TOP", 1.0), ("paanga", "TOP", 1.0),
    ("tala", "WST", 1.0),
    # the hundredths a press writes prices in: the ringgit's sen, the rupee's paise, the
    # rouble's kopecks
    ("sen", "MYR", 0.01), ("paise", "INR", 0.01), ("kopecks", "RUB", 0.01),
    ("kopeks", "RUB", 0.01), ("agorot", "ILS", 0.01), ("halalas", "SAR", 0.01),
    ("piastres", "EGP", 0.01), ("pesewas", "GHS", 0.01),
    # the pula's thebe, the naira's kobo, the kwacha's ngwee and tambala, the kina's toea
    ("thebe", "BWP", 0.01), ("kobo", "NGN", 0.01), ("ngwee", "ZMW", 0.01),
    ("tambala", "MWK", 0.01), ("toea", "PGK", 0.01), ("tetri", "GEL", 0.01),
    # the somoni's dirams, the lev's stotinki, the baht's satang, the zloty's groszy, the
    # lira's kuruş, the dalasi's bututs, the ngultrum's chetrum, the loti's lisente
    ("dirams", "TJS", 0.01), ("stotinki", "BGN", 0.01), ("satang", "THB", 0.01),
    ("groszy", "PLN", 0.01), ("grosze", "PLN", 0.01), ("kuru\u015f", "TRY", 0.01),
    ("kurus", "TRY", 0.01), ("bututs", "GMD", 0.01), ("chetrum", "BTN", 0.01),
    ("lisente", "LSL", 0.01),
    # a dinar's thousandths ("31.4 fils": Kuwait's, Bahrain's ... by the story's country), or a
    # dirham's hundredths in a UAE story ("a dividend of 15 fils": raw_currency rescales them)
    ("fils", "FILS", 0.001),
    # the Omani rial's thousandths ("a dividend of 12 baisa", "closed at 418 baisa")
    ("baisa", "OMR", 0.001), ("baiza", "OMR", 0.001),
    # the pounds of other countries, named with them ("20.1 billion Egyptian pounds")
    ("egyptian pounds", "EGP", 1.0), ("egyptian pound", "EGP", 1.0),
    ("lebanese pounds", "LBP", 1.0), ("sudanese pounds", "SDG", 1.0),
    ("syrian pounds", "SYP", 1.0), ("south sudanese pounds", "SSP", 1.0),
    # and the francs of other countries named with them ("625,000 Burundian francs")
    ("burundian francs", "BIF", 1.0), ("congolese francs", "CDF", 1.0),
    ("rwandan francs", "RWF", 1.0), ("djiboutian francs", "DJF", 1.0),
    ("comorian francs", "KMF", 1.0),
]  # fmt: skip


# (not a model's letters: "delivered 38 NAD-40 launchers")
_CODE_AFTER = re.compile(r" ?([A-Z]{3})\b(?!-\w)")


# the forint's and the lira's letters after a scaled amount or a sum in hundredths: "21.7
# billion Ft", "5 billion TL", "closed at 64.35 TL"
_LETTERS_AFTER = re.compile(r" ?(Ft|TL)\b")
LETTERS_AFTER = {"Ft": "HUF", "TL": "TRY"}
# letters that are a franc whatever the sum before them: "625,000 FBu", "1,200 Rwf", "35,000
# FCFA" (the CFA franc's country then says which: local_currency.py)
_FRANCS_AFTER = re.compile(r" ?(FBu|Rwf|Frw|FCFA)\b")
FRANCS_AFTER = {"FBu": "BIF", "Rwf": "RWF", "Frw": "RWF", "FCFA": "CFA"}


# a country's letters after a sum in thousands or a scaled one ("1,450,000 FG", "95,000 FG" in a
# Conakry story): whose by the country the text names (country_letters.py), none where none is
_COUNTRY_AFTER = re.compile(r" ?(FG|FC|UM)\b")


def code_after(
    text: str, end: int, scaled: bool, sum_like: bool = False, grouped: bool = False
) -> tuple[str, int] | None:
    """(ISO code, where it ends) for a code written after the number: "12.4 billion CZK";
    ``sum_like``: the number is scaled or in hundredths, so "Ft" or "TL" after it is money;
    ``grouped``: it is written in thousands, so a country's letters after it may be its money."""
    if (m := _CODE_AFTER.match(text, end)) is not None:
        code = code_currency(m.group(1), scaled)
        return (code, m.end()) if code is not None else None
    if (francs := _FRANCS_AFTER.match(text, end)) is not None:
        return FRANCS_AFTER[francs.group(1)], francs.end()
    if (scaled or grouped) and (country := _COUNTRY_AFTER.match(text, end)) is not None:
        return LETTERS_MARK + country.group(1), country.end()
    letters = _LETTERS_AFTER.match(text, end) if (scaled or sum_like) else None
    return (LETTERS_AFTER[letters.group(1)], letters.end()) if letters else None


def glued_code_read(text: str, cur_start: int, raw: str, scaled: bool) -> bool:
    """Whether three capitals written against the digits are a currency: "CHF2.5bn",
    "EUR1,200", a price of three digits or more ("AED185 per square foot") are; "COP26",
    "SDG7" (a summit, a goal) are not."""
    return (
        text[cur_start + 3 : cur_start + 4] == " "
        or scaled
        or "," in raw
        or "." in raw
        or (len(raw) >= 3 and raw.isdigit())
    )
