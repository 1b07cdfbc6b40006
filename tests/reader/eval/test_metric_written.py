"""How much of a metric label its text writes: a span, the sentence, the story."""

from __future__ import annotations

from reader.eval.metric_misses import Row
from reader.eval.metric_written import by_name, tally, written_in, written_span

_SENTENCE = "Ferry bookings rose 12% to 48,000 in the summer, most of them to the islands."


def test_a_label_written_as_a_run_of_words_is_a_span() -> None:
    assert written_span("ferry bookings", _SENTENCE)
    assert written_span("booking", _SENTENCE)  # number folded, as the scorer folds it
    assert not written_span("island bookings", _SENTENCE)  # its words are apart
    assert not written_span("ferry bookings", _SENTENCE, most=1)


def test_a_label_whose_words_are_apart_is_written_in_the_sentence_only() -> None:
    assert written_in("island bookings", _SENTENCE)
    assert not written_in("cabin bookings", _SENTENCE)
    assert not written_in("", _SENTENCE)


def test_tally_counts_right_written_and_the_ceilings() -> None:
    def row(label: str, found: str, right: bool) -> Row:
        return Row("r", "a.txt", "12%", label, found, right, _SENTENCE)

    rows = [
        row("ferry bookings", "ferry bookings", True),
        row("island bookings", "bookings", False),  # in the sentence, not as a span
        row("summer timetable", "bookings", False),  # only the story writes "timetable"
        row("passenger numbers", "bookings", False),  # nowhere
    ]
    story = {"a.txt": "Ferry timetable\n" + _SENTENCE}
    assert tally(rows, story) == (4, 1, 1, 2, 3, 2, 3)


def test_by_name_splits_the_figures_by_whether_their_label_name_is_the_rounds_own() -> None:
    def row(label: str, right: bool) -> Row:
        return Row("r", "a.txt", "12%", label, "bookings", right, _SENTENCE)

    rows = [row("bookings", True), row("ferry bookings", False), row("ferry booking", True)]
    # "ferry bookings" is a name only this round uses (folded: singular and plural alike)
    assert by_name(rows, {"ferry booking"}) == [3, 2, 1, 1]
    assert by_name(rows, None) == [3, 0, 0, 2]
