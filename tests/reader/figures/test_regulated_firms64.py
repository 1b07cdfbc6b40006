"""A regulator's decision on a firm's prices is the firm's story: in "The Water Services
Regulatory Authority (Wasreb) on Monday allowed Kisumu Lakeside Water Company (Klwc) to raise
...", the firm (named again by its short name) owns what the story counts, not the body or its
short name; and a firm that asks a commission for a rise stays the story's firm however often
the commission is named (dev attribution rounds, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures

RULING = [
    "NAIROBI: The Water Services Regulatory Authority (Wasreb) on Monday allowed Kisumu "
    "Lakeside Water Company (Klwc) to raise its average tariff by KSh12 per cubic metre to "
    "KSh118 from July.",
    "Klwc's billed volume fell 3.1 per cent to 41.2 million cubic metres last year, and its "
    "non-revenue water stood at 38 per cent.",
    "Revenue rose 6 per cent to KSh9.1 billion in the year to June.",
]

REQUEST = [
    "HALIFAX — Harbourline Gas Corp. is asking the Nova Scotia Energy Review Board to "
    "approve an average rate increase of 5.9 per cent a year over three years, it said.",
    "Under the plan, the network would add 42 kilometres of new mains and 9,000 meters.",
    "The utility said bills would stay below the provincial average.",
    "The Nova Scotia Energy Review Board said it would rule by June.",
]


def _owners(paras: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paras, title=title)}


def test_the_firm_a_regulator_allows_a_rise_owns_the_storys_counts() -> None:
    owners = _owners(RULING, "Regulator allows Kisumu water tariff rise")
    assert owners["KSh9.1 billion"] in ("Kisumu Lakeside Water Company", "Klwc")


def test_a_firm_asking_a_commission_stays_the_storys_firm() -> None:
    owners = _owners(REQUEST, "Nova Scotia gas utility seeks rate rise")
    assert owners["42 kilometres"] == "Harbourline Gas Corp"
