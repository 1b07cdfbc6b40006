"""A lead that opens on a place and a trade before the firm's name ("Orkney salmon farmer
Hoy Aquaculture has cut its harvest forecast ...") is the firm's story: the place only
describes it, in the lead and in what the story says after it ("The company said ..."; a user's
paste, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures

STORY = [
    "Orkney salmon farmer Hoy Aquaculture has cut its harvest forecast for the year to 48,000 "
    "tonnes from 53,000 tonnes after a jellyfish bloom killed fish at three sites.",
    "The company said losses would cost it about £9 million in lost sales. Its shares fell 6% "
    "to 412p in Oslo.",
]


def test_the_firm_a_place_and_a_trade_describe_owns_the_storys_figures() -> None:
    figures = extract_figures(STORY, title="Orkney salmon farmer Hoy Aquaculture cuts forecast")
    owners = {f.surface: f.subject for f in figures}
    assert owners["48,000 tonnes"] == "Hoy Aquaculture"
    assert owners["£9 million"] == "Hoy Aquaculture"
