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


def test_a_titled_person_saying_a_clause_is_its_speaker_not_its_owner() -> None:
    from reader.figures.speaker import titled_speaker

    s = "Mayor Ines Corvo said about 12,000 people commute by ferry."
    assert titled_speaker(s, "Mayor Ines Corvo", s.index("12,000"))
    s = "Fleet director Omar Haddad told analysts that 30 ships would be sold."
    assert titled_speaker(s, "Fleet director Omar Haddad", s.index("30"))
    s = "Mayor Ines Corvo earned a salary of €90,000."  # she owns it: no reporting verb
    assert not titled_speaker(s, "Mayor Ines Corvo", s.index("€90,000"))
    s = "Brisk Media said 40 stores would close."  # a firm: its own figure
    assert not titled_speaker(s, "Brisk Media", s.index("40"))


def test_a_figure_a_titled_person_speaks_of_goes_to_the_story_firm() -> None:
    from reader.figures import extract_figures

    figs = extract_figures([
        "Calder Ferries will add two boats to its Oporto route from May.",
        "Calder Ferries said fares would not change.",
        "Mayor Ines Corvo said about 12,000 people commute across the river each day.",
    ])  # fmt: skip
    assert [f.subject for f in figs if f.value == 12_000] == ["Calder Ferries"]
