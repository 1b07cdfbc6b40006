"""A question-and-answer interview is one story (blind singles64): its questions, as headings or
short paragraphs of their own, stand over answers that change subject and grow short at the
end, which the words alone read as new items (``transcript.interview``)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.paragraph import Paragraph
from reader.story.transcript import interview

QA = """Harbour Business Monthly
Interview | Friday 4 September 2037

"A quay is only as good as its cranes" - Bergvik Port's director on the next ten years
By Lena Holm

Sigrid Aas has run Bergvik Port since 2031, when it handled fewer than 200 ships a year. Last year it handled 540, and it is building a second container quay.

We spoke to her in her office above the ferry terminal. The conversation has been edited for length.

Why build a second quay now?

Because the first one is full from May to October. Ships wait at anchor for a day or more, and the shipping lines notice that.

How will you pay for it?

About half comes from the port's own reserves and the rest from a loan from the regional development bank, repaid from harbour dues over 20 years.

What do the fishermen think?

They were worried about losing berths, so we moved the fish market to the inner harbour and gave them longer quays than they had before.

Are electric ferries coming?

Yes, the two short crossings switch in 2039. We are putting the chargers in while the quay is being rebuilt anyway.

Will the port be sold?

Not this decade. The owners are the municipality and a pension fund, and both are patient. Ask me again when the second quay is full.

What would you ask of the government in Oslo?

Deeper channels. Our approach is limited to ships of about 12 metres draught, and the new feeder vessels need 14.

Last question: ships or planes, for your own holidays?

Neither. A bicycle and the night train to Bergen.

This interview is part of our series on the region's ports."""


def test_a_question_and_answer_interview_is_one_story() -> None:
    assert len(split_document(Document("qa.txt", QA.split("\n"), "0" * 64))) == 1


def _para(text: str) -> Paragraph:
    return Paragraph(text=text, first=1, last=1)


def test_a_few_questions_among_many_paragraphs_make_no_interview() -> None:
    body = [
        _para(f"Paragraph {k} of the article says what happened next in the town.")
        for k in range(12)
    ]
    asked = [_para("What happens next?"), _para("Who pays?")]
    assert not interview([body[0], *asked, *body[1:]])
    assert interview(
        [body[0], *[_para(f"Question {k} about the plan?") for k in range(4)], *body[1:6]]
    )
