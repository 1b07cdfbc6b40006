"""A sentence that opens on its condition supposes a case whatever verb its consequence takes
("that's", "it saved", "there is"): the figures of the opening "if" clause and of the clause
it conditions are hypothetical (reader/figures/scenario.py, ``_conditional``); a set phrase
("If anything"), a condition on "you" (a standing rule) and an aside inside the condition
("now at 5.8%") are not."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_an_opening_condition_supposes_its_figures_without_a_modal() -> None:
    sentence = "If freight rates fall back 10 percent, that's roughly $1.4 million off the profit."
    assert _status(sentence, "10 percent") == "hypothetical"
    assert _status(sentence, "$1.4 million") == "hypothetical"
    sentence = "If the scheme prevented just 12 burglaries last year, it saved about $90,000."
    assert _status(sentence, "$90,000") == "hypothetical"
    sentence = '"If occupancy gets back to 82 per cent, you\'re looking at profit of $70 million."'
    assert _status(sentence, "82 per cent") == "hypothetical"
    assert _status(sentence, "$70 million") == "hypothetical"


def test_set_phrases_standing_rules_and_asides_are_not_supposed() -> None:
    assert _status("If anything, prices rose 3% last month.", "3%") is None
    sentence = "If you are behind with payments, the hardship fund can pay up to £250."
    assert _status(sentence, "£250") != "hypothetical"
    sentence = "If unemployment, now at 5.8%, kept rising, the bank said nothing."
    assert _status(sentence, "5.8%") != "hypothetical"
    sentence = "The lari strengthened, which it did by about 4% this year, the bank said."
    assert _status(sentence, "4%") != "hypothetical"


def test_a_central_banks_target_rate_is_its_setting_not_a_goal() -> None:
    sentence = "The Monetary Board kept the target reverse repurchase rate at 5.25%."
    assert _status(sentence, "5.25%") is None
    assert _status("The bank held its policy rate target at 2% on Thursday.", "2%") is None
    assert _status("Reserves were within its target range of £8m to £11m.", "£8m") is not None
    sentence = "The bank aims to bring inflation back to its 2% target by next year."
    assert _status(sentence, "2%") is not None


def test_the_australian_press_marks_a_dollar_after_its_sign() -> None:
    from reader.figures import extract_figures

    paragraphs = [
        "Northgate, which manages about $C74 billion, bid $3.4 billion for the ASX-listed "
        "Sydney company.",
        "The buyer raised $US40 million from its own investors and paid $A38,000 in fees.",
    ]
    units = {f.surface: f.unit for f in extract_figures(paragraphs)}
    assert units["$C74 billion"] == "CAD"
    assert units["$US40 million"] == "USD"
    assert units["$A38,000"] == "AUD"


def test_a_story_set_in_new_zealand_writes_its_own_dollar_bare() -> None:
    from reader.figures import extract_figures

    paragraphs = [
        "A Hamilton foodbank gave out a record 14,820 food parcels in the year to June.",
        "Each parcel costs the foodbank about $68 to put together, up from $52 in 2024.",
        "Stats NZ's food price index rose 4.6 percent in the year to September.",
        "The ministry paid out $24.6 million in hardship grants in the Waikato region.",
    ]
    units = {f.surface: f.unit for f in extract_figures(paragraphs)}
    assert units["$24.6 million"] == "NZD"


def test_what_was_done_to_counted_things_after_them_is_their_metric() -> None:
    sentence = "The institute counted 6,412 properties sold across the country in May."
    assert _metric(sentence, "6,412 properties") == "properties sold"
    sentence = "Builders completed 1,200 homes built to the new standard last year."
    assert _metric(sentence, "1,200 homes") == "homes built"


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).metric
