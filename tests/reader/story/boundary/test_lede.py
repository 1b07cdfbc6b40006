"""Lede and second-reference features: a lede names people in full, a follow-up refers back."""

from __future__ import annotations

from reader.story.boundary.lede import (
    LEDE_FEATURES,
    LONG_WORDS,
    SHORT_WORDS,
    first_sentence,
    gated_lede_features,
    lede_features,
    name_runs,
    short_gate,
)

TEXTS = [
    "A new footbridge over the River Adder at Kelby will open to the public next week.",
    "Jess Carter won the women's race at the Great Eastern Run in Norbridge.",
    "Carter said she was delighted with her time. She will race again in spring.",
    "The race raised money for the hospital.",
    "The number of visitors to Castle Ardon rose by a fifth.",
]


def _features(i: int) -> dict[str, float]:
    return dict(zip(LEDE_FEATURES, lede_features(TEXTS, i), strict=True))


def test_name_runs_join_capitalised_words_and_stop_at_lower_case() -> None:
    assert name_runs(TEXTS[1]) == [("jess", "carter"), ("great", "eastern", "run"), ("norbridge",)]
    assert name_runs("The council met.") == []


def test_first_sentence_only() -> None:
    assert first_sentence(TEXTS[2]) == "Carter said she was delighted with her time."


def test_a_lede_naming_someone_new_in_full() -> None:
    f = _features(1)
    assert f["full_name_new"] == 2.0  # Jess Carter, Great Eastern Run: neither seen before
    assert f["short_ref_seen"] == 0.0


def test_a_surname_alone_refers_back_to_the_full_name() -> None:
    f = _features(2)
    assert f["short_ref_seen"] == 1.0
    assert f["full_name_new"] == 0.0


def test_a_definite_description_with_a_noun_used_before_refers_back() -> None:
    f = _features(3)
    assert (f["definite_seen"], f["definite_new"]) == (1.0, 0.0)


def test_a_definite_description_with_a_new_noun() -> None:
    f = _features(4)  # "The number …": "number" not used in the paragraphs before
    assert (f["definite_seen"], f["definite_new"]) == (0.0, 1.0)
    assert f["full_name_new"] == 1.0  # Castle Ardon


def test_no_second_reference_when_the_name_was_never_in_full() -> None:
    texts = ["Carter won the race.", "Carter said she was delighted."]
    assert lede_features(texts, 1)[LEDE_FEATURES.index("short_ref_seen")] == 0.0


def test_the_gate_opens_for_short_paragraphs_and_shuts_for_long() -> None:
    assert short_gate(19) == 1.0 and short_gate(SHORT_WORDS) == 1.0
    assert short_gate(LONG_WORDS) == 0.0 and short_gate(72) == 0.0
    assert 0.0 < short_gate((SHORT_WORDS + LONG_WORDS) / 2) < 1.0


def test_gated_features_are_the_lede_features_in_short_files_and_zero_in_long() -> None:
    full = lede_features(TEXTS, 1)
    assert any(full)
    assert gated_lede_features(TEXTS, 1, 15) == full
    assert gated_lede_features(TEXTS, 1, 80) == [0.0] * len(LEDE_FEATURES)
    half = gated_lede_features(TEXTS, 1, (SHORT_WORDS + LONG_WORDS) / 2)
    assert half == [v / 2 for v in full]


def test_boundary_features_gate_by_the_files_median_paragraph() -> None:
    from reader.story.assemble import paragraphs_of
    from reader.story.boundary.features import (
        BASE_FEATURES,
        FEATURES,
        SHORT_FEATURES,
        boundary_features,
    )
    from reader.story.lines.classify import classify_lines

    at = FEATURES.index("full_name_new")
    short = boundary_features(paragraphs_of(classify_lines(TEXTS))[0])
    assert short[1][at] == 2.0  # a lede naming two new things, in a file of one-liners
    padding = " It went on to say a great deal more about the plans for the coming year."
    long_paras = [t + padding * 4 for t in TEXTS]
    long = boundary_features(paragraphs_of(classify_lines(long_paras))[0])
    assert all(row[at] == 0.0 for row in long)
    # the short-file copies: each feature again in a file of one-liners, zero in a long one
    base = len(BASE_FEATURES)
    copies = [FEATURES.index(name) for name in SHORT_FEATURES]
    assert all(row[k] == row[k - base - len(LEDE_FEATURES)] for row in short for k in copies)
    assert any(short[1][k] for k in copies)
    assert all(row[k] == 0.0 for row in long for k in copies)
