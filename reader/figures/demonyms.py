"""Nationality and regional adjectives ("Irish", "South African", "Scandinavian"): a closed
class, listed rather than guessed from endings (an ending rule read the firms "Corridian" and
"Meridian", the city "Milan" and the name "Alan" as nationalities)."""

from __future__ import annotations

# fmt: off
_DEMONYMS = """
Afghan Albanian Algerian American Andorran Angolan Antiguan Argentine Argentinian Armenian
Australian Austrian Azerbaijani Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian
Belizean Beninese Bhutanese Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian
Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese
Colombian Comorian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican
Dutch Ecuadorean Ecuadorian Egyptian Emirati English Eritrean Estonian Eswatini
Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek
Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian
Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani
Kenyan Kiribati Korean Kosovan Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian
Libyan Liechtensteiner Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian
Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian
Montenegrin Moroccan Mozambican Namibian Nauruan Nepalese Nepali Nicaraguan Nigerian Nigerien
Norwegian Omani Pakistani Palauan Palestinian Panamanian Paraguayan Peruvian Polish Portuguese
Qatari Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish Senegalese Serbian
Seychellois Singaporean Slovak Slovakian Slovenian Somali Spanish Sudanese Surinamese
Swazi Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan Trinidadian Tunisian
Turkish Turkmen Tuvaluan Ugandan Ukrainian Uruguayan Uzbek Vanuatuan Venezuelan Vietnamese
Welsh Yemeni Zambian Zimbabwean
African Arab Arabian Asian Balkan Baltic Basque Bavarian Breton Californian Caribbean
Catalan Caucasian Celtic Cornish Corsican Eurasian European Flemish Hispanic Iberian
Kurdish Mediterranean Nordic Persian Quebecois Sardinian Scandinavian Sicilian
Texan Tibetan Tuscan Walloon Anglo Franco Sino Indo Afro Parisian Victorian Edwardian
Andean Saharan Siberian Slavic Teutonic Uyghur
Hongkonger Kashmiri Punjabi Bengali Tamil Gujarati
"""
# fmt: on
DEMONYMS = frozenset(_DEMONYMS.split())

# nationalities of more than one word, the last not one alone
MULTI = frozenset(["Costa Rican", "Sri Lankan", "Cape Verdean", "Sierra Leonean",
                   "Puerto Rican", "Equatorial Guinean", "Papua New Guinean",
                   "El Salvadoran", "Saudi Arabian", "Latin American"])  # fmt: skip

# a compass word or "New" before a nationality: "South African", "North Korean"
_DIRECTIONS = frozenset(["South", "North", "East", "West", "New", "Central", "Northern",
                        "Southern", "Eastern", "Western"])  # fmt: skip


def is_demonym(words: list[str]) -> bool:
    """ "Irish", "South African", "Anglo-Dutch", "Costa Rican": a nationality (or a region's
    adjective) describing what follows."""
    if not words:
        return False
    last = words[-1]
    if len(words) == 1 and "-" not in last:
        return last in DEMONYMS  # (most calls: one word)
    if " ".join(words) in MULTI:
        return True
    if not all(part in DEMONYMS for part in last.split("-")):
        return False
    return all(w in _DIRECTIONS or all(p in DEMONYMS for p in w.split("-")) for w in words[:-1])
