"""refine.py: a one-word metric made whole by the figure's own noun phrase."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.refine import extends, refined, whole_metrics
from reader.model import Figure


def _refined(sentence: str, surface: str, metric: str, kind: str = "money") -> str | None:
    at = sentence.index(surface)
    fig = Figure(surface, kind, 1.0, None, metric=metric, sentence=sentence)  # type: ignore[arg-type]
    return refined(fig, sentence, at, at + len(surface))


def test_the_noun_phrase_says_which_measure() -> None:
    assert _refined("The club reported a net loss of £31.4m.", "£31.4m", "loss") == "net loss"
    assert _refined("Its net debt rose to £88m.", "£88m", "debt") == "net debt"


def test_a_verb_names_what_was_done_to_the_counted_thing() -> None:
    sentence = "Harlow Motors will cut 3,500 jobs by 2027."
    assert _refined(sentence, "3,500 jobs", "jobs", "count") == "jobs cut"


def test_times_verbs_and_names_are_not_which_measure() -> None:
    assert not extends("revenue", "third-quarter revenue", "third-quarter revenue")
    assert not extends("revenue", "posted revenue", "it posted revenue of $5bn")
    assert not extends("members", "britannia members", "800,000 Britannia members")
    assert not extends("debt", "debt back", "to pay its debt back")  # the head is the last word
    assert extends("sales", "online sales", "online sales rose 14%")


def test_a_metric_of_several_words_or_none_is_left() -> None:
    sentence = "Like-for-like sales rose 1.2% at the chain."
    assert _refined(sentence, "1.2%", "like-for-like sales", "percent") == "like-for-like sales"
    fig = Figure("1.2%", "percent", 1.2, "%", metric=None, sentence=sentence, sentence_index=0)
    assert whole_metrics([fig], [sentence]) == [fig]


def test_extraction_names_the_whole_measure() -> None:
    story = [
        "The US trade deficit widened to $61bn in December.",
        "The Commerce Department said the trade deficit for all of last year was 24.4% above "
        "the previous record.",
    ]
    metrics = {f.surface: f.metric for f in extract_figures(story, title="US trade gap grows")}
    assert metrics == {"$61bn": "trade deficit", "24.4%": "trade deficit"}
    story = ["Heineken increased its dividend payment by 25% to 40 euro cents."]
    metrics = {f.surface: f.metric for f in extract_figures(story, title="Heineken profit falls")}
    assert metrics["40 euro cents"] == "dividend payment"


def test_a_sentence_capital_is_no_name() -> None:
    sentence = "Youth unemployment remained stubbornly high at 11.8%."
    assert _refined(sentence, "11.8%", "unemployment", "percent") == "youth unemployment"
    assert not extends("unemployment", "acme unemployment", "In May Acme unemployment fell")


def test_a_participle_after_a_determiner_modifies_the_measure() -> None:
    sentence = "The group made an operating loss of 84 million euros."
    assert _refined(sentence, "84 million euros", "loss") == "operating loss"
    assert not extends("revenue", "posted revenue", "The company posted revenue of $5bn.")
    sentence = "Ofgen said its price cap would rise by 6% to £1,842."
    assert _refined(sentence, "£1,842", "price") == "price cap"  # a noun after it, not a verb


def test_the_bare_measure_is_kept_for_look_ups() -> None:
    sentence = "Ofgen said its price cap would rise by 6% to £1,842."
    fig = Figure(
        "£1,842", "money", 1842.0, "GBP", metric="price", sentence=sentence, sentence_index=0
    )
    (whole,) = whole_metrics([fig], [sentence])
    assert (whole.metric, whole.measure) == ("price cap", "price")
    assert whole_metrics([whole], [sentence]) == [whole]  # several words: left as they are


def test_a_sum_named_after_the_measure_word_is_kept() -> None:
    # the measure word modifies a noun of a sum far before the figure
    text = (
        "Tax receipts at the borough, which collects rates from about 9,000 firms across "
        "the valley, rose to £61 million in the year."
    )
    got = {f.surface: f.metric for f in extract_figures([text])}
    assert got["£61 million"] == "tax receipts"


def test_a_preposition_made_with_of_names_no_measure() -> None:
    # "ahead of the 4.3% ...": "ahead" is no measure the figure is "of"; the sales are
    got = {
        f.surface: f
        for f in extract_figures(
            [
                "Same-store sales at the Quito chain rose 6.2%, ahead of the 5.8% that analysts "
                "had expected, and online orders grew 14%, short of the 19% it had targeted."
            ]
        )
    }
    assert got["5.8%"].metric == "same-store sales"
    assert got["5.8%"].status == "expected"
    assert got["19%"].metric not in ("short", None)
