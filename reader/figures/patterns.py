"""Number tokens and the vocabulary around them (currencies, scales, units).

Regexes here are deliberately flat (no nested quantifiers) so hostile text stays linear.
"""

from __future__ import annotations

import re

from reader.figures.country_letters import GLUED_SMALL
from reader.figures.country_letters import LETTERS as COUNTRY_LETTERS
from reader.figures.country_letters import MARK as LETTERS_MARK
from reader.figures.currencies import CODE_ALIASES, ISO_CODES, MORE_NAMES, SYMBOLS, WORDLIKE_CODES
from reader.figures.gate import led
from reader.text.calendar import MONTH_NAMES

# the currency signs a number may open with, beyond "$" (currencies.SYMBOLS: the newer ones)
_SIGNS = "€£¥₹₩" + "".join(SYMBOLS)
# dollars named with their country's letters, as their press writes them ("J$", "Mex$"; the
# pesos of Chile, Colombia and Argentina: "Ch$", "Col$", "Ar$"): NUMBER reads each, and
# PREFIX_CURRENCY says whose
_LETTERED_DOLLARS = {
    "Mex$": "MXN", "MX$": "MXN", "TT$": "TTD", "RD$": "DOP", "EC$": "XCD", "Bds$": "BBD",
    "BZ$": "BZD", "Ch$": "CLP", "CLP$": "CLP", "Col$": "COP", "COL$": "COP", "Ar$": "ARS",
    "AR$": "ARS", "J$": "JMD", "N$": "NAD", "Z$": "ZWL", "L$": "LRD", "G$": "GYD",
    "FJ$": "FJD", "F$": "FJD", "SI$": "SBD", "WS$": "WST", "T$": "TOP", "VT$": "VUV",
    # Brunei's and the Bahamas' "B$": whose by the country the text names (country_letters.py)
    "B$": LETTERS_MARK + "B$",
    "CI$": "KYD",  # the Cayman Islands'
    "MOP$": "MOP",  # Macau's pataca, as its press writes it ("MOP$98.7 million")
}  # fmt: skip
# the Gulf's and Middle East's letters, the baht's "Bt", the lira's "TL", the CFA franc: money
# only before a scale, a thousands separator or hundredths ("SR 520" is a road); "SR" is the
# Saudi riyal's and the Seychelles rupee's (local_currency.py)
_GATED_LETTERS = {
    "SR": "SR", "QR": "QAR", "KD": "KWD", "BD": "BHD", "RO": "OMR", "JD": "JOD", "LE": "EGP",
    "Bt": "THB", "TL": "TRY", "CFA": "CFA",
    # Morocco's dirham and Algeria's dinar in their press's capitals, the CFA franc as
    # "FCFA", the Lebanese pound's "LL", the boliviano's "Bs", Rwanda's franc, the metical's
    # "MT", the kwanza's "Kz"
    "DH": "MAD", "DA": "DZD", "FCFA": "CFA", "LL": "LBP", "Bs": "BOB",
    "MT": "MZN", "Kz": "AOA",
    # the guaraní's "Gs" ("Gs 2,980,000 a tonne")
    "Gs": "PYG",
}  # fmt: skip
_DOLLAR_LETTERS = "|".join(k.removesuffix("$") for k in _LETTERED_DOLLARS)
# East Africa's shillings as their press writes them ("KSh 500", "Shs 4.2 billion", and in
# lower-case text "shs 9,200"): NUMBER reads each before a digit, PREFIX_CURRENCY says whose
# ("SHILLING_UG": Uganda's unless another shilling country is named, local_currency.py)
_SHILLING_LETTERS = {
    "KShs": "KES", "Kshs": "KES", "KSh": "KES", "Ksh": "KES", "Shs": "SHILLING_UG", "USh": "UGX",
    "TSh": "TZS", "shs": "SHILLING_UG", "kshs": "KES", "ksh": "KES", "ush": "UGX", "tsh": "TZS",
}  # fmt: skip
# (each maybe with a full stop, as Kenyan papers write them: "Ksh.3.1bn", "Kshs. 300 million")
# what a currency's letters stand before to be money: a scaled sum ("K2.1 billion"), thousands
# ("W41,000"), hundredths ("P0.42")
_SCALED_AHEAD = r"\d[\d,.]{0,12} ?(?:bn|billion|million|trillion|mn)\b"
_THOUSANDS_AHEAD = r"\d{1,3}(?:,\d{3})+(?!\d|\.\d)"
_HUNDREDTHS_AHEAD = r"\d{1,4}\.\d\d(?!\d|\.\d)"
# currency prefix, digits with optional thousands separators and decimals, optional scale
NUMBER = re.compile(
    # every match starts with a sign, a digit or a currency (a symbol, a code in capitals, or
    # "au $"/"nz $"/"ca $"/"sg $" in lower case): the lookahead only lets the scan skip other
    # positions fast (same matches, a third the time)
    rf"(?=[-\u2212\d${_SIGNS}A-Zachknsuz])"
    r"(?:(?<![^\s(])(?P<neg>[-\u2212])|(?<![\w.,$€£¥/-]))"  # "-3%" after a space: signed
    rf"(?P<cur>(?:[Aa][Uu]|[Nn][Zz]|[Cc][Aa]|[Ss][Gg]) ?\$ ?|\$ ?(?:au|AU|nz|NZ|ca|CA|sg|SG) ?(?=\d)|\$(?:US|A|C|S|HK)(?=\d)|(?:[Uu][Ss]|[Hh][Kk]|[Nn][Zz]|[Aa]|[Cc]|[Ss])\$ ?|NT\$ ?|R\$ ?|(?:{_DOLLAR_LETTERS})\$ ?|\$(?: (?=\d))?|R(?=\d[\d,.]{{0,12}} ?(?:bn|bln|billion|million|trillion|tn|trn|mn|mln|m)\b)|R(?=\d)|[{_SIGNS}]|Rs\.? ?|Kč ?|"
    # the prefixes of the ringgit, the dirham, the rupiah, the shilling, the taka and the naira
    # as their own press writes them ("RM186.4mil", "Dh1.38 billion", "Rp 4.5 trillion",
    # "Sh2.1 billion", "KSh 500", "Tk 1,240 crore", the Peruvian sol's "S/ 8.72" or "S/.8.72",
    # "N2.5 billion", Rwanda's franc before any sum, "Rwf310" or "Frw 480": letters no word or
    # road takes;
    # a bare "N" only before a
    # scaled amount, as "R", or a sum in thousands: "to N1,200", "N85,000"; before two or three
    # digits only in a story naming Nigeria: "adds about N58 a litre", scan.py)
    r"RM(?=\d)|Dhs?(?=\d)|Rp ?(?=\d)|(?:Rwf|Frw|FBu) ?(?=\d)|(?:"
    + "|".join(_SHILLING_LETTERS)
    + r")\.? ?(?=\d)|Sh(?=\d)|Tk\.? ?(?=\d)|S/\.? ?(?=\d)|"
    # the CFA franc's "FCFA" before any sum, as Rwanda's "Rwf" ("FCFA 210 a kilogram")
    r"FCFA ?(?=\d)|"
    # the kwanza's "Kz" before any sum, as its press writes it ("a dividend of Kz 212 a share")
    r"Kz ?(?=\d)|"
    # the letters of _GATED_LETTERS: money before a scale, a thousands separator, hundredths
    # or a dinar's thousandths ("BD3.600")
    r"(?:" + "|".join(_GATED_LETTERS) + r") ?"
    r"(?=\d[\d,.]{0,12} ?(?:bn|billion|million|trillion|mn|m)\b|\d{1,3}(?:,\d{3})+|\d+\.\d{2,3}\b)|"
    # symbols that name their country: Egypt's pound, Ghana's cedi, the Swiss franc, the zloty
    # (the franc's "Sfr" as the Swiss press writes it too; the Maldives' rufiyaa, "Rf 1,200")
    r"E£ ?|£E ?|GH[¢₵] ?|S[Ff]r\.? ?|Rf ?(?=\d)|zł ?(?=\d)|"
    # the lira's and Egypt's letters before a small unscaled sum: money where Turkey or Egypt is
    # named ("raised his target price to TL 265", "ticket prices rose to LE 220"; scan.py,
    # country_letters.py)
    r"(?:TL|LE) ?(?=\d{2,3}(?![\d,%]|\.\d))|"
    # Bahrain's "BD" and the Gulf's and Jordan's letters glued before a small unscaled sum:
    # money where their country is named ("a daily ticket costs BD5", "priced at SR38 to SR42";
    # "BD5" is a Bradford postcode, "SR38" a road elsewhere)
    r"(?:" + "|".join(GLUED_SMALL) + r")(?=\d{1,3}(?![\d%]|[,.]\d))|"
    # the Scandinavian crown written first, as Norway's, Sweden's and Denmark's press do ("kr
    # 21.90", "kr. 1.45 billion"): whichever crown the story's country uses (local_currency.py)
    r"[Kk]r\.? ?(?=\d)|"
    # single letters only before a scaled amount: the won (or a sum in thousands: "W41,000"), the
    # birr
    # the letters of a country's currency (country_letters.py): glued before a scaled sum,
    # thousands, hundredths ("P0.42 per share") or a sum of two or three digits ("a P50
    # increase"); a story naming none of their countries makes them no money ("Q3", "P4")
    # (the Congolese and Guinean francs' "FC" and "FG", the ouguiya's "UM", the Iraqi dinar's
    # "ID", Malawi's "MK", the leone's "Le" and the vatu's "VT", spaced as their press writes
    # them, before a sum: "FC 420,000", "ID 118 billion", "Le 29.65", "UM 450", "VT 48,000";
    # glued, "FG500" too)
    + f"(?:FC|FG|UM|ID|MK|Le|VT) ?(?={_SCALED_AHEAD}|{_THOUSANDS_AHEAD}|{_HUNDREDTHS_AHEAD}|"
    + r"\d{2,3}(?![\d,%]|\.\d))|"
    r"(?:MK|Le|Ar ?|Nu\.? ?|[PKQLDE])(?=\d[\d,.]{0,12} ?(?:bn|billion|million|trillion|mn|lakh|crore)\b|"
    + _THOUSANDS_AHEAD
    + "|"
    + _HUNDREDTHS_AHEAD
    + r"|\d{2,3}(?![\d.,%]))|"
    # (the loti's "M" only before a scaled sum, thousands or hundredths: "M25" is a road)
    + f"M(?={_SCALED_AHEAD}|{_THOUSANDS_AHEAD}|{_HUNDREDTHS_AHEAD})|"
    # (the Bosnian convertible mark's "KM", spaced as its press writes it, before any sum: "KM
    # 1,690", "about KM 68"; money only where Bosnia is named)
    + f"KM ?(?={_SCALED_AHEAD}|{_THOUSANDS_AHEAD}|{_HUNDREDTHS_AHEAD}|"
    + r"\d{1,4}(?![\d.,%]))|"
    + f"W(?={_SCALED_AHEAD}|{_THOUSANDS_AHEAD})|Br ?(?={_SCALED_AHEAD}|{_THOUSANDS_AHEAD}|"
    + r"\d{2,3}(?![\d.,%]))|"
    + r"N(?=\d[\d,.]{0,12} ?(?:bn|billion|million|trillion|mn|m)\b|"
    + f"{_THOUSANDS_AHEAD}|{_HUNDREDTHS_AHEAD}|"
    + r"\d{2,3}(?![\d,%]|\.\d))|"
    # three capitals: an ISO 4217 code when scan.py finds it in currencies.ISO_CODES ("CZK 12bn"),
    # and in lower-case text three small letters before a scaled sum or thousands ("ugx 112.4
    # billion")
    r"[A-Z]{3} ?"
    r"|[a-z]{3} (?=\d[\d,.]{0,12} ?(?:bn|billion|million|trillion|mn)\b|\d{1,3}(?:,\d{3})+(?!\d))"
    r")?"
    r"(?P<num>\d[\d,]{0,30}(?:\.\d{1,12})?)"
    r"(?:[ -]?(?P<scale>trillion|billion|million|thousand|lakh crore|crore|lakh|bn|bln|mn|mln|tn|trn|mil|bil|"
    # "$2.5Bn", "$2.5BN", "$5MM" (a US desk's million; "mm" only after a currency: scan.py)
    r"Bn|BN|Mn|MN|Tn|TN|MM|mm|m|b|k|K|B|M"
    # (a headline's or a tabloid's capitals: "£3.2 MILLION", "$2 Billion")
    r"|TRILLION|BILLION|MILLION|THOUSAND|Trillion|Billion|Million|Thousand)\b)?"
)

WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a": 1, "one": 1, "half": 0.5,
}  # fmt: skip
SPELLED = led(
    r"\b(?P<word>" + "|".join(k for k in WORD_NUMBERS if k != "a") + r"|a)"
    r"(?:-(?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
    r"(?P<half> and a half)? (?P<scale>trillion|billion|million|thousand)\b",
    re.IGNORECASE,
)

SCALES = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9,
    "Bn": 1e9, "BN": 1e9, "Mn": 1e6, "MN": 1e6, "Tn": 1e12, "TN": 1e12, "MM": 1e6, "mm": 1e6,
    "million": 1e6, "mil": 1e6, "bil": 1e9, "lakh crore": 1e12, "crore": 1e7, "lakh": 1e5, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "thousand": 1e3, "k": 1e3, "K": 1e3,
}  # fmt: skip
# the scale words in capitals ("£3.2 MILLION") or title case ("$2 Billion") scale as written small
SCALES.update({f(w): SCALES[w] for w in ("trillion", "billion", "million", "thousand")
               for f in (str.upper, str.title)})  # fmt: skip

PREFIX_CURRENCY = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "R": "ZAR", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NZ$": "NZD", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "R$": "BRL", "Rs": "RUPEE", "Rs.": "RUPEE",
    "RM": "MYR", "Dh": "AED", "Dhs": "AED", "Rp": "IDR", "Tk": "BDT", "Sh": "SHILLING", "N": "NGN",
    "S/": "PEN", "S/.": "PEN", "Rwf": "RWF", "Frw": "RWF", "FBu": "BIF", **_SHILLING_LETTERS,
    **_GATED_LETTERS, "E£": "EGP", "£E": "EGP", "GH¢": "GHS", "GH₵": "GHS",
    "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF", "Sfr.": "CHF", "Rf": "MVR", "zł": "PLN", "W": "KRW",
    "kr": "CROWN", "kr.": "CROWN", "Kr": "CROWN", "Kr.": "CROWN",
    **{letters: LETTERS_MARK + letters for letters in COUNTRY_LETTERS}, "Br": "ETB", **_LETTERED_DOLLARS,
    # every ISO code (RMB: CNY) that is no English word ("CHF 212", "INR 4,150 crore")
    "Kč": "CZK", **SYMBOLS, **{code: CODE_ALIASES.get(code, code) for code in ISO_CODES - WORDLIKE_CODES},
}  # fmt: skip

# the currencies written in letters before a number ("Tk 3.12", "KD 2.3 million", "CHF 212"):
# never a name's letters (proper_nouns.py)
# (not a country's letters, "Le", "Ar", "MK": money only where its country is named)
LETTER_PREFIXES = frozenset(
    k for k in PREFIX_CURRENCY if len(k) > 1 and k.isalpha() and k not in COUNTRY_LETTERS
)

# "au $38,000", "$au 38,000", "NZ$5m", the Australian press's "$US40 million" and "$A38,000",
# "$C74 billion": the letters say which dollar
# ("a$781,000", "c$12.85", "us$5m" in lower-case text: the one-letter prefixes too)
_LETTER_DOLLARS = {"au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD", "a": "AUD", "c": "CAD",
                   "s": "SGD", "us": "USD", "hk": "HKD"}  # fmt: skip


def currency_code(cur: str) -> str:
    """The ISO code of a currency prefix as written ("$" is US dollars)."""
    key = cur.replace(" ", "")
    if key.endswith(".") and key not in PREFIX_CURRENCY:
        key = key[:-1]  # "Ksh.3.1bn", "Nu. 3 billion": the letters with a full stop
    letters = key.replace("$", "").lower()
    if "$" in key and letters in _LETTER_DOLLARS:
        return _LETTER_DOLLARS[letters]
    return PREFIX_CURRENCY.get(key, PREFIX_CURRENCY.get(cur, "USD"))


# currency words after the number: (lower-cased phrase, ISO code, factor)
SUFFIX_CURRENCY: list[tuple[str, str, float]] = [
    ("hong kong dollars", "HKD", 1.0),
    ("swiss francs", "CHF", 1.0),
    ("cfa francs", "CFA", 1.0),  # which: resolved from the story's countries (parse.py)
    ("cfa franc", "CFA", 1.0),
    ("shillings", "SHILLING", 1.0),  # likewise
    ("shilling", "SHILLING", 1.0),
    ("indian rupees", "INR", 1.0),
    ("pakistani rupees", "PKR", 1.0),
    ("sri lankan rupees", "LKR", 1.0),
    ("south african rand", "ZAR", 1.0),
    ("mexican pesos", "MXN", 1.0),
    ("argentine pesos", "ARS", 1.0),
    ("philippine pesos", "PHP", 1.0),
    ("us dollars", "USD", 1.0),
    ("australian dollar", "AUD", 1.0),
    ("canadian dollar", "CAD", 1.0),
    ("hong kong dollar", "HKD", 1.0),
    ("singapore dollar", "SGD", 1.0),
    ("new zealand dollar", "NZD", 1.0),
    ("us dollar", "USD", 1.0),
    ("francs", "FRANC", 1.0),  # whose: the country named (local_currency.py), else Swiss
    ("new zealand dollars", "NZD", 1.0),
    ("australian dollars", "AUD", 1.0),
    ("canadian dollars", "CAD", 1.0),
    ("singapore dollars", "SGD", 1.0),
    # the other dollars, named with their country as their press writes them ("one billion
    # Solomon dollars", "60,000 Eastern Caribbean dollars")
    ("hong kong dollars", "HKD", 1.0),
    ("jamaican dollars", "JMD", 1.0),
    ("fijian dollars", "FJD", 1.0),
    ("fiji dollars", "FJD", 1.0),
    ("solomon islands dollars", "SBD", 1.0),
    ("solomon dollars", "SBD", 1.0),
    ("eastern caribbean dollars", "XCD", 1.0),
    ("east caribbean dollars", "XCD", 1.0),
    ("namibian dollars", "NAD", 1.0),
    ("liberian dollars", "LRD", 1.0),
    ("guyanese dollars", "GYD", 1.0),
    ("guyana dollars", "GYD", 1.0),
    ("trinidad and tobago dollars", "TTD", 1.0),
    ("barbados dollars", "BBD", 1.0),
    ("barbadian dollars", "BBD", 1.0),
    ("bahamian dollars", "BSD", 1.0),
    ("belize dollars", "BZD", 1.0),
    ("bermuda dollars", "BMD", 1.0),
    ("brunei dollars", "BND", 1.0),
    ("cayman islands dollars", "KYD", 1.0),
    ("new taiwan dollars", "TWD", 1.0),
    ("taiwan dollars", "TWD", 1.0),
    # a dollar named by its country's letters after the number ("186 billion NT dollars",
    # "HK dollars", "NZ dollars", "TT dollars", "EC dollars")
    ("nt dollars", "TWD", 1.0),
    ("hk dollars", "HKD", 1.0),
    ("nz dollars", "NZD", 1.0),
    ("tt dollars", "TTD", 1.0),
    ("ec dollars", "XCD", 1.0),
    ("surinamese dollars", "SRD", 1.0),
    ("zimbabwe dollars", "ZWL", 1.0),
    ("chinese yuan", "CNY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("won", "KRW", 1.0),
    ("pesos", "PESO", 1.0),  # which peso: resolved from the story's countries (parse.py)
    ("peso", "PESO", 1.0),
    ("roubles", "RUB", 1.0),
    ("rouble", "RUB", 1.0),
    ("ruble", "RUB", 1.0),
    ("rupee", "RUPEE", 1.0),  # which rupee: resolved from the story's countries (India's else)
    ("riyal", "SAR", 1.0),
    ("dinars", "DINAR", 1.0),  # which dinar or rial: resolved from the story's countries
    ("dinar", "DINAR", 1.0),
    ("rials", "RIAL", 1.0),
    ("rial", "RIAL", 1.0),
    ("dirham", "DIRHAM", 1.0),  # the UAE's or Morocco's: resolved from the story's countries
    ("shekel", "ILS", 1.0),
    ("dollar", "DOLLAR", 1.0),  # whose dollar: the story's dollar currency, else US (parse.py)
    ("rand", "ZAR", 1.0),
    ("rupiah", "IDR", 1.0),
    ("baht", "THB", 1.0),
    ("ringgit", "MYR", 1.0),
    ("naira", "NGN", 1.0),
    ("shekels", "ILS", 1.0),
    ("dirhams", "DIRHAM", 1.0),
    ("riyals", "SAR", 1.0),
    ("reais", "BRL", 1.0),
    ("zlotys", "PLN", 1.0),
    ("zloty", "PLN", 1.0),
    ("lira", "TRY", 1.0),
    ("rubles", "RUB", 1.0),
    ("rupees", "RUPEE", 1.0),
    ("yen", "JPY", 1.0),
    ("norwegian crowns", "NOK", 1.0),
    ("swedish crowns", "SEK", 1.0),
    ("danish crowns", "DKK", 1.0),
    ("czech crowns", "CZK", 1.0),
    ("crowns", "CROWN", 1.0),  # whose crown: resolved from the story's countries, like pesos
    ("kroner", "KRONE", 1.0),  # Danish or Norwegian only (Swedish is kronor): which, likewise
    ("krone", "KRONE", 1.0),
    ("swedish kronor", "SEK", 1.0),
    ("kronor", "SEK", 1.0),
    ("krona", "SEK", 1.0),
    ("norwegian kroner", "NOK", 1.0),
    ("danish kroner", "DKK", 1.0),
    ("euro cents", "EUR", 0.01),
    ("australian cents", "AUD", 0.01),
    ("canadian cents", "CAD", 0.01),
    ("new zealand cents", "NZD", 0.01),
    ("singapore cents", "SGD", 0.01),
    ("us cents", "USD", 0.01),
    ("hk cents", "HKD", 0.01),
    ("nz cents", "NZD", 0.01),
    ("euros", "EUR", 1.0),
    ("euro", "EUR", 1.0),
    ("pounds", "GBP", 1.0),
    ("dollars", "DOLLAR", 1.0),
    ("cents", "CENT", 0.01),  # whose cents: the story's dollar or rand, else US (parse.py)
    # the real's and the pesos' hundredths: whose by the story's country (local_currency.py)
    ("centavos", "CENTAVO", 0.01),
    ("centavo", "CENTAVO", 0.01),
    ("cent", "CENT", 0.01),
    ("pence", "GBP", 0.01),
    ("p", "GBP", 0.01),
    *MORE_NAMES,
]

# currency names written before the number: "Australian dollar 29.4bn", "US dollars 5m"
PREFIX_WORDS = led(
    r"(?:(?P<land>US|U\.S\.|Australian|Canadian|Hong Kong|Singapore|New Zealand) dollars?|"
    r"(?P<other>euros?|yuan|rupees|yen|Swiss francs)) $",
    re.IGNORECASE,
)
PREFIX_WORD_CODES = {
    "us": "USD", "u.s.": "USD", "australian": "AUD", "canadian": "CAD", "hong kong": "HKD",
    "singapore": "SGD", "new zealand": "NZD", "euro": "EUR", "euros": "EUR", "yuan": "CNY",
    "rupees": "INR", "yen": "JPY", "swiss francs": "CHF",
}  # fmt: skip
# which crown a story means, by the country (or capital) it names
CROWN_COUNTRIES = [
    ("norw", "NOK"), ("oslo", "NOK"), ("bergen", "NOK"), ("swed", "SEK"), ("stockholm", "SEK"),
    ("gothenburg", "SEK"), ("danish", "DKK"), ("denmark", "DKK"), ("copenhagen", "DKK"),
    ("czech", "CZK"), ("prague", "CZK"), ("iceland", "ISK"), ("reykjav", "ISK"),
]  # fmt: skip
# which peso, likewise
PESO_COUNTRIES = [
    ("argentin", "ARS"), ("buenos aires", "ARS"), ("mexic", "MXN"), ("philippin", "PHP"),
    ("filipino", "PHP"), ("manila", "PHP"), ("chile", "CLP"), ("colombia", "COP"),
    ("bogot", "COP"), ("uruguay", "UYU"), ("montevideo", "UYU"),
]  # fmt: skip
# which shilling (Kenya's unless another shilling country is named), and which CFA franc (the
# West African one unless a Central African country is named)
SHILLING_COUNTRIES = [
    ("kenya", "KES"), ("nairobi", "KES"), ("uganda", "UGX"), ("kampala", "UGX"),
    ("tanzania", "TZS"), ("dar es salaam", "TZS"), ("somali", "SOS"), ("mogadishu", "SOS"),
]  # fmt: skip
CFA_COUNTRIES = [
    ("cameroon", "XAF"), ("gabon", "XAF"), ("chadian", "XAF"), ("central african", "XAF"),
    ("equatorial guinea", "XAF"), ("republic of the congo", "XAF"), ("brazzaville", "XAF"),
    ("ivory coast", "XOF"), ("ivorian", "XOF"), ("c\u00f4te d'ivoire", "XOF"),
    ("senegal", "XOF"), ("mali", "XOF"), ("burkina", "XOF"), ("niger", "XOF"), ("benin", "XOF"),
    ("togo", "XOF"), ("guinea-bissau", "XOF"),
    # (their capitals and largest towns, for a story that names no country)
    ("douala", "XAF"), ("yaound", "XAF"), ("libreville", "XAF"), ("n'djamena", "XAF"),
    ("ndjamena", "XAF"), ("bangui", "XAF"), ("malabo", "XAF"), ("pointe-noire", "XAF"),
    ("dakar", "XOF"), ("abidjan", "XOF"), ("bamako", "XOF"), ("ouagadougou", "XOF"),
    ("niamey", "XOF"), ("cotonou", "XOF"), ("lom\u00e9", "XOF"), ("bissau", "XOF"),
]  # fmt: skip
# which rupee (India's unless another rupee country is named before it)
RUPEE_COUNTRIES = [
    ("india", "INR"), ("mumbai", "INR"), ("delhi", "INR"), ("bengaluru", "INR"),
    ("bangalore", "INR"), ("chennai", "INR"), ("kolkata", "INR"),  # not Hyderabad: a city of India and of Pakistan
    ("sensex", "INR"), ("nifty", "INR"),  # (not "crore" or "lakh": Nepal and Pakistan count
    # in them too, and India is the rupee's default when no country is named)
    ("sri lanka", "LKR"), ("colombo", "LKR"), ("pakistan", "PKR"), ("karachi", "PKR"),
    ("lahore", "PKR"), ("islamabad", "PKR"), ("nepal", "NPR"), ("kathmandu", "NPR"),
    # other towns of the countries whose rupee is not India's: "KANDY — The Central Provincial
    # Council will spend Rs. 4,850 million" names no country
    ("kandy", "LKR"), ("jaffna", "LKR"), ("negombo", "LKR"), ("matara", "LKR"),  # (not "galle": "gallery")
    ("kurunegala", "LKR"), ("anuradhapura", "LKR"), ("trincomalee", "LKR"),
    ("batticaloa", "LKR"), ("nuwara eliya", "LKR"), ("ratnapura", "LKR"),
    ("peshawar", "PKR"), ("quetta", "PKR"), ("faisalabad", "PKR"), ("rawalpindi", "PKR"),
    ("multan", "PKR"), ("pokhara", "NPR"), ("biratnagar", "NPR"), ("lalitpur", "NPR"),
    ("mauritius", "MUR"), ("port louis", "MUR"), ("seychelles", "SCR"),
]  # fmt: skip
# units of measure: a quantity of these is kind "other", not a count of things
MEASURES = frozenset(
    ["miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "tonnes", "tons",
     "barrels", "gallons", "litres", "liters", "kg", "kilograms", "ounces", "acres", "hectares",
     "points", "megawatts", "gigawatts", "mph", "km/h", "degrees", "feet", "decibels",
     "gigabytes", "megabytes", "terabytes", "petabytes", "mm", "cm", "ft", "kwh", "mwh", "gwh",
     "mw", "gw", "kilowatts", "terawatts", "kw", "twh", "kilowatt-hours", "megawatt-hours",
     "gigawatt-hours", "terawatt-hours",
     "hectolitres", "hectoliters", "therms", "therm",
     # metric units with a prefix, and other units of volume, mass and length
     "megalitres", "megaliters", "gigalitres", "gigaliters", "kilolitres", "kiloliters",
     "millilitres", "milliliters", "grams", "milligrams", "kilotonnes", "megatonnes",
     "millimetres", "millimeters", "centimetres", "centimeters", "yards", "inches",
     "bushels", "carats",
     # a kilo's plural as the farm and market press writes it, and the quintal (100 kg) Latin
     # America's and Ethiopia's growers sell by ("18,600 quintals of dried pods")
     "kilos", "quintals", "quintal",
     # Egypt's land in feddans
     "feddans", "feddan",
     # the British spelling of the gram's units ("142.7 million kilogrammes")
     "kilogrammes", "grammes", "milligrammes",
     # a property tax's rate in mills (thousandths of a dollar per dollar of value)
     "mills",
     # amounts of data, data rates and computing speed
     "bits", "kilobits", "megabits", "gigabits", "terabits", "bytes", "kilobytes", "kbps",
     "mbps", "gbps", "megaflops", "gigaflops", "teraflops", "petaflops",
     # crypto-assets held or owed, counted in their coins ("1,840 bitcoin", "21,300 ether")
     "bitcoin", "bitcoins", "ether", "btc", "eth"]
)  # fmt: skip
# plural nouns that do not end in "s"
IRREGULAR_PLURALS = frozenset(
    [
        "feet",
        "people",
        "children",
        "men",
        "women",
        "staff",
        "personnel",
        "cattle",
        "police",
        "livestock",
        "aircraft",
        "sheep",
        "fish",
        "deer",
        "spacecraft",
        "crew",
        "poultry",
        "clergy",
        "faculty",  # "410 guest faculty": teachers counted as staff are
        # animals counted in the singular's form: "1,630 dead brown trout", "2,000 kiwi"
        "trout",
        "salmon",
        "kiwi",
        "cod",
        "carp",
        "bison",
        "moose",
        "elk",
    ]
)
# words between a number and its noun that are not the noun ("90,000 more people"); "new",
# "extra" and "additional" are the noun's own ("612 new members" are not the club's 9,480)
COUNT_FILLERS = frozenset(["more", "fewer", "other", "less"])

PERCENT_WORDS = ("%", "percent", "per cent", "pct", "pc")  # "3.5pc": glued only (words.py)
POINT_WORDS = ("percentage points", "percentage point")

MONTHS = frozenset(
    [
        *MONTH_NAMES,
        "jan",
        "jan.",
        "feb",
        "feb.",
        "mar",
        "mar.",
        "apr",
        "apr.",
        "jun",
        "jun.",
        "jul",
        "jul.",
        "aug",
        "aug.",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "oct",
        "oct.",
        "nov",
        "nov.",
        "dec",
        "dec.",
    ]
)
DURATIONS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "quarter",
        "quarters",
        "century",
        "centuries",
        "milliseconds",
        "microseconds",
        "nanoseconds",
        "hrs",
        "mins",
        "secs",
        "yrs",
        # a stay's or a festival's length ("stayed an average of 8.6 nights", "over 10
        # nights in July")
        "night",
        "nights",
    ]
)
AGE_BEFORE = frozenset(["aged", "age", "ages"])
# words that end a count's noun phrase
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "per",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "over",
        "about",
        "up",
        "down",
        "more",
        "less",
        "within",
        "into",
        "after",
        "before",
        "during",
        "since",
        "under",
        "across",
        "between",
        "through",
        "until",
        "last",
        "this",
        "next",
        "each",
        "every",
        "if",
        "when",
        "while",
        "so",
        "times",
        "fold",
    ]
)
# currencies whose amounts may be written "N dollars" / "N cents" in their home press
# the dollars "dollars" and "cents" may be in: the ones a sentence or story writes with their
# letters ("N$14.25 ..., up 35 cents")
DOLLAR_CODES = frozenset(
    ["USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "JMD", "TTD", "BBD", "BSD", "BZD", "GYD",
     "FJD", "NAD", "BMD", "BND", "XCD", "LRD", "SBD", "WST", "ZWL", "KYD"]
)  # fmt: skip
CENT_CODES = DOLLAR_CODES | {"ZAR", "EUR"}  # currencies whose hundredths are written "cents"
MAX_VALUE = 1e16  # larger magnitudes are not news figures: skip
