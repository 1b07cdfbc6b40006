from __future__ import annotations

import random
from pathlib import Path

from reader.desk import ingest
from reader.model import Source, Story
from reader.story.dedupe import Merger, jaccard, merge_same, normalise, shingles, sketch, story_id

BASE = [
    "The city council of Harwick voted eleven to four on Monday to close the old tram depot by next spring.",
    "Councillors said repairs to the depot roof would cost more than a new building on the ring road.",
    "Tram drivers' union leaders said they had not been consulted and would ask for a review of the plan.",
]


def story(
    paragraphs: list[str], path: str = "a.txt", line: int = 1, title: str | None = None
) -> Story:
    return Story(
        id=story_id(paragraphs),
        title=title or "generated",
        title_generated=title is None,
        sources=[Source(path, line, line + len(paragraphs))],
        paragraphs=paragraphs,
    )


def test_story_id_is_stable_under_quotes_case_and_spacing() -> None:
    a = story_id(["He said “no” to the  plan."])
    b = story_id(['he said "no" to the plan.'])
    assert a == b and len(a) == 16
    assert story_id(["Something else entirely."]) != a


def test_normalise() -> None:
    assert normalise("  A  ‘Quoted’\n Word ") == "a 'quoted' word"


def test_near_copy_is_merged_with_both_sources() -> None:
    edited = [p.replace("Monday", "Monday evening").replace("'", "’") for p in BASE]
    edited[1] = "  " + edited[1].replace(" ", "  ")
    other = story(
        [
            "A freight train derailed outside Lowmoor early on Sunday, blocking the main line for a day.",
            "No one was hurt, the rail operator said, and investigators were examining a damaged rail.",
        ],
        "b.txt",
    )
    first = story(BASE, "a.txt", 1)
    copy = story(edited, "c.txt", 10, title="Tram Depot to Close")
    out = merge_same([first, other, copy])
    assert len(out) == 2
    assert out[0] is first
    assert [s.path for s in out[0].sources] == ["a.txt", "c.txt"]
    assert out[0].title == "Tram Depot to Close" and not out[0].title_generated
    assert out[1] is other and len(other.sources) == 1


def test_merger_hands_out_what_is_new_or_changed_since_it_was_settled() -> None:
    first = story(BASE, "a.txt", 1)
    other = story(["A freight train derailed outside Lowmoor early on Sunday, blocking the line."])
    copy = story([p.replace("Monday", "Monday evening") for p in BASE], "c.txt", 10)
    merger = Merger()
    for s in (first, other):
        merger.add(s, sketch(s.text))
    assert merger.pending() == ([first, other], [])
    assert merger.pending() == ([first, other], [])  # not settled: a failed write gets it again
    merger.settle()
    assert merger.pending() == ([], [])
    assert merger.add(copy, sketch(copy.text)) == 0  # folded into the settled first story
    assert merger.pending() == ([], [first])
    merger.settle()
    assert merger.pending() == ([], [])


def test_different_stories_on_one_topic_are_kept() -> None:
    a = story(BASE)
    b = story(
        [
            "Harwick's tram depot will stay open for another year after the council delayed its vote on Monday.",
            "The council said it needed more time to study the costs of the ring road site.",
        ]
    )
    assert len(merge_same([a, b])) == 2
    assert jaccard(shingles(a.text), shingles(b.text)) < 0.3


def test_many_templated_stories_stay_distinct_and_copy_found() -> None:
    stories = [
        story(
            [
                f"Report number {i} says the harbour at site {i} moved {i * 7} tonnes of cargo in week {i}."
            ]
        )
        for i in range(2000)
    ]
    out = merge_same([*stories, story(list(stories[5].paragraphs), "dup.txt")])
    assert len(out) == 2000
    assert [s.path for s in out[5].sources] == ["a.txt", "dup.txt"]


ARTICLE = (
    "Lakeside results\n\n"
    "Lakeside Motors said on Wednesday that quarterly revenue rose 8% to $1.9 billion as "
    "demand for its compact trucks held up despite higher interest rates.\n\n"
    "The carmaker delivered 142,000 vehicles in the period and kept its forecast for the "
    "year, sending its shares up 3% in early trading.\n\n"
    "Analysts had expected weaker sales after two of its plants closed for retooling.\n"
)


def test_article_twice_in_one_file_is_one_story_with_both_places(tmp_path: Path) -> None:
    from reader.desk import build_stories
    from reader.library.store import Library

    path = tmp_path / "twice.txt"
    path.write_text(ARTICLE + "\n\n" + ARTICLE + "\n\n" + ARTICLE, encoding="utf-8")
    stories = build_stories([str(path)]).stories
    assert len(stories) == 1
    ranges = [(s.first_line, s.last_line) for s in stories[0].sources]
    assert ranges == [(1, 7), (10, 16), (19, 25)]
    assert len(stories[0].paragraphs) == 3
    with Library.memory() as lib:
        ids = ingest(lib, [str(path)]).ids
        (stored,) = lib.stories(ids)
    assert [(s.first_line, s.last_line) for s in stored.sources] == ranges


def test_repeat_starts_needs_a_real_copy() -> None:
    from reader.story.dedupe import repeat_starts

    a, b, c, d = "First para here.", "Second para.", "Third para.", "Fourth."
    assert repeat_starts([a, b, c, a, b, c], []) == [3]
    assert repeat_starts([a, a], []) == [1]  # a one-paragraph story pasted twice
    assert repeat_starts([a, b, a, d], []) == []  # the lead repeated as a pull quote
    assert repeat_starts([a, b, c, d, c, d], [2]) == [2, 4]  # within the second story
    assert repeat_starts([a, b, a, b, a, b], []) == [2, 4]


def test_folding_many_copies_into_one_story_is_linear() -> None:
    """A table of identical rows is many one-paragraph copies: folding them into one story
    once compared every new place with all the places before (16,000 rows took 56 s)."""
    from tests.workcount import assert_linear

    def run(n: int) -> None:
        stories = merge_same(
            [
                Story(f"s{i}", "Row", True, [Source("t.txt", i + 1, i + 1)], ["| a | b |"])
                for i in range(n)
            ]
        )
        assert len(stories) == 1 and len(stories[0].sources) == n

    assert_linear(run, 300)


def test_shingle_hashes_are_the_same_in_another_process() -> None:
    """Sketches are made in the pool's workers and compared in the parent: the hashes must
    not depend on the process (Python's own str hash is salted per process)."""
    import subprocess
    import sys

    text = " ".join(BASE)
    code = f"from reader.story.dedupe import sketch; print(sketch({text!r}))"
    env = {"PYTHONHASHSEED": "123", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    from reader.story.dedupe import sketch

    assert out.stdout.strip() == str(sketch(text))


def test_shingles_of_a_text_shorter_than_a_gram_is_one_shingle() -> None:
    assert len(shingles("Two words")) == 1
    assert shingles("Two words") == shingles("two  WORDS")
    assert shingles("") == set()
    one_edit = BASE[0].replace("eleven", "twelve")
    # one changed word changes the five grams that hold it, no others
    assert len(shingles(BASE[0]) - shingles(one_edit)) == 5


def test_a_fingerprint_is_the_sketch_and_every_shingle_and_compares_as_the_sets_do() -> None:
    from array import array

    from reader.story.dedupe import fingerprint, jaccard_sorted

    rng = random.Random(5)
    words = [f"w{i}" for i in range(40)] + ["Don\u2019t", "1,000", "U.S.", "\u00e9t\u00e9"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(60)]
    texts += ["", "one", "two words", "... !!"]
    prints = [fingerprint(t) for t in texts]
    for text, (sketched, exact) in zip(texts, prints, strict=True):
        assert sketched == sketch(text)
        assert list(array("Q", exact)) == sorted(shingles(text))
    for (_, a), (_, b), ta, tb in zip(prints, prints[1:], texts, texts[1:], strict=False):
        assert jaccard_sorted(a, b) == jaccard(shingles(ta), shingles(tb))
        assert jaccard_sorted(a, a) == (1.0 if a else 0.0)
