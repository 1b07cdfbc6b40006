"""Which currency a scanned amount is in when its words name several: "pesos", "crowns",
"shillings" and "CFA francs" by the country the text names, "dollars" and "cents" by the
currency the sentence (else the story, last) wrote, else US; a plain "R6,500" is rand in a
South African story.
"""

from __future__ import annotations

from reader.figures.patterns import CENT_CODES, DOLLAR_CODES
from reader.figures.rand import PLAIN_RAND, settle_rand
from reader.figures.scan import Raw
from reader.figures.words import LOCAL_CURRENCIES, local_currency


def settle_currencies(raws: list[Raw], text: str, story: str, currency: str | None) -> list[Raw]:
    """``raws`` with their currencies settled (``story`` as far as the scan reads it); a
    plain "R" amount outside a South African story is dropped (rand.py)."""
    if any(raw.unit == PLAIN_RAND for raw in raws):
        for raw in raws:
            raw.unit = settle_rand(raw.unit, text, story, currency)
        raws = [raw for raw in raws if raw.kind != "money" or raw.unit is not None]
    for raw in raws:
        if raw.unit in LOCAL_CURRENCIES:  # "pesos", "crowns", "shillings", "CFA francs"
            raw.unit = local_currency(raw.unit, text, story)
        elif raw.unit in ("DOLLAR", "CENT"):
            codes = DOLLAR_CODES if raw.unit == "DOLLAR" else CENT_CODES
            local = next((r.unit for r in raws if r.unit in codes), currency)
            raw.unit = local if local in codes else "USD"
    return raws
