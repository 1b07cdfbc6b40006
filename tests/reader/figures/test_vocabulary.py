"""The metric vocabulary (reader/figures/vocabulary.py)."""

from __future__ import annotations

import re

from reader.figures import parse_sentence
from reader.figures.vocabulary import METRIC_RE, METRICS, metrics_in


def test_the_metric_trie_matches_like_the_plain_alternation() -> None:
    plain = re.compile(r"\b(" + "|".join(re.escape(p) for p, _ in METRICS) + r")\b", re.I)
    text = (
        "Adjusted EPS rose; net income per diluted share, revenue per member and average "
        "revenue per user fell, while pre-tax profit, the pre-tax loss, like-for-like sales, "
        "Sales, SALES TAX and market share grew; orders, order, costs, cost savings."
    )
    assert [m.group(1) for m in METRIC_RE.finditer(text)] == [
        m.group(1) for m in plain.finditer(text)
    ]
    for i in range(len(text)):
        a, b = METRIC_RE.match(text, i), plain.match(text, i)
        assert (a.group(1) if a else None) == (b.group(1) if b else None)


def test_metrics_in_names_the_canonical_metrics_of_a_span() -> None:
    text = "Net profit rose while adjusted EPS fell and turnover grew."
    assert metrics_in(text, 0, len(text)) == {
        "net income",
        "adjusted earnings per share",
        "revenue",
    }
    assert metrics_in(text, 0, 10) == {"net income"}


def test_phrases_in_finds_what_the_case_insensitive_pattern_finds() -> None:
    import random

    from reader.figures.vocabulary import METRIC_RE, phrases_in

    texts = [
        "Net Income ROSE 9%, while like-for-like Sales fell; EPS was 92 cents a share.",
        "Operating-profit margin and pre-tax profit, revenue per available room.",
        "salesé revenue and a net loss, GDP growth of 2%",
    ]
    rng = random.Random(5)
    for t in texts:
        assert phrases_in(t) == [
            (m.start(), m.end(), m.group(1).lower()) for m in METRIC_RE.finditer(t)
        ]
        for _ in range(300):
            lo = rng.randint(0, len(t))
            hi = rng.randint(lo, len(t))
            want = [(m.start(), m.end(), m.group(1).lower()) for m in METRIC_RE.finditer(t, lo, hi)]
            assert phrases_in(t, lo, hi) == want, (t, lo, hi)


def test_research_that_ends_a_name_is_no_r_and_d() -> None:
    figs = parse_sentence("Analyst Vivek Joshi of Deccan Mobility Research expects ridership to dip 3%.")  # fmt: skip
    assert all(f.metric != "R&D" for f in figs)
    figs = parse_sentence("The final poll, by Northgate Research, put Reform on 38%.")
    assert all(f.metric != "R&D" for f in figs)
    figs = parse_sentence("Samsung spent 9% more on research this year.")
    assert [f.metric for f in figs] == ["R&D"]
