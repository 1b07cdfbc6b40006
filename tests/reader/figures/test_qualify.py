"""A figure's metric qualified by what its own sentence says of it (qualify.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.qualify import qualified
from reader.model import Figure


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Beer sales fell 3% by volume last year.", "3%", "beer sales volume"),
        ("Exports rose 6% by value in May.", "6%", "exports value"),
        ("The average cost of its debt rose to 4.1% in the half.", "4.1%", "cost of debt"),
        ("Tickets for the concert went on sale at prices from £40.", "£40", "ticket price"),
        # a percentage of a plain noun is a share of it
        ("Roughly 41% of shoppers paid by card.", "41%", "share of shoppers"),
        # (and the part it is, premodified.py)
        ("Lorries made up 12% of traffic on the bridge.", "12%", "lorries share of traffic"),
        ("The chain now makes 30% of its sales online.", "30%", "share of sales"),
        # what a bare gap is in
        ("The council must close a £7m gap in next year's budget.", "£7m", "budget gap"),
        ("It faces a £9m gap in its budget.", "£9m", "budget gap"),
        ("Half the plan is funded, leaving a gap of £40m.", "£40m", "funding gap"),
    ],
)
def test_metric_qualified_by_its_sentence(sentence: str, surface: str, want: str) -> None:
    assert _metrics(sentence)[surface] == want


def test_a_limit_the_figure_sets() -> None:
    fig = Figure(surface="60%", kind="percent", value=60.0, unit="%", metric="loan-to-value")
    text = "Lending stayed under the 60% limit."
    at = text.index("60%")
    assert qualified(fig, text, at, at + 3) == "loan-to-value limit"
    # "a cap on": what is capped is named after it, not the figure's metric
    text = "It set a 60% cap on fees."
    assert qualified(fig, text, text.index("60%"), text.index("60%") + 3) == "loan-to-value"


def test_long_or_missing_metrics_are_left() -> None:
    fig = Figure(surface="5%", kind="percent", value=5.0, unit="%", metric="a b c d")
    assert qualified(fig, "Sales fell 5% by volume.", 11, 13) == "a b c d"
    bare = Figure(surface="5%", kind="percent", value=5.0, unit="%", metric=None)
    assert qualified(bare, "Sales fell 5% by volume.", 11, 13) is None


def test_a_price_without_tickets_stays_a_price() -> None:
    assert _metrics("Stall holders sold at prices from £4.")["£4"] != "ticket price"


def test_a_share_of_time_or_a_whole_names_no_measure() -> None:
    assert _metrics("Trains ran late 60% of the time.")["60%"] is None
    assert _metrics("It cut 8% of its workforce.")["8%"] == "jobs cut"


def test_a_peak_and_the_base_it_moved_from() -> None:
    figs = extract_figures(
        ["The broadcast drew a peak of 9.1 million viewers, up from 7.4 million in 2023."]
    )
    by = {f.surface: f for f in figs}
    assert by["9.1 million viewers"].metric == "peak viewers"
    assert by["7.4 million"].status == "base"
    assert by["7.4 million"].metric == "peak viewers"


def test_the_bare_measure_stays_for_look_ups_by_kind() -> None:
    by = {f.surface: f for f in extract_figures(["Sales to the US rose 7% to $90m."])}
    assert (by["7%"].metric, by["7%"].measure) == ("US sales", "sales")
    by = {f.surface: f for f in extract_figures(["The chain now makes 31% of its revenue online."])}
    assert (by["31%"].metric, by["31%"].measure) == ("share of revenue", "revenue")
    by = {f.surface: f for f in extract_figures(["Revenue rose 7% to $90m."])}
    assert by["7%"].measure is None  # nothing said more of it


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # the noun phrase's head, with the word before it, up to its first plural
        ("Some 45% of natural gas comes from Norway.", "45%", "share of natural gas"),
        ("About 20% of young people said no.", "20%", "share of young people"),
        ("Interest took 12% of the total debt.", "12%", "share of debt"),
        # a share of a firm or a club is a stake
        ("The fund bought 28.9% of the club in May.", "28.9%", "stake"),
    ],
)
def test_what_a_share_is_of(sentence: str, surface: str, want: str) -> None:
    assert _metrics(sentence)[surface] == want


def test_a_gap_in_nothing_named_stays_a_gap() -> None:
    assert _metrics("Rivals closed the gap to £3m in May.")["£3m"] != "budget gap"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a measure named in a later clause (a purpose) does not say what the share is of
        (
            "The group would keep about 40% of its output uncontracted to benefit from spot "
            "prices.",
            "40%",
            "share of output",
        ),
        # a measure in the "of" phrase's own clause still does
        ("It agreed to spend 0.7% of their incomes on aid.", "0.7%", "aid"),
        ("Mozilla browsers now have 7.4% of the market share, the figures suggest.", "7.4%",
         "market share"),
    ],
)  # fmt: skip
def test_a_measure_in_a_later_clause_leaves_the_share_of_its_phrase(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a change written as a noun measures what it is "in", not the clause's other measure
        ("Turnover rose to £48m, driven by a 17% jump in matchday income.", "17%",
         "matchday income"),
        ("Profit slipped, after a 6% rise in energy bills.", "6%", "energy bills"),
        # ... a vocabulary measure in the phrase stays as it was read
        ("The line reported a 39% fall in first-half net profit.", "39%", "net income"),
    ],
)  # fmt: skip
def test_a_change_written_as_a_noun_measures_what_it_is_in(
    sentence: str, surface: str, want: str
) -> None:
    assert _metrics(sentence)[surface] == want


def test_a_change_in_a_period_takes_no_measure_from_the_period() -> None:
    sentence = "Exports rose, helping trigger a 0.4% contraction in the final three months."
    assert _metrics(sentence)["0.4%"] != "final"
