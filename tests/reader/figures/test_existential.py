"""An existential sentence's figure counted in the story's own place or body is the story's
(reader/figures/existential.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.existential import existential_owner


def test_a_count_in_the_county_or_on_its_list_is_the_storys() -> None:
    story = [
        "Ceredigion Council will double the tax premium on second homes from April.",
        "There were 2,950 properties registered as second homes in the county in October.",
        "Ceredigion Council said the premium raised £6m last year.",
        "There are 1,240 households on its waiting list for social housing.",
    ]
    got = {f.surface: f.subject for f in extract_figures(story, title="Second homes tax doubled")}
    assert got["2,950 properties"] == "Ceredigion Council"
    assert got["1,240 households"] == "Ceredigion Council"


def test_only_there_is_and_a_place_of_the_storys_own() -> None:
    text = "There were 400 people at the meeting in Leeds."
    assert existential_owner(text, text.index("400"), "Ceredigion Council", None) is None
    text = "About 400 properties in the county are second homes."
    assert existential_owner(text, text.index("400"), "Ceredigion Council", None) is None
    text = "There were 400 properties in the county."
    assert existential_owner(text, text.index("400"), None, None) is None
    assert existential_owner(text, text.index("400"), "Ceredigion Council", None) == (
        "Ceredigion Council"
    )


def test_a_place_is_the_storys_subject_not_a_firm_the_sentence_before_names() -> None:
    text = "There are 37 villages in the county that will be left without a daily bus."
    at = text.index("37")
    assert existential_owner(text, at, None, "Cardi Coaches") is None
    assert existential_owner(text, at, "Ceredigion Council", "Cardi Coaches") == (
        "Ceredigion Council"
    )
    # "its" is the sentence before's firm
    own = "There are 40 drivers on its books."
    assert existential_owner(own, own.index("40"), None, "Cardi Coaches") == "Cardi Coaches"
