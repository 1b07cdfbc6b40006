"""metric27's rules: bank capital ratios in the vocabulary, rows under a lead-in (lead_in.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.inherit import continues
from reader.model import Figure, FigureKind


def _figures(paragraphs: list[str]) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.metric, f.subject) for f in extract_figures(paragraphs)}


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "Pellworth Bank lifted its CET1 ratio to 13.2% by the end of June.",
            "13.2%",
            "CET1 ratio",
        ),
        ("The lender's core tier 1 ratio slipped to 11.7% from 12.4%.", "11.7%", "CET1 ratio"),
        (
            "Regulators want a leverage ratio of at least 3.25% from 2028.",
            "3.25%",
            "leverage ratio",
        ),
        (
            "Its tier 1 capital ratio stood at 15.1% at the year end.",
            "15.1%",
            "tier 1 capital ratio",
        ),
    ],
)
def test_bank_capital_ratios_are_measures(text: str, surface: str, want: str) -> None:
    metric, subject = _figures([text])[surface]
    assert metric == want
    assert subject is None or "CET1" not in subject  # the ratio's name is no owner


def test_rows_under_a_lead_in_measure_what_it_names() -> None:
    got = _figures(
        [
            "Six building societies reported their figures on Friday.",
            "The published results (CET1 ratio before / after the test):",
            "Ashcombe Mutual 17.4% / 12.9%",
            "Tarnbridge Savings 14.8% / 9.6%",
        ]
    )
    assert got["17.4%"][0] == "CET1 ratio"
    assert got["12.9%"][0] == "CET1 ratio"
    assert got["9.6%"][0] == "CET1 ratio"


def test_rows_joined_into_one_sentence_still_read_as_rows() -> None:
    got = _figures(
        [
            "Average rents by city (rent a month, this year / last year):",
            "Leeds £1,120 / £1,060 Bristol £1,540 / £1,480",
        ]
    )
    assert got["£1,120"][0] == "rent"
    assert got["£1,480"][0] == "rent"


def test_a_sentence_of_its_own_after_a_colon_keeps_its_measure() -> None:
    got = _figures(
        [
            "Here is how the quarter went (revenue in brackets):",
            "Operating profit rose 6% to £41m.",
        ]
    )
    assert got["£41m"][0] == "operating profit"


def test_a_lead_in_naming_no_measure_changes_nothing() -> None:
    before = _figures(["Harlow Fens 42 / 37", "Marsh End 28 / 31"])
    after = _figures(
        ["The two wards voted as follows:", "Harlow Fens 42 / 37", "Marsh End 28 / 31"]
    )
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Band C household in the borough will pay £1,930 next year, £88 more.",
            {"£1,930": "council tax", "£88": "council tax"},
        ),
        (
            "The bill for an average Band D property goes from £2,015 to £2,118.",
            {"£2,015": "council tax bill", "£2,118": "council tax bill"},
        ),
        (
            "Wrexley council agreed a 4.8% rise, with a Band D charge of £1,842.",
            {"£1,842": "council tax"},
        ),
    ],
)
def test_a_council_tax_band_names_council_tax(text: str, want: dict[str, str]) -> None:
    got = _figures([text])
    for surface, metric in want.items():
        assert got[surface][0] == metric


def test_a_band_leaves_a_named_measure_alone() -> None:
    got = _figures(["The council set a £412m budget, with a Band D bill of £2,050."])
    assert got["£412m"][0] == "budget"
    assert got["£2,050"][0] == "council tax bill"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The air show is expected to bring about £45m to the regional economy.", "£45m"),
        ("Last year's rally brought NZ$12 million into the Otago economy.", "NZ$12 million"),
        (
            "The new terminal will add an estimated $300 million a year to the local economy.",
            "$300 million",
        ),
    ],
)
def test_money_brought_into_an_economy_is_economic_impact(text: str, surface: str) -> None:
    assert _figures([text])[surface][0] == "economic impact"


def test_money_brought_to_a_firm_is_no_economic_impact() -> None:
    got = _figures(["The deal will bring £30m to the club over five years, in a weak economy."])
    assert got["£30m"][0] != "economic impact"


def test_a_percentage_restating_the_figure_before_it_measures_the_same() -> None:
    got = _figures(
        ["Harlan Steel said it would cut 900 office jobs, or about 7% of its shore-based staff."]
    )
    # (the count's kind words too: "office jobs cut", around.counted_kind)
    assert got["7%"][0] == got["900 office jobs"][0] == "office jobs cut"
    got = _figures(
        ["The carrier flew 3.2 million passengers, or roughly 11% more than it expected."]
    )
    assert got["11%"][0] == "passengers"


def _fig(surface: str, kind: FigureKind, metric: str | None) -> Figure:
    return Figure(surface=surface, kind=kind, value=1.0, unit=None, metric=metric)


def test_a_percentage_a_linking_verb_compares_continues_the_sum_before_it() -> None:
    sentence = "The weekend total of $96 million was 4% below the same weekend last year."
    total, change = _fig("$96 million", "money", "box office"), _fig("4%", "percent", None)
    assert continues(sentence, total, change)
    plain = "The weekend total of $96 million was 4% of the year's takings."
    assert not continues(plain, total, change)


def test_a_percentage_after_or_with_a_verb_of_its_own_is_not_carried() -> None:
    sentence = "The bank lent $2bn to small firms, or said 40% of them were turned away."
    assert not continues(sentence, _fig("$2bn", "money", "loans"), _fig("40%", "percent", None))


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "The watchdog said that without the price controls, water bills could have risen "
            "by as much as 14%.",
            "14%",
            "water bills",
        ),
        ("After a wet spring, garden centre sales fell 7%.", "7%", "garden centre sales"),
        (
            "Figures showed that business investment grew at 3.2% in the quarter.",
            "3.2%",
            "business investment",
        ),
    ],
)
def test_a_move_after_an_opening_phrase_or_a_hedge_measures_its_subject(
    text: str, surface: str, want: str
) -> None:
    assert _figures([text])[surface][0] == want


def test_a_list_s_last_item_before_a_move_is_still_no_measure() -> None:
    got = _figures(["Output at quarries, sawmills and smelters rose 2%."])
    assert got["2%"][0] != "smelters"


def test_a_holder_with_a_percentage_in_an_ownership_sentence_has_a_stake() -> None:
    got = _figures(
        [
            "Brantley Ferries is owned by the Morvane family, with 62%, and a local council, with 38%."
        ]
    )
    assert got["62%"][0] == "stake"
    assert got["38%"][0] == "stake"
    got = _figures(
        ["Its second-biggest shareholder, Oakfell Capital, with 11.5%, backed the plan."]
    )
    assert got["11.5%"][0] == "stake"


def test_a_second_holder_with_its_verb_left_out_has_a_stake() -> None:
    got = _figures(
        ["Sandmoor's parent will own 55% of the combined group and Pellin's founders 45%."]
    )
    assert got["55%"][0] == "stake"
    assert got["45%"][0] == "stake"


def test_a_winner_or_a_rival_with_a_percentage_has_no_stake() -> None:
    assert (
        _figures(["Labour's candidate was elected with 48.2% of the vote."])["48.2%"][0] != "stake"
    )
    got = _figures(["Streamly led the market with 21%, ahead of rival Vidbox with 17%."])
    assert got["17%"][0] != "stake"


def test_a_sum_taken_off_a_firm_s_value_is_off_its_market_value() -> None:
    got = _figures(["The profit warning knocked about £740m off the group's value."])
    assert got["£740m"][0] == "market value"
    got = _figures(["The recall wiped $2.3bn off the carmaker's value on Monday."])
    assert got["$2.3bn"][0] == "market value"


def test_a_sum_added_to_costs_still_names_costs() -> None:
    assert _figures(["The strike added £12m to the company's costs."])["£12m"][0] != "market value"
