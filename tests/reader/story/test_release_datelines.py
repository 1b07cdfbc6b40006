"""A company release's dateline, its place and full date with no agency ("Haifa, March 4,
2026 – ", "Rotterdam, 4 March 2026 - "), opens a story as a wire dateline does: two such
releases pasted one after the other are two stories (reader/story/lines/shape.py,
patterns.DATELINE). Written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.shape import split_dateline, wire_dateline


def test_a_release_place_with_its_full_date_is_a_dateline() -> None:
    for text, place in (
        ("Haifa, March 4, 2026 \u2013 Orvane Robotics said.", "Haifa, March 4, 2026"),
        ("Rotterdam, 4 March 2026 - The port said.", "Rotterdam, 4 March 2026"),
        ("London, Dec. 4, 2025 -- The bank said.", "London, Dec. 4, 2025"),
    ):
        assert split_dateline(text)[0] == place
        assert wire_dateline(text)
    assert not wire_dateline("Beijing \u2014 The firm said.")  # no date: a place only


def test_two_pasted_releases_are_two_stories() -> None:
    text = [
        "Haifa, March 4, 2026 \u2013 Orvane Robotics Ltd. today reported revenue of $84.2 "
        "million for the fourth quarter, up 14% from a year earlier.",
        "The company said orders rose to a record $120 million.",
        '"Our customers are automating faster than we expected," said Dana Levi.',
        "Orvane expects revenue of $340 million to $360 million for 2026.",
        "Rotterdam, March 4, 2026 \u2013 Port of Rotterdam Authority said container volumes "
        "fell 3.1% in February as shipping lines diverted vessels.",
        "The port handled 1.1 million containers in the month.",
        "Chief executive Boudewijn Siemons expects volumes to recover.",
        "Rotterdam is investing \u20ac1.2 billion in new quay walls.",
    ]
    stories = split_document(Document("releases.txt", text, "0" * 64))
    assert [s.paragraphs[0][:14] for s in stories] == ["Orvane Robotic", "Port of Rotter"]


def test_a_place_written_with_accented_capitals_is_a_dateline() -> None:
    """ "SÃO PAULO", "ŁÓDŹ", "Évry": a place's letters are not all ASCII (reader.text.letters);
    the figures read the firm after it, not the place."""
    from reader.figures import extract_figures

    for text, place in (
        (
            "SÃO PAULO, Dec 2 (Reuters) - Banco Serrano said profit rose.",
            "SÃO PAULO, Dec 2 (Reuters)",
        ),
        ("ŁÓDŹ, Poland \u2014 The plant will close.", "ŁÓDŹ, Poland"),
        ("Évry, 4 March 2026 - Gennor SA said.", "Évry, 4 March 2026"),
    ):
        assert split_dateline(text)[0] == place
        assert wire_dateline(text)
    figs = extract_figures(
        [
            "SÃO PAULO, Dec 2 (Reuters) - Banco Serrano said net income rose 17% to R$ 12.6 "
            "billion.",
            "Its loan book grew 9% to R$ 688 billion.",
        ]
    )
    assert {f.subject for f in figs} == {"Banco Serrano"}
