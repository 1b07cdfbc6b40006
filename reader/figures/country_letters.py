"""Currencies their own press writes as a letter or two that say nothing elsewhere: the
Philippine peso's and the pula's "P" ("P3 billion"), the kwacha's, the kina's and the kyat's
"K", Malawi's "MK", the Bosnian mark's "KM", the quetzal's "Q", the lempira's "L", the dalasi's "D", the leone's "Le",
the lilangeni's "E",
the ariary's "Ar", the vatu's "VT". The scanner reads them only glued before a scaled sum or thousands
("K2.1 billion", "P1,200") and marks them with ``MARK`` + the letters; ``settle_letters``
gives the currency of the country the sentence, else the story, names, and none (no money:
"Q3", "a P4 engine") when it names none of them. Brunei's and the Bahamas' "B$" is read before
any sum the same way: whose by the country named, no money where neither is.
"""

from __future__ import annotations

import re

MARK = "LETTERS?"
# the letters, and the countries (by their names, cities or demonyms) whose currency they are
_COUNTRIES: dict[str, list[tuple[str, str]]] = {
    "P": [(r"philippine|filipino|manila|cebu|davao|makati|quezon city|pasig|taguig|mindanao|"
           r"luzon|visayas|bangko sentral|\bpse\b", "PHP"),
          (r"botswana|gaborone|francistown|motswana|batswana", "BWP")],
    "K": [(r"zambia|lusaka|ndola|kitwe|copperbelt", "ZMW"),
          (r"papua new guinea|\bpng\b|port moresby|\blae\b", "PGK"),
          (r"myanmar|burma|burmese|yangon|rangoon|mandalay|naypyidaw", "MMK"),
          (r"malawi|lilongwe|blantyre|mzuzu", "MWK")],
    "MK": [(r"malawi|lilongwe|blantyre", "MWK")],
    "KM": [(r"bosnia|herzegovin|sarajevo|banja luka|tuzla|zenica|mostar|republika srpska", "BAM")],
    "Q": [(r"guatemala", "GTQ")],
    # the ngultrum's "Nu", Lesotho's loti's "M"
    "Nu": [(r"bhutan|thimphu|paro|punakha|phuentsholing|druk", "BTN")],
    "M": [(r"lesotho|maseru|basotho", "LSL")],
    "L": [(r"honduras|tegucigalpa|san pedro sula", "HNL")],
    "D": [(r"gambia|banjul|serrekunda", "GMD")],
    "Le": [(r"sierra leone|freetown", "SLE")],
    # the lilangeni's "E" ("E3,862 a tonne", "E310 million")
    "E": [(r"eswatini|swaziland|swazi|mbabane|manzini", "SZL")],
    "Ar": [(r"madagascar|malagasy|antananarivo", "MGA")],
    # the vatu's "VT" ("VT 48,000 a tonne", "VT1.2 billion")
    "VT": [(r"vanuatu|port vila|luganville|espiritu santo|efate|\btanna\b", "VUV")],
    # the Congolese franc's "FC" (Kinshasa's, not Brazzaville's: that is the CFA franc), the
    # Guinean franc's "FG", the ouguiya's "UM", the Iraqi dinar's "ID", spaced or glued before
    # a sum ("FC 420,000", "UM 1.6 billion", "ID 118 billion")
    "FC": [(r"democratic republic of (?:the )?congo|\bdrc\b|\bdr congo|kinshasa|lubumbashi|"
            r"\bgoma\b|kisangani|matadi|kolwezi|katanga|mbuji-mayi", "CDF")],
    "FG": [(r"(?<!new )(?<!equatorial )\bguinea\b(?![- ]bissau)|(?<!new )(?<!equatorial )"
            r"guinean|conakry|kamsar|kankan|nz[e\u00e9]r[e\u00e9]kor[e\u00e9]", "GNF")],
    "UM": [(r"mauritania|nouakchott|nouadhibou|zou[e\u00e9]rat", "MRU")],
    "ID": [(r"\biraq|baghdad|basra|erbil|mosul|najaf|kirkuk|sulaymaniyah", "IQD")],
    "B$": [(r"brunei|bandar seri begawan", "BND"), (r"bahamas|bahamian|nassau", "BSD")],
    # the naira's "N" before a small unscaled sum only (scan.py; larger sums are the naira's
    # wherever they are written)
    "N": [(r"nigeria|lagos|abuja|naira|kano|ibadan|port harcourt|enugu|kaduna|\bnnpc\b",
           "NGN")],
    # the lira's "TL" before a small unscaled sum only (scan.py; a scaled sum or hundredths are
    # the lira's wherever written)
    "TL": [(r"turkey|turkish|t\u00fcrkiye|istanbul|ankara|izmir|antalya|bursa|borsa istanbul",
            "TRY")],
    # Egypt's "LE" before a small unscaled sum only (scan.py; a scaled sum or hundredths are
    # the Egyptian pound's wherever written)
    "LE": [(r"egypt|cairo|alexandria|giza|\begx\b", "EGP")],
    # Bahrain's "BD" before a small unscaled sum only (scan.py; larger sums are the dinar's
    # wherever they are written)
    "BD": [(r"bahrain|manama|muharraq|riffa", "BHD")],
    # and so the riyals', Kuwait's, Oman's and Jordan's letters ("SR38" a share in a Riyadh
    # listing)
    "SR": [(r"saudi|riyadh|jeddah|dammam|tadawul|\bmecca|makkah|medina", "SAR"),
           (r"seychell|praslin|la digue|victoria, mah", "SCR")],
    "QR": [(r"qatar|doha", "QAR")],
    "KD": [(r"kuwait", "KWD")],
    "RO": [(r"\boman\b|omani|muscat", "OMR")],
    "JD": [(r"jordan|amman", "JOD")],
}  # fmt: skip
_FOUND = {
    letters: [(re.compile(pattern, re.I), code) for pattern, code in table]
    for letters, table in _COUNTRIES.items()
}
# the letters the scanner reads glued before a small unscaled sum and marks itself (patterns.py,
# scan.py: "BD5", "SR38"), beside the naira's "N" and the lira's "TL" before two or three digits
GLUED_SMALL = ("BD", "SR", "QR", "KD", "RO", "JD")
# ... and the letters it reads before two or three digits (the naira's, the lira's, Egypt's)
SMALL_SUM = ("N", "TL", "LE")
LETTERS = tuple(k for k in _COUNTRIES if k not in (*SMALL_SUM, *GLUED_SMALL))


def settle_letters(unit: str | None, text: str, story: str) -> str | None:
    """The currency ``MARK`` + letters stand for where the sentence (else the story) names its
    country (the first named when several are); None when none is named. Other units as
    they are."""
    if unit is None or not unit.startswith(MARK):
        return unit
    table = _FOUND[unit[len(MARK) :]]
    for where in (text, story):
        hits = [(m.start(), code) for pattern, code in table if (m := pattern.search(where))]
        if hits:
            return min(hits)[1]
    return None
