"""Hedges and statuses are shown, and a base or forecast never leads as a result."""

from __future__ import annotations

from reader.figures import callouts, extract_figures, format_figure, format_lead, format_value
from reader.figures.format import change_period, metric_label
from reader.model import Change, Figure


def test_hedge_and_status_in_callout_text() -> None:
    f = Figure("$6.6 billion", "money", 6.6e9, "USD", metric="revenue", subject="Acme",
               status="forecast", hedge="~")  # fmt: skip
    assert format_value(f) == "~$6.6B"
    assert format_figure(f) == "~$6.6B revenue, forecast (Acme)"
    assert format_lead(f) == "~$6.6B forecast"
    assert metric_label(f) == "revenue (forecast)"


def test_a_base_is_no_callout_and_results_lead_forecasts() -> None:
    figs = extract_figures(
        [
            "Acme forecast revenue of $7 billion for next year.",
            "Revenue rose to $5.1 billion from $4.99 billion a year earlier.",
        ]
    )
    shown = callouts(figs, 5)
    assert [f.surface for f in shown][:2] == ["$5.1 billion", "$7 billion"]
    assert all(f.surface != "$4.99 billion" for f in shown)


def test_a_metric_that_only_repeats_the_unit_is_not_shown_twice() -> None:
    distance = Figure("200 miles", "other", 200.0, "miles", metric="miles", subject="Bergen")
    assert format_figure(distance) == "200 miles (Bergen)"
    output = Figure("80,000 barrels", "other", 8e4, "barrels", metric="output")
    assert format_figure(output) == "80K barrels output"


def test_a_metric_opening_with_the_unit_says_the_unit_once() -> None:
    moved = Figure("40,000 tonnes", "other", 4e4, "tonnes", metric="tonnes moved", hedge="~")
    assert format_figure(moved) == "~40K tonnes moved"
    flown = Figure("3,000 km", "other", 3e3, "km", metric="kilometres flown")
    assert format_figure(flown) == "3,000 km kilometres flown"  # another word: kept whole


def test_pence_are_shown_as_pence_and_pounds_as_pounds() -> None:
    assert format_value(Figure("34p", "money", 0.34, "GBP", metric="milk price")) == "34p"
    assert format_value(Figure("7.4p", "money", 0.074, "GBP")) == "7.4p"
    assert format_value(Figure("£1.20", "money", 1.2, "GBP")) == "£1.20"
    assert format_value(Figure("45 cents", "money", 0.45, "USD")) == "$0.45"


def test_a_sum_written_in_pence_stays_in_pence() -> None:
    assert format_value(Figure("184p", "money", 1.84, "GBP", metric="share price")) == "184p"
    assert format_value(Figure("215 pence", "money", 2.15, "GBP")) == "215p"
    assert format_value(Figure("1,234p", "money", 12.34, "GBP")) == "1,234p"
    assert format_value(Figure("£1.84", "money", 1.84, "GBP")) == "£1.84"


def test_a_count_without_its_noun_shows_what_it_counts() -> None:
    riders = Figure("14 million", "count", 1.4e7, None, metric="riders", subject="Metro",
                    change=Change("up", "6%", None))  # fmt: skip
    assert format_figure(riders) == "14M riders, +6% (Metro)"
    shops = Figure("64 shops", "count", 64.0, "shops", metric="stores")
    assert format_figure(shops) == "64 shops"


def test_a_bare_comparison_point_reads_as_a_comparison() -> None:
    assert change_period("year earlier") == "on a year earlier"
    assert change_period("a year-earlier") == "on a year earlier"
    assert change_period("from a year ago") == "from a year ago"
    assert change_period("year-on-year", short=True) == "YoY"
    assert change_period(None) == ""
    fig = {f.surface: f for f in extract_figures(
        ["Ticket income reached €88 million, up from €81 million a year earlier."]
    )}["€88 million"]  # fmt: skip
    assert fig.change is not None
    assert " ".join(p for p in (fig.change.direction, change_period(fig.change.period)) if p) == (
        "up on a year earlier"
    )


def test_the_lead_shows_a_change_with_its_direction() -> None:
    fell = Figure("60%", "percent", 60.0, "%", metric="traffic",
                  change=Change("down", "60%", None))  # fmt: skip
    assert format_lead(fell) == "-60%"
    assert format_figure(fell) == "-60% traffic"
    rose = Figure("12%", "percent", 12.0, "%", metric="share price", hedge="~",
                  change=Change("up", "12%", None), status="forecast")  # fmt: skip
    assert format_lead(rose) == "~+12% forecast"
    level = Figure("60%", "percent", 60.0, "%", metric="market share")
    assert format_lead(level) == "60%"
    flat = Figure("5%", "percent", 5.0, "%", metric="rate", change=Change("flat", "5%", None))
    assert format_lead(flat) == "5%"  # no direction to show


def test_a_count_shows_what_was_done_to_it() -> None:
    f = Figure("148 shops", "count", 148.0, "shops", metric="shops opened")
    assert format_figure(f) == "148 shops opened"
    assert format_figure(Figure("148 shops", "count", 148.0, "shops", metric="shops")) == (
        "148 shops"
    )
