"""The file-level judgement "one article or several" (``reader.story.boundary.filekind``)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace

import pytest

from reader.story.assemble import paragraphs_of
from reader.story.boundary.features import boundary_features
from reader.story.boundary.filekind import (
    FILE_FEATURES,
    FileModel,
    file_features,
    judged_several,
    shipped,
    use_model,
)
from reader.story.boundary.scorer import ODDS_ONLY, current, score_rows, scores_and_shortest
from reader.story.lines.classify import classify_lines
from reader.story.paragraph import Paragraph

PASTE = [
    "Dredging of the harbour at Port Ellery will begin next month after the port authority "
    "approved a £6 million contract with a Dutch marine firm.",
    "The work will deepen the main channel by two metres so that larger container ships can dock.",
    "Fishing boats will use a temporary berth on the north quay while it goes on.",
    "Kilbride's central library will open on Sundays from January, the town council announced "
    "on Tuesday, reversing cuts made eight years ago.",
    "The extra hours will be paid for from a bequest left by a former librarian, Margaret Hollis.",
    "Council leader Sam Osei called the decision long overdue.",
]


@pytest.fixture(autouse=True)
def _shipped_after() -> Iterator[None]:
    yield
    use_model(None)


def _paras(lines: list[str]) -> list[Paragraph]:
    return paragraphs_of(classify_lines(lines))[0]


def _model(bias: float, threshold: float) -> FileModel:
    n = len(FILE_FEATURES)
    return FileModel(
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        weights=(bias, *([0.0] * (n - 1))),
        threshold=threshold,
        shortest=2,
        shift=0.5,
    )


def test_file_features_one_value_each() -> None:
    paras = _paras(PASTE)
    rows = boundary_features(paras)
    odds = [s.log_odds for s in score_rows(rows)]
    feats = file_features(paras, rows, odds)
    assert len(feats) == len(FILE_FEATURES)
    assert len(paras) == 6
    assert feats[FILE_FEATURES.index("paragraphs")] == pytest.approx(math.log(6))
    assert feats[FILE_FEATURES.index("one_sentence")] == 1.0


def test_model_round_trips_and_refuses_other_features() -> None:
    m = _model(1.5, 0.7)
    again = FileModel.from_json(m.to_json(command="test"))
    assert again == m
    broken = m.to_json().replace('"gate_from"', '"gate_from_x"')
    with pytest.raises(KeyError):
        FileModel.from_json(broken)
    other = m.to_json().replace('"lede_new"', '"other"')
    with pytest.raises(ValueError, match="other features"):
        FileModel.from_json(other)


def test_probability_follows_the_weights() -> None:
    row = [1.0] * len(FILE_FEATURES)
    assert _model(3.0, 0.5).probability(row) > 0.95
    assert _model(-3.0, 0.5).probability(row) < 0.05


def test_judgement_decides_how_a_short_file_is_decoded() -> None:
    paras = _paras(PASTE)
    use_model(_model(5.0, 0.5))
    rows = boundary_features(paras)
    odds = [s.log_odds for s in score_rows(rows)]
    assert judged_several(paras, rows, odds)
    plain, shortest = scores_and_shortest(paras)
    assert shortest == 2
    use_model(_model(-5.0, 0.5))
    assert not judged_several(paras, rows, odds)
    scores, shortest = scores_and_shortest(paras)
    assert shortest == 0
    # the decoding shift moves every gap's log-odds; a file judged one article is cued for the
    # lexical search without the features read only where the odds decide
    assert plain[1].log_odds == pytest.approx(score_rows(rows)[1].log_odds + 0.5, abs=1e-6)
    lexical = score_rows(rows, current().without(ODDS_ONLY))
    assert [s.log_odds for s in scores] == [s.log_odds for s in lexical]


def test_off_model_and_long_paragraphs_are_never_judged() -> None:
    paras = _paras(PASTE)
    rows = boundary_features(paras)
    odds = [s.log_odds for s in score_rows(rows)]
    use_model(_model(5.0, 2.0))  # a threshold above 1: off
    assert not judged_several(paras, rows, odds)
    use_model(replace(_model(5.0, 0.5), gate_from=1.01))  # no gate reaches it
    assert not judged_several(paras, rows, odds)


def test_shipped_model_loads() -> None:
    m = shipped()
    assert len(m.weights) == len(FILE_FEATURES)
    assert 0.0 < m.threshold <= 1.0  # the shipped fit judges some files several


STAMPED_BRIEFS = [
    "Updated 09:12",
    "A bakery in Marlow Street has won a national award for its sourdough, beating 400 entries "
    "from across the country.",
    "Owner Priya Nandi said the prize money would buy a second oven.",
    "Updated 10:40",
    "Two lanes of the Eastway bypass will close for four nights from Monday while the bridge "
    "joints are replaced.",
    "Drivers are advised to use the ring road instead.",
    "Updated 11:05",
    "The Fenby Players have cancelled their winter pantomime after the village hall's roof "
    "failed a safety inspection.",
    "Tickets will be refunded by the box office.",
]


def test_a_file_judged_several_cuts_at_each_marked_brief_however_short() -> None:
    from reader.story.assemble import find_story_starts

    paras = _paras(STAMPED_BRIEFS)
    assert len(paras) == 6 and all(p.cue >= 0.5 for p in paras[2::2])
    # judged several, stories of 3+ paragraphs: the stamped briefs of two paragraphs each
    # still stand apart where the odds favour a start at their stamp
    use_model(replace(_model(10.0, 0.5), shortest=3, shift=0.0))
    assert scores_and_shortest(paras)[1] == 3
    assert find_story_starts(paras) == [2, 4]


_LONG = (
    "The valley's spectacle makers have spent two decades losing orders to larger rivals abroad, "
    "and the ones that remain have changed almost everything about how they work, from the size "
    "of a batch to the way they price a repair for a customer who walks in off the street."
)
SECTIONED = [
    _LONG,
    "",
    "Part one: the workshop",
    "",
    _LONG.replace("valley's", "town's"),
    "",
    _LONG.replace("two decades", "ten years"),
    "",
    "Part two: the shop floor",
    "",
    _LONG.replace("rivals", "makers"),
    "",
    _LONG.replace("batch", "run"),
]


def test_a_sectioned_article_of_long_paragraphs_is_never_judged() -> None:
    # the judgement applies to files of long paragraphs too (gate_from 0), but one whose
    # paragraphs sub-headings part is a sectioned long read (filekind.SECTIONED_BELOW)
    use_model(replace(_model(5.0, 0.5), gate_from=0.0))
    paras = _paras(SECTIONED)
    rows = boundary_features(paras)
    odds = [s.log_odds for s in score_rows(rows)]
    assert not judged_several(paras, rows, odds)
    plain = _paras([ln for ln in SECTIONED if not ln.startswith("Part ")])
    rows = boundary_features(plain)
    assert judged_several(plain, rows, [s.log_odds for s in score_rows(rows)])


def test_the_shipped_judgement_applies_to_files_of_long_paragraphs() -> None:
    assert shipped().gate_from == 0.0
