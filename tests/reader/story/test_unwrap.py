"""Hard-wrapped text (plain-text mail, a text browser's dump, a print column) read back into
its lines before classification, with stories pointing at the file's own lines."""

from __future__ import annotations

import textwrap

from reader.cli.explain import explain_lines
from reader.pipeline import Document, split_document
from reader.story.unwrap import unwrap, wrap_width

# two items from a print page: headlines in capitals broken over two lines, a 37-character
# column, words hyphenated across line ends, no blank lines
COLUMN = """\
THE MIDLAND COURIER   Wednesday, June 4, 2031   5

COUNCIL BACKS NEW
BUS DEPOT PLAN
By Alan Pritchard
Councillors have backed plans for a
£14m bus depot on the former gas-
works site at Tipton Road, despite
objections from 212 residents.
The depot would house 90 electric
buses and create about 60 jobs, the
operator, Black Country Buses, said.
Work is due to start next spring.
Residents' group chairman Sue Hale
said the council had "ignored" con-
cerns about night-time noise.
SCHOOL WINS
SCIENCE PRIZE
Pupils at Oakfield Academy have won
a national science prize for a water
filter made from recycled bottles.
The team of six, aged 13 and 14, beat
140 other schools to the £5,000
award, which will be spent on lab
equipment.
Head teacher Priya Nair said she was
"immensely proud".""".splitlines()


def _mail(width: int) -> list[str]:
    """A plain-text newsletter item wrapped at ``width`` by the standard library's wrapper."""
    paragraphs = [
        "Shares in Harbour Freight Group fell 6% on Tuesday after the company cut its forecast "
        "for annual profit, blaming weaker demand from retailers and higher fuel costs.",
        "The group now expects operating profit of about $210 million for the year, down from "
        "the $245 million it forecast in March, chief executive Dana Whitlock told analysts.",
        "Whitlock said the company would close two of its nine depots and that the cuts would "
        "affect roughly 300 of its 4,800 staff over the next year.",
    ]
    out = ["HARBOUR FREIGHT CUTS FORECAST", ""]
    for p in paragraphs:
        out += [*textwrap.wrap(p, width), ""]
    return out[:-1]


def test_a_wrapped_mail_is_read_back_into_its_paragraphs() -> None:
    lines = _mail(72)
    assert wrap_width(lines) == max(len(x) for x in lines)
    back = unwrap(lines)
    body = [x for x in back.lines[2:] if x]
    assert body[0].startswith("Shares in Harbour Freight Group fell 6% on Tuesday")
    assert body[0].endswith("higher fuel costs.")
    assert len(body) == 3
    # each line read back starts where its first piece stands in the file
    assert [back.origin[k] for k, x in enumerate(back.lines) if x][:2] == [1, 3]


def test_text_that_is_not_wrapped_is_left_as_it_is() -> None:
    lines = [
        "Harbour Freight cuts forecast",
        "By Dana Lee",
        "Shares in Harbour Freight Group fell 6% on Tuesday after the company cut its forecast "
        "for annual profit, blaming weaker demand from retailers and higher fuel costs.",
        "The group now expects operating profit of about $210 million for the year.",
        "Whitlock said the company would close two of its nine depots.",
        "Home",
        "News",
        "Sport",
    ]
    back = unwrap(lines)
    assert wrap_width(lines) is None
    assert back.lines == lines and back.origin == list(range(1, len(lines) + 1))
    # a menu of short lines in one width is not wrapped text: nothing continues a sentence
    menu = ["Home", "News", "Business", "Markets", "Sport", "Weather", "Contact us", "About"]
    assert wrap_width(menu) is None


def test_a_print_column_keeps_its_headlines_bylines_and_whole_words() -> None:
    back = unwrap(COLUMN)
    assert back.width is not None
    kept = [x for x in back.lines if x]
    assert "COUNCIL BACKS NEW BUS DEPOT PLAN" in kept
    assert "SCHOOL WINS SCIENCE PRIZE" in kept
    assert "By Alan Pritchard" in kept  # short of the width: a line of its own
    assert (
        "Councillors have backed plans for a £14m bus depot on the former gasworks site at "
        "Tipton Road, despite objections from 212 residents."
    ) in kept
    # a break before a digit or an opening quote inside a sentence is a wrap
    assert (
        "The team of six, aged 13 and 14, beat 140 other schools to the £5,000 award, which "
        "will be spent on lab equipment."
    ) in kept
    assert 'Head teacher Priya Nair said she was "immensely proud".' in kept
    # a paragraph's last line ends its sentence: the next paragraph is not joined to it
    assert "Work is due to start next spring." in kept


def test_a_running_head_between_items_is_no_headline() -> None:
    page = ["WESTERN GAZETTE   Friday, 6 June 2031   9", *COLUMN[2:]]
    stories = split_document(Document("page.txt", page, ""))
    assert stories[0].title == "COUNCIL BACKS NEW BUS DEPOT PLAN"
    assert unwrap(page).lines[0] == ""
    # a line of wide gaps with no date and page number is text
    assert unwrap([*COLUMN, "Name   Role   Town"]).lines[-1] == "Name   Role   Town"


def test_stories_of_a_print_column_point_at_the_files_lines() -> None:
    stories = split_document(Document("column.txt", COLUMN, ""))
    assert [s.title for s in stories] == [
        "COUNCIL BACKS NEW BUS DEPOT PLAN",
        "SCHOOL WINS SCIENCE PRIZE",
    ]
    second = stories[1]
    assert (second.sources[0].first_line, second.sources[0].last_line) == (17, len(COLUMN))
    assert stories[0].sources[0].last_line == 16
    text = " ".join(second.paragraphs)
    assert "beat 140 other schools to the £5,000 award" in text
    assert 'she was "immensely proud".' in text


def test_explain_shows_the_files_line_numbers() -> None:
    out = explain_lines(COLUMN)
    assert any(ln.startswith("----- story 2 starts at line 19") for ln in out)
    row = next(ln for ln in out if "SCHOOL WINS SCIENCE PRIZE" in ln)
    assert row.split()[0] == "17"


def test_a_long_run_of_capitals_costs_a_bounded_look_per_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reader.story.unwrap as unwrap_module

    calls = 0
    real = unwrap_module._capitals

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(unwrap_module, "_capitals", counted)
    shouting = [f"ROW {k} OF A LONG RUN IN CAPITALS" for k in range(1500)]
    lines = [*(COLUMN * 100), *shouting, *COLUMN]
    back = unwrap_module.unwrap(lines)
    assert back.width is not None  # read as wrapped, so the capitals are looked at
    assert not any("ROW 1 OF" in x and "ROW 2 OF" in x for x in back.lines)
    assert calls <= 12 * len(lines)
