"""What a sentence is about, as the metric rules ask it (``money_metric.py``,
``percent_metric.py`` and the rules after them): a person who may be paid, a share move, a
film, a commodity that moved.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led

PERSONISH = led(
    r"\b(?:he|she|his|her|employee|employees|worker|workers|staff|executive|boss|chief|"
    r"director|manager|player|striker|nurse|teacher|doctor|president|chairman|chairwoman|"
    r"founder|presenter|star|actor|actress|singer|people|households|families|commuters|"
    r"graduates|pensioners)\b",
    re.I,
)
SHARE_MOVE = Gated(
    re.compile(
        # (a trust's "units of" or "units in" its name; not a count's "twenty-foot equivalent
        # units" nor "sold 1.2 million units in the year to June, up 6%")
        r"\b(?:shares?|stock|stocks|(?<!equivalent )units"
        r"(?= (?:of|in) (?:the |its )?(?:trust|fund|reit|(?-i:[A-Z]))))\b"
        r"(?: (?:of|in) [\w&.,' -]{1,50}?)?"
        r"(?: (?:have|has|had|were|was))? (?:[a-z]+ly )?"
        r"(?:rose|fell|jumped|climbed|gained|dropped|slid|slipped|lost|surged|soared|plunged|"
        r"tumbled|rallied|sank|slumped|eased|edged|added|closed|ended|finished|were|was|traded|"
        r"up|down|rising|falling)\b",
        re.I,
    ),
    ("share", "stock", "units"),
)
FILM = re.compile(
    r"\b(?:box office|box-office|cinemas?|movies?|films?|opening weekend|sequel|thriller|"
    r"blockbuster|studio)\b",
    re.I,
)
# a commodity that moved: its figures are prices ("gold rose 1.4% to $2,431"); not the bare
# name (``markets.COMMODITY_NOUN``, whose list also holds fuels, "tin" and "lead")
COMMODITY_MOVE = Gated(
    re.compile(
        r"\b(?:gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|iron ore|"
        r"crude|brent|wti|west texas intermediate|natural gas|wheat|corn|soybeans?|coffee|cocoa|"
        r"sugar|cotton|bitcoin|lithium|uranium|oil)(?: (?:prices?|futures|crude|oil))?"
        r"(?: (?:on|in|at) (?:the )?[A-Z][\w ]{1,30}?)?"
        r" (?:[a-z]+ly )?(?:rose|fell|gained|eased|dropped|slid|slipped|climbed|jumped|surged|"
        r"soared|plunged|tumbled|rallied|sank|slumped|edged|hit|traded|settled|was|were|closed|"
        r"added|lost|rising|falling)\b"
        r"|\b(?:gold|silver|copper|brent|crude|oil|wheat|coffee|cocoa|gas)(?: price)?"
        r" (?:forecasts?|outlook|target)\b",
        re.I,
    ),
    (
        "gold",
        "silver",
        "copper",
        "platinum",
        "palladium",
        "alumin",
        "nickel",
        "zinc",
        "iron ore",
        "crude",
        "brent",
        "wti",
        "west texas",
        "gas",
        "wheat",
        "corn",
        "soybean",
        "coffee",
        "cocoa",
        "sugar",
        "cotton",
        "bitcoin",
        "lithium",
        "uranium",
        "oil",
    ),
)
