"""A table copied without its outer pipes ("Colony | 2027 | 2029") is the article's table, its
rows kept as body, not read as a stamp (for its years) or a picture credit (for its bars); and a
byline with the writer's paper after a dot ("Jonah Whitfield · Coastal News") is a byline."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines, classify_rules
from reader.story.lines.shape import is_byline_shape
from reader.story.lines.table import cells, numeric_row

TABLE = """Seal pup count falls at island colonies
The count, carried out in January by the wildlife service, found 1,430 pups on Kerr Island.

Pups counted on the islands
Colony | 2025 | 2027
Kerr Island | 2,100 | 1,430
Low Island | 610 | 540
Gull Rock | 35 | 22

Rangers said the main cause was a shortage of fish close to the colonies.
"""


def test_cells_of_a_row_without_outer_pipes() -> None:
    assert cells("Kerr Island | 2,100 | 1,430") == ["Kerr Island", "2,100", "1,430"]
    assert cells("Home | News") == ["Home | News"]  # two cells: a menu's bar, no table row
    assert numeric_row("Low Island | 610 | 540")
    assert not numeric_row("Jane Doe | Bloomberg | Getty Images")


def test_rows_of_a_bare_pipe_table_are_body() -> None:
    kinds = {ln.text: ln.kind for ln in classify_rules(TABLE.splitlines())}
    for row in ("Colony | 2025 | 2027", "Kerr Island | 2,100 | 1,430", "Gull Rock | 35 | 22"):
        assert kinds[row] == "bullet"
    kept = {ln.text: ln.kind for ln in classify_lines(TABLE.splitlines())}
    assert kept["Kerr Island | 2,100 | 1,430"] == "bullet"  # the role model keeps them


def test_a_pipe_credit_is_still_a_credit() -> None:
    lines = ["Storm batters coast", "A tree lies across a road in Port Ellis on Monday.",
             "Jane Doe | Bloomberg | Getty Images", "The storm hit on Monday."]  # fmt: skip
    kinds = {ln.text: ln.kind for ln in classify_rules(lines)}
    assert kinds["Jane Doe | Bloomberg | Getty Images"] != "bullet"


def test_a_byline_with_its_paper_after_a_dot() -> None:
    assert is_byline_shape("Jonah Whitfield · Coastal News")
    assert is_byline_shape("Jonah Whitfield | Coastal News")
    assert not is_byline_shape("Storm leaves thousands without power · live updates")
