"""Money's metric by its clause (reader/figures/money_metric.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_sum_per_tonne_written_as_its_measures_of_is_that_measure() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            ["The co-op paid growers a premium of $95 a tonne above the market price.",
             "Coffee traded at $4,100 a tonne in London."],
            title="Coffee growers",
        )
    }  # fmt: skip
    assert got["$95"] == "premium per tonne"
    assert got["$4,100"] == "coffee price per tonne"


def test_a_time_before_now_is_no_rate_of_pay() -> None:
    text = "Milk prices at the depot rose to 41p a litre this week, up from 38p a month ago."
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["38p"] != "salary"
    assert "price" in (got["38p"] or "")


def test_a_sum_spent_at_a_rate_is_spending() -> None:
    text = "A survey found 9,000 households spent more than £80 a week on takeaways."
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["£80"] == "weekly spending"  # the span said (per_unit.py)


def test_a_sellers_charge_at_a_rate_is_a_price_not_pay() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            ["Streamo will charge £7 a month for its student plan from January.",
             "The gym chain charges members £25 a month.",
             "Rivals ask £9 a month for a family account."],
            title="Streamo raises prices",
        )
    }  # fmt: skip
    assert got["£7"] == "price"
    assert got["£25"] == "price"
    assert got["£9"] == "price"


def test_pay_at_a_rate_stays_pay() -> None:
    text = "Nurses at the trust earn about £2,400 a month after tax, the union said."
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert "salary" in (got["£2,400"] or "")


def test_a_sum_at_a_rate_with_no_pay_said_is_no_salary() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            ["The rise adds about $31 a month to a typical household's power bill from April.",
             "Pensioners over 70 will receive Rs 1,800 a month from the state from June.",
             "Cleaners at the council earn £480 a week, the union said."],
            title="Power prices to rise",
        )
    }  # fmt: skip
    assert "salary" not in (got["$31"] or "")
    assert "salary" not in (got["Rs 1,800"] or "")
    assert "salary" in (got["£480"] or "")  # pay said: "earn"


def test_what_customers_pay_at_a_rate_is_no_salary_but_a_drivers_pay_is() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            ["Customers pay Shs1,500 a day for the solar kit until it is theirs, in Kampala.",
             "The drivers' pay will rise to £16.20 an hour from April, the union said."],
            title="Solar kits and bus drivers",
        )
    }  # fmt: skip
    assert "salary" not in (got["Shs1,500"] or "")
    assert "salary" in (got["£16.20"] or "")
