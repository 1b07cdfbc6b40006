"""Per-story memos (reader/figures/memo.py): an answer is computed once per story and
forgotten when the next story starts, so nothing is held between stories."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.memo import new_story, per_story


def test_an_answer_is_kept_until_the_next_story() -> None:
    seen: list[int] = []

    @per_story
    def double(x: int) -> int:
        seen.append(x)
        return 2 * x

    assert double(3) == 6 and double(3) == 6
    assert seen == [3]
    new_story()
    assert double(3) == 6
    assert seen == [3, 3]


def test_extract_figures_starts_each_story_with_empty_memos() -> None:
    from reader.figures.clause_split import clause_from

    extract_figures(["Acme said revenue rose 5% to $1.2bn, and profit fell 3% to $80m."])
    first = clause_from.cache_info().currsize  # type: ignore[attr-defined]
    assert first > 0
    extract_figures(["Revenue rose 4%."])
    # only the second story's questions are held: fewer than the first story's
    assert 0 < clause_from.cache_info().currsize < first  # type: ignore[attr-defined]
