"""What a sum or a count is per (reader/figures/per_unit.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.per_unit import per_unit_metrics
from reader.model import Figure


def test_a_figure_counted_over_a_thing_says_so() -> None:
    figs = extract_figures(
        [
            "The average cost was about £540 a pupil.",
            "The agency said it now received some 70 enquiries for each flat it listed.",
        ],
        title="Costs",
    )
    got = {f.surface: f.metric for f in figs}
    assert got["£540"] == "average cost per pupil"
    assert got["70 enquiries"] == "enquiries received per flat"


def test_times_and_prices_are_not_what_a_measure_is_per() -> None:
    def fig(metric: str, text: str, surface: str) -> Figure:
        return Figure(surface, "money", 1.0, "GBP", metric=metric, sentence=text)

    kept = [
        fig("funding", "Each pupil brings in £6,100 a year.", "£6,100"),
        fig("charges", "Airlines pay £11.40 per departing passenger.", "£11.40"),
        fig("price", "Tickets cost £12 a visit.", "£12"),
    ]
    assert per_unit_metrics(kept) == kept
    # but a cost per a unit of quantity says what it is per (metric25)
    cost = fig("output cost", "It costs $90 a tonne to mine.", "$90")
    assert per_unit_metrics([cost])[0].metric == "output cost per tonne"


def test_a_sum_per_unit_of_quantity_or_share_says_what_it_buys() -> None:
    figs = extract_figures(
        [
            "Brent crude averaged $71.80 a barrel over the period, up from $68.40.",
            "The board raised the quarterly dividend by 8% to 81 cents a share.",
            "Diesel prices will rise to $4.10 a gallon on Wednesday.",
            "Shares closed at 45p a share.",
        ],
        title="Prices",
    )
    got = {f.surface: f.metric or "" for f in figs}
    assert got["$71.80"].endswith(" per barrel")
    assert got["$68.40"] == got["$71.80"]  # its base measures the same
    assert got["81 cents"] == "quarterly dividend per share"
    assert got["$4.10"].endswith("price per gallon")
    assert not got["45p"].endswith(" per share")  # a share price is per share already


def test_a_sum_per_thing_takes_the_payment_named_before_it() -> None:
    text = (
        "Beatline said it would lift the royalty it pays songwriters to $0.0052 a play "
        "from $0.0047. A rival service pays about $0.0061 a play."
    )
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["$0.0052"] == "royalty per play"
    assert got["$0.0047"] == "royalty per play"  # its base
    assert got["$0.0061"] == "royalty per play"  # the same thing, per the same noun


def test_a_sum_per_thing_with_no_payment_named_keeps_no_metric() -> None:
    figs = [Figure("£3", "money", 3.0, "GBP", sentence="Riders pay £3 a trip.")]
    assert per_unit_metrics(figs)[0].metric is None


def test_a_sum_per_week_month_day_or_hour_says_so_in_its_metric() -> None:
    story = [
        "Ashvale Rovers signed Tomas Brek on a deal worth £90,000 a week.",
        "The club has been losing about £2m a month since the stadium closed.",
        "Drivers at Kestrel Logistics will be paid £14.20 an hour from April.",
        "Kestrel Logistics made a profit of £40m last year.",
    ]
    got = {f.surface: f.metric or "" for f in extract_figures(story)}
    assert got["£90,000"].startswith("weekly ")
    assert got["£2m"].startswith("monthly ")
    assert got["£14.20"].startswith("hourly ")
    assert got["£40m"] == "profit"  # a sum with no span, or a year's, is left alone
    plan = extract_figures(["The app will raise the price of its plan to £7 a month."])
    assert not (plan[0].metric or "").startswith("monthly")  # a price's span is its own
