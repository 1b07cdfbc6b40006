"""A story starts only where a run of lines does, in a file written a sentence a line whose
blank lines part runs of lines (``sentence_runs.inside_runs``; session 53: after the refit with
session 52's waves a sectioned article's second run was cut at its third line by a change of
words, tests/reader/story/test_page_marks34.py). Texts written here."""

from __future__ import annotations

from reader.story.paragraph import Paragraph
from reader.story.sentence_runs import inside_runs


def _runs(*sizes: int) -> list[Paragraph]:
    """One-sentence paragraphs, a line each, in runs of ``sizes`` lines with one blank line
    between runs."""
    paras: list[Paragraph] = []
    no = 1
    for size in sizes:
        for _ in range(size):
            paras.append(Paragraph(f"The line on line {no} says one thing.", no, no))
            no += 1
        no += 1  # the blank line after the run
    return paras


def test_the_lines_inside_runs_are_no_starts() -> None:
    paras = _runs(3, 3, 3)
    assert inside_runs(paras) == {1, 2, 4, 5, 7, 8}


def test_one_blank_line_in_a_file_of_touching_lines_is_no_layout() -> None:
    # (a page break in a PDF's text: two runs only)
    assert inside_runs(_runs(8, 9)) == set()


def test_files_without_runs_are_left_to_the_other_rules() -> None:
    assert inside_runs(_runs(1, 1, 1, 1)) == set()  # a blank line between every paragraph
    assert inside_runs(_runs(12)) == set()  # no blank line at all
    long = [Paragraph("First sentence here. And a second one.", k, k) for k in (1, 2, 4, 5, 7, 8)]
    assert inside_runs(long) == set()  # paragraphs of several sentences


def test_a_heading_or_furniture_between_lines_ends_a_run() -> None:
    from reader.story.lines.line import Line

    paras = _runs(3, 3, 3)
    paras[4].head = [Line(5, "A heading over the line", "heading")]
    assert 4 not in inside_runs(paras)
