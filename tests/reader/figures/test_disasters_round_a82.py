"""What blind round attrib_a82 taught (issue 14, session 44: disasters and insurance): a
story that marks the one foreign dollar it names ("the Australian-owned insurer ... A$96
million") and marks its own only against it in the same sentence ("from gross claims of
NZ$240m") writes its own dollar bare everywhere else."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_dollar_marked_only_against_a_foreign_one_is_the_bare_dollar() -> None:
    paragraphs = [
        "The commission has received 2140 claims from the floods in Riverton and now expects to"
        " pay out about $96m, above the $61m it first estimated.",
        "Private insurers have paid $47m. Kestrel Mutual, the Australian-owned insurer, told the"
        " ASX its net cost would be A$52 million after reinsurance, from gross claims of"
        " NZ$130m.",
    ]
    figs = {f.surface: f for f in extract_figures(paragraphs, title="Flood claims climb")}
    assert figs["$96m"].unit == "NZD"
    assert figs["$47m"].unit == "NZD"
    assert figs["A$52 million"].unit == "AUD"
