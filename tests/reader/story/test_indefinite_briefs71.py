"""A brief after nothing but page junk that brings in a new subject with an indefinite article,
in a lede's tense ("A Gdynia bakery chain that supplies hotels has raised ..."), opens a story
of its own where the boundary scorer gives it at least ``JUNK_INDEFINITE``, below the favouring
odds other junk-backed ledes need: the file's place and currency, shared by every item of a
local paste, hold the scorer's cohesion up (a user's paste, session 71: a start-up's funding
round after "Sign up for our morning newsletter", p 0.30, had ended a games studio's story)."""

from __future__ import annotations

from pathlib import Path

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import JUNK_INDEFINITE, junk_backed
from tests.reader.story.pasted import pasted_stories

PASTE = """Carmaker's Gdansk plant to add night shift as EV orders climb
By Marta Nowak
2 hours ago
Baltic Motors will add a night shift at its Gdansk assembly plant from March, hiring about 420 workers, after orders for its compact electric van rose 38% in the first nine months of the year.
The company said it had taken 11,600 orders for the van by the end of September, against 8,400 a year earlier, and that its order book was now worth about 1.9 billion zlotys.
Full-year revenue is expected to reach 6.2 billion zlotys, up from 5.4 billion zlotys, chief executive Piotr Zielinski said. The plant builds about 210 vans a day.
"We could not keep customers waiting nine months for a van," Zielinski said.
Advertisement
Read more: Port of Gdynia handles record container volumes
Games studio cuts 60 jobs after delay to flagship title
A Wroclaw games studio is cutting 60 of its 340 jobs after pushing back the release of its flagship role-playing game to 2028.
Pixel Oak said the delay would cost it about 45 million zlotys in lost sales this year, and that quarterly net loss widened to 12.3 million zlotys from 4.1 million zlotys.
The studio's shares fell 14% to 38.20 zlotys in Warsaw on Tuesday, leaving the company worth about 610 million zlotys.
Sign up for our morning newsletter
A Krakow start-up that sells payroll software to small shops has raised 28 million zlotys from a group of local investors led by Vistula Ventures. The round values it at about 150 million zlotys.
"""


def test_an_indefinite_new_subject_after_junk_opens_the_last_brief(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, PASTE)
    assert [s.paragraphs[0][:22] for s in stories] == [
        "Baltic Motors will add",
        "A Wroclaw games studio",
        "A Krakow start-up that",
    ]


TEXTS = [
    "Odra Yards is cutting 120 of its 900 jobs after two orders were cancelled.",
    "Its shares fell 9% in Warsaw on Tuesday.",
    "A Gdynia bakery chain that supplies hotels has raised 14 million zlotys from investors.",
    "The round values the chain at about 90 million zlotys.",
]


def _paras(texts: list[str], junk: bool = True) -> list[Paragraph]:
    out = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(texts)]
    if junk:
        out[1].trail = [Line(4, "Sign up for our morning newsletter", "promo")]
    return out


def test_the_indefinite_lede_needs_the_junk_the_odds_and_a_subject_not_seen_before() -> None:
    odds = [1.0, 0.1, JUNK_INDEFINITE + 0.05, 0.1]
    assert junk_backed(_paras(TEXTS), odds) == {2}
    assert junk_backed(_paras(TEXTS), [1.0, 0.1, JUNK_INDEFINITE - 0.05, 0.1]) == set()
    assert junk_backed(_paras(TEXTS, junk=False), odds) == set()
    # the subject written before: the story goes on
    seen = ["A Gdynia bakery chain said it would open more shops.", *TEXTS[1:]]
    assert junk_backed(_paras(seen), odds) == set()
    # reported speech is no lede ("A spokesman for the yard said ...")
    said = [*TEXTS[:2], "A spokesman for the Szczecin yard said more cuts were possible.", TEXTS[3]]
    assert junk_backed(_paras(said), odds) == set()
