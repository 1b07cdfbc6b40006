"""A lede's tense is read where the scorer's odds decide, not in the lexical search's cues."""

from __future__ import annotations

from reader.story.assemble import paragraphs_of
from reader.story.boundary.features import FEATURES
from reader.story.boundary.scorer import ODDS_ONLY, scores_and_shortest, shipped
from reader.story.lines.classify import classify_lines

# One article written a sentence a line: a mid-article sentence in a lede's tense.
ARTICLE = [
    "A bakery in Tolworth has won a national award for its sourdough loaves.",
    "The bakery opened in 1962 and employs nine people at its shop on Mill Lane.",
    "Owner Rita Vance said the judges had visited twice without telling her.",
    "She said the secret was a starter her grandmother brought from Naples.",
    "Rival bakers across the county have entered the competition for years.",
    "The bakery will use the prize money to buy a second oven for the shop.",
    "Vance said customers had queued down Mill Lane on the morning of the award.",
]


def test_without_gives_a_feature_no_weight_and_keeps_the_rest() -> None:
    w = shipped()
    light = w.without(ODDS_ONLY)
    k = FEATURES.index("news_tense")
    assert light.weights[k] == 0.0 and w.weights[k] != 0.0
    assert [x for j, x in enumerate(light.weights) if j != k] == [
        x for j, x in enumerate(w.weights) if j != k
    ]


def test_a_file_the_lexical_search_decides_is_cued_without_the_tense() -> None:
    paras, _ = paragraphs_of(classify_lines(ARTICLE))
    scores, shortest = scores_and_shortest(paras)
    assert shortest == 0  # one article: not judged several, the lexical search decides
    k = FEATURES.index("news_tense")
    assert all(s.parts[k] == 0.0 for s in scores[1:])


def test_with_the_judgement_off_the_cues_keep_the_tense() -> None:
    # the boundary trainer decodes with the file-kind judgement off: every file cued as before
    from reader.story.boundary import filekind

    off = filekind.FileModel(mean=(0.0,), scale=(1.0,), weights=(0.0,), threshold=2.0)
    paras, _ = paragraphs_of(classify_lines(ARTICLE))
    k = FEATURES.index("news_tense")
    filekind.use_model(off)
    try:
        scores, _ = scores_and_shortest(paras)
    finally:
        filekind.use_model(None)
    assert scores[4].parts[k] > 0.0  # "Rival bakers … have entered": a new subject, a perfect
