"""A sentence that opens on its condition supposes a case whatever verb its consequence takes
("that's", "it saved", "there is"): the figures of the opening "if" clause and of the clause
it conditions are hypothetical (reader/figures/scenario.py, ``_conditional``); a set phrase
("If anything"), a condition on "you" (a standing rule) and an aside inside the condition
("now at 5.8%") are not. A central bank's target rate is its setting, not a goal
(``status._RATE_TARGET``)."""

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
