"""A lede that introduces a firm no earlier paragraph names, with what it is ("Malchin Finance,
an Ulaanbaatar start-up whose app lends money to herders, has raised ..."), opens a story where
the scorer favours a start, in a file with no head block (``start_evidence.new_name_ledes``; paste101
r08, session 56; text written here)."""

from __future__ import annotations

from reader.story.boundary.lede import named_described
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import new_name_ledes


def test_a_described_new_name_opens_the_lede() -> None:
    assert (
        named_described(
            "Saikhan Solar, a Darkhan start-up whose panels power gers, has raised $3m."
        )
        == "Saikhan Solar"
    )
    assert (
        named_described(
            "Khuren Uul Mining, which runs a copper mine in Dornogovi, said on Tuesday it cut output."
        )
        == "Khuren Uul Mining"
    )
    # no description, or a pronoun's clause: no such lede
    assert named_described("Saikhan Solar has raised $3m from a Hong Kong fund.") is None
    assert named_described("The company, which runs a mine, said it would cut jobs.") is None


TEXTS = [
    "Tuul Leather, an Ulaanbaatar maker of bags, has signed a deal with a German chain.",
    "The chain will sell the goods in 60 stores from September.",
    "Tuul Leather, the country's largest bag maker, has also hired 80 workers.",
    "Saikhan Solar, a Darkhan start-up whose panels power gers, has raised $3.2m.",
    "Nomin Foods, a Darkhan grocer, said it would stock the panels.",
]


def _paras() -> list[Paragraph]:
    return [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(TEXTS)]


def test_only_a_name_no_earlier_paragraph_holds_where_the_odds_favour_it() -> None:
    # Tuul Leather again (2) is no new firm; Saikhan Solar (3) is; Nomin Foods (4) is, but the
    # scorer is against a start there
    assert new_name_ledes(_paras(), [1.0, 0.1, 0.9, 0.8, 0.2], set()) == {3}
    # a section's heading inside the article is no place for it
    assert new_name_ledes(_paras(), [1.0, 0.1, 0.9, 0.8, 0.2], {3}) == set()
