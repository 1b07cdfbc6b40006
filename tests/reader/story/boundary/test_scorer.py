"""The learned boundary scorer: its features, the shipped weights and the fitting."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from reader.eval.boundary_scores import gap_accuracy
from reader.eval.train_boundary import fit
from reader.story.assemble import paragraphs_of
from reader.story.boundary.features import FEATURES, boundary_features, headline_shaped, names_in
from reader.story.boundary.scorer import Weights, boundary_scores, score_rows, shipped
from reader.story.lines.classify import classify_lines
from reader.story.paragraph import Paragraph

FERRY = [
    "Passengers on the Kessock ferry will pay a fifth more for a crossing from April, Tidewater said.",
    "Tidewater said the rise was needed to cover fuel costs and a new engine for the Morven.",
    "The Kessock ferry carried 412,000 passengers last year, most of them Tidewater commuters.",
    "Councillor Fiona Baird said the Kessock ferry rise would hit shift workers hardest.",
]
SCHOOL = [
    "A primary school in Glenmoray has been named the best school garden by the Horticultural Trust.",
    "Pupils at Glenmoray Primary grow potatoes, kale and strawberries on an old car park.",
    "Head teacher Alan Dunlop said the Glenmoray pupils cooked what they grew in the garden.",
    "Judges praised the Glenmoray garden's rainwater tanks and a wormery built from pallets.",
]


def test_names_are_capitalised_words_inside_sentences() -> None:
    names = names_in("The Kessock ferry said. Councillor Fiona Baird agreed on Monday.")
    assert {"kessock", "fiona", "baird"} <= names
    assert "the" not in names and "monday" not in names and "councillor" not in names


def test_headline_shape() -> None:
    assert headline_shaped("Village school wins national award for its garden")
    assert not headline_shaped("The school won an award for its garden.")
    assert not headline_shaped("SUBMIT")


def test_one_row_per_paragraph_in_feature_order() -> None:
    paras, _ = paragraphs_of(classify_lines([*FERRY, *SCHOOL]))
    rows = boundary_features(paras)
    assert len(rows) == len(paras) == 8
    assert all(len(r) == len(FEATURES) for r in rows)
    coh = FEATURES.index("cohesion")
    new = FEATURES.index("lede_new_names")
    # the gap between the articles shares fewer words and brings more new names than any other
    assert rows[4][coh] == min(r[coh] for r in rows[1:])
    assert rows[4][new] == max(r[new] for r in rows[1:])


def test_shipped_weights_put_the_article_change_highest() -> None:
    assert shipped().features == FEATURES
    paras, _ = paragraphs_of(classify_lines([*FERRY, *SCHOOL]))
    scores = boundary_scores(paras)
    assert max(range(1, 8), key=lambda k: scores[k].p) == 4
    assert scores[4].reasons and "boundary p=" in scores[4].why()


def test_fit_learns_a_separable_rule_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    y = (x[:, FEATURES.index("cohesion")] < -0.5).astype(np.float64)
    w = fit(x, y)
    recall, false = gap_accuracy(w, x, y)
    assert recall > 0.9 and false < 0.05
    assert w.weights[FEATURES.index("cohesion")] < 0
    again = Weights.from_json(w.to_json(command="test"))
    assert np.allclose(again.weights, w.weights, atol=1e-5)
    assert again.shift == w.shift


def test_weights_file_errors_are_one_line(tmp_path: Path) -> None:
    from reader.story.boundary.scorer import current, use_weights_file

    bad = tmp_path / "w.json"
    bad.write_text('{"features": ["bias"]}', encoding="utf-8")
    error = use_weights_file(str(bad))
    assert error is not None and "\n" not in error and "w.json" in error
    assert use_weights_file(str(tmp_path / "missing.json")) is not None
    good = tmp_path / "good.json"
    good.write_text(shipped().to_json(), encoding="utf-8")
    try:
        assert use_weights_file(str(good)) is None
        assert current() == shipped() and current() is not shipped()
    finally:
        assert use_weights_file(None) is None
    assert current() is shipped()


def test_gap_blank_marks_a_blank_line_the_file_does_not_usually_put() -> None:
    gap = FEATURES.index("gap_blank")
    apart = paragraphs_of(classify_lines([*FERRY, "", *SCHOOL]))[0]
    assert [r[gap] for r in boundary_features(apart)] == [0.0] * 4 + [1.0] + [0.0] * 3
    every = [ln for p in [*FERRY, *SCHOOL] for ln in (p, "")]
    spaced = paragraphs_of(classify_lines(every))[0]
    assert len(spaced) == 8 and all(r[gap] == 0.0 for r in boundary_features(spaced))
    # a heading set apart by blank lines in that layout is two runs of one blank line
    headed = [*every[:4], "What the council says", "", *every[4:]]
    paras = paragraphs_of(classify_lines(headed))[0]
    assert paras[2].head and all(r[gap] == 0.0 for r in boundary_features(paras))


def test_a_dropped_feature_gets_no_weight() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=(200, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    coh = FEATURES.index("cohesion")
    y = (x[:, coh] > 0).astype(np.float64)
    assert fit(x, y).weights[coh] > 1.0
    assert fit(x, y, drop=frozenset({"cohesion"})).weights[coh] == 0.0


def test_short_decoding_settings_round_trip_and_default_to_the_lexical_search() -> None:
    from dataclasses import replace

    w = replace(shipped(), short_min=3, short_from=0.5, short_shift=1.5)
    again = Weights.from_json(w.to_json())
    assert (again.short_min, again.short_from, again.short_shift) == (3, 0.5, 1.5)
    data = json.loads(shipped().to_json())
    for key in ("short_min", "short_from"):
        del data[key]
    old = Weights.from_json(json.dumps(data))  # weights from before: never decoded alone
    assert old.short_min == 0


def test_a_menu_of_short_labels_is_not_decoded_as_pasted_items() -> None:
    from dataclasses import replace

    from reader.story.boundary.scorer import scores_and_shortest, use_weights

    menu = ["Home", "News", "Weather", "Sport", "Business", "Politics", "Local News", "Jobs"]
    items = [*FERRY, *SCHOOL]
    use_weights(replace(shipped(), short_min=3, short_from=0.0))
    try:
        # menu labels the line roles kept as body (as on a page they did not see as one)
        labels = [Paragraph(text, k + 1, k + 1) for k, text in enumerate(menu)]
        scores, shortest = scores_and_shortest(labels)
        assert shortest == 0 and len(scores) == len(menu)
        paras, _ = paragraphs_of(classify_lines(items))
        scores, shortest = scores_and_shortest(paras)
        assert shortest == 3 and len(scores) == len(paras)
    finally:
        use_weights(None)


def test_scores_of_a_file_carry_each_row_s_own_contributions() -> None:
    """The file's rows are weighed at once: each score's parts are what ``contributions``
    gives its row alone, clipping and NaN included, and its probability follows from them."""
    import math

    w = shipped()
    rng = np.random.default_rng(3)
    rows = [[0.0] * len(FEATURES)]
    for _ in range(12):
        row = list(rng.normal(0.0, 40.0, len(FEATURES)))
        rows.append(row)
    rows[3][5] = float("nan")
    rows[4][6] = float("inf")
    rows[5][7] = -float("inf")
    scores = score_rows(rows, w)
    assert scores[0].p == 1.0 and scores[0].parts == ()
    for row, score in zip(rows[1:], scores[1:], strict=True):
        parts = w.contributions(row)
        assert list(score.parts) == parts
        z = sum(parts) + w.shift + w.short_shift * row[FEATURES.index("short_bias")]
        assert score.p == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_a_row_of_the_wrong_length_is_refused() -> None:
    import pytest

    rows = [[0.0] * len(FEATURES), [0.0] * (len(FEATURES) - 1)]
    with pytest.raises(ValueError, match="features for"):
        score_rows(rows, shipped())
