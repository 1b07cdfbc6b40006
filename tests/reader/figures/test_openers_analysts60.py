"""Whose a figure is when the sentence opens on a scene or an analyst speaks (session 60):

- a phrase a preposition opens the sentence with names the scene, not the actor: "On the
  Perth–Karratha route, which serves the gas fields, Kestrel now runs 11 daily flights, up from
  7" is Kestrel's (a relative clause closed by a comma no longer lends its antecedent), and "In
  a filing with the Australian Securities Exchange, the Brisbane-listed carrier said revenue
  rose" is the story's firm's, not the exchange's;
- an analyst's or a broker's target price, estimate or forecast of the firm's profit is the
  firm's figure ("Analyst Mei Tanaka of Coral Sea Securities, who had expected quarterly profit
  of A$48 million, raised her target price ... to A$6.40"), unless the story is the broker's."""

from __future__ import annotations

from reader.figures import extract_figures

TITLE = "Kestrel Air passenger numbers climb"
STORY = [
    "Kestrel Air carried 2.4 million passengers in the quarter, up 8%, the airline said on Monday.",
    "In a filing with the Australian Securities Exchange on Monday, the Brisbane-listed carrier "
    "said revenue rose 9% to A$512 million.",
    "On the Perth–Karratha route, which serves the gas fields of the Pilbara, Kestrel now runs "
    "11 daily flights, up from 7.",
    "Analyst Mei Tanaka of Coral Sea Securities, who had expected quarterly profit of A$48 "
    "million, raised her target price on the stock to A$6.40 from A$5.90.",
]


def _owners() -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(STORY, title=TITLE)}


def test_a_scene_setting_opener_owns_nothing() -> None:
    owners = _owners()
    assert owners["A$512 million"] == "Kestrel Air"
    assert owners["9%"] == "Kestrel Air"
    assert owners["11 daily flights"] == "Kestrel"
    assert owners["7"] == "Kestrel"


def test_an_analysts_targets_and_estimates_are_the_firms() -> None:
    owners = _owners()
    assert owners["A$48 million"] == "Kestrel Air"
    assert owners["A$6.40"] == "Kestrel Air"
    assert owners["A$5.90"] == "Kestrel Air"


def test_a_brokers_own_story_keeps_its_figures() -> None:
    story = [
        "Coral Sea Securities made a profit of A$31 million in the half-year, the Brisbane "
        "broker said, and expects full-year profit of about A$60 million.",
        "Coral Sea Securities raised its target price for its own shares to A$2.10.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story, title="Broker profit rises")}
    assert owners["A$31 million"] == "Coral Sea Securities"
    assert owners["A$2.10"] == "Coral Sea Securities"
