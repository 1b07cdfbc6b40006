"""Paragraphs that go on the story before them whatever their words or the gap: a table's row
or what the article says right under its table, a quotation a pronoun says, a part of those
named before, a titled person saying something, a note on the article, a newsletter's running
label, an interview's turn (``never_opens``, ``goes_on``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reader.story.cues import article_note
from reader.story.lines.table import is_row
from reader.story.paragraph import Paragraph

# a quotation its first sentence gives to a pronoun: '"We can't control the weather," he said'
_PRONOUN_QUOTE = re.compile(
    r"[\"“‘'].{3,400}?[,.?!…-][\"”’']\s+(?:he|she|they)\s+"
    r"(?:said|says|added|adds|told|explained|insisted|warned|noted|continued|recalled|admitted|"
    r"argued|wrote|asked|replied|conceded)\b",
    re.DOTALL,
)


# a newsletter's running label inside an item, the style of short-form briefings ("Why it
# matters:", "Yes, but:", "The big picture:", "By the numbers:"): the item goes on, none opens
_RUNNING_LABEL = re.compile(
    r"(?:why it matters|the big picture|driving the news|yes,? but|between the lines"
    r"|what(?:'|\u2019)?s next|what to watch|what (?:they|we)(?:'|\u2019)?re (?:saying|watching)"
    r"|(?:the )?bottom line|by the numbers|catch up quick|go deeper|zoom (?:in|out)|flashback"
    r"|the other side|state of play|reality check|be smart|our thought bubble|the intrigue"
    r"|the fine print|the catch|the takeaway|worth noting|details)\s*:\s",
    re.I,
)

# a person named with a courtesy or office title who says something: "Judge Tessa Harlow said
# it was ...", "Cllr Declan Furey said ...", "Mr Okafor told the court ..." - a second
# reference or a voice the story has already set up (in the hand-written development pastes
# 89 such paragraphs, none opening a story; ledes name what happened first)
_TITLED_SAYS = re.compile(
    r"(?:Judge|Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Insp|Inspector|Sergeant|Sgt|Det|"
    r"Detective|Superintendent|Supt|Prof|Professor)\.? [A-Z][\w'\u2019-]+"
    r"(?: [A-Z][\w'\u2019-]+){0,2},? (?:said|says|told|added)\b"
)
# a part of people or things named before: "Eighteen of them were admitted ...", "Most of
# those who ...", "Two of these have ..." (the pronoun's antecedent is in the story before)
_PARTITIVE_BACK = re.compile(
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*) of (?:them|those|these|whom)\b(?! (?:who|which|that)\b)"
)


def never_opens(text: str) -> bool:
    """A paragraph no story opens with, whatever its words or the gap before it: a table's row
    (the table belongs to the article around it), a quotation a pronoun says ('"We can't
    control the weather," he said': whose it is was said before), a part of those named before
    (``_PARTITIVE_BACK``: "Eighteen of them were admitted"), a titled person saying something
    (``_TITLED_SAYS``: "Judge Tessa Harlow said ..."), a note on the article before it
    (``cues.article_note``: "Editor's note: This story has been updated ..."), or an interview's
    turn ("Q: How do you win farmers over?")."""
    first = text.lstrip()
    return (
        is_row(text.split("\n", 1)[0])
        or _PRONOUN_QUOTE.match(first) is not None
        or article_note(first)
        or _RUNNING_LABEL.match(first) is not None
        or _PARTITIVE_BACK.match(first) is not None
        or _TITLED_SAYS.match(first) is not None
        or _INTERVIEW_TURN.match(first) is not None
    )


# an interview's turn: "Q: Farmers are cautious buyers. How do you win them over?", "A: We
# don't talk about technology." (its questions and answers are one article's)
_INTERVIEW_TURN = re.compile(r"[QA]\s?[:\u2013\u2014]\s+\S|[QA] - \S")


def goes_on(paras: Sequence[Paragraph], i: int, titled: Collection[int]) -> bool:
    """A paragraph no headline or dateline opens that goes on the story before it, whatever
    the words or the gap: ``never_opens``, or right under a table (``after_table``)."""
    return i not in titled and (never_opens(paras[i].text) or after_table(paras, i))


def after_table(paras: Sequence[Paragraph], i: int) -> bool:
    """The paragraph right under a table's last row, nothing between: what the article says
    of its table ("Exports grew fastest after ...")."""
    return i > 0 and not paras[i].head and is_row(paras[i - 1].text.split("\n")[-1])
