"""A story's lead is its first sentence of news: a dateline whose place ends on a state's
abbreviation stays with the lede it opens ("TALLAHASSEE, Fla. (Gulfwire) — Orchard Vale Inc.
said ...", once split at "Fla." so that the dateline's place became the story's firm), and a
standfirst printed without a full stop over the lead is not the lead (session 60)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at
from reader.text.sentences import split_sentences

DATELINE = [
    "TALLAHASSEE, Fla. (Gulfwire) — Orchard Vale Inc. said Monday that its quarterly revenue "
    "rose 8% to $410 million as juice prices climbed.",
    "The company, which farms citrus in three counties, also said it would hire 120 seasonal "
    "pickers.",
    "Growers across the state have struggled with disease, and Florida's orange crop fell 11% "
    "last season.",
    "The company's shares closed up 3% at $27.40.",
]


def test_a_dateline_ending_on_a_state_abbreviation_stays_with_its_lede() -> None:
    text = "PORTLAND, Ore. — Cascade Mills said Tuesday it would close. Its 300 staff will go."
    assert split_sentences(text) == [
        "PORTLAND, Ore. — Cascade Mills said Tuesday it would close.",
        "Its 300 staff will go.",
    ]
    # (a state's abbreviation inside a sentence is left as Punkt reads it)
    assert split_sentences("He grew up in Ocala, Fla. In 2020 he moved.") == [
        "He grew up in Ocala, Fla.",
        "In 2020 he moved.",
    ]


def test_the_firm_after_the_dateline_owns_the_figures() -> None:
    owners = {f.surface: f.subject for f in extract_figures(DATELINE)}
    assert owners["$410 million"] == "Orchard Vale Inc"
    assert owners["120 seasonal pickers"] == "Orchard Vale Inc"
    assert owners["$27.40"] == "Orchard Vale Inc"
    assert owners["11%"] == "Florida"


def test_a_standfirst_without_a_full_stop_is_not_the_lead() -> None:
    sentences = [
        "Leeds-based grocer blames wet weather and a higher energy bill as sales miss forecasts",
        "Shares in Marrowgate Foods, the northern supermarket chain, fell sharply after it cut "
        "its profit forecast.",
        "The company now expects pre-tax profit of between £84m and £90m.",
    ]
    assert lead_at(sentences) == 1
    assert lead_at(sentences[1:]) == 0
    # a blog's "Posted by" line names its writer and the firm
    posted = "Posted by Ana Ruiz, founder of Tallo and its chief executive"
    assert lead_at([posted, *sentences[1:]]) == 0
