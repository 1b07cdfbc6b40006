"""Session 38's blind round a56: a results table whose columns are set apart by spaces under a
caption in a currency sign other than "$ £ € ¥ ₹" ("₦ million unless stated"), with its
periods on a line of their own over the rows (``tables._period_header``: the earlier column
is a base), and the Philippine peso's "P" before a small sum (``patterns.NUMBER``)."""

from __future__ import annotations

from reader.figures import extract_figures

TABLE = [
    "Akoka Foods reported a fall in profit for the year on Tuesday.",
    "AKOKA FOODS PLC - YEAR TO 31 DECEMBER (\u20a6 million unless stated)",
    "                         2030        2029",
    "Revenue                 84,310      71,905",
    "Operating profit         9,206      10,114",
    "Profit after tax         5,877       6,302",
    "The company blamed higher flour and sugar prices.",
]


def test_a_spaced_table_under_a_naira_caption_is_money_and_its_earlier_column_a_base() -> None:
    got = {f.surface: f for f in extract_figures(TABLE, title="Akoka Foods profit falls")}
    revenue, before = got["84,310"], got["71,905"]
    assert (revenue.kind, revenue.unit, revenue.value) == ("money", "NGN", 84_310e6)
    assert (before.kind, before.unit, before.value) == ("money", "NGN", 71_905e6)
    assert before.status == "base"
    assert got["9,206"].status != "base"
    assert got["6,302"].status == "base"


def test_a_philippine_story_writes_small_sums_in_pesos_with_a_p() -> None:
    text = [
        "Luzon Mart, which runs 1,200 stores across Manila and the provinces, said a P50 rise "
        "in the daily minimum wage would add about P240 million a year to its costs.",
        "It declared a cash dividend of P0.35 per share.",
    ]
    got = {f.surface: f for f in extract_figures(text, title="Luzon Mart warns on wages")}
    assert (got["P50"].kind, got["P50"].unit, got["P50"].value) == ("money", "PHP", 50.0)
    assert (got["P0.35"].unit, got["P0.35"].value) == ("PHP", 0.35)


def test_a_p_and_digits_in_a_story_naming_no_peso_country_is_no_money() -> None:
    text = ["The council said the P45 form and the Q32 question had confused applicants in Leeds."]
    assert not [f for f in extract_figures(text) if f.kind == "money"]
