"""Whose figure it is (issue 14, session 41): a byline that files from a place ("NAME in
London"), carries its stamp ("NAME · Posted: ...") or stands over one, and initials in a "By"
line, are no lead (lead.py); a currency's letters before "¢" and a stamp's weekday are no name
(proper_nouns.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at
from reader.figures.proper_nouns import names_in

_LEAD = "Shares in Corrow Group fell 9% on Tuesday after it cut its profit forecast."


def test_bylines_of_other_shapes_are_not_the_lead() -> None:
    assert lead_at(["By Maria Luz T. Santos, Reporter", _LEAD, "More."]) == 1
    assert lead_at(["Tobias Renfrew-Hale in London", _LEAD, "More."]) == 1
    assert lead_at(["Anjali Mehra · Posted: Aug 14, 2026 4:00 AM EDT", _LEAD, "More."]) == 1
    assert lead_at(["Thandi Mokoena", "Published 26 February 2027 at 17:05", _LEAD, "x"]) == 2


def test_a_name_line_with_no_stamp_under_it_stays_the_lead() -> None:
    # a kicker may name the story's firm
    assert lead_at(["Northwind Logistics", "Northwind sold five ships.", "More."]) == 0


def test_the_byline_writer_owns_none_of_the_figures() -> None:
    paragraphs = [
        "Tobias Renfrew-Hale in London",
        "Shares in Corrow Group fell 12 per cent on Tuesday after the FTSE 250 builder cut its "
        "full-year profit guidance, blaming weak demand.",
        "The Leeds-based group now expects adjusted operating profit of between £118mn and "
        "£124mn for the year.",
        "Revenue rose 7 per cent to £842mn in the six months to June, helped by acquisitions.",
    ]
    title = "Corrow shares slide after builder cuts profit guidance"
    found = {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}
    assert found["7 per cent"] == "Corrow Group"
    assert found["£842mn"] == "Corrow Group"


def test_currency_letters_before_a_cedi_sign_and_a_stamps_day_are_no_names() -> None:
    text = "The board plans to spend GH¢320 million on a line at its Kumasi plant."
    assert [n for n, _, _ in names_in(text, 0, len(text), frozenset())] == ["Kumasi"]
    for stamp in ("Sun Oct 25, 2026 12:00 AM Last update", "Posted Fri 5 Jun 2026 at 2:41pm"):
        assert names_in(stamp, 0, len(stamp), frozenset()) == []
    text = "Sun Pharma said on Friday its sales rose."
    assert [n for n, _, _ in names_in(text, 0, len(text), frozenset())] == ["Sun Pharma"]


def test_bylines_over_a_bare_date_or_a_role_in_capitals_or_with_accents_are_not_the_lead() -> None:
    # (blind round a67: a Guardian-style, a Globe-style and an Irish paper's bylines)
    assert lead_at(["Imogen Farrant", "Tue 8 Sep 2026 07.00 BST", _LEAD, "x"]) == 2
    assert lead_at(["DOUGLAS MCLEAN", "HEALTH REPORTER", "PUBLISHED MAY 3, 2026", _LEAD, "x"]) == 3
    assert lead_at(["Síle Ó Dálaigh", "Health Correspondent", "June 2 2026 06:10 AM", _LEAD]) == 3
