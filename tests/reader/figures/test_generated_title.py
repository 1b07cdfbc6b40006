"""A title the pipeline generated from the lead sentence is the lede's own words: it ranks the
lede's figure first, as a headline would, but names no owner the text does not ("Ferry" opening
"Ferry fares to the islands will rise" is a common word, not a firm)."""

from __future__ import annotations

from reader.enrich import compute
from reader.figures import extract_figures
from reader.model import Story
from reader.story.titles.generate import generate_title

PARAGRAPHS = [
    "Ferry fares to the western isles will rise by 6% from April, the island council said on "
    "Monday.",
    "A return crossing for a car and two adults will cost £84.20, up from £79.40.",
    "Passenger numbers fell to 310,000 last year, and the service lost about £2.1m.",
]


def test_a_generated_title_names_no_owner_from_its_first_word() -> None:
    title = generate_title(PARAGRAPHS[0])
    assert title.split()[0] == "Ferry"  # the premise: the generated title opens as the lede
    figures = extract_figures(PARAGRAPHS, title=title, title_generated=True)
    assert figures
    assert all("Ferry" not in (f.subject or "") for f in figures), [
        (f.surface, f.subject) for f in figures
    ]


def test_a_generated_title_still_ranks_the_ledes_figure_first() -> None:
    title = generate_title(PARAGRAPHS[0])
    ranked = extract_figures(PARAGRAPHS, title=title, title_generated=True)
    assert "6%" in title and ranked[0].surface == "6%"


def test_the_pipeline_tells_the_extractor_its_title_was_generated() -> None:
    title = generate_title(PARAGRAPHS[0])
    story = Story(
        id="s", title=title, title_generated=True, sources=[], paragraphs=PARAGRAPHS
    )
    _, figures = compute(story)
    assert figures == extract_figures(PARAGRAPHS, title=title, title_generated=True)
