"""A group's combined summary: informative points first, each fact once, every source heard."""

from __future__ import annotations

from briefing.combine import combined_summary
from reader.model import Figure, Source, Story

HOOK = "Kestrel Air isn't just sitting around?"
RESULT_A = "Kestrel Air said revenue rose 5% from a year earlier to $4.2 billion in the quarter."
RESULT_B = "Quarterly revenue at the airline climbed to $4.2 billion, lifted by Asian routes."
ROUTES = "Kestrel Air will open routes to Manila and Hanoi next spring, the carrier said."
FLEET = "The airline is leasing 12 Airbus jets from Dublin-based Avolon to serve them."
QUOTE = "Chief executive Mara Lind called it the strongest quarter in the company's history."


def story(sid: str, summary: list[str], figures: list[Figure]) -> Story:
    return Story(
        sid, sid, False, [Source(f"{sid}.txt", 1, 9)], summary, summary=summary, figures=figures
    )


def money(sentence: str, value: float) -> Figure:
    return Figure("$4.2 billion", "money", value, "USD", "revenue", "Kestrel Air", None, sentence)


def test_figures_and_names_before_hooks_and_each_fact_once() -> None:
    a = story("a", [HOOK, RESULT_A, QUOTE], [money(RESULT_A, 4.2e9)])
    b = story("b", [RESULT_B, ROUTES], [money(RESULT_B, 4.2e9)])
    c = story("c", [FLEET], [Figure("12 Airbus jets", "count", 12, "jets", sentence=FLEET)])
    out = combined_summary([a, b, c], limit=4)
    assert HOOK not in out
    assert (RESULT_A in out) != (RESULT_B in out)  # $4.2 billion revenue is given once
    assert FLEET in out and ROUTES in out
    assert len(out) <= 4


def test_kept_sentences_stay_in_round_robin_order() -> None:
    a = story("a", [ROUTES, QUOTE], [])
    b = story("b", [RESULT_B], [money(RESULT_B, 4.2e9)])
    out = combined_summary([a, b], limit=3)
    assert out == [ROUTES, RESULT_B, QUOTE]  # a's first point, b's first point, a's second


def test_limit_and_empty_groups() -> None:
    assert combined_summary([story("a", [], []), story("b", [], [])]) == []
    many = story("a", [f"Kestrel Air sold {n} tickets to Lisbon in a single day." for n in
                       range(10, 19)], [])  # fmt: skip
    assert len(combined_summary([many, story("b", [ROUTES], [])], limit=2)) == 2
