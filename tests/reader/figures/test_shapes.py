"""shapes.py: the metric read from how the clause ties the figure to a noun phrase."""

from __future__ import annotations

import re

from reader.figures import extract_figures
from reader.figures.shape_phrase import StoryLower
from reader.figures.shapes import hints, shaped_metric
from reader.model import Figure


def _shaped(
    sentence: str, surface: str, metric: str | None, kind: str = "money", story: str = ""
) -> str | None:
    """The shaped metric of ``surface`` in ``sentence``, in a story that also writes ``story``
    (its lower-case words tell a sentence's capital from a name's)."""
    fig = Figure(surface, kind, 1.0, None, metric=metric, sentence=sentence)  # type: ignore[arg-type]
    lower = frozenset(re.findall(r"(?<![\w'])[a-z][a-z-]+", f"{story} {sentence}"))
    return shaped_metric(fig, sentence, sentence.index(surface), lower, hints(sentence))


def _metric(paragraphs: list[str], surface: str) -> str | None:
    return next(f.metric for f in extract_figures(paragraphs) if f.surface == surface)


def test_the_subject_of_a_verb_of_level_is_the_measure() -> None:
    s = "The university said overseas enrolments had dropped to 2,460 this autumn from 4,150."
    assert _shaped(s, "2,460", "employees", "count") == "overseas enrolments"
    assert _shaped(s, "4,150", "employees", "count") == "overseas enrolments"
    s = "Online sales accounted for 27% of the total, and the average basket rose to 1,240 crowns."
    assert _shaped(s, "1,240 crowns", None) == "average basket"
    s = "Turnover fell 38% to £54.6m, with broadcasting income almost halving to £29m."
    assert _shaped(s, "£29m", "revenue") == "broadcasting income"


def test_a_subject_phrase_keeps_its_head_past_a_preposition_or_aside() -> None:
    s = "Print circulation across its titles fell to an average of 212,000 copies a day."
    assert _shaped(s, "212,000 copies", "copies", "count", "print") == "print circulation"
    s = "Average daily traffic on its busiest road, the coast motorway, reached 21,400 vehicles."
    assert _shaped(s, "21,400 vehicles", "vehicles", "count", "the average") == (
        "average daily traffic"
    )
    s = "Spending per visitor averaged 205,000 yen, the agency said."
    assert _shaped(s, "205,000 yen", "spending", story="spending") == "spending per visitor"
    # a capital the story never writes in lower case may open a name ("Brooks averaged")
    assert _shaped(s, "205,000 yen", "spending") == "spending"


def test_the_object_of_a_verb_setting_a_level_is_the_measure() -> None:
    s = "The park will raise its weekly entry fee for private vehicles from $35 to $45."
    assert _shaped(s, "$35", None) == "weekly entry fee"
    assert _shaped(s, "$45", None) == "weekly entry fee"
    s = "The operator will cut its dividend to 30 cents a share from 45 cents."
    assert _shaped(s, "45 cents", "share price") == "dividend"
    s = "It will raise tolls by an average of 3.2% on January 1."
    assert _shaped(s, "3.2%", None, "percent") == "tolls"


def test_a_plan_to_spend_on_something_new_is_an_investment() -> None:
    s = "The distiller plans to spend £38 million on a new warehouse complex near Keith."
    assert _shaped(s, "£38 million", "spending") == "investment"
    s = "The company said it had spent A$640m on a new rail line."  # spent: what it cost
    assert _shaped(s, "A$640m", "spending") == "spending"


def test_names_pronouns_vague_heads_and_prices_keep_the_rules_metric() -> None:
    assert _shaped("Gold rose 1.4% to $2,431 an ounce.", "$2,431", "price") == "price"
    assert _shaped("Brooks averaged 29.4 points a game.", "29.4 points", "points", "count") == (
        "points"
    )
    s = "It expects demand to reach 2 million parcels this year."
    assert _shaped(s, "2 million parcels", "parcels", "count") == "parcels"
    s = "prices in melbourne slipped 0.3%, while brisbane rose 1.1%."
    assert _shaped(s, "1.1%", None, "percent") is None
    s = "Fashion entrepreneur Sofia Lind climbed 14 places, worth 61 billion crowns."
    assert _shaped(s, "61 billion crowns", "wealth") == "wealth"


def test_the_rules_longer_name_of_the_same_measure_stays() -> None:
    s = "Operating profit rose 8% to £41m."
    assert _shaped(s, "£41m", "operating profit") == "operating profit"
    s = "Profit rose 8% to £41m."
    assert _shaped(s, "£41m", "pre-tax profit") == "pre-tax profit"


def test_a_share_of_something_is_left_to_the_rules_of_shares() -> None:
    s = "The club's wage bill climbed to £92m, or 78% of revenue."
    assert _shaped(s, "78%", "share of revenue", "percent") == "share of revenue"


def test_extraction_names_the_measure_from_the_clause() -> None:
    story = [
        "Hemlund said on Wednesday that it cut prices on 2,300 items.",
        "Online sales accounted for 27% of the total, and the average basket rose to 1,240 "
        "crowns from 1,180 crowns.",
    ]
    assert _metric(story, "1,240 crowns") == "average basket"
    assert _metric(story, "1,180 crowns") == "average basket"


def test_the_story_lower_case_words_are_whole_words() -> None:
    lower = StoryLower(["Sales rose.", "Its sales-led growth and wholesales", "avg sales"])
    assert "sales" in lower
    assert "growth" in lower
    assert "rose" not in StoryLower(["Rose Hill said.", "arose early"])  # a name, a longer word
