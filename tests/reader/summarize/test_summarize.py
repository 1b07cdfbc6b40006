"""summarize(): every algorithm runs, returns at most N body sentences in story order."""

from __future__ import annotations

import pytest

from reader.summarize import ALGORITHMS, SUMMARY_VERSION, summarize

STORY = [
    "The city council approved a new budget on Monday after a long debate. "
    "The budget raises spending on schools and roads by a large amount.",
    "Council members said the school spending would hire more teachers next year. "
    "Road repairs will start in the spring, the transport office said.",
    "Some residents complained that taxes would rise to pay for the budget. "
    "The mayor said the council had kept taxes lower than in nearby towns.",
    "The vote was seven to two. A final review of the budget is planned for June.",
]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_each_algorithm_returns_at_most_n_in_story_order(algorithm: str) -> None:
    body = " ".join(STORY)
    result = summarize(STORY, title="Council passes budget", sentences=2, algorithm=algorithm)
    assert 1 <= len(result) <= 2
    positions = [body.index(s) for s in result]
    assert positions == sorted(positions)


def test_unknown_algorithm_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="unknown summary algorithm 'nope'"):
        summarize(STORY, algorithm="nope")


def test_version_and_names() -> None:
    assert SUMMARY_VERSION
    assert "default" in ALGORITHMS and "lead" in ALGORITHMS


@pytest.mark.parametrize("algorithm", ["default", "lexrank", "lead"])
def test_degenerate_inputs(algorithm: str) -> None:
    assert summarize([], algorithm=algorithm) == []
    assert summarize(["Only one sentence here."], algorithm=algorithm) == [
        "Only one sentence here."
    ]
    assert summarize(["no punctuation at all just some words"], algorithm=algorithm) == [
        "no punctuation at all just some words"
    ]
