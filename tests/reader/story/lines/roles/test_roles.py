"""The learned line roles: features, model file, decoding, training and the merge into kinds."""

from __future__ import annotations

import numpy as np

from reader.eval.train_roles import fit_examples, page_example
from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines
from reader.story.lines.line import DROPPED_KINDS
from reader.story.lines.roles import BODY_BIAS, MIN_BODY, PAGE_LINES, assign, decode_page
from reader.story.lines.roles.decode import viterbi
from reader.story.lines.roles.features import NAMES, page_features
from reader.story.lines.roles.model import ROLES, Weights, current, install

BODY = [
    "The harbour board of Kellmouth approved a new container terminal on Thursday after two years of talks.",
    "The terminal will double the port's capacity and is due to open in the spring of 2029, officials said.",
    "Shipping lines that call at the port welcomed the plan, though fishermen fear for their moorings.",
    "The board said the dredging work would start in the autumn and last for about eighteen months.",
]
MENU = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Video"]
TAIL = [
    "Most popular",
    "- Ten things to do this weekend in Kellmouth",
    "- Rail strike: what you need to know",
    "- The best fish and chips on the coast",
    "- Council tax to rise by 5%",
    "© 2031 Kellmouth News. All rights reserved. Privacy policy | Terms of use | Cookies",
]


def test_features_have_one_named_column_each() -> None:
    x = page_features(BODY, ["body"] * 4, [0, 0, 0, 0])
    assert x.shape == (4, len(NAMES))
    assert np.all(np.isfinite(x))
    assert page_features([], [], []).shape == (0, len(NAMES))


def test_viterbi_keeps_a_block_together() -> None:
    # two roles; the middle line leans to role 1 alone, but staying put is far likelier
    emit = np.log(np.array([[0.9, 0.1], [0.4, 0.6], [0.9, 0.1]]))
    sticky = np.log(np.array([[0.95, 0.05], [0.05, 0.95]]))
    loose = np.log(np.array([[0.5, 0.5], [0.5, 0.5]]))
    start = np.log(np.array([0.5, 0.5]))
    assert viterbi(emit, sticky, start) == [0, 0, 0]
    assert viterbi(emit, loose, start) == [0, 1, 0]
    assert viterbi(np.zeros((0, 2)), sticky, start) == []


def test_shipped_weights_load_and_round_trip() -> None:
    w = current()
    assert w.features == NAMES
    assert w.w.shape == (len(ROLES), len(NAMES))
    again = Weights.from_json(w.to_json())
    assert np.allclose(again.w, w.w, atol=1e-5) and again.features == w.features


def test_menu_and_link_list_around_an_article_are_dropped() -> None:
    page = [*MENU, "Harbour board approves second container terminal", *BODY, *TAIL]
    lines = classify_lines(page)
    kinds = {ln.text: ln.kind for ln in lines}
    assert all(kinds[t] == "body" for t in BODY)
    assert sum(kinds[t] in DROPPED_KINDS for t in MENU) >= 5
    stories = split_document(Document("page.txt", page, ""))
    assert len(stories) == 1
    assert stories[0].paragraphs == BODY
    assert stories[0].title == "Harbour board approves second container terminal"


def test_a_page_splits_only_at_a_full_headline_block() -> None:
    # on a page (furniture found), a heading inside the article does not start a story ...
    inside = [
        *MENU,
        "Harbour board approves terminal",
        *BODY[:2],
        "What Comes Next",
        *BODY[2:],
        *TAIL,
    ]
    assert len(split_document(Document("page.txt", inside, ""))) == 1
    # ... but a second headline with its byline does
    second = [
        "Bakery chain to close forty shops",
        "By Omar Haddad",
        "The bakery chain Crumb & Co said on Friday it would close forty of its shops this year.",
        "The company blamed higher energy bills and rents, and said about 300 jobs were at risk.",
        "Unions called the decision a blow to high streets already hit by empty shop fronts.",
    ]
    pile = [*MENU, "Harbour board approves terminal", "By Ada Brennan", *BODY, *second, *TAIL]
    assert len(split_document(Document("page.txt", pile, ""))) == 2


def test_roles_come_with_scores() -> None:
    roles = assign([*MENU, *BODY], ["body"] * 11, [0] * 11)
    assert len(roles) == 11
    assert all(0.0 <= r.score <= 1.0 and 0.0 <= r.body <= 1.0 for r in roles)
    assert roles[-1].role == "body"


def test_training_labels_and_fit_are_deterministic() -> None:
    text = "\n".join([*MENU, "Harbour board approves terminal", *BODY, *TAIL])
    ex = page_example(text, "\n".join(BODY), "Harbour board approves terminal")
    texts, _, _, roles = ex
    assert roles[texts.index(BODY[0])] == "body"
    assert roles[texts.index("Harbour board approves terminal")] == "headline"
    assert set(roles[: len(MENU)]) <= {"nav", "promo"} and roles[-1] == "footer"
    a = fit_examples([ex], steps=20)
    b = fit_examples([ex], steps=20)
    assert np.array_equal(a.w, b.w)
    install(a)
    try:
        assert current() is a
    finally:
        install(None)
    assert current() is not a


def test_topical_and_page_title_features() -> None:
    texts = [
        "Home",
        "Harbour board approves terminal | Kellmouth News",
        "Harbour board approves terminal",
        *BODY,
    ]
    x = page_features(texts, ["body"] * len(texts), [0] * len(texts))
    topical, part = NAMES.index("topical"), NAMES.index("page_title_part")
    # the headline's words recur in the article's prose; a menu label's do not
    assert x[2, topical] >= 0.75 and x[0, topical] == 0.0
    # the headline repeats a part of the page's "Headline | Site" line
    assert x[2, part] == 1.0 and x[0, part] == 0.0 and x[1, part] == 0.0


def test_lead_overlap_and_distance_to_prose() -> None:
    texts = ["Home", "Harbour board approves container terminal", "By Ada Brennan", *BODY]
    x = page_features(texts, ["body"] * len(texts), [0] * len(texts))
    lead, dist = NAMES.index("lead_overlap"), NAMES.index("to_prose")
    # the headline says what the lead says; the menu label does not
    assert x[1, lead] >= 0.75 and x[0, lead] == 0.0
    # lines nearer the first paragraph are nearer prose
    assert x[2, dist] < x[1, dist] < x[0, dist]


def test_a_line_opening_with_the_name_on_the_short_line_above() -> None:
    texts = [
        *BODY,
        "Ada Brennan",
        "Ada is a freelance writer based in Kellmouth who covers ports and shipping.",
        "Harbour works",
        "Work on the harbour wall starts in the spring, the board said.",
        "The Board",
        "The board meets again in May.",
    ]
    x = page_features(texts, ["body"] * len(texts), [0] * len(texts))
    names = NAMES.index("names_prev")
    n = len(BODY)
    # an author's note under the author's name
    assert x[n + 1, names] == 1.0
    # a word that is not the first of the line below, or a function word, makes no match
    assert x[n + 3, names] == 0.0 and x[n + 5, names] == 0.0
    assert x[:n, names].sum() == 0.0


def test_a_long_page_decoded_without_text_favours_body_until_some_lines_read_so() -> None:
    k = len(ROLES)
    nav = ROLES.index("nav")
    trans = np.full((k, k), -3.0)
    np.fill_diagonal(trans, 0.0)  # roles run in blocks
    start = np.zeros(k)
    lp = np.full((PAGE_LINES, k), -6.0)
    lp[:, nav] = -0.5
    lp[10:14, 0] = -1.5  # four lines a little less likely body than menu
    assert viterbi(lp, trans, start).count(0) == 0
    path = decode_page(lp, trans, start)
    assert path.count(0) >= MIN_BODY
    assert {i for i, r in enumerate(path) if r == 0} <= set(range(10, 14))
    # a short file is left as decoded, and a page with no line near body stays without text
    assert decode_page(lp[:20], trans, start).count(0) == 0
    far = lp.copy()
    far[10:14, 0] = -0.5 - sum(BODY_BIAS) - 5.0
    assert decode_page(far, trans, start).count(0) == 0
