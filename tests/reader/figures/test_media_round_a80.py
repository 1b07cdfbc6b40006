"""What blind round attrib_a80 taught (issue 14, session 44: media and entertainment as
businesses): a second measure after a comma and "and" shares the first one's verb ("now
expects net sales of ¥126 billion ..., up from ¥112 billion, and operating profit of ¥18.5
billion"), and "a target of earning 40 percent" is a target, not a worked example."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figs(sentence: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures([sentence])}


def test_a_second_measure_after_a_comma_shares_the_forecast() -> None:
    figs = _figs(
        "The studio now expects revenue of C$310 million to C$325 million for the year, and an"
        " adjusted margin of about 21%."
    )
    assert figs["C$310 million"].status == "forecast"
    assert figs["21%"].status == "forecast"
    # a result stays a result
    figs = _figs(
        "Sales rose 5% to $410 million in the quarter, and operating profit of $52 million"
        " was a record."
    )
    assert figs["$52 million"].status is None


def test_a_target_of_earning_is_no_worked_example() -> None:
    figs = _figs("It set a target of earning 45 percent of its revenue abroad by 2029.")
    assert figs["45 percent"].status == "planned"


def test_a_place_before_a_body_it_is_not_owns_nothing() -> None:
    # a deck opening "Manchester independent label raises ...": the place modifies the label
    paragraphs = [
        "Leeds independent publisher lifts its outlook as audiobook sales climb",
        "Quillstone Books, the Leeds independent publisher, said revenue rose 12% to £41.2m in"
        " the half year.",
        "Audiobook income climbed 31% to £9.4m.",
    ]
    figs = {f.surface: f for f in extract_figures(paragraphs, title="Quillstone lifts outlook")}
    assert figs["31%"].subject is not None and figs["31%"].subject.startswith("Quillstone")
