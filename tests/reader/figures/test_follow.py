"""What a figure takes from the sentence before it, and owners that are no measures."""

from __future__ import annotations

from reader.figures import extract_figures, parse_sentence


def _by_surface(paragraphs: list[str]) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {f.surface: (f.metric, f.subject, f.status) for f in extract_figures(paragraphs)}


def test_an_expectation_in_a_sentence_of_its_own_measures_the_figure_before() -> None:
    figs = _by_surface(
        [
            "Kaminari Motors cut its operating profit forecast to ¥410bn from ¥520bn.",
            "Analysts polled by the Nikkei had expected about ¥450bn.",
            "Kaminari Motors shares fell 4.6%.",
        ]
    )
    # the analysts' figure is the firm's (not the pollster's), and measures its profit
    assert figs["¥450bn"] == ("operating profit", "Kaminari Motors", "expected")


def test_a_later_comparison_in_a_sentence_keeps_to_its_own_sentence() -> None:
    figs = _by_surface(
        [
            "Kaminari Motors spent ¥90bn on research last year.",
            "Among drivers, 70% said they would buy one, compared with 39% of others.",
        ]
    )
    assert figs["39%"][0] is None  # not the spending of the sentence before


def test_a_related_firm_after_its_is_named_and_a_measure_owns_nothing() -> None:
    s = "Its rival Penrose & Co reported a 9% fall in auction sales over the same period."
    assert parse_sentence(s)[0].subject == "Penrose & Co"
    assert parse_sentence("Turnout was 58%.")[0].subject is None
    assert parse_sentence("nationally, values edged down 0.2%.")[0].subject is None


def test_a_measure_phrase_names_its_owner_when_its_words_say() -> None:
    assert parse_sentence("sydney home prices fell 0.8% in november.")[0].subject == "sydney"
    assert parse_sentence("Analysts said Sydney home prices fell 0.8%.")[0].subject == "Sydney"
    # qualifiers are no owners: "third-quarter net sales", "higher iron ore costs"
    assert parse_sentence("third-quarter net sales rose 6.3%.")[0].subject is None
    assert parse_sentence("higher iron ore costs rose 8%.")[0].subject is None


def test_a_bare_forecast_count_follows_the_count_before_it() -> None:
    figs = extract_figures(
        ["The line could carry 9 million passengers a year by 2040. "
         "The company's earlier forecast was 11.5 million."]
    )  # fmt: skip
    assert {f.surface: f.metric for f in figs}["11.5 million"] == "passengers"


def test_a_status_noun_is_not_a_measure() -> None:
    figs = extract_figures(["Its earlier forecast was 11.5 million."])
    assert figs[0].metric != "earlier forecast"
