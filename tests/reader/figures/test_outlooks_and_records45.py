"""What blind rounds attrib_a83 and attrib_a84 taught (session 45): an estimate put before an
event stays an outlook however it is told ("had been expected to fetch", "projecting a run of");
a record the news beats is a base ("its previous record, the £31.5m they paid"); a measure's
letters ("ARR", "GOV", "Ebitda") and a period's name ("July-to-September") are no one's name."""

from __future__ import annotations

from reader.figures.name_words import not_name
from tests.reader.figures.helpers import by_surface


def test_an_estimate_told_in_the_past_perfect_is_still_an_outlook() -> None:
    figs = by_surface(
        "The painting had been expected to fetch between €600,000 and €900,000 at the sale."
    )
    assert figs["€600,000"].status == "forecast"
    assert figs["€900,000"].status == "forecast"
    # a level reached is no outlook
    assert by_surface("Profit has been hit and had fallen to $3m.")["$3m"].status is None


def test_projecting_is_an_outlook() -> None:
    figs = by_surface("Rival executives were cautious, projecting a domestic run of $210 million.")
    assert figs["$210 million"].status == "forecast"


def test_a_record_the_news_beats_is_a_base() -> None:
    figs = by_surface("The fee dwarfs the club's previous record, the £31.5m they paid in 2023.")
    assert figs["£31.5m"].status == "base"
    assert by_surface("The region's previous biggest win was $7.2m in 2017.")["$7.2m"].status == (
        "base"
    )


def test_measure_letters_and_period_names_are_not_names() -> None:
    for word in ("ARR", "GOV", "GMV", "Ebitda", "July-to-September", "April-and-May"):
        assert not_name(word), word
    for word in ("Tallis", "Hessberg", "Stoke-on-Trent"):
        assert not not_name(word), word


def test_a_place_and_its_state_describing_the_firm_are_not_its_name() -> None:
    from reader.figures import extract_figures

    paras = [
        "Corvane Semiconductor beat forecasts as data center sales jumped.",
        "The Santa Clara, California, chipmaker on Wednesday reported revenue of $4.12 billion.",
        "The Austin, Texas, company said profit rose 12%.",
        "The Leeds-based retailer said sales rose 5%.",
    ]
    figs = {f.surface: f for f in extract_figures(paras, title="Corvane Semiconductor beats")}
    assert {figs[s].subject for s in ("$4.12 billion", "12%", "5%")} == {"Corvane Semiconductor"}


def test_a_fronted_where_is_no_name() -> None:
    assert not_name("Overseas")
    assert not_name("Domestically")


def test_a_ranked_lists_later_item_before_on_is_its_owner() -> None:
    figs = by_surface(
        "Lidmark was the fastest-growing chain, with sales up 9.4 per cent, followed by Aldano"
        " on 8.7 per cent."
    )
    assert figs["9.4 per cent"].subject == "Lidmark"
    assert figs["8.7 per cent"].subject == "Aldano"
    figs = by_surface("Labour is on 34%, ahead of the Conservatives on 29% and Reform on 18%.")
    assert [figs[s].subject for s in ("34%", "29%", "18%")] == [
        "Labour",
        "Conservatives",
        "Reform",
    ]


def test_a_deals_milestones_are_owed_only_if_met() -> None:
    figs = by_surface("Aldermoor will pay $2.6bn upfront plus up to $900m in milestone payments.")
    assert figs["$900m"].status == "planned"
    figs = by_surface("Kiyomi had agreed to further milestones of up to CHF 420 million.")
    assert figs["CHF 420 million"].status == "planned"
    # money received in milestones is paid
    assert (
        by_surface("The company received $40m in milestone payments last year.")["$40m"].status
        is None
    )


def test_an_old_value_with_its_time_is_a_base_whatever_the_verb() -> None:
    figs = by_surface(
        "Foreign patients accounted for 31 per cent of revenue, from 27 per cent a year ago."
    )
    assert figs["27 per cent"].status == "base"
    assert figs["31 per cent"].status is None
    figs = by_surface("Earnings per share came in at 4.29 cents, from 3.85 cents.")
    assert figs["3.85 cents"].status == "base"
    assert by_surface("The chain trades from 312 stores.")["312 stores"].status is None


def test_a_sum_a_budget_sets_is_planned() -> None:
    figs = by_surface("Gross market borrowing is set at ₹14.82 lakh crore for next year.")
    assert figs["₹14.82 lakh crore"].status == "planned"
    # a limit in force stays a fact, and a sum set in the past is done
    assert by_surface("The prescribed part is capped at £800,000.")["£800,000"].status is None
    assert by_surface("The fee was set at £40 in 2019 and has not changed.")["£40"].status is None


def test_a_common_nouns_figure_keeps_the_stories_owner() -> None:
    from reader.figures import extract_figures

    paras = [
        "Harbour Bay council on Thursday adopted a R15.8-billion budget that raises property"
        " rates by 6.8% from July 1.",
        "The metro's roughly 98 000 registered indigent households receive free water.",
        "The operating budget accounts for R13.1-billion and the capital budget for R2.7-billion.",
    ]
    figs = {f.surface: f for f in extract_figures(paras, title="Harbour Bay adopts budget")}
    assert figs["98 000 registered indigent households"].value == 98000
    assert figs["R13.1-billion"].subject == figs["R15.8-billion"].subject == "Harbour Bay"


def test_a_fronted_start_to_come_is_no_name() -> None:
    assert not_name("Starting")
    assert not_name("Beginning")
