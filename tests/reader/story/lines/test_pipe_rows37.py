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


BOX = """Flat owners to pay more in conservancy charges
Households in Kallang Basin will pay more for the upkeep of their estates from April.
The new monthly charges (current charge in brackets) are:

3-room: S$71.50 (S$66.00)
4-room: S$88.00 (S$81.00)
5-room: S$102.50 (S$93.00)
Executive: S$118.00 (S$107.50)

That means a 4-room household will pay S$84 more a year.
"""


def test_a_box_of_labelled_sums_is_no_menu() -> None:
    """Four short lines in a row read as a menu unless each gives a label's sum: a fact box."""
    kinds = {ln.text: ln.kind for ln in classify_lines(BOX.splitlines())}
    assert kinds["3-room: S$71.50 (S$66.00)"] not in ("promo", "nav")
    assert kinds["Executive: S$118.00 (S$107.50)"] not in ("promo", "nav")
    menu = ["Home", "News", "Sport", "Business", "", "Markets fell on Monday as oil rose."]
    assert classify_rules(menu)[0].kind == "promo"  # a real menu is still one
