"""period26: the period that belongs to the figure's own clause."""

from __future__ import annotations

from briefing.periods import figure_period
from reader.figures import extract_figures
from reader.model import Story


def _period(paragraphs: list[str], surface: str) -> str:
    story = Story(id="s", title="Results", title_generated=False, sources=[], paragraphs=paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface.endswith(surface))
    return figure_period(fig, story)


def test_a_base_takes_the_time_written_right_after_it() -> None:
    paragraphs = ["Marrow Mills made a profit of £14m last year, up from £9m in 2023."]
    assert _period(paragraphs, "£9m") == "2023"
    assert _period(paragraphs, "£14m") == "last year"


def test_a_base_of_the_year_before_is_not_the_current_years() -> None:
    paragraphs = ["The ferry line carried 4,100 cars last year, up from 3,650 the year before."]
    assert _period(paragraphs, "3,650") == "year before"


def test_a_rate_keeps_the_target_date_written_after_it() -> None:
    paragraphs = ["The brewer expects to bottle 40 million litres a year by 2029."]
    assert _period(paragraphs, "40 million litres") == "a year by 2029"


def test_a_rate_alone_is_its_own_period() -> None:
    paragraphs = ["The club will pay its new goalkeeper £45,000 a week."]
    assert _period(paragraphs, "£45,000") == "a week"


def test_an_annual_report_dates_nothing() -> None:
    paragraphs = [
        "A pay freeze in 2022 cost the union an estimated £3 million, its annual report said."
    ]
    assert _period(paragraphs, "£3 million") == "2022"


def test_a_reduced_relative_clause_dates_its_own_noun_not_the_figure() -> None:
    paragraphs = [
        "The board agreed to spend £31 million restoring the old pier, closed since 2017 over"
        " safety fears."
    ]
    assert _period(paragraphs, "£31 million") == ""


def test_a_reduced_relative_right_after_the_figure_is_the_figures() -> None:
    paragraphs = ["The biggest fine for a lender was £12 million, handed to a rival bank in 2022."]
    assert _period(paragraphs, "£12 million") == "2022"


def test_a_participial_phrase_shares_the_time_of_the_clause_it_hangs_on() -> None:
    paragraphs = [
        "Shares in Tolvane rose 5% in Oslo on Tuesday, valuing the group at $2.2 billion."
    ]
    assert _period(paragraphs, "$2.2 billion") == "Tuesday"


def test_a_participial_phrase_lends_its_time_to_no_figure_before_it() -> None:
    paragraphs = [
        "Shares in Tolvane fell 4% to 212 crowns, leaving them down by a third since March."
    ]
    assert _period(paragraphs, "4%") == ""


def test_down_from_is_no_participle() -> None:
    paragraphs = [
        "Tenants now spend 38% of their pay on rent, down from 42% in 2021, a survey found."
    ]
    assert _period(paragraphs, "42%") == "2021"


def test_a_bases_own_time_is_not_the_current_figures() -> None:
    paragraphs = ["The charity said the average gift was £42, up from £35 in 2024."]
    assert _period(paragraphs, "£42") == ""
    assert _period(paragraphs, "£35") == "2024"


def test_the_quarter_named_again_is_the_stories_quarter() -> None:
    paragraphs = [
        "Pellham Foods reported second-quarter revenue of £520 million.",
        "It spent £40 million on marketing in the quarter.",
    ]
    assert _period(paragraphs, "£40 million") == "second quarter"


def test_the_month_named_again_stays_as_written() -> None:
    paragraphs = ["The ambulance service answered 51,200 calls in the month."]
    assert _period(paragraphs, "51,200 calls") == "the month"


def test_a_year_end_balance_is_dated_by_the_year_end() -> None:
    paragraphs = ["Net debt stood at £22.4 million at the year end."]
    assert _period(paragraphs, "£22.4 million") == "at the year end"


def test_a_present_state_after_and_now_takes_no_period() -> None:
    paragraphs = ["The ferry firm added three ships in the quarter and now operates 41 vessels."]
    assert _period(paragraphs, "41 vessels") == ""


def test_the_six_months_named_again_is_the_figures_period() -> None:
    paragraphs = ["The housing trust's surplus fell 11% to £18.4 million in the six months."]
    assert _period(paragraphs, "£18.4 million") == "the six months"


def test_a_split_year_keeps_its_hyphen() -> None:
    paragraphs = ["The league said clubs earned £3.1 billion in the 2024-25 season."]
    assert _period(paragraphs, "£3.1 billion") == "the 2024-25 season"


def test_dates_of_a_start_or_target() -> None:
    assert _period(["Ticket prices will rise to £65 next April."], "£65") == "next April"
    assert _period(["The bank expects inflation to reach 2% by late 2027."], "2%") == "late 2027"
    assert _period(["Tolls will rise by 2.8% on January 1."], "2.8%") == "January 1"


def test_a_changes_from_year_gives_way_to_the_clauses_own_time() -> None:
    paragraphs = ["The insurer made revenue of €2.1bn last year, up 9% from 2024."]
    assert _period(paragraphs, "9%") == "last year"
    assert _period(["Demand for gas rose 4% from 2024."], "4%") == "from 2024"


def test_a_base_with_last_friday_dates_only_the_base() -> None:
    paragraphs = [
        "She is now worth an estimated $9.1 billion, down from $11.2 billion last Friday."
    ]
    assert _period(paragraphs, "$9.1 billion") == ""
    assert _period(paragraphs, "$11.2 billion") == "last Friday"


def test_a_premium_to_a_closing_price_is_not_dated_by_it() -> None:
    paragraphs = ["The offer is a 34% premium to Thursday's closing price of 212p."]
    assert _period(paragraphs, "34%") == ""


def test_the_quarter_named_again_reads_a_three_month_period() -> None:
    paragraphs = [
        "Quillon Rail reported results for the three months to September.",
        "Revenue for the quarter rose 6% to £233 million.",
    ]
    assert _period(paragraphs, "£233 million") == "three months to September"


def test_the_year_ago_period_is_not_the_year() -> None:
    paragraphs = ["It had made a profit of £8m in the year-ago period."]
    assert _period(paragraphs, "£8m") != "the year"


def test_a_move_from_a_level_in_a_month_keeps_the_month() -> None:
    paragraphs = ["The jobless rate rose to 5.6% from 5.5% in March."]
    assert _period(paragraphs, "5.6%") == "March"


def test_more_than_a_sum_in_a_year_is_no_base() -> None:
    paragraphs = ["Shoppers spent more than £2.2bn in 2025, almost 6% more than they did in 2024."]
    assert _period(paragraphs, "6%") == "2025"


def test_a_reduced_relative_holding_the_figure_shares_its_clauses_time() -> None:
    paragraphs = ["An offer reached the board last week, pitched at about 410p a share."]
    assert _period(paragraphs, "410p") == "last week"


def test_adding_that_is_reported_speech_not_a_clause_of_its_own() -> None:
    paragraphs = [
        "Earnings of $6 a share remain the goal, the firm said, adding that it hopes to hit them in 2028."
    ]
    assert _period(paragraphs, "$6") == "2028"


def test_the_year_before_a_year_number_is_that_year_not_the_reporting_one() -> None:
    paragraphs = ["In the year 2060, people over 65 could make up 35% of the population."]
    assert _period(paragraphs, "35%") != "the year"


def test_a_short_month_dates_a_quarter_ended() -> None:
    paragraphs = ["Harlan Oil posted net income of $88 million for the quarter ended Sept. 30."]
    assert _period(paragraphs, "$88 million") == "quarter ended Sept. 30"


def test_the_end_of_the_quarter_named_again_keeps_its_end() -> None:
    paragraphs = [
        "Dravo Drilling reported third-quarter revenue of $610 million.",
        "Its order backlog stood at $4.4 billion at the end of the quarter.",
    ]
    assert _period(paragraphs, "$4.4 billion") == "end of third quarter"


def test_but_with_its_own_subject_starts_a_clause() -> None:
    paragraphs = [
        "The merger should lift profits from 2029 but the deal will cost it $700m in fees."
    ]
    assert _period(paragraphs, "$700m") == ""
