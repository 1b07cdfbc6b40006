"""The learned metric choice: candidates and their features, the choice, the shipped weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.figures import extract_figures, metric_model
from reader.figures.metric_model import (
    RECORDER,
    Candidate,
    Signals,
    Spot,
    Weights,
    candidates,
    learned_metrics,
    load_weights,
    near,
    spots,
    vocabulary_in,
)
from reader.model import Figure


def _spot(sentence: str, surface: str) -> Spot:
    a = sentence.index(surface)
    return Spot(sentence, a, a + len(surface), None, None)


def _cands(sentence: str, fig: Figure, rule: str | None = None) -> dict[str, set[str]]:
    spot = _spot(sentence, fig.surface)
    phrases = near(vocabulary_in(sentence), spot.start, spot.end)
    found = candidates(fig, spot, Signals(rule, None, phrases))
    return {c.metric: c.features for c in found}


def test_the_verb_before_a_figure_proposes_its_measure() -> None:
    s = "The carmaker said it would cut about 1,200 jobs by 2027."
    fig = Figure("1,200 jobs", "count", 1200, "jobs")
    got = _cands(s, fig)
    assert "verb" in got["jobs cut"]
    assert "unit_noun" in got["jobs"]


def test_the_phrase_a_figure_is_of_and_a_counted_phrase_are_candidates() -> None:
    s = "It sold for more than double its low estimate of £8m."
    assert "of_np" in _cands(s, Figure("£8m", "money", 8e6, "GBP"))["low estimate"]
    s = "Donations reached 410 food banks across the country."
    assert (
        "unit_phrase"
        in _cands(s, Figure("410 food banks", "count", 410, "food banks"))["food banks"]
    )


def test_vocabulary_phrases_carry_where_they_sit() -> None:
    s = "Revenue rose 9% to $4.1bn, while operating profit fell."
    got = _cands(s, Figure("$4.1bn", "money", 4.1e9, "USD"), rule="revenue")
    assert {"rule", "voc_before_0", "voc_nearest_before"} <= got["revenue"]
    assert "voc_nearest_after" in got["operating profit"]


def test_time_words_are_never_candidates() -> None:
    s = "The firm expects to hire 250 engineers next year."
    got = _cands(s, Figure("250 engineers", "count", 250, "engineers"))
    assert "next year" not in got and "next" not in got


def test_a_metric_several_rules_propose_is_one_candidate() -> None:
    s = "The firm raised $50m in funding."
    got = _cands(s, Figure("$50m", "money", 5e7, "USD"), rule="funding")
    assert {"rule", "verb", "voc_after_0"} <= got["funding"]


def _learned(
    weights: Weights, sentence: str, fig: Figure, monkeypatch: pytest.MonkeyPatch
) -> str | None:
    monkeypatch.setattr(metric_model, "load_weights", lambda: weights)
    return learned_metrics([fig], [sentence])[0].metric


def test_a_metric_the_rules_gave_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    s = "The carmaker will cut 3,500 jobs."
    fig = Figure("3,500 jobs", "count", 3500, "jobs", metric="jobs", sentence_index=0)
    assert _learned(Weights({"verb": 5.0}), s, fig, monkeypatch) == "jobs"


def test_a_figure_without_a_metric_takes_the_best_candidate_when_sure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = "The carmaker will cut 3,500 of them."
    fig = Figure("3,500", "count", 3500, None, sentence_index=0)
    assert _learned(Weights({"verb": 1.0}, guess=2.0), s, fig, monkeypatch) is None
    assert _learned(Weights({"verb": 3.0}, guess=2.0), s, fig, monkeypatch) == "jobs cut"


def test_shipped_weights_load_and_a_bad_file_means_rules_only(tmp_path: Path) -> None:
    shipped = load_weights()
    assert shipped is not None and shipped.weights and shipped.guess > 0
    bad = tmp_path / "w.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_weights(bad) is None
    bad.write_text(json.dumps({"weights": []}), encoding="utf-8")
    assert load_weights(bad) is None


def test_the_learned_choice_ranks_what_the_rules_left_unnamed() -> None:
    # the rules give the £8m no metric; the phrase it is "of" says what it is. Whether the
    # learned choice shows its top candidate depends on the threshold (retrained as rounds are
    # added), so the choice is checked with the threshold at the top candidate's score, and
    # with it just above (no metric rather than a guess)
    story = [
        "A seascape by JMW Turner sold for £18.2m including fees at Hartwell's in London on "
        "Tuesday night, a record for the artist and more than double its low estimate of £8m."
    ]
    seen: dict[str, list[Candidate]] = {}

    def record(fig: Figure, spot: Spot, sig: Signals, siblings: list[Figure]) -> None:
        seen[fig.surface] = candidates(fig, spot, sig, siblings)

    token = RECORDER.set(record)
    try:
        figs = {f.surface: f for f in extract_figures(story)}
    finally:
        RECORDER.reset(token)
    assert figs["£8m"].metric is None and figs["£18.2m"].metric == "price"  # the rules
    model = metric_model.load_weights()
    assert model is not None
    # the phrase the £8m is "of" is a candidate; how it ranks against the sibling's measure
    # ("price") moves as rounds are added (session 21's refit put it second, 0.475 to 0.502,
    # below the threshold either way, so no metric is shown rather than a guess)
    assert any("estimate" in (c.metric or "") for c in seen["£8m"])
    best = max(seen["£8m"], key=model.score)
    assert best.metric is not None
    at = metric_model.Weights(model.weights, model.score(best))
    above = metric_model.Weights(model.weights, model.score(best) + 1e-5)  # past the tolerance
    assert metric_model._chosen(figs["£8m"], seen["£8m"], at).metric == best.metric
    assert metric_model._chosen(figs["£8m"], seen["£8m"], above).metric is None
    shown = {f.surface: f.metric for f in extract_figures(story)}
    assert shown["£18.2m"] == "price"
    assert shown["£8m"] == (best.metric if model.sure(best) else None)


def test_recording_sees_every_figure_and_changes_nothing() -> None:
    sentences = ["Revenue rose 9% to $4.1bn.", "It will cut 300 jobs."]
    figures = [
        Figure("9%", "percent", 9, "%", metric="revenue", sentence_index=0),
        Figure("$4.1bn", "money", 4.1e9, "USD", metric="revenue", sentence_index=0),
        Figure("300 jobs", "count", 300, "jobs", metric=None, sentence_index=1),
    ]
    seen: list[tuple[str, list[Candidate]]] = []

    def record(fig: Figure, spot: Spot, sig: Signals, siblings: list[Figure]) -> None:
        seen.append((fig.surface, candidates(fig, spot, sig, siblings)))

    token = RECORDER.set(record)
    try:
        out = learned_metrics(figures, sentences)
    finally:
        RECORDER.reset(token)
    assert out == figures
    assert [s for s, _ in seen] == ["9%", "$4.1bn", "300 jobs"]


def test_spots_place_repeated_surfaces_left_to_right() -> None:
    sentences = ["Sales rose 5% and profit rose 5% too."]
    figs = [Figure("5%", "percent", 5, "%", sentence_index=0)] * 2
    placed = spots(figs, sentences)
    assert [(p.start, p.prev_end, p.next_start) for p in placed if p] == [
        (11, None, 30),
        (30, 13, None),
    ]


def test_the_noun_phrase_a_figure_sits_in_is_a_candidate() -> None:
    s = "The tournament offers prize money of A$1m to its winner."
    assert "head" in _cands(s, Figure("A$1m", "money", 1e6, "AUD"))["prize money"]
    s = "Shopkeepers say footfall dropped 6% on the high street."
    assert {"head", "head|none"} <= _cands(s, Figure("6%", "percent", 6.0, "%"))["footfall"]


def test_a_unit_of_measure_as_metric_is_open_to_the_model_a_counted_noun_is_not() -> None:
    s = "Growers harvested a crop of 14,600 tonnes this year."
    tonnes = Figure("14,600 tonnes", "other", 14600, "tonnes", metric="tonnes")
    got = _cands(s, tonnes, rule="tonnes")
    assert metric_model.weak_rule(tonnes)
    assert (
        "rule_weak" in got["crop"] and "head|weak" in got["crop"] and "rule|weak" in got["tonnes"]
    )
    staff = Figure("410 nurses", "count", 410, "nurses", metric="nurses")
    assert not metric_model.weak_rule(staff)
    assert "rule_weak" not in _cands("It hired 410 nurses.", staff, rule="nurses")["nurses"]


def test_a_score_is_the_same_whatever_the_sets_order_and_the_threshold_is_inclusive() -> None:
    weights = {f"f{k}": 0.1 * k + 1e-7 * k * k for k in range(40)}
    feats = [f"f{k}" for k in range(40)]
    model = Weights(weights, guess=round(sum(weights[f] for f in sorted(feats)), 6))
    scores = {model.score(Candidate("m", set(order))) for order in (feats, feats[::-1])}
    assert len(scores) == 1
    assert model.sure(Candidate("m", set(feats)))  # its own score, written rounded, reaches it
    assert not model.sure(Candidate("m", set(feats[:-1])))
