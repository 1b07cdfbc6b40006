"""The places that set a story in a country: each dollar country's (``HOME``, ``homes_named``),
South Africa's and the US's, and how much of a story's opening they are read from (``OPENING``).
``home_currency`` and ``home_pounds`` read a story's home from them."""

from __future__ import annotations

import re

from reader.figures.gate import led

_HOMES = {
    "CAD": r"Canada|Canadians?|Ottawa|Toronto|Montr[eé]al|Vancouver|Calgary|Edmonton|Winnipeg"
    r"|Manitoba|Ontario|Qu[eé]bec|Alberta|British Columbia|Saskatchewan|Saskatoon|Nova Scotia"
    r"|Halifax|New Brunswick|Newfoundland|TSX|Mississauga|Brampton|Kitchener|Kelowna|Nunavut"
    r"|Yukon|Prince Edward Island|Fredericton|Moncton|Thunder Bay|Lethbridge|Nanaimo|Guelph"
    r"|Oshawa"
    # a Canadian paper's province after a town ("Lunenburg, N.S.", "Brandon, Man.")
    r"|(?<=, )(?:N\.S|N\.B|Ont|B\.C|Alta|Sask|Man|Que|P\.E\.I|Nfld|N\.L)(?=\.)",
    "AUD": r"Australia|Australians?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart"
    r"|Queensland|New South Wales|NSW|Tasmania|ASX|Hunter Valley|Cessnock|Wollongong|Geelong"
    r"|Townsville|Cairns|Gold Coast|Sunshine Coast|Ballarat|Bendigo|Toowoomba|Wagga Wagga"
    r"|Albury|Wodonga|Mildura|Shepparton|Bundaberg|Rockhampton|Northern Territory"
    r"|Alice Springs|Fremantle|Parramatta|Victoria Police|Fines Victoria|VicRoads",
    "NZD": r"New Zealand(?:ers?)?|Auckland|Wellington|Christchurch|NZX|Invercargill|Southland"
    r"|Otago|Dunedin|Waikato|Taranaki|Tauranga|Rotorua|Queenstown|Marlborough|Hawke's Bay"
    # (Nelson the city, not a name before a surname: "Nelson Mandela")
    r"|Napier|Palmerston North|Whanganui|Wanganui|New Plymouth|Timaru|Whang[aā]rei|Aotearoa"
    r"|(?<!Lord )Nelson(?! (?!City\b|Tasman\b)[A-Z])"
    # the country's short name before a word ("Stats NZ", "NZ First", "NZ's"; not "NZ$")
    r"|NZ(?=[ '’])",
    "SGD": r"Singapore(?:ans?)?|SGX",
    "HKD": r"Hong Kong(?:ers?)?|HKEX",
    # the Caribbean's, the Pacific's and Namibia's dollars, as their own press writes them:
    # "$" ("the Gleaner": "profit of $612.4 million"); their towns that name no other place
    "JMD": r"Jamaica(?:ns?)?|Montego Bay|Ocho Rios|Spanish Town|Portmore|May Pen|Negril"
    r"|St Elizabeth|St Ann's Bay",
    "TTD": r"Trinidad(?: and Tobago)?|Trinidadians?|Tobago|Port of Spain|Chaguanas|Arima",
    "BBD": r"Barbados|Barbadians?|Bajans?|Bridgetown",
    "BSD": r"(?:The )?Bahamas|Bahamians?",
    "BZD": r"Belize(?:ans?)?",
    "GYD": r"Guyana|Guyanese",
    "FJD": r"Fiji(?:ans?)?|Suva|Lautoka",
    "NAD": r"Namibia(?:ns?)?|Windhoek",
    # Bermuda's and Brunei's dollars, their press's "$" ("premiums of $431.20 a month")
    "BMD": r"Bermuda|Bermudians?",
    "BND": r"Brunei|Bruneians?|Bandar Seri Begawan",
    "KYD": r"Cayman Islands|Caymanians?|Grand Cayman|Cayman Brac",
}
# (a dateline writes the place in capitals: "SINGAPORE -", "TORONTO —")
# (led, gate.py: each place begins with a capital, and only those positions are tried)
_HOME_SOURCES = {
    code: rf"\b(?:{words}|{words.upper().replace('[EÉ]', '[EÉ]')})\b"
    for code, words in _HOMES.items()
}
HOME = {code: led(source) for code, source in _HOME_SOURCES.items()}
# every home at once, each its own group: one pass over a story's opening finds the first
# place of each (most stories name none)
_ANY_HOME = led("|".join(f"(?P<{code}>{source})" for code, source in _HOME_SOURCES.items()))


def homes_named(opening: str) -> dict[str, re.Match[str]]:
    """The first place of each dollar country named in ``opening``, by currency code."""
    named: dict[str, re.Match[str]] = {}
    for m in _ANY_HOME.finditer(opening):
        code = m.lastgroup
        if code is not None and code not in named:
            named[code] = m  # (the group is the whole match: the same span as its own pattern's)
    return named


SA_PLACES = (
    r"South Africa|South Africans?|Johannesburg|Cape Town|Durban|Pretoria|JSE|Soweto|Gqeberha"
    r"|Port Elizabeth|Bloemfontein|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape"
    r"|Northern Cape|Limpopo|Mpumalanga|Stellenbosch|Polokwane|Mbombela|Knysna|Garden Route"
    r"|Rustenburg|Pietermaritzburg|Sandton|SANParks"
)
SOUTH_AFRICA = led(rf"\b(?:{SA_PLACES}|{SA_PLACES.upper()}|rand)\b")
US = led(
    r"\b(?:US|U\.S\.|USA|United States|America|Americans?|Washington|New York|Wall Street"
    r"|Nasdaq|NYSE|California|Texas|Chicago)\b(?!\$)"
)


OPENING = 1500  # characters of the story a setting is read from


def first(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return m.start() if m else -1
