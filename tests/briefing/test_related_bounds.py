"""The briefing's grouping on one huge line: names are found in work linear in its length."""

from __future__ import annotations

from briefing.names import entities
from reader.model import Source, Story
from tests.workcount import assert_linear


def story(text: str) -> Story:
    return Story(
        id="x",
        title="Figures",
        title_generated=True,
        sources=[Source("f.txt", 1, 1)],
        paragraphs=[text],
    )


def test_entities_of_one_long_line_cost_linear_work() -> None:
    piece = "Acme rose 5% to $3m in May 2024, Globex fell 2% in June. "

    def run(n: int) -> None:
        entities(story(piece * n))

    assert_linear(run, 200)


def test_entities_still_tell_a_name_from_a_sentence_start() -> None:
    found = entities(story("Shares rose. The deal with Hooli Labs closed. Then Acme said: Wayne."))
    assert "hooli labs" in found
    assert "shares" not in found
