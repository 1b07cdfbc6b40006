"""The nouns a story calls a firm or a body by ("the company", "the lender", "the trust"): one
source for the rules that read them.

- ``REFERRING_KINDS``: what "the ..." may refer back to a firm with (names.py: "The company
  sold ...", "the carmaker's deliveries"), in the order the pattern tries them;
- ``NAMED_KINDS``: the last word of a body's name that the story can use alone (owner.py:
  "Kirkgate Hospice Trust" ... "the trust");
- ``GENERIC_KINDS``: a firm in general, which usually means the story's own firm, so only a
  name close by is looked for (kind_refs.py);
- ``TRADES``: firms named by their trade ("the brewer", "the shipbuilder"), among the kinds
  above and in ``noun_phrase.KIND_NOUNS``.
"""

from __future__ import annotations

# a firm in general: "the company", "the group"
_GENERIC = ("company", "firm", "group", "business")
# firms named by their trade, which ``noun_phrase.KIND_NOUNS`` also reads as a firm's kind
# ("the brewer", "the shipbuilder")
TRADES = ("brewer", "distiller", "refiner", "[a-z]*builder", "exporter", "grocer", "telco")
# kinds of firm (regular-expression pieces: "[a-z]*maker" is "the carmaker", "the chipmaker")
_FIRMS = (
    "[a-z]*maker", "manufacturer", "carrier", "airline", "miner", "lender", "bank", "insurer",
    "retailer", "start-?up", "conglomerate", "operator", "producer", "developer", "supplier",
    "platform", "service", "brand", "giant", "provider", "distributor", "wholesaler",
    *TRADES,
)  # fmt: skip
# public and member bodies "the ..." refers back to
_BODIES = ("council", "authority", "regulator", "club", "utility", "agency")

REFERRING_KINDS = _GENERIC + _FIRMS + _BODIES
# what "the ..." calls a firm (regular-expression pieces)
FIRM_KINDS = _GENERIC + _FIRMS
NAMED_KINDS = frozenset(
    ["trust", "union", "council", "society", "club", "charity", "group", "company", "bank",
     "agency", "authority", "fund", "hospital", "university", "government", "ministry",
     "commission", "board", "association", "federation", "party", "league", "service",
     "hospice", "school", "college", "academy", "museum", "theatre", "library", "zoo"]
)  # fmt: skip
GENERIC_KINDS = frozenset(_GENERIC) | {"organisation", "organization"}
