"""What a council-tax band's bill measures: a British council's tax on a home is set per band
of the home's value ("Band A" to "Band H", "Band I" in Wales), and news gives it for one band,
most often Band D, without writing "council tax":

    "A band D household will pay £2,104 a year, an extra £100."
    "The rise takes the bill for a typical Band D home from £2,106 to £2,211."
    "..., with a Band D charge of £1,796."

A sum, or a rise written as a percentage, in a sentence that names a band's bill, charge,
home or household is council tax; "council tax bill" when the sentence calls it a bill. Only a
figure the rules gave no measure, or a bare word for what is paid ("bill", "charge", "cost"),
takes it: a budget or a grant in the same sentence keeps its own. One look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

_BAND = re.compile(
    r"\b[Bb]and [A-I] (?:bill|charge|home|household|property|house|homeowner|payer|rate)s?\b"
    r"|\b(?:bill|charge)s? (?:for|on) (?:a |an |the )?(?:typical |average )?[Bb]and [A-I]\b"
)
_BILL = re.compile(r"\bbills?\b", re.I)
# a bare word for what is paid: the band names which payment
_PAID = frozenset(["bill", "bills", "charge", "charges", "cost", "costs", "payment", "price"])


def council_tax_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum (or percentage rise) of a sentence naming a council-tax band's bill is council
    tax (module doc); other figures unchanged, order kept."""
    return [_taxed(f) or f for f in figures]


def _taxed(f: Figure) -> Figure | None:
    if f.kind not in ("money", "percent") or (f.metric and f.metric.lower() not in _PAID):
        return None
    if _BAND.search(f.sentence) is None:
        return None
    metric = "council tax bill" if _BILL.search(f.sentence) else "council tax"
    return replace(f, metric=metric, measure=None)
