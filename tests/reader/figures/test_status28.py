"""status28: bracketed prior-period bases, counterfactual conditions, intention verbs with the
figure in their object and "we see" guidance (issue 14: no non-actual shown as a fact)."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_a_bracketed_prior_year_value_is_a_base() -> None:
    sentence = (
        "Operating profit climbed to £52.3m (2024: £41.7m) on sales of £390.1m (2024: £350m)."
    )
    assert _status(sentence, "£52.3m") is None
    assert _status(sentence, "£41.7m") == "base"
    assert _status(sentence, "£390.1m") is None
    assert _status(sentence, "£350m") == "base"


def test_a_bracketed_labelled_or_fiscal_prior_value_is_a_base() -> None:
    assert _status("Coverage ratio: 88% (2020 review: 64%)", "64%") == "base"
    assert _status("Coverage ratio: 88% (2020 review: 64%)", "88%") is None
    assert _status("The interim payout is 3.2p (FY24: 2.9p).", "2.9p") == "base"
    assert _status("Net debt fell to $80m (prior year: $95m).", "$95m") == "base"


def test_a_bracketed_conversion_is_no_base() -> None:
    sentence = "The plant cost €120m (£104m) to build."
    assert _status(sentence, "€120m") is None


def test_a_counterfactual_if_clause_is_hypothetical() -> None:
    sentence = (
        "If the lender had cut its rate by 75 basis points in June, a couple with a $200,000 "
        "loan would be paying about $140 a month less now."
    )
    assert _status(sentence, "75 basis points") == "hypothetical"
    assert _status(sentence, "$200,000") == "hypothetical"
    assert _status(sentence, "$140") == "hypothetical"


def test_an_inverted_had_condition_is_hypothetical() -> None:
    sentence = "Had the council sold the depot for £4m, it could have cleared its debts."
    assert _status(sentence, "£4m") == "hypothetical"


def test_an_open_condition_is_no_supposition() -> None:
    assert (
        _status("Families can apply only if their income is below £9,000 a year.", "£9,000") is None
    )
    sentence = "Rents rose 6% last year, and if wages had kept pace tenants would be better off."
    assert _status(sentence, "6%") is None


def test_an_intention_verb_with_the_figure_in_its_object_is_planned() -> None:
    assert _status("The chain plans a further 20 store openings in 2028.", "20 store openings") == (
        "planned"
    )
    sentence = "The directors proposed a final dividend of 4.1p a share."
    assert _status(sentence, "4.1p") == "planned"


def test_the_noun_plans_is_no_intention() -> None:
    assert _status("Its plans drew 300 objections.", "300 objections") is None
    assert _status("The plans were approved by 300 votes.", "300 votes") is None


def test_we_see_guidance_is_a_forecast() -> None:
    sentence = '"For the year we now see revenue of $2.1bn to $2.3bn," she said.'
    assert _status(sentence, "$2.1bn") == "forecast"
    assert _status(sentence, "$2.3bn") == "forecast"


def test_what_someone_had_expected_is_an_expectation() -> None:
    sentence = "She had expected about 150,000 visitors for the season."
    assert _status(sentence, "150,000 visitors") == "expected"
    sentence = "The council had been expecting a grant of up to £40 million, officials said."
    assert _status(sentence, "£40 million") == "expected"
    sentence = 'Sales rose 4%, well below the "roughly 9%" investors had hoped for.'
    assert _status(sentence, "9%") == "expected"
    assert _status(sentence, "4%") is None


def test_a_plain_expected_stays_a_forecast_and_had_done_is_a_fact() -> None:
    assert _status("It expected sales of £2m next year.", "£2m") == "forecast"
    assert _status("The team had scored 3 goals by half-time.", "3 goals") is None


def test_a_second_move_with_its_verb_left_out_shares_the_plan() -> None:
    sentence = (
        "From March 1, the monthly fee will go up from $5.99 to $6.99 in Canada, and from "
        "€4.99 to €5.49 in Spain."
    )
    assert _status(sentence, "$5.99") == "base"
    assert _status(sentence, "€4.99") == "base"
    assert _status(sentence, "$6.99") is not None
    assert _status(sentence, "€5.49") == _status(sentence, "$6.99")


def test_a_past_move_in_two_steps_stays_a_fact() -> None:
    sentence = "Prices fell from $10 to $8 in 2024, and from $8 to $7 in 2025."
    assert _status(sentence, "$10") == "base"
    assert _status(sentence, "$7") is None


def test_an_up_from_range_after_a_comma_is_the_old_range() -> None:
    sentence = "It now sees margins of 5% to 6%, up from its earlier forecast of 3% to 4%."
    assert _status(sentence, "3%") == "base"
    assert _status(sentence, "4%") == "base"


def test_a_clause_after_a_semicolon_without_a_verb_shares_the_plan() -> None:
    sentence = "A top club will receive about £9 million a year; a small club about £1.2 million."
    assert _status(sentence, "£9 million") == "planned"
    assert _status(sentence, "£1.2 million") == "planned"
    assert _status("Sales will rise 5% in May; the margin was 3%.", "3%") is None


def test_an_event_nouns_amount_heading_a_would_clause_is_not_a_fact() -> None:
    sentence = "She said a state grant of £3 million would pay for two new platforms."
    assert _status(sentence, "£3 million") == "planned"
    sentence = "But a cut of 25 basis points would still leave borrowing costs high."
    assert _status(sentence, "25 basis points") == "forecast"
    sentence = "The midpoint of its new range of $4.00 to $4.40 would be a record."
    assert _status(sentence, "$4.00") == "forecast"


def test_a_state_noun_or_a_done_event_stays_a_fact() -> None:
    assert (
        _status("A shortage of about 30,000 homes would limit the damage.", "30,000 homes") is None
    )
    sentence = "The bank made a cut of 25 basis points, which would help."
    assert _status(sentence, "25 basis points") is None
    assert _status("He said the fine of £2m would not be paid.", "£2m") is None


def test_an_amount_still_to_be_paid_is_planned() -> None:
    sentence = "The court ordered the firm to pay costs, with £2 million to be paid within 14 days."
    assert _status(sentence, "£2 million") == "planned"
    assert _status("The first 100 patients to be treated did well.", "100 patients") is None


def test_a_making_clause_hung_on_a_forecast_shares_it() -> None:
    sentence = "The mill is expected to employ 300 people, making 9,000 tonnes of paper a month."
    assert _status(sentence, "9,000 tonnes") == "forecast"
    assert _status("Profit rose 4% to £20m, making it the best year.", "£20m") is None


def test_a_result_that_came_as_expected_is_a_fact() -> None:
    sentence = "The 2.8% drop in van sales had been expected, after a strong spring."
    assert _status(sentence, "2.8%") is None
    sentence = "The firm said profit would be 12% lower than brokers had expected."
    assert _status(sentence, "12%") == "forecast"


def test_a_fact_in_a_relative_clause_beside_a_counterfactual_stays_a_fact() -> None:
    sentence = (
        "If fares had not been cut, summer trips - which make up nearly 40% of all bookings - "
        "would have fallen."
    )
    assert _status(sentence, "40%") is None


def test_a_backlog_still_to_be_dealt_with_is_a_fact() -> None:
    assert _status("Nearly 90,000 claims have yet to be paid.", "90,000 claims") is None
    sentence = "About 30bn pesos to be spent on roads will be borrowed."
    assert _status(sentence, "30bn pesos") == "planned"


def test_plans_the_noun_before_a_verb_is_no_intention() -> None:
    sentence = "Early business plans forecast 8,000 members within a decade."
    assert _status(sentence, "8,000 members") != "planned"
    assert _status("The firm plans 40 openings next year.", "40 openings") == "planned"


def test_an_earlier_level_below_or_above_which_a_figure_stands_is_a_base() -> None:
    sentence = "Average prices are still below the peak of £312,000 reached in the spring of 2021."
    assert _status(sentence, "£312,000") == "base"
    sentence = (
        "The notes were priced to yield 7.1%, below the 7.6% initially offered to investors and "
        "well under the 8.25% Ghana paid on a bond sold in late 2023."
    )
    assert _status(sentence, "7.1%") is None
    assert _status(sentence, "7.6%") == "base"
    assert _status(sentence, "8.25%") == "base"


def test_a_peer_or_an_agreed_level_beside_a_figure_stays_a_fact() -> None:
    sentence = "Wage growth ran at 5.2%, above the 4.9% agreed in the spring pay round."
    assert _status(sentence, "4.9%") is None
    sentence = "Its budget will rise to €38m, still well below the €60m or more spent by the richest clubs."
    assert _status(sentence, "€60m") is None


def test_a_share_of_pledges_is_no_plan() -> None:
    sentence = "Borrowers redeemed 91% of pledges within the loan term."
    assert _status(sentence, "91%") is None
    assert _status("The council unveiled a £9bn transport plan.", "£9bn") == "planned"


def test_an_expectation_of_analysts_named_by_who_polled_them() -> None:
    sentence = (
        "Net profit rose 9% to R2.4 billion, beating the R2.1 billion that analysts polled by "
        "Karoo Research had expected."
    )
    assert _status(sentence, "R2.1 billion") == "expected"
    assert _status(sentence, "R2.4 billion") is None
    at_bank = "Sales hit $4 billion, above the $3.9 billion analysts at Kestrel Bank had forecast."
    assert _status(at_bank, "$3.9 billion") == "expected"
