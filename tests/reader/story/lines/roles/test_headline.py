"""The learned headline scorer: its features, its weights in the shipped file, its fit, and the
training labels."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from reader.eval.train_roles import _clogit_fit, head_example
from reader.story.lines.classify import classify_rules
from reader.story.lines.roles.headline import HEAD_NAMES, candidates, head_features
from reader.story.lines.roles.kinds import mark_furniture, roles_of
from reader.story.lines.roles.model import Weights, current
from reader.story.lines.roles.page_headlines import HEADLINE_MIN, article_start, choose_headline

BODY = [
    "The harbour board of Kellmouth approved a new container terminal on Thursday after two years of talks.",
    "The terminal will double the port's capacity and is due to open in the spring of 2029, officials said.",
    "Shipping lines that call at the port welcomed the plan, though fishermen fear for their moorings.",
    "The board said the dredging work would start in the autumn and last for about eighteen months.",
]
HEADLINE = "Harbour board approves new container terminal at Kellmouth"
PAGE = [
    "Kellmouth News",
    "",
    "- Home",
    "- News",
    "- Sport",
    "- Business",
    "- Weather",
    "",
    f"News | {HEADLINE}",
    "",
    "Sign in",
    "",
    HEADLINE,
    "",
    "By Ada Brennan",
    "",
    "3 March 2031",
    "",
    *[x for b in BODY for x in (b, "")],
    "Most popular",
    "- Ten things to do this weekend in Kellmouth",
    "- Rail strike: what you need to know",
    "- The best fish and chips on the coast",
]


def _features() -> tuple[list[str], NDArray[np.float64]]:
    lines = classify_rules(PAGE)
    roles = roles_of(lines)
    rules = {ln.no: ln.kind for ln in lines}
    mark_furniture(lines, roles)
    start = article_start(lines, roles)
    assert start is not None
    cands = candidates(lines, start)
    return [c.text for c in cands], head_features(lines, roles, start, cands, rules)


def test_candidates_stand_above_the_article_and_have_one_row_each() -> None:
    texts, x = _features()
    assert HEADLINE in texts
    assert not any(t in BODY for t in texts)
    assert "Sport" not in texts  # one word: never a headline
    assert x.shape == (len(texts), len(HEAD_NAMES))
    assert np.all(np.isfinite(x))


def test_headline_features_read_the_lead_the_byline_and_the_title_bar() -> None:
    texts, x = _features()
    row = dict(zip(HEAD_NAMES, x[texts.index(HEADLINE)], strict=True))
    other = dict(zip(HEAD_NAMES, x[texts.index("Kellmouth News")], strict=True))
    assert row["meta_below"] == 1.0 and other["meta_below"] == 0.0
    assert row["inside_other"] == 1.0  # "News | Harbour board approves …" repeats it
    assert row["lead_overlap"] > other["lead_overlap"]
    assert row["body_overlap"] > 0.5


def test_rule_kind_features_read_the_rules_not_the_furniture_the_roles_made() -> None:
    lines = classify_rules(PAGE)
    roles = roles_of(lines)
    mark_furniture(lines, roles)
    start = article_start(lines, roles)
    assert start is not None
    cands = candidates(lines, start)
    as_bullet = {ln.no: "bullet" for ln in cands}
    as_heading = {ln.no: "heading" for ln in cands}
    col = {n: i for i, n in enumerate(HEAD_NAMES)}
    xb = head_features(lines, roles, start, cands, as_bullet)
    xh = head_features(lines, roles, start, cands, as_heading)
    assert np.all(xb[:, col["rule_bullet"]] == 1.0) and np.all(xb[:, col["rule_heading"]] == 0.0)
    assert np.all(xh[:, col["rule_heading"]] == 1.0) and np.all(xh[:, col["rule_bullet"]] == 0.0)


def test_the_scorer_picks_a_headline_even_where_the_role_model_doubts_every_line() -> None:
    lines = classify_rules(PAGE)
    rules = {ln.no: ln.kind for ln in lines}
    roles = roles_of(lines)
    mark_furniture(lines, roles)
    doubting = {no: replace(r, headline=HEADLINE_MIN / 10) for no, r in roles.items()}
    choose_headline(lines, doubting, rules)
    assert [ln.text for ln in lines if ln.kind == "title"] == [HEADLINE]


def test_shipped_weights_hold_a_headline_scorer_and_round_trip() -> None:
    w = current()
    assert w.head_features == HEAD_NAMES
    assert w.head is not None and w.head.shape == (len(HEAD_NAMES),)
    again = Weights.from_json(w.to_json())
    assert again.head is not None and np.allclose(again.head, w.head, atol=1e-5)


def test_shipped_scorer_picks_the_headline_over_the_site_name_and_the_title_bar() -> None:
    texts, x = _features()
    w = current().head
    assert w is not None
    assert texts[int(np.argmax(x @ w))] == HEADLINE


def test_conditional_logit_learns_which_feature_marks_the_target() -> None:
    rng = np.random.default_rng(0)
    examples: list[tuple[NDArray[np.float64], NDArray[np.bool_]]] = []
    for _ in range(40):
        x = rng.normal(size=(5, 3))
        t = int(rng.integers(5))
        x[t, 0] += 2.0  # feature 0 marks the headline; the others are noise
        examples.append((x, np.arange(5) == t))
    w = _clogit_fit(examples, l2=1e-3, steps=300)
    assert w[0] > 1.0 and abs(w[0]) > 3 * max(abs(w[1]), abs(w[2]))
    assert np.array_equal(w, _clogit_fit(examples, l2=1e-3, steps=300))  # deterministic


def test_training_marks_the_headline_line_from_the_title_or_the_page_title() -> None:
    text = "\n".join(PAGE)
    ex = head_example(text, HEADLINE, None)
    assert ex is not None
    x, target = ex
    assert x.shape[1] == len(HEAD_NAMES) and target.sum() >= 1
    by_page_title = head_example(text, None, f"{HEADLINE} - Kellmouth News")
    assert by_page_title is not None and np.array_equal(by_page_title[1], target)
    assert head_example(text, "A headline this page does not show", None) is None
