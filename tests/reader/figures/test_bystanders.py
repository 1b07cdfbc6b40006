"""Route ends and founders are never a figure's owner."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.bystanders import bystander, past_opener


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def test_both_ends_of_a_route_are_bystanders() -> None:
    s = "A season ticket from Kendal to Carlisle Citadel will cost £1,204."
    assert bystander(s, *_at(s, "Kendal"))
    assert bystander(s, *_at(s, "Carlisle Citadel"))
    s = "Orrin moved from Kendal last year to a larger site."
    assert not bystander(s, *_at(s, "Kendal"))  # no route: "from X" alone


def test_founders_and_backers_are_bystanders() -> None:
    s = "Tillwood, set up in 2015 by Ana Ruiz and Ben Cole, sold 40,000 chairs."
    assert bystander(s, *_at(s, "Ana Ruiz"))
    assert bystander(s, *_at(s, "Ben Cole"))
    assert not bystander(s, *_at(s, "Tillwood"))


def test_past_an_opening_participle_phrase_with_an_agent() -> None:
    s = "Founded by Ana Ruiz, Tillwood sold 40,000 chairs."
    assert s[past_opener(s, 0) :].startswith("Tillwood")
    s = "Tillwood sold 40,000 chairs."
    assert past_opener(s, 0) == 0
    s = "Founded by Ana Ruiz, Tillwood sold 40,000 chairs."
    assert past_opener(s, 0, 5) == 0  # the phrase does not end before ``hi``


def test_a_firm_whose_parent_an_apposition_names_is_a_bystander() -> None:
    for s in (
        "Shares in Corvel's parent, Ashby Media, rose 3% to $41.",
        "Shares in Corvel\u2019s parent, Ashby Media, rose 3% to $41.",
    ):
        assert bystander(s, *_at(s, "Corvel"))
        assert not bystander(s, *_at(s, "Ashby Media"))
    s = "Corvel's chief executive, Ana Ruiz, said sales rose 3%."
    assert not bystander(s, *_at(s, "Corvel"))  # a person's title: the firm stays


def test_the_parents_shares_are_the_parents() -> None:
    from reader.figures import extract_figures

    figs = extract_figures(
        [
            "The Longest Night took $41m at the box office, studio Corvel said.",
            "Shares in Corvel's parent, Ashby Media, rose 3% to $41.20.",
        ]
    )
    got = {f.surface: f.subject for f in figs}
    assert got["3%"] == "Ashby Media"


def test_a_destination_is_a_bystander() -> None:
    s = "Flights to Lisbon drove growth, with passengers to North America up 12%."
    assert bystander(s, *_at(s, "Lisbon"))
    assert bystander(s, *_at(s, "North America"))
    s = "Exports to Kenya rose 4%."  # the market goods go to: the exporter owns them
    assert bystander(s, *_at(s, "Kenya"))
    s = "Kenya said tourists spent $2bn."
    assert not bystander(s, *_at(s, "Kenya"))


def test_a_market_a_firm_sells_in_is_a_bystander() -> None:
    s = "Sales to the US fell 14%, while sales in India rose 22%."
    assert bystander(s, *_at(s, "US"))
    assert bystander(s, *_at(s, "India"))


def test_a_name_in_a_closed_relative_clause_is_a_bystander() -> None:
    s = "The firm, which runs 1,140 hotels in Spain and Portugal, reported revenue of €2bn."
    assert bystander(s, *_at(s, "Portugal"))
    s = "The striker, who joined from Wigan for £2.5m in 2022, scored 19 goals."
    assert not bystander(s, *_at(s, "Wigan"))  # the clause holds a figure of its own


def test_a_place_nearby_and_who_gives_the_money_are_bystanders() -> None:
    s = "The brewer will build a plant near Alloa able to make 40 million litres."
    assert bystander(s, *_at(s, "Alloa"))
    s = "The trust's grant from Arts Wales was cut by 6% to £2.1m."
    assert bystander(s, *_at(s, "Arts Wales"))
    s = "Arts Wales cut its grants by 6% to £2.1m."
    assert not bystander(s, *_at(s, "Arts Wales"))


def test_a_firm_owning_the_business_sales_are_in_is_no_bystander() -> None:
    s = "Sales in Dr Orla's generics business fell 8.6% to 966m rupees."
    assert not bystander(s, *_at(s, "Dr Orla's"))


def test_a_place_set_aside_between_commas_is_a_bystander() -> None:
    s = "It aims to open a fourth clinic, in Ripon, by 2029 at a cost of £6m."
    assert bystander(s, *_at(s, "Ripon"))
    s = "Growth in Ripon was 4%."
    assert not bystander(s, *_at(s, "Ripon"))


def test_a_street_address_is_a_bystander() -> None:
    for text, name in [
        ("The clinic at its main site, 41 Harbour Road, saw 9,200 patients.", "Harbour Road"),
        ("She said it would cut jobs at 300 Quarry Street, its head office.", "Quarry Street"),
        ("The firm, based at 9 Rue de Lyon, employs 410 people.", "Lyon"),
    ]:
        at = text.index(name)
        assert bystander(text, at, at + len(name)), text
    text = "Harbour Road Holdings sold 300 Quarry shares to its staff."
    assert not bystander(text, text.index("Quarry"), text.index("Quarry") + 6)
    assert not bystander(text, 0, len("Harbour Road Holdings"))


def test_an_address_does_not_own_the_figures_of_its_sentence() -> None:
    story = [
        "Tarrow Valley Hospitals NHS Trust said its waiting list grew to 61,000 in October.",
        "The emergency department at the trust's main site, 41 Harbour Road, saw 9,200 patients "
        "in October.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story)}
    assert owners["9,200 patients"] != "Harbour Road"
