"""The noun a sum modifies (reader/figures/modified.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Board news")}


def test_the_noun_a_sum_modifies_names_it() -> None:
    got = _metrics(
        [
            "The board approved a £9.5 million rescue plan on Tuesday.",
            "The insurer agreed a $310m settlement with policyholders.",
            "The group plans a £250 million share sale in May.",
        ]
    )
    assert got["£9.5 million"] == "rescue plan"
    assert got["$310m"] == "settlement"
    assert got["£250 million"] == "share sale"


def test_a_modifier_a_bound_or_a_verb_after_the_sum_is_no_measure() -> None:
    got = _metrics(
        [
            "He promised £4bn tax cuts before the election.",
            "The firm imported $4bn worth of steel last year.",
            "Raising the wage to £12 leaves it short of the target.",
            "The ring was worth £300 stolen in the raid.",
        ]
    )
    assert got["£4bn"] != "tax"
    assert got["$4bn"] != "worth"
    assert got["£12"] != "leaves"
    assert got["£300"] != "stolen"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("The club agreed a kit deal worth £14 million a season.", "£14 million", "kit deal value"),
        ("The firm signed a supply contract worth about €3m.", "€3m", "contract value"),
    ],
)
def test_the_worth_of_an_agreement_is_its_value(text: str, surface: str, want: str) -> None:
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got[surface] == want
