"""Money committed or approved is planned, and a sum one puts an estimate on is a forecast
(reader/figures/planned.py, status.py), while a size "estimated at" is a fact's."""

from __future__ import annotations

from reader.figures import extract_figures, parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_money_committed_or_approved_is_planned() -> None:
    assert _status("The owners hold 72% after committing €90 million over five years.", "€90 million") == "planned"  # fmt: skip
    assert _status("The board approved an investment of €12.5 million in a paint shop.", "€12.5 million") == "planned"  # fmt: skip
    assert _status("We are investing £2.8 million there over two years.", "£2.8 million") == "planned"  # fmt: skip
    assert _status("The board invested £2.8 million there last year.", "£2.8 million") is None


def test_an_estimate_put_on_a_sum_is_a_forecast_a_size_estimated_at_is_not() -> None:
    sentence = "The insurer estimated its claims from the storm at between $260 million and $310 million."  # fmt: skip
    assert _status(sentence, "$260 million") == "forecast"
    assert _status(sentence, "$310 million") == "forecast"
    sentence = "Engineers put the cost of rebuilding the bridge at about £40m."
    assert _status(sentence, "£40m") == "forecast"
    assert _status("The trust is heading for a £36.4m overspend this year.", "£36.4m") == "forecast"  # fmt: skip
    assert _status("Her fortune, estimated at £14.2bn, tops the list.", "£14.2bn") is None
    assert _status("The company put its shares on sale at $20 each.", "$20") != "forecast"


def test_guidance_given_and_a_brokers_upside_are_forecasts() -> None:
    sentence = "Management guided fourth-quarter revenue to $40.5 billion to $41.5 billion."
    assert _status(sentence, "$40.5 billion") == "forecast"
    header = "Harrow Mining (HRW) | Rating: Buy | Target price: 410p | Upside: 18%"
    assert _status(header, "18%") == "forecast"


def test_the_consensus_a_result_is_set_against_is_expected() -> None:
    sentence = "Net profit was €141 million, well ahead of the €124 million consensus."
    assert _status(sentence, "€124 million") == "expected"
    assert _status(sentence, "€141 million") is None


def test_a_dividend_a_board_sets_is_still_to_be_paid() -> None:
    def status(sentence: str, surface: str) -> str | None:
        figs = extract_figures([sentence], title="Results")
        return next(f for f in figs if f.surface == surface).status

    assert status("The board raised the quarterly dividend by 8% to 81 cents a share.", "81 cents") == "planned"  # fmt: skip
    assert status("It paid a dividend of 12p a share in June.", "12p") is None
    assert status("The shares offer a dividend yield of 4.9%.", "4.9%") is None


def test_a_bracketed_prior_without_a_year_label_is_a_base() -> None:
    def status(sentence: str, surface: str) -> str | None:
        figs = extract_figures([sentence], title="Results")
        return next(f for f in figs if f.surface == surface).status

    assert status("- The gross margin was 41.2% (39.6%).", "39.6%") == "base"
    assert status("- Operating profit of $142 million (last year $126 million)", "$126 million") == "base"  # fmt: skip
    assert status("Price target: $265 (from $248) | Rating: Buy", "$248") == "base"
    # another dollar in brackets is a conversion, no base
    assert [f.surface for f in extract_figures(["Profit was A$3bn ($1.9bn)."], title="R")] == [
        "A$3bn"
    ]
