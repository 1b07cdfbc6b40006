"""The letters of common things ("EV", "GDP", "VAT") are no firm and no owner
(reader/figures/name_words.py). Written here."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.name_words import not_name


def test_thing_acronyms_are_no_names() -> None:
    assert all(not_name(w) for w in ("EV", "EVs", "GDP", "VAT", "LNG", "SUVs", "R&D"))
    assert not not_name("BMW") and not not_name("PC")  # ("PC World" is a name)


def test_a_story_about_ev_charging_is_the_firms() -> None:
    story = [
        "Independent dealer group pushes EV charging across its 96 sites",
        "Harrow Fuels lifted shop sales by 6.2% to £88m in the year to June.",
        "The group added EV chargers at 12 sites and plans 20 more.",
    ]
    figures = extract_figures(story, title="Harrow Fuels lifts shop sales as fuel volumes slip")
    owners = {f.surface: f.subject for f in figures}
    assert owners["96 sites"] != "EV"
    assert owners["£88m"] == owners["12 sites"] == "Harrow Fuels"


def test_a_common_word_opening_the_headline_is_no_firm() -> None:
    story = [
        "A judge has ordered the director of a holiday park business to buy out his sister's "
        "shares for £2.86 million, after finding she had been shut out of the company.",
        "The court heard that the company's turnover rose to £9.7 million last year.",
    ]
    title = "Brother ordered to buy sister's stake in family caravan park firm"
    owners = {f.surface: f.subject for f in extract_figures(story, title=title)}
    assert owners["£9.7 million"] != "Brother"
