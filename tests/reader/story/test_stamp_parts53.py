"""A stamp line of parts parted by dashes as well as bars ("MONTERREY, N.L. — Friday, October
23, 2037 — Espectáculos — By Rodrigo Garza Villarreal") is the story's stamp, not a headline
nor body text whose first capitals own the story's figures (blind attrib_a107, session 53: the
place in capitals owned a concert tour's takings). Texts written here."""

from __future__ import annotations

import pytest

from reader.story.lines.patterns import is_timestamp


@pytest.mark.parametrize(
    "line",
    [
        "MONTERREY, N.L. — Friday, October 23, 2037 — Espectáculos — By Rodrigo Garza Villarreal",
        "SÃO PAULO — March 18, 2037 — Business — By Juliana Teixeira Campos",
        "Rabat, 29/10/2037 — Industry — By Yassine El Alaoui",
        "KINGSTON, Jamaica — Wednesday, May 6, 2037 | Business | By Shanique Powell-Grant",
    ],
)
def test_a_stamp_line_of_parts_is_a_stamp(line: str) -> None:
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Storm hits the coast — live updates — 3 May 2037",
        "Budget 2037 — What It Means — By Jo Lee",
        "Business — 3 May 2037 — Markets",
    ],
)
def test_a_headline_with_a_date_in_it_is_no_stamp(line: str) -> None:
    assert not is_timestamp(line)


def test_the_place_in_the_stamp_owns_no_figures() -> None:
    from reader.enrich import story_figures
    from reader.pipeline import Document, split_document

    lines = [
        "Stadium tour sells out in hours as resale prices soar",
        "MONTERREY, N.L. — Friday, October 23, 2037 — Espectáculos — By Rodrigo Garza Villarreal",
        "",
        "Valeria Montemayor sold 1.26 million tickets for her stadium tour in a single day, the"
        " promoter Ocho Puntos Live said on Thursday.",
        "",
        "Those tickets are worth about MX$2.9 billion at face value, an average of about MX$2,300"
        " each, and the singer will add three more dates in March.",
        "",
        "The ticket seller Taquilla Norte said 2.9 million people joined its online queue and"
        " that it blocked about 410,000 automated attempts. The consumer agency said it had"
        " received 1,870 complaints by Thursday evening and opened a line for fans in Nuevo León.",
        "",
    ]
    (story,) = split_document(Document("tour.txt", lines, ""))
    owners = {f.surface: f.subject for f in story_figures(story)}
    assert owners["MX$2.9 billion"] != "MONTERREY"
