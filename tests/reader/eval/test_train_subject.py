"""The owner experiment: candidate owners and their features, margins, the outcome count."""

from __future__ import annotations

from reader.eval.subject_model import owner_candidates, story_context
from reader.eval.train_metric import Example
from reader.eval.train_subject import choose_margin, choose_margins, outcome
from reader.figures.clause import REF
from reader.figures.metric_model import Spot

_STORY = [
    "Calder Freight said on Monday that its profit rose as volumes recovered.",
    "Turnover climbed 12% to £410m in the year to March, Calder Freight said.",
    "Rival Ostrava Lines, whose chief executive Mara Lind said demand was weak, lost 4%.",
    "Calder Freight will pay Rs 14 a share in dividends from September.",
]


def _spot(sentence: str, surface: str) -> Spot:
    at = sentence.index(surface)
    return Spot(sentence, at, at + len(surface), None, None)


def _owners(sentence: str, surface: str, rule: str | None) -> dict[str | None, set[str]]:
    story = story_context(_STORY, "Calder Freight profit rises")
    owners = owner_candidates(_spot(sentence, surface), rule, story, _STORY[0])
    return {o.text: o.features for o in owners}


def test_the_story_entity_and_names_near_the_figure_are_candidates() -> None:
    owners = _owners(_STORY[2], "4%", rule="Mara Lind")
    assert "Calder Freight" in owners and "src_entity" in owners["Calder Freight"]
    assert any(o and o.endswith("Ostrava Lines") for o in owners)  # ("Rival Ostrava Lines")
    assert {"rule", "titled"} <= owners["Mara Lind"]  # the rules' pick, a titled person
    assert None in owners and "none" in owners[None]


def test_openers_months_and_currencies_are_not_candidate_owners() -> None:
    owners = _owners(_STORY[1], "12%", rule=None)
    assert "Turnover" not in owners  # a lone opener the story never capitalises mid-sentence
    assert "March" not in owners
    assert "rule_none" in owners[None]
    dividend = _owners(_STORY[3], "Rs 14", rule="Calder Freight")
    assert "Rs" not in dividend and "September" not in dividend


def _ex(*cands: tuple[tuple[str, ...], bool]) -> Example:
    feats = tuple(f for f, _ in cands)
    right = tuple(ok for _, ok in cands)
    rule = next(ok for f, ok in cands if "rule" in f)
    return Example(feats, right, rule)


def test_margins_switch_only_where_switching_gains() -> None:
    examples = [
        _ex((("rule",), False), (("entity",), True)),
        _ex((("rule",), False), (("entity",), True)),
        _ex((("rule",), True), (("entity",), False)),
    ]
    weights = {"rule": 1.0, "entity": 2.0}
    assert choose_margin(examples, weights) == 1.0  # two gains against one loss
    assert outcome(examples, weights, (1.0, 1.0))[0] == 2
    assert outcome(examples, None, (1.0, 1.0))[0] == 1
    assert choose_margin(examples[2:], weights) == 1e9  # switching only loses: never switch


def test_wrong_owners_and_missing_owners_are_counted_apart() -> None:
    examples = [
        _ex((("rule", "rule_none"), False), (("entity",), True)),
        _ex((("rule",), False), (("none",), True)),
    ]
    right, wrong, empty = outcome(examples, None, (0.0, 0.0))
    assert (right, wrong, empty) == (0, 1, 1)
    assert choose_margins(examples, {"entity": 1.0}, fill=False)[0] == 1e9


def test_the_clause_subject_is_a_candidate_and_it_means_the_entity() -> None:
    story = story_context(_STORY, "Calder Freight profit rises")
    spot = _spot(_STORY[1], "12%")
    named = {o.text: o.features for o in owner_candidates(spot, None, story, None, "Turnover")}
    assert "src_clause" in named["Turnover"] and "measure_word" in named["Turnover"]
    ref = {o.text: o.features for o in owner_candidates(spot, None, story, None, REF)}
    assert "clause_ref" in ref["Calder Freight"]
