"""The period a figure belongs to comes from its own clause."""

from __future__ import annotations

from briefing.periods import figure_period, own_clause
from reader.figures import extract_figures
from reader.model import Figure, Story


def _story(paragraphs: list[str]) -> Story:
    return Story(id="s", title="Results", title_generated=False, sources=[], paragraphs=paragraphs)


def _period(paragraphs: list[str], surface: str) -> str:
    story = _story(paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface == surface)
    return figure_period(fig, story)


def test_a_relative_clauses_period_is_not_the_main_clauses() -> None:
    text = (
        "Orlen Chemicals shares, which have climbed 40% since January on strong demand,"
        " rose 2% on Wednesday."
    )
    assert own_clause(text, "2%") == "Orlen Chemicals shares rose 2% on Wednesday."
    assert _period([text], "2%") == "Wednesday"
    assert _period([text], "40%") == "since January"


def test_a_market_move_takes_no_reporting_period_from_elsewhere() -> None:
    paragraphs = [
        "Veltrix reported third-quarter revenue of $2.1 billion.",
        "Its shares, which have doubled so far this year, were up 4%, after a 9-year high.",
    ]
    assert _period(paragraphs, "4%") == ""
    assert _period(paragraphs, "$2.1 billion") == "third quarter"


def test_a_results_figure_still_takes_its_paragraphs_period() -> None:
    paragraphs = ["Veltrix had a strong third quarter.", "Revenue rose 8% to $2.1 billion."]
    assert _period(paragraphs, "$2.1 billion") == "third quarter"


def test_a_leading_phrase_is_kept_and_an_unfound_figure_uses_the_whole_sentence() -> None:
    fig = Figure(surface="$9bn", kind="money", value=9e9, unit="USD", sentence="In 2024, $9bn.")
    assert own_clause(fig.sentence, fig.surface) == "In 2024, $9bn."
    assert own_clause("Sales fell in 2023, while costs rose.", "$5") == (
        "Sales fell in 2023, while costs rose."
    )


def test_a_comparison_base_is_not_the_figures_period() -> None:
    """ "fell to X from Y a year earlier": "a year earlier" dates Y, so X takes the story's
    reporting period; "$5m a year" is still a rate."""
    paragraphs = [
        "Dalgren Ferries posted a 12% fall in second-quarter operating profit on Tuesday.",
        "Operating profit fell to 310 million crowns from 352 million a year earlier.",
        "The company will save about $5m a year by merging two routes.",
    ]
    assert _period(paragraphs, "310 million crowns") == "second quarter"
    assert _period(paragraphs, "$5m") == "a year"


def test_a_founding_year_in_an_aside_is_not_the_figures_period() -> None:
    text = "The Ostler Dairy, founded in 1961 by two brothers, now supplies 310 shops in Kent."
    assert _period([text], "310 shops") == ""
    club = "Tarrow Rovers, formed in 1890, reported 12,000 members on Friday."
    assert _period([club], "12,000 members") == "Friday"


def test_the_day_a_statement_was_made_is_not_the_figures_period() -> None:
    said = "Pellow Mills will close its Hull site, cutting 210 jobs, the company said on Monday."
    assert _period([said], "210 jobs") == ""
    moved = "Pellow Mills shares fell 6% on Monday."
    assert _period([moved], "6%") == "Monday"


def test_a_period_opening_its_sentence_is_shown_in_lower_case() -> None:
    opened = "Second-quarter sales at Brindle Foods rose 4% to £88m."
    assert _period([opened], "£88m") == "second quarter"
    month = "In January, sales at Brindle Foods rose 4% to £31m."
    assert _period([month], "£31m") == "January"


def test_the_past_year_is_the_figures_period_not_a_later_paragraphs_half() -> None:
    paragraphs = [
        "Pellow Mills blamed a 12% rise in grain costs over the past year.",
        "It made a loss of £4m in the six months to June.",
    ]
    assert _period(paragraphs, "12%") == "over the past year"
    assert _period(paragraphs, "£4m") == "six months to June"


def test_a_plan_takes_its_own_time_never_the_reported_period() -> None:
    paragraphs = [
        "Pellow Mills made a loss of £4m in the six months to June.",
        "It will close its Hull site next spring, putting 210 jobs at risk.",
        "It plans to open 12 new shops.",
    ]
    assert _period(paragraphs, "210 jobs") == "next spring"
    assert _period(paragraphs, "12 new shops") == ""
    assert _period(paragraphs, "£4m") == "six months to June"


def test_a_clause_that_looks_ahead_lends_no_period_to_the_reported_figures() -> None:
    paragraphs = [
        "Corvane added 2.4 million customers in the second quarter.",
        "It reported revenue of $3.2 billion, up 9%, and said it expects third-quarter"
        " revenue of about $3.4 billion.",
        "Its gross margin widened to 41%.",
    ]
    assert _period(paragraphs, "$3.2 billion") == "second quarter"
    assert _period(paragraphs, "41%") == "second quarter"
    # the forecast keeps its own period
    assert _period(paragraphs, "$3.4 billion") == "third quarter"


def test_an_age_or_a_span_is_not_a_figures_term() -> None:
    paragraphs = [
        "Brandmoor's 19-year-old striker scored twice as the club's revenue rose to £41 million.",
        "A record 12,000 fans came, the most in the ground's 44-year history.",
        "It signed a five-year kit deal worth £8 million.",
    ]
    assert _period(paragraphs, "£41 million") == ""
    assert _period(paragraphs, "12,000 fans") == ""
    assert _period(paragraphs, "£8 million") == "five year"


def test_a_base_takes_the_time_it_is_measured_against_and_the_current_figure_does_not() -> None:
    paragraphs = ["Torvik Foods said profit rose to £41m, up from £35m a year earlier."]
    assert _period(paragraphs, "£35m") == "a year earlier"
    assert _period(paragraphs, "£41m") == ""
    sales = ["Sales at the Pellow chain reached £80m, up from £70m last year."]
    assert _period(sales, "£80m") == ""
    assert _period(sales, "£70m") == "last year"


def test_everyday_periods_in_the_figures_own_clause() -> None:
    assert _period(["The museum had 412,000 visitors last year."], "412,000 visitors") == (
        "last year"
    )
    assert _period(["Rents rose 9.4% over the year to £720 a week."], "9.4%") == "over the year"
    weeks = ["Sales of tea fell 5% in the four weeks to 2 November, researchers said."]
    assert _period(weeks, "5%") == "four weeks to 2 November"
    assert _period(["It was the club's highest crowd since 2019, at 21,340."], "21,340") == ""
    late = ["The figures came a day after the club sold its striker for €14m."]
    assert _period(late, "€14m") == ""


def test_the_day_of_a_statement_is_not_the_figures() -> None:
    text = ["The agency appealed on Monday for $4.2bn to feed 20 million people next year."]
    assert _period(text, "$4.2bn") == "next year"


def test_a_time_set_earlier_in_the_sentence_carries_to_a_past_figure_not_to_a_state() -> None:
    flown = "Skylane flew 31.4 million passengers last year, up 11%"
    assert _period([f"{flown}, and had revenue of £2.1bn."], "£2.1bn") == "last year"
    assert _period([f"{flown}, and operates 142 planes."], "142 planes") == ""


def test_a_comparison_phrase_holding_the_figure_is_read_from_the_figure_on() -> None:
    text = "Unions said the closures came on top of 600 jobs lost last year."
    assert _period([text], "600 jobs") == "last year"
    text = "Complaints rose from about 4% in 2022 to a record 9.5% during last year."
    assert _period([text], "9.5%") == "last year"
    text = "Profit rose to £80m from £61m a year earlier."
    assert _period([text], "£80m") != "a year earlier"


def test_a_title_case_period_reads_in_lower_case_but_months_keep_capitals() -> None:
    from briefing.period_text import find_period

    assert find_period("Kelso Freight Reports Second Quarter 2026 Results") == "second quarter"
    assert find_period("Orders In The Fiscal Year 2025 Rose") == "fiscal year 2025"
    assert find_period("Sales rose in December") == "December"


def test_the_half_a_results_story_reports_is_the_figures_not_a_full_year_dividends() -> None:
    paragraphs = [
        "Norvane Water raised its full-year dividend by 4% after a wet summer.",
        "The group reported revenue of £912m for the half, up 6% on a year earlier.",
    ]
    assert _period(paragraphs, "£912m") == "half year"
    assert _period(["Half-year profit at Norvane rose to £88m."], "£88m") == "half year"
    assert _period(["Sales fell by half in the year to £2m."], "£2m") != "half year"


def test_the_period_nearest_the_figure_in_its_clause_is_its_own() -> None:
    text = ["In 2024 the port handled 2.1 million containers in the first six months."]
    assert _period(text, "2.1 million containers") == "first six months"
    assert (
        _period(["The charity has raised about £23m so far and expects £40m by March."], "£40m")
        == "March"
    )


def test_a_weekday_dates_a_market_move_but_not_a_result_when_more_is_said() -> None:
    result = ["Kelso Foods on Tuesday posted third-quarter sales of $4.1 billion."]
    assert _period(result, "$4.1 billion") == "third quarter"
    move = ["Kelso shares fell 6% on Tuesday after the company cut its outlook for next year."]
    assert _period(move, "6%") == "Tuesday"


def test_a_deadline_or_an_end_of_month_is_a_figures_time() -> None:
    assert _period(["The trust will hire 85 paramedics by September."], "85 paramedics") == (
        "September"
    )
    text = ["The waiting list stood at 61,200 at the end of October, down from 64,000."]
    assert _period(text, "61,200") == "end of October"
    assert _period(
        ["The game sold 2.2 million copies in its first ten days."], "2.2 million copies"
    ) == ("first ten days")


def test_a_base_takes_the_time_written_right_after_it() -> None:
    text = "Fees fell to 0.5% of the loan, from as much as 2% in March."
    assert _period([text], "2%") == "March"
    text = "Revenue reached $2.1 billion, well below the $2.8 billion it earned in 2022."
    assert _period([text], "$2.8 billion") == "2022"
    # a comparison phrase still wins: "a year earlier"
    text = "Profit rose to $90 million from $70 million a year earlier."
    assert _period([text], "$70 million") == "a year earlier"


def test_a_new_subject_that_reports_opens_a_clause_of_its_own() -> None:
    sentence = (
        "Revenue rose to QR41.2bn and the airline said it expects to add 20 aircraft by 2028."
    )
    assert own_clause(sentence, "QR41.2bn") == "Revenue rose to QR41.2bn"
    assert "2028" in own_clause(sentence, "20 aircraft")
    # a shared time after two joined results stays with both
    both = "Revenue rose to £3m and profit climbed to £1m in 2024."
    assert "2024" in own_clause(both, "£3m")
