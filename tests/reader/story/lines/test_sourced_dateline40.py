"""What blind set paste58 taught (session 40): an agency's place, date and source with no dash
after them ("Bengaluru, July 13 (IANS) Electric ...", "NEW DELHI, July 14 (PTI): The court
...") and a day before its month ("KUALA LUMPUR, 14 July (Bernama) -- ...") are wire datelines
that open a story (``shape.wire_dateline``); a bracket that is no agency's is not one."""

from __future__ import annotations

from reader.story.lines.shape import wire_dateline


def test_an_agencys_place_date_and_source_open_a_story() -> None:
    assert wire_dateline("Bengaluru, July 13 (IANS) Electric scooter maker Voltra raised $40m.")
    assert wire_dateline("NEW DELHI, July 14 (PTI): The Supreme Court on Monday said it would.")
    assert wire_dateline("KUALA LUMPUR, 14 July (Bernama) -- The ringgit rose against the dollar.")
    assert wire_dateline("Shimla, Jul 14 (PTI) Heavy rain triggered landslides at 40 places.")


def test_a_bracket_that_is_no_source_is_no_dateline() -> None:
    assert not wire_dateline("He said (quietly) that it was over for the season.")
    assert not wire_dateline("Smith, 42, of Leeds (pictured) was jailed on Monday.")
