"""What a figure measures by the verb right before it: "will cut 1,200 jobs" (jobs cut),
"stole $230m" (theft) - a candidate of the learned metric choice (``metric_model``). One
bounded window per figure.
"""

from __future__ import annotations

# what a figure is by the verb right before it: "will cut 1,200 jobs", "stole $230m"; each
# verb names a measure of one kind of figure (a count of jobs, a sum of money)
_VERBS = (
    ("cut|cuts|cutting|axe|axed|shed|sheds|slash|slashed|lay off|laid off", "jobs cut", "count"),
    ("hire|hires|hired|hiring|create|creates|created|creating|add|adds|added|adding|recruit|"
     "recruited", "jobs added", "count"),
    ("employ|employs|employed|employing|staff of|workforce of|headcount of", "employees",
     "count"),
    ("cost|costs|costing", "cost", "money"),
    ("spend|spends|spent|spending", "spending", "money"),
    ("lost|loses|lose|losing", "loss", "money"),
    ("stole|stolen|steal|hacked for|theft of", "theft", "money"),
    ("lent|lends|loaned", "loans", "money"),
    ("earned|earns|earn|earning|received|receives", "pay", "money"),
    ("fined|fines", "fine", "money"),
    ("raised|raises|raising|raise|provide|provides|provided|providing|contribute|contributes|"
     "contributed|contributing|pledge|pledges|pledged|pledging|donate|donates|donated|"
     "committed|commits|granted", "funding", "money"),
    ("sold for|fetched|priced at|retails for|sells for", "price", "money"),
    ("grossed|took|takes|taken", "takings", "money"),
    ("ordered|orders|order for", "orders", "count"),
    ("valued at|valuing it at|valuation of", "valuation", "money"),
    ("borrow|borrowed|borrowing of", "borrowing", "money"),
    ("invest|invests|invested|investing", "investment", "money"),
    ("save|saves|saving|saved", "cost savings", "money"),
    ("shipped|ships|delivered|delivers", "shipments", "count other"),
    ("produced|produces|produce|mined|pumped", "output", "count other"),
)  # fmt: skip
_VERB_OF = {
    (phrase, kind): metric
    for alts, metric, kinds in _VERBS
    for phrase in alts.split("|")
    for kind in kinds.split()
}
# words between such a verb and its figure: "cut about 1,200", "raised a further $50m"
_BETWEEN = frozenset(["a", "an", "the", "about", "around", "almost", "nearly", "some", "roughly",
                      "just", "only", "more", "than", "over", "under", "up", "to", "further",
                      "another", "extra", "estimated", "record", "its", "their"])  # fmt: skip


def verb_metric(text: str, start: int, kind: str) -> str | None:
    """The measure the verb before the figure at ``start`` names for its ``kind``, or None."""
    words = text[max(0, start - 50) : start].lower().split()
    while words and words[-1] in _BETWEEN:
        words.pop()
    for n in (3, 2, 1):
        metric = _VERB_OF.get((" ".join(words[-n:]), kind)) if len(words) >= n else None
        if metric is not None:
            return metric
    return None
