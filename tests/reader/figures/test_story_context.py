"""Figures whose unit or owner is only implied: read from the sentence or the story so far
(text written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.figures import extract_figures, parse_sentence
from reader.model import Figure
from tests.workcount import assert_linear


def found(paragraphs: list[str]) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs)}


def test_bare_amount_takes_the_currency_of_its_sentence() -> None:
    figs = {f.surface: f for f in parse_sentence(
        "Recurring revenue reached $210 million, up from 95 million a year earlier."
    )}  # fmt: skip
    assert (figs["95 million"].kind, figs["95 million"].unit) == ("money", "USD")
    figs = {f.surface: f for f in parse_sentence(
        "Profit fell to 3.1 trillion won, missing the 3.6 trillion forecast by analysts."
    )}  # fmt: skip
    assert (figs["3.6 trillion"].kind, figs["3.6 trillion"].value) == ("money", 3.6e12)
    assert figs["3.6 trillion"].unit == "KRW"


def test_a_clause_of_its_own_does_not_lend_its_currency() -> None:
    figs = {f.surface: f for f in parse_sentence(
        "Visitor numbers climbed 6% to 14 million over the summer, and the operator now"
        " expects annual sales of about €95 million."
    )}  # fmt: skip
    assert figs["14 million"].kind == "count"
    assert figs["€95 million"].unit == "EUR"
    figs = {f.surface: f for f in parse_sentence(
        "It earned £3bn last year and 2.5bn the year before."
    )}  # fmt: skip
    assert (figs["2.5bn"].kind, figs["2.5bn"].unit) == ("money", "GBP")


def test_a_bracketed_conversion_does_not_lend_its_currency() -> None:
    figs = {f.surface: f for f in parse_sentence(
        "Profit was 77m euros (£53m; $100m), up from 38m a year earlier."
    )}  # fmt: skip
    assert figs["38m"].unit == "EUR"


def test_bare_amount_of_a_money_metric_takes_the_story_currency() -> None:
    figs = found([
        "Ironvale Mining posted a net loss of A$312 million for the half-year.",
        "Revenue fell to 2.95 billion from 3.4 billion as ore prices slid.",
        "It shipped 41.5 million tonnes and has 4.2 million customers.",
    ])  # fmt: skip
    assert (figs["2.95 billion"].kind, figs["2.95 billion"].unit) == ("money", "AUD")
    assert figs["3.4 billion"].unit == "AUD"
    assert figs["4.2 million customers"].kind == "count"


def test_bare_scaled_number_without_money_context_stays_a_count() -> None:
    figs = found([
        "Zentro reported revenue of $3 billion.",
        "Monthly active users reached 612 million, an increase of 23 million.",
    ])  # fmt: skip
    assert figs["612 million"].kind == "count"
    assert figs["23 million"].kind == "count"
    alone = {f.surface: f for f in parse_sentence("Revenue fell to 2.95 billion.")}
    assert alone["2.95 billion"].kind == "count"  # no currency anywhere: not guessed


def test_dollars_and_cents_follow_the_story_dollar() -> None:
    figs = found([
        "Ironvale posted a profit of A$312 million.",
        "It will pay a dividend of 22 cents a share, or 80 dollars a lot.",
    ])  # fmt: skip
    assert figs["22 cents"].unit == "AUD"
    assert figs["80 dollars"].unit == "AUD"
    figs = found(["Brent fell 80 cents to $71.35.", "Shares lost 5 cents."])
    assert figs["80 cents"].unit == "USD" and figs["5 cents"].unit == "USD"
    figs = found(["Profit was €3m.", "The stock lost 5 cents."])
    assert figs["5 cents"].unit == "EUR"  # a euro story's cents are euro cents (attrib_r3)


def test_signed_percent_basis_points_and_tournament_years() -> None:
    figs = {f.surface: f for f in parse_sentence(
        "The rate was cut by 25 basis points, and bitcoin moved -3% on the day."
    )}  # fmt: skip
    assert (figs["-3%"].kind, figs["-3%"].value) == ("percent", -3.0)
    assert (figs["25 basis points"].kind, figs["25 basis points"].unit) == ("other", "basis points")
    assert [f.value for f in parse_sentence("Sales rose 2-3% in the year.")] == [2.0, 3.0]
    assert parse_sentence("Kit sales were boosted by the Euro 2004 tournament.") == []
    kronor = parse_sentence("Profit was 9.5bn kronor in the quarter.")
    assert [(f.value, f.unit) for f in kronor] == [(9.5e9, "SEK")]


def test_ranking_numbers_inside_a_count() -> None:
    figs = {f.surface: f for f in parse_sentence(
        "It now counts 9 of the top 10 US retailers and will shut 10 of its 27 plants."
    )}  # fmt: skip
    assert (figs["9"].value, figs["9"].unit) == (9, "US retailers")
    assert "10 US retailers" not in figs  # "top 10" ranks; it counts nothing
    assert [f.value for f in parse_sentence("The top 1% of earners paid more.")] == [1.0]
    assert [f.value for f in parse_sentence("It expects sales to top 500,000 cars.")] == [5e5]
    assert figs["10"].unit == "plants"
    assert figs["27 plants"].value == 27


def test_sentence_without_a_name_belongs_to_the_main_company() -> None:
    figs = found([
        "Hangzhou-based Quorra Technology reported revenue of RMB 41.3 billion, up 14%.",
        "Net income rose to 6.2 billion yuan.",
        "The company's gross margin narrowed to 38.4%.",
        "Monthly active users on its app reached 612 million.",
        "Chief executive Wang Lei said the company would spend $2 billion on buybacks.",
    ])  # fmt: skip
    for surface in ("6.2 billion yuan", "38.4%", "612 million", "$2 billion"):
        assert figs[surface].subject == "Quorra Technology", surface


def test_descriptors_and_month_ranges_are_not_subjects() -> None:
    figs = found([
        "San Francisco start-up Nimbus Robotics has raised $450 million.",
        "South Korea's Hanbit Electronics will cut 4,500 jobs, Hanbit said.",
        "Operating profit for the July-September quarter fell 27%.",
        "Irish shares rose 4% this month.",
    ])  # fmt: skip
    assert figs["$450 million"].subject == "Nimbus Robotics"
    assert figs["4,500 jobs"].subject == "Hanbit Electronics"
    assert figs["27%"].subject is None  # no main company: the lead's name is not named again
    assert figs["4%"].subject is None  # a nationality, not a name


def test_it_is_the_firm_its_sentence_or_the_one_before_opened_with() -> None:
    figs = found([
        "Veldpay agreed to buy Coinrise for £1.2bn, and Veldpay shares fell.",
        "Coinrise processed 2.3bn transactions last year.",
        "Its shares rose 31% to 452p, while Veldpay slipped 2.4%.",
        "Analysts at Barclays said Veldpay expects it will save €60m a year.",
    ])  # fmt: skip
    assert figs["452p"].subject == "Coinrise"
    assert figs["2.4%"].subject == "Veldpay"
    assert figs["€60m"].subject == "Veldpay"  # (not "Analysts at Barclays": no owner)


def test_people_common_words_and_places_are_not_the_main_company() -> None:
    figs = found([
        "Shipments rose 6% to 41.5 million tonnes.",
        "Shipments are seasonal; shipments in March were 3.2 million tonnes.",
        "It has 7,800 employees.",
    ])  # fmt: skip
    assert figs["6%"].subject is None and figs["7,800 employees"].subject is None
    figs = found([
        "Orbis Freight said it had 120 staff.",
        "Chen Jiulin runs Orbis from Singapore.",
        "Mr Chen said it would cut 30 jobs.",
    ])  # fmt: skip
    assert figs["30 jobs"].subject == "Orbis Freight"  # "it" is never Mr Chen


@pytest.mark.parametrize(
    "make",
    [
        lambda n: ["Acme Corp said it and its unit Beta Ltd, the company, " * n + "$5m."],
        lambda n: ["Mr Smith said " * n + "$4m", "It made $3m."],
        lambda n: ["Acme rose 5% to $3bn from 2bn, 12% more than a year ago; " * n],
        lambda n: [f"Firm{i} said it sold {i} units." for i in range(n)],
        lambda n: ["from " * n + "5% to $3bn", "Its loss narrowed to 2 billion."],
    ],
    ids=["names", "mr", "changes", "firms", "froms"],
)
def test_story_context_stays_linear_on_hostile_text(make: Callable[[int], list[str]]) -> None:
    assert_linear(lambda n: extract_figures(make(n)), 100)


def test_a_generated_titles_first_word_is_no_owner_when_it_cannot_be_a_name() -> None:
    # a title made from the lead's first words ("One bright spot ...") gave "One" as the owner
    lead = (
        "One bright spot in Harwell's latest report was its overseas unit, which posted "
        "revenue of £2.1 billion in the quarter, up 12% from a year ago."
    )
    title = "One bright spot in Harwell's latest report was its overseas unit"
    figures = extract_figures([lead, "Harwell said the outlook had improved."], title=title)
    assert [f.subject for f in figures if f.value == 2.1e9] == ["Harwell"]


def test_a_headlines_first_word_the_story_writes_in_lower_case_is_no_name() -> None:
    story = [
        "Brokers expect a slowdown. Several brokers said Quillon's sales rose 4% to $80m.",
    ]
    figures = extract_figures(story, title="Brokers see slower growth at Quillon")
    assert all(f.subject != "Brokers" for f in figures)
    named = extract_figures(["Quillon posted sales of $80m."], title="Quillon sinks rivals")
    assert [f.subject for f in named] == ["Quillon"]


def test_what_the_writer_acted_on_in_the_first_person_is_not_the_storys_firm() -> None:
    figs = {
        f.surface: f
        for f in extract_figures(
            [
                "This was the year we bought Harrow Fen, 140 hectares of reed bed beside the "
                "river, for £1.2 million. Thanks to 3,100 people who gave to our appeal, we "
                "raised £640,000.",
                "Total income rose to £9.4 million from £8.8 million, and Ouse Valley Bird "
                "Trust ended the year with reserves of £2.1 million.",
                "We employed 92 people at the year end. Work to re-wet Harrow Fen will start "
                "in the spring.",
            ],
            title="Ouse Valley Bird Trust: annual report and accounts",
        )
    }
    assert figs["92 people"].subject == "Ouse Valley Bird Trust"
    assert figs["£9.4 million"].subject != "Harrow Fen"
