"""Which country's currency a name several countries use means ("pesos", "crowns",
"shillings", "CFA francs", "francs", "dinars", "rials", "rupees", "dirhams", the letters "SR":
``patterns.SUFFIX_CURRENCY`` and ``PREFIX_CURRENCY`` give them a placeholder code): the
one the story last wrote, else the one of the country the sentence (or story) names first.
"""

from __future__ import annotations

import re
from functools import cache

from reader.figures.country_letters import MARK, settle_letters
from reader.figures.patterns import (
    CFA_COUNTRIES,
    CROWN_COUNTRIES,
    PESO_COUNTRIES,
    RUPEE_COUNTRIES,
    SHILLING_COUNTRIES,
)


def local_currency(unit: str, sentence: str, story: str, written: str | None = None) -> str:
    """The ISO code for a currency name several countries use ("PESO", "CROWN", "KRONE",
    "SHILLING", "CFA" from ``SUFFIX_CURRENCY``): the one of its kind the story last ``written`` ("Swedish
    crowns ... Norway pays 29 billion crowns"), else by the country the sentence (story) names."""
    if unit == "SR":
        # the letters' one table of places (country_letters.py), the Saudi riyal where none
        # is named
        if written in ("SAR", "SCR"):
            return written
        return settle_letters(MARK + "SR", sentence, story) or "SAR"
    table, default = _LOCAL_CURRENCIES[unit]
    if written is not None and written in {code for _, code in table}:
        return written
    if unit == "PESO" and (sign := _PESO_SIGN.search(story)) is not None:
        return _PESO_SIGNS[sign.group(0).lower()]  # "Ch$298" elsewhere in the story
    return _by_country(sentence, story, table, default)


# a peso written with its country's sign or code anywhere in the story says whose pesos the
# plain word means ("948 pesos to the dollar" in a story quoting "Ch$41,250")
_PESO_SIGNS = {"ch$": "CLP", "clp": "CLP", "ar$": "ARS", "ars": "ARS", "mex$": "MXN",
               "mx$": "MXN", "mxn": "MXN", "\u20b1": "PHP", "php": "PHP", "col$": "COP",
               "cop": "COP", "uyu": "UYU"}  # fmt: skip
_PESO_SIGN = re.compile(
    r"(?<![A-Za-z])(?:Ch|CL|Ar|AR|Mex|MX|Col|COL)\$|\u20b1|\b(?:CLP|ARS|MXN|PHP|COP|UYU)\b"
)


# which dinar (Iraq's unless another dinar country is named) and which rial (Iran's, likewise)
_DINAR_COUNTRIES = [
    ("iraq", "IQD"), ("baghdad", "IQD"), ("jordan", "JOD"), ("amman", "JOD"), ("kuwait", "KWD"),
    ("bahrain", "BHD"), ("tunisia", "TND"), ("tunis", "TND"), ("algeria", "DZD"),
    ("algiers", "DZD"), ("libya", "LYD"), ("tripoli", "LYD"), ("serbia", "RSD"),
    ("belgrade", "RSD"),
]  # fmt: skip
# fils: a dinar's thousandths (Iraq's unless another dinar country is named) or the UAE
# dirham's hundredths
_UAE = [
    ("emirat", "AED"), ("uae", "AED"), ("dubai", "AED"), ("abu dhabi", "AED"), ("sharjah", "AED"),
]  # fmt: skip
_FILS_COUNTRIES = [
    *_DINAR_COUNTRIES, *_UAE, ("ras al khaimah", "AED"), ("ajman", "AED"), ("fujairah", "AED"),
    ("dirham", "AED"),
]  # fmt: skip
_RIAL_COUNTRIES = [
    ("iran", "IRR"), ("tehran", "IRR"), ("oman", "OMR"), ("muscat", "OMR"), ("yemen", "YER"),
    ("sanaa", "YER"),
]  # fmt: skip
# the UAE's dirham unless Morocco is named first (its press also writes "DH": patterns.py)
_DIRHAM_COUNTRIES = [
    *_UAE, ("morocc", "MAD"), ("rabat", "MAD"), ("casablanca", "MAD"), ("tangier", "MAD"),
    ("marrakech", "MAD"), ("marrakesh", "MAD"), ("agadir", "MAD"), ("kenitra", "MAD"),
    ("meknes", "MAD"), ("oujda", "MAD"), ("tetouan", "MAD"),
]  # fmt: skip
# francs: the Swiss franc unless a country of another franc is named first
_FRANC_COUNTRIES = [
    ("switzerland", "CHF"), ("swiss", "CHF"), ("zurich", "CHF"), ("z\u00fcrich", "CHF"),
    ("geneva", "CHF"), ("basel", "CHF"), ("lausanne", "CHF"), ("liechtenstein", "CHF"),
    ("vaduz", "CHF"), *CFA_COUNTRIES, ("rwanda", "RWF"), ("kigali", "RWF"), ("burundi", "BIF"),
    ("bujumbura", "BIF"), ("conakry", "GNF"), ("guinean", "GNF"), ("djibouti", "DJF"),
    ("comoros", "KMF"), ("comorian", "KMF"), ("kinshasa", "CDF"), ("congolese", "CDF"),
    ("democratic republic of the congo", "CDF"), ("tahiti", "XPF"), ("french polynesia", "XPF"),
    ("new caledonia", "XPF"), ("noum\u00e9a", "XPF"), ("noumea", "XPF"),
]  # fmt: skip
# centavos: the Brazilian real's hundredths unless a peso country is named first
_CENTAVO_COUNTRIES = [
    ("brazil", "BRL"), ("brasil", "BRL"), ("s\u00e3o paulo", "BRL"), ("sao paulo", "BRL"),
    ("rio de janeiro", "BRL"), ("bras\u00edlia", "BRL"), ("brasilia", "BRL"), *PESO_COUNTRIES,
]  # fmt: skip
# Romania's and Moldova's lei (Romania's unless Moldova is named), Zambia's and Malawi's kwacha
# (Zambia's unless Malawi is named)
_LEU_COUNTRIES = [
    ("moldov", "MDL"), ("chisinau", "MDL"), ("chi\u0219in\u0103u", "MDL"),
    ("chi\u015fin\u0103u", "MDL"), ("transnistria", "MDL"), ("gagauz", "MDL"),
    ("romania", "RON"), ("bucharest", "RON"),
]  # fmt: skip
_KWACHA_COUNTRIES = [
    ("malawi", "MWK"), ("lilongwe", "MWK"), ("blantyre", "MWK"), ("mzuzu", "MWK"),
    ("zambia", "ZMW"), ("lusaka", "ZMW"),
]  # fmt: skip
# "kroner" is the Danish and the Norwegian spelling (Swedish "kronor", Icelandic "krónur", Czech
# "koruna"): one of those two, Denmark's unless Norway is named
_KRONE_COUNTRIES = [(stem, code) for stem, code in CROWN_COUNTRIES if code in ("NOK", "DKK")]
_LOCAL_CURRENCIES = {
    "PESO": (PESO_COUNTRIES, "MXN"),
    "CROWN": (CROWN_COUNTRIES, "SEK"),
    "KRONE": (_KRONE_COUNTRIES, "DKK"),
    "SHILLING": (SHILLING_COUNTRIES, "KES"),
    # "Shs" / "shs" is how Uganda's press writes its shilling: Uganda's unless another
    # shilling country is named
    "SHILLING_UG": (SHILLING_COUNTRIES, "UGX"),
    "CFA": (CFA_COUNTRIES, "XOF"),
    "DINAR": (_DINAR_COUNTRIES, "IQD"),
    "FILS": (_FILS_COUNTRIES, "IQD"),
    "RIAL": (_RIAL_COUNTRIES, "IRR"),
    "RUPEE": (RUPEE_COUNTRIES, "INR"),
    "LEU": (_LEU_COUNTRIES, "RON"),
    "KWACHA": (_KWACHA_COUNTRIES, "ZMW"),
    "DIRHAM": (_DIRHAM_COUNTRIES, "AED"),
    "CENTAVO": (_CENTAVO_COUNTRIES, "BRL"),
    "FRANC": (_FRANC_COUNTRIES, "CHF"),
}
LOCAL_CURRENCIES = frozenset({*_LOCAL_CURRENCIES, "SR"})


def _by_country(sentence: str, story: str, table: list[tuple[str, str]], default: str) -> str:
    for text in (sentence, story):
        low = text.lower()
        hits = [
            (m.start(), code)
            for stem, code in table
            if stem in low and (m := _stem(stem).search(low)) is not None
        ]
        if hits:
            return min(hits)[1]
    return default


# what may not follow a stem that begins another place's name ("Nigeria" is no Niger, "Norwich"
# no Norway, "Indiana" no India; "Mali" and "Malian", not "malicious")
_NOT_AFTER = {"niger": "(?!ia)", "norw": "(?!ich)", "india": "(?!n)", "mali": "(?:an)?(?![a-z])"}


@cache
def _stem(stem: str) -> re.Pattern[str]:
    """A stem of a country's or town's name where a word begins ("Somalia" names no Mali,
    "woman" no Oman, "Tirana" no Iran)."""
    return re.compile(r"(?<![a-z])" + re.escape(stem) + _NOT_AFTER.get(stem, ""))
