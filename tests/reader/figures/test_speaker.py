"""The firm a closing reporting clause names."""

from __future__ import annotations

from reader.figures.speaker import trailing_speaker


def test_a_closing_reporting_clause_names_its_speaker() -> None:
    s = "The chain made £212m sales in the half, Medway Health said on Tuesday."
    assert trailing_speaker(s, s.index("£212m")) == ("Medway Health", s.index("Medway"))


def test_no_speaker_without_a_closing_reporting_clause() -> None:
    s = "Medway Health said the chain made £212m sales in the half."
    assert trailing_speaker(s, s.index("£212m")) is None
    s = "The chain made £212m, up 5%, and Medway Health said more was to come."
    assert trailing_speaker(s, s.index("£212m")) is None


def test_the_name_right_before_said_it_is_the_speaker() -> None:
    from reader.figures.names import story_names, subject_for

    s = "In a filing with the Ontario Securities Commission, Brisk Media said its shares rose 3%."
    assert subject_for(s, s.index("3%"), story_names(s), main="Lumo Games") == "Brisk Media"
