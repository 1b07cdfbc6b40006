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


def test_headings_and_title_are_never_summary_sentences() -> None:
    from reader.summarize import build_document

    heading = "Budget Debate Details"
    doc = build_document(STORY, headings=[heading], title="Council passes budget")
    texts = [str(s) for s in doc.sentences]
    assert heading not in texts and "Council passes budget" not in texts
    assert [str(h) for h in doc.headings] == ["Council passes budget", heading]
    for algorithm in ALGORITHMS:
        out = summarize([heading, *STORY], headings=[heading], sentences=8, algorithm=algorithm)
        assert heading not in out


def test_captions_and_credits_are_dropped() -> None:
    paras = [
        "Photo Agency | Wire Images",
        "The harbour reopened on Friday after a week of storms, port officials said.",
        "Read more",
        "Ferries will run a reduced timetable until the damaged pier is repaired.",
    ]
    out = summarize(paras, sentences=5)
    assert out == [paras[1], paras[3]]


def test_default_prefers_the_central_sentence() -> None:
    # Sentence 3 states the topic that most other sentences elaborate; the others are tangents.
    paras = [
        "The weather was mild across the region during the long weekend holiday.",
        "A local bakery won a prize for its rye bread at the county fair.",
        "The river flood destroyed homes, roads and farms, and flood water covered the valley.",
        "Homes near the river were the worst hit by the flood water.",
        "Farms lost crops as flood water covered fields for days.",
        "Roads in the valley stayed closed until the flood water went down.",
        "Volunteers collected blankets for families whose homes the flood destroyed.",
    ]
    assert summarize(paras, sentences=1) == [paras[2]]


def test_default_does_not_pick_a_near_duplicate() -> None:
    first = STORY[0].split(". ")[0] + "."
    variant = first.replace("Monday", "Monday evening")
    paras = [f"{first} {variant}", *STORY[1:]]
    out = summarize(paras, sentences=2)
    assert first in out or variant in out
    assert not (first in out and variant in out)


def test_ratio_and_bad_counts() -> None:
    sentences_total = sum(len(p.split(". ")) for p in STORY)
    out = summarize(STORY, ratio=0.25)
    assert len(out) == -(-sentences_total // 4)
    with pytest.raises(ValueError, match="ratio"):
        summarize(STORY, ratio=1.5)
    with pytest.raises(ValueError, match="sentences"):
        summarize(STORY, sentences=-1)
    assert summarize(STORY, sentences=0) == []


def test_long_input_works() -> None:
    para = (
        "Officials reviewed the plan for the new bridge. Engineers proposed a steel design. "
        "Residents asked about noise during construction. The council will decide next month."
    )
    out = summarize([para] * 2500, sentences=3)  # 10,000 sentences
    assert 1 <= len(out) <= 3


def test_control_characters_never_reach_the_summary() -> None:
    paras = ["The port \x1b[31mreopened\x1b[0m on Friday after the storm, officials said.\x07"]
    assert summarize(paras) == ["The port reopened on Friday after the storm, officials said."]


# A lead sentence that opens the topic, four sentences the story keeps coming back to, and
# five tangents: 10 sentences, so 1 sentence is a headline request and 4 a coverage request.
TRAM_STORY = [
    "The city opened a new tram line on Monday, and the first trams carried commuters downtown.",
    "The weather stayed dry across the region during the holiday weekend for most of the towns.",
    "A bakery on the main square won a prize for its rye bread at the county fair this year.",
    "Tram fares, stops and timetables on the new line were explained by the city transport office.",
    "Commuters said the tram line cut their journey downtown, and tram stops were busy all day.",
    "The city transport office said tram timetables would add more trams at busy stops next month.",
    "Tram fares on the new line match bus fares, the transport office said, and commuters "
    "welcomed the tram stops.",
    "A local choir sang at the library to raise money for new chairs and a piano for the hall.",
    "Farmers in the hills reported a good apple harvest despite a late frost in the spring months.",
    "The football club signed a young goalkeeper from a rival team before the season started.",
]


def test_coverage_is_a_smooth_ramp_in_the_share_asked_for() -> None:
    from reader.summarize.newsdesk import coverage

    assert coverage(3, 40) == 0.0  # 7.5%: a headline request
    assert coverage(4, 10) == 1.0  # 40%: a coverage request
    assert coverage(0, 0) == 0.0
    values = [coverage(k, 100) for k in range(0, 60, 5)]
    assert values == sorted(values)
    assert 0.0 < coverage(25, 100) < 1.0


def test_default_leans_on_the_lead_for_short_summaries_and_on_centrality_for_long_ones() -> None:
    from reader.summarize import build_document
    from reader.summarize.newsdesk import rank

    lead, echoed = TRAM_STORY[0], TRAM_STORY[3:7]
    assert summarize(TRAM_STORY, sentences=1) == [lead]
    long = summarize(TRAM_STORY, sentences=4)
    assert long == echoed  # the lead gives way to what the whole story keeps coming back to
    words = [tuple(s.words) for s in build_document(TRAM_STORY).sentences]
    short_scores, long_scores = rank(words, 1), rank(words, 4)
    assert max(range(10), key=short_scores.__getitem__) == 0
    assert all(long_scores[0] < long_scores[i] for i in range(3, 7))
    # Tangents never win either way.
    assert all(long_scores[i] < long_scores[0] for i in (1, 2, 7, 8, 9))


def test_long_summaries_still_never_repeat_a_statement() -> None:
    again = TRAM_STORY[5].replace("next month", "from next month")
    paras = [*TRAM_STORY[:6], again, *TRAM_STORY[6:]]
    out = summarize(paras, sentences=5)  # 5 of 11: a coverage request
    assert not (TRAM_STORY[5] in out and again in out)
    assert TRAM_STORY[5] in out or again in out


def test_huge_vocabulary_keeps_dense_matrices_bounded() -> None:
    from reader.summarize.newsdesk import MAX_CELLS, _matrices, _tokens_of_texts, select_texts

    def word(k: int) -> str:  # letters only, so each is one token and one stem
        letters = ""
        for _ in range(4):
            k, r = divmod(k, 26)
            letters += "abcdefghijklmnopqrstuvwxyz"[r]
        return "q" + letters

    # 3,000 sentences, each sharing its words with the next: ~30,000 shared terms.
    texts = [" ".join(word(i * 10 + j) for j in range(20)) + "." for i in range(3000)]
    tokens = _tokens_of_texts(texts)
    assert tokens is not None
    counts, _, cosine, share = _matrices(tokens[0], tokens[1], len(texts))
    assert counts.size <= MAX_CELLS and cosine.size <= MAX_CELLS
    assert len(share) == len(texts)
    assert len(select_texts(texts, 3)) == 3
