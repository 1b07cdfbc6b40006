"""The lead figure is the story's headline level with its change, not a bare percentage
(text written here)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, format_figure, parse_sentence
from reader.figures.rank import rank
from reader.model import Change, Figure


def test_level_with_its_change_leads_over_the_bare_percent() -> None:
    figs = extract_figures([
        "Quorra Technology reported revenue of RMB 41.3 billion (US$5.8 billion), up 14% "
        "year-on-year.",
        "Net income rose to 6.2 billion yuan.",
    ])  # fmt: skip
    lead = figs[0]
    assert lead.surface == "RMB 41.3 billion"
    assert lead.change is not None and lead.change.amount == "14%"
    assert format_figure(lead) == "CN¥41.3B revenue, +14% YoY (Quorra Technology)"
    assert [f.surface for f in figs].index("14%") > 0  # shown inside the lead already


def test_a_percent_shown_as_a_levels_change_steps_back() -> None:
    level = Figure(
        "$5bn",
        "money",
        5e9,
        "USD",
        metric="revenue",
        change=Change("up", "14%"),
        sentence="Revenue rose 14% to $5bn.",
        sentence_index=0,
    )
    pct = Figure(
        "14%",
        "percent",
        14.0,
        "%",
        metric="revenue",
        change=Change("up", "14%"),
        sentence="Revenue rose 14% to $5bn.",
        sentence_index=0,
    )
    other = Figure(
        "12 stores", "count", 12.0, "stores", sentence="It has 12 stores.", sentence_index=0
    )
    alone = {f.surface: f.score for f in rank([pct, other])}
    both = {f.surface: f.score for f in rank([pct, level, other])}
    assert both["14%"] == alone["14%"] - 2.5
    assert rank([pct, level])[0].surface == "$5bn"


def test_change_after_a_period_phrase_attaches_to_the_level() -> None:
    figs = extract_figures([
        "Saffron Foods reported a net profit of ₹1,245 crore for the quarter ended September "
        "30, up 18% from ₹1,055 crore a year ago.",
    ])  # fmt: skip
    assert figs[0].surface == "₹1,245 crore"
    assert figs[0].change is not None and figs[0].change.amount == "18%"
    assert figs[-1].surface in ("18%", "₹1,055 crore")  # the change and the old level trail


def test_headline_counts_beat_per_unit_prices_and_the_lead_sentence_counts() -> None:
    figs = extract_figures([
        "Streaming service Vireo added 5.1m paid subscribers in the quarter.",
        "Average revenue per member rose 4% to $11.92.",
    ])  # fmt: skip
    assert figs[0].surface == "5.1m paid subscribers"


def test_a_deal_outranks_its_price_per_share() -> None:
    figs = extract_figures([
        "Veldpay agreed to buy Coinrise for £1.2bn in cash, or 465p a share.",
        "Coinrise has 40,000 merchants.",
    ])  # fmt: skip
    assert (figs[0].surface, figs[0].metric) == ("£1.2bn", "deal")


def test_comparison_base_ranks_below_the_new_level() -> None:
    figs = extract_figures(
        ["Kaito raised its profit forecast to ¥1.35 trillion from ¥1.2 trillion."]
    )
    assert [f.surface for f in figs] == ["¥1.35 trillion", "¥1.2 trillion"]
    assert figs[0].score > figs[1].score


def test_rank_without_a_level_keeps_the_percent_first() -> None:
    figs = [
        Figure("9%", "percent", 9.0, "%", metric="revenue", change=Change("up", "9%"),
               sentence="Revenue rose 9%.", sentence_index=0),
        Figure("12 stores", "count", 12.0, "stores", sentence="It has 12 stores.",
               sentence_index=1),
    ]  # fmt: skip
    assert rank(figs)[0].surface == "9%"


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("It approved a dividend of Rs 14 per share and a capital expenditure plan of 2,500 "
         "crore rupees.", "Rs 14", "dividend"),
        ("It approved a dividend of Rs 14 per share and a capital expenditure plan of 2,500 "
         "crore rupees.", "2,500 crore rupees", "capex"),
        ("It will buy back up to US$2 billion of shares.", "US$2 billion", "buyback"),
        ("Nimbus has raised $450 million in a Series C round.", "$450 million", "funding"),
        ("It expects an operating margin of 28%.", "28%", "operating margin"),
        ("Ore prices slid 18% in the half.", "18%", "ore price"),
        ("BA blamed fuel costs for a 40% drop in profits.", "40%", "profit"),
        ("Veldpay agreed to buy Coinrise for £1.2bn in cash, or 465p a share.", "£1.2bn", "deal"),
        ("The raise was from £2.50 to £4 a leg.", "£2.50", None),
    ],
)  # fmt: skip
def test_metric_belongs_to_its_own_figure(sentence: str, surface: str, metric: str | None) -> None:
    f = next(f for f in parse_sentence(sentence) if f.surface == surface)
    assert f.metric == metric


@pytest.mark.parametrize(
    ("sentence", "surface", "change"),
    [
        ("Its gross margin slipped to 51.6%.", "51.6%", ("down", None)),
        ("It had a market share of 19.5%, down from 21% a year ago.", "19.5%", ("down", None)),
        ("It had a market share of 19.5%, down from 21% a year ago.", "21%", None),
        ("Ad sign-ups made up 55% of new members.", "55%", None),
        ("Its margin narrowed by 1.8 percentage points.", "1.8 percentage points",
         ("down", "1.8 percentage points")),
        ("Revenue reached $210 million, up from $95 million.", "$210 million", ("up", None)),
        ("Sales were down 12% from a year earlier at $1.4 billion.", "$1.4 billion",
         ("down", "12%")),
    ],
)  # fmt: skip
def test_change_level_and_old_level(
    sentence: str, surface: str, change: tuple[str, str | None] | None
) -> None:
    f = next(f for f in parse_sentence(sentence) if f.surface == surface)
    got = (f.change.direction, f.change.amount) if f.change else None
    assert got == change
    if f.kind == "percent" and change and change[1] is None:
        assert not format_figure(f).startswith(("+", "-"))  # a level, not a signed move


def test_callouts_leave_out_a_percent_already_shown_as_a_change() -> None:
    from reader.figures import callouts

    figs = extract_figures([
        "Tessaly Freight said revenue rose 12% to $2.4 billion in the third quarter.",
        "Its shares rose 4% in early trading, and the company handled 1.2 million containers.",
    ])  # fmt: skip
    assert "12%" in [f.surface for f in figs]  # still extracted (and in the JSON)
    shown = [f.surface for f in callouts(figs, 6)]
    assert "12%" not in shown and shown[0] == "$2.4 billion"
    assert "4%" in shown and "1.2 million containers" in shown
    assert callouts(figs, 1) == figs[:1] and callouts(None, 3) == []


def test_a_bare_growth_percentage_collapses_into_the_same_owners_named_one() -> None:
    story = [
        "Rival Kestrel outpaced Vantor's 7% growth in the period.",
        "Vantor posted 7% year-on-year revenue growth in the quarter to about $12 billion.",
        "Separately, Kestrel's 7% growth came from new stores.",
    ]
    figs = [(f.surface, f.metric, f.subject) for f in extract_figures(story)]
    vantor = [m for s, m, who in figs if s == "7%" and who == "Vantor"]
    assert vantor == ["revenue"]  # not also a bare "7% growth"
    assert ("7%", "growth", "Kestrel") in figs  # another owner's 7% stays


def test_a_repeat_naming_its_measure_more_fully_collapses() -> None:
    bare = Figure(surface="2%", kind="percent", value=2.0, unit="%", metric="growth",
                  subject="Acme", sentence_index=0)  # fmt: skip
    fuller = Figure(surface="2%", kind="percent", value=2.0, unit="%", metric="UK growth",
                    measure="growth", subject="Acme", sentence_index=2)  # fmt: skip
    other = Figure(surface="2%", kind="percent", value=2.0, unit="%", metric="UK growth",
                   measure="growth", subject="Bexco", sentence_index=3)  # fmt: skip
    assert [f.sentence_index for f in rank([bare, fuller, other])] == [0, 3]
