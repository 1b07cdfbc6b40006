"""A note on the article set above its headline ("Correction, Tuesday 8 December: An earlier
version of this article gave ...") is no story of its own: the article under the headline is
the one story (blind set singles71, session 53: a correction notice on the first line read as a
story before the article's)."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.cues import article_note

_BODY = [
    "About 2,300 households on the island's north coast will pay 18% more for piped water from"
    " April, after the utilities regulator approved the first rise in five years for the"
    " operator, Northshore Water.",
    "",
    "The company had asked for 30%. It said the cost of pumping had risen by more than a third"
    " since the last review and that two of its four bores needed new casings this year.",
    "",
    '"Nobody likes a higher bill, but the pipes under the coast road are older than most of our'
    ' customers," said its manager, Tomasina Reuben.',
    "",
    "Shopkeepers in the harbour village said the rise would be passed on in the price of ice"
    " and of the meals their cafes serve to the ferry crews.",
    "",
]


def _page(note: str) -> list[str]:
    return [
        note,
        "",
        "Water bills on the north coast to rise 18% from April",
        "By Lavinia Tapueluelu",
        "Monday 7 December 2037",
        "",
        *_BODY,
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Correction, Tuesday 8 December 2037: An earlier version of this article gave the new"
        " charge as 81 cents a cubic metre. The correct figure is 18 cents. The percentage"
        " rise, 18%, was correct.",
        "Correction: An earlier version of this article named the wrong bore. It is bore 3.",
        "Editor's note: This article has been updated with the regulator's response.",
        "Clarification (8 December): The rise applies to household connections only.",
    ],
)
def test_a_note_above_the_headline_is_no_story(note: str) -> None:
    stories = split_document(Document("note.txt", _page(note), ""))
    assert len(stories) == 1
    assert stories[0].title.startswith("Water bills on the north coast")
    # the note is left out with the page's other furniture: the story opens on its lede
    assert stories[0].paragraphs[0].startswith("About 2,300 households")


def test_what_reads_as_a_note() -> None:
    assert article_note("Correction, Tuesday 8 December 2037: An earlier version said ...")
    assert article_note("Update, 14:05 GMT: The company has confirmed the figure.")
    assert article_note("This story has been corrected to show the right date.")
    # a sentence that only begins with the word is no note
    assert not article_note("Updates to the app, which arrive every month, add new games.")
    assert not article_note("Corrections officers at the prison voted to strike on Monday.")
    # a label with nothing after it but a long clause is a sentence, not a note's label
    assert not article_note(
        "Update the software, the company told users on Monday, or lose access: it said."
    )
