"""A figure left without a metric carries on the measure of the figure it continues, in its
sentence once every rule has run, or in the sentence before (reader/figures/continued.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _metrics(paragraphs: list[str], title: str = "Results") -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title=title)}


def test_a_change_after_a_figure_named_late_takes_its_measure() -> None:
    got = _metrics(["The lender's trading arm earned $410 million, down 12%, in the quarter."])
    assert got["$410 million"] == "earnings"
    assert got["12%"] == "earnings"


def test_a_sentence_that_goes_on_about_the_figure_before_takes_its_measure() -> None:
    got = _metrics(
        [
            "Kellan Foods said it expected profit to recover to about £45 million next year.",
            '"Without the levy we would be looking at well over £52 million," she said.',
        ]
    )
    assert got["£52 million"] == got["£45 million"] == "profit"


def test_money_of_another_size_or_with_a_verb_of_its_own_keeps_none() -> None:
    got = _metrics(
        [
            "Kellan Foods said it expected profit to recover to about £45 million next year.",
            "A family ticket will cost £4,100 a year.",
            "It was bought for £40 million by a rival.",
        ]
    )
    assert got["£4,100"] != "profit"  # a hundred times smaller: not the same measure
    assert got["£40 million"] != "profit"  # "bought for": a price of its own


def test_a_percentage_carries_on_only_after_a_pronoun_or_demonstrative() -> None:
    got = _metrics(
        [
            "The jobless rate rose to 5.4% in March.",
            "That was up from 5.1% a year earlier.",
        ]
    )
    assert got["5.1%"] == got["5.4%"]
    got = _metrics(
        [
            "The jobless rate rose to 5.4% in March.",
            "Younger workers saw a 7% cut, the survey found.",
        ]
    )
    assert got["7%"] != got["5.4%"]


def test_a_pronouns_move_and_a_ranked_name_carry_the_measure_on() -> None:
    got = _metrics(
        [
            "Shares in Harlow Foods closed 3% higher at 412p on Tuesday.",
            "They have risen 18 per cent since the start of the year.",
        ]
    )
    assert got["18 per cent"] == got["3%"] == "share price"
    got = _metrics(
        [
            "Pellam's share of the tablet market rose to 27% in the quarter.",
            "Kestrel was second with 19.5%.",
        ]
    )
    assert got["19.5%"] == got["27%"] == "market share"


def test_figures_with_a_metric_are_left_alone() -> None:
    from reader.figures.continued import continued_metrics, previous_sentence_metrics

    figs = [
        Figure(
            "$5m", "money", 5e6, "USD", metric="revenue", sentence="Revenue $5m.", sentence_index=0
        ),
        Figure(
            "$6m", "money", 6e6, "USD", metric="profit", sentence="It was $6m.", sentence_index=1
        ),
    ]
    assert previous_sentence_metrics(continued_metrics(figs)) == figs


def test_a_figure_compared_with_takes_the_measure_it_is_compared_with() -> None:
    got = _metrics(
        [
            "Operating profit at Velmar was 4.2bn kronor (£320m; $410m) in the three months to "
            "June, against 3.1bn kronor a year earlier.",
            "Of the $9.4bn in grants the agency approved, less than $1bn has been paid.",
        ]
    )
    assert got["3.1bn kronor"] == got["4.2bn kronor"] == "operating profit"
    assert got["$1bn"] != "grants"  # "less than": a hedge, not a comparison


def test_a_base_read_only_as_its_unit_takes_the_measure_it_continues() -> None:
    got = _metrics(["The miner sold 2.2 million tonnes of nickel, down from 2.6 million tonnes."])
    assert got["2.2 million tonnes"] == got["2.6 million tonnes"] == "nickel sold"
    alone = _metrics(["Warehouse stocks stood at 2.6 million tonnes."])
    assert alone["2.6 million tonnes"] != "nickel sold"


def test_a_base_takes_the_measure_a_late_rule_named() -> None:
    # the cost ratio is named by the verb of its move (moved.py), after the first
    # continuation pass: the base after it still measures the same
    text = (
        "The insurer said its cost ratio improved to 88.2% in the first half of the year "
        "from 93.5% a year earlier."
    )
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["88.2%"] == "cost ratio"
    assert got["93.5%"] == "cost ratio"
