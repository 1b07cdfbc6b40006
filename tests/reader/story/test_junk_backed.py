"""Page junk (an advert, a "Read more" link) before a paragraph that opens as a lede, where the
boundary scorer favours a start, opens a story however short, in a file judged one article too
(``reader.story.start_evidence.junk_backed``)."""

from __future__ import annotations

import math

import pytest

from reader.pipeline import read_document, split_document
from reader.story.boundary.lede import opens_as_lede
from reader.story.boundary.scorer import Score
from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import JUNK_INDEFINITE, JUNK_LEDE, junk_backed
from reader.story.starts import find_story_starts

HEADED_THEN_BRIEF = """Canal boat licence fees to rise in spring

By Tom Example, rivers reporter

Licence fees for boats on the Wendle canal will rise by 9% from April, the waterways trust said on Thursday, blaming the cost of repairing locks after last winter's floods.

A licence for a narrowboat of average length will cost £1,140 a year, up from £1,046, and owners who pay monthly will also face a £25 administration fee.

The trust said it had frozen fees for three years while its repair bill doubled, and that it would keep the discount for boats used by charities.

Boaters' groups said many owners who live aboard were already struggling with fuel prices, and asked the county council to help with a grant.

A council spokesman said it would consider the request but had set no money aside for it this year.

Read more: Lock closures to last until March

Advertisement

A pensioner has been rescued from a flooded underpass in Harwick after her car stalled in deep water on Sunday night.

Firefighters said the woman, in her 70s, was unhurt; the underpass has been closed while drains are cleared.
"""

ONE_ARTICLE_WITH_AN_ADVERT = """Canal boat licence fees to rise in spring

By Tom Example, rivers reporter

Licence fees for boats on the Wendle canal will rise by 9% from April, the waterways trust said on Thursday, blaming the cost of repairing locks after last winter's floods.

A licence for a narrowboat of average length will cost £1,140 a year, up from £1,046, and owners who pay monthly will also face a £25 administration fee.

The trust said it had frozen fees for three years while its repair bill doubled, and that it would keep the discount for boats used by charities.

Advertisement

Boaters' groups said many owners who live aboard the canal boats were already struggling, and asked the county council to help pay the licence fees with a grant.

The trust said the new canal licence fees would be reviewed again next year.
"""


def _count(tmp_path, text: str) -> int:  # type: ignore[no-untyped-def]
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return len(split_document(doc))  # type: ignore[arg-type]


def test_a_short_unheaded_brief_after_an_advert_is_its_own_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _count(tmp_path, HEADED_THEN_BRIEF) == 2


def test_an_advert_inside_one_article_splits_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _count(tmp_path, ONE_ARTICLE_WITH_AN_ADVERT) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A pensioner has been rescued from a flooded underpass on Sunday.",
        "A chef who began by selling soup from a van now runs three restaurants.",
        "Shoppers are to pay more for bread from January, bakers have warned.",
        "OSLO, March 3 (Reuters) - Norway's wealth fund sold its stake in a shipping firm.",
    ],
)
def test_ledes(text: str) -> None:
    assert opens_as_lede(text)


@pytest.mark.parametrize(
    "text",
    [
        "The figures come as the council prepares its budget.",
        "It has been closed since June.",
        "Firefighters said the woman was unhurt.",
        "A spokeswoman for the trust said the fees were fair.",
        "A further 30 boats were moved on Monday.",
    ],
)
def test_not_ledes(text: str) -> None:
    assert not opens_as_lede(text)


def _paras(texts: list[str], junk_before: int) -> list[Paragraph]:
    out = [Paragraph(t, 2 * k + 1, 2 * k + 1) for k, t in enumerate(texts)]
    out[junk_before - 1].trail = [Line(2 * junk_before, "Advertisement", "promo")]
    return out


TEXTS = [
    "Licence fees for canal boats will rise by 9% from April, the trust said.",
    "A licence will cost £1,140 a year.",
    "The trust said it had frozen fees for three years.",
    "Owners who live aboard were already struggling.",
    "A pensioner has been rescued from a flooded underpass on Sunday night.",
    "Firefighters said she was unhurt.",
]


def test_junk_backing_needs_the_junk_the_odds_and_a_lede() -> None:
    paras = _paras(TEXTS, 4)
    assert junk_backed(paras, [1.0, 0.1, 0.1, 0.1, JUNK_LEDE, 0.1]) == {4}
    # odds against a start: the junk and the lede are not enough (a new subject brought in
    # with "A ..." is, down to JUNK_INDEFINITE: test_indefinite_briefs71.py)
    assert junk_backed(paras, [1.0, 0.1, 0.1, 0.1, JUNK_INDEFINITE - 0.1, 0.1]) == set()
    # sure odds at a gap without junk: left to the search
    assert junk_backed(_paras(TEXTS, 2), [1.0, 0.1, 0.99, 0.1, 0.1, 0.1]) == set()


@pytest.mark.parametrize(
    "text",
    [
        "But the trust said it had no choice.",
        "The launch of the new licence is seen as a response to the floods.",
        "One group of owners collected 1,000 signatures in a week.",
    ],
)
def test_no_junk_backing_without_a_lede_however_sure_the_odds(text: str) -> None:
    texts = [*TEXTS[:4], text, TEXTS[5]]
    assert junk_backed(_paras(texts, 4), [1.0, 0.1, 0.1, 0.1, 0.99, 0.1]) == set()


def test_a_two_paragraph_brief_after_junk_survives_the_length_rule(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the file is headed (so an unmarked story needs 3+ paragraphs), judged one article; the
    # brief after the advert is two paragraphs and stands
    import reader.story.boundary.scorer as scorer

    paras = _paras(TEXTS, 4)
    paras[0].head = [Line(0, "Canal boat licence fees to rise in spring", "title")]
    paras[0].cue = 1.0
    log_odds = [0.0, -4.0, -4.0, -4.0, 5.0, -3.0]
    scores = [Score(1.0 / (1.0 + math.exp(-v))) for v in log_odds]
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (scores, 0))
    assert find_story_starts(paras) == [4]


def test_explain_says_the_junk_and_the_lede_opened_the_brief() -> None:
    from reader.cli.explain import explain_lines

    out = explain_lines(HEADED_THEN_BRIEF.split("\n"))
    marks = [ln for ln in out if ln.startswith("----- story 2 starts")]
    assert len(marks) == 1
    assert "page junk" in marks[0] and "opens as a lede" in marks[0]
    assert out[-1] == "2 stories"


def test_in_a_file_judged_several_only_an_introducing_lede_is_junk_backed() -> None:
    """In a file judged to hold several articles a junk-backed start opens a story however
    short; there the lede must introduce its subject ("A pensioner has …") or open on a wire
    dateline: a lede in news tense alone ("Shoppers are to pay …") after an advert inside an
    article is left to the odds."""
    paras = _paras(TEXTS, 4)
    p = [1.0, 0.1, 0.1, 0.1, 0.9, 0.1]
    assert junk_backed(paras, p, introduced=True) == {4}
    tense_only = [*TEXTS[:4], "Shoppers are to pay more for bread from January.", TEXTS[5]]
    assert junk_backed(_paras(tense_only, 4), p) == {4}
    assert junk_backed(_paras(tense_only, 4), p, introduced=True) == set()
    # a place's one thing of its kind introduces it too
    only = [*TEXTS[:4], "Harwick's only lido has been given £2m to repair its roof.", TEXTS[5]]
    assert junk_backed(_paras(only, 4), p, introduced=True) == {4}


# three headless items run together with no blank line; the middle one is two paragraphs,
# after a "Read more" link, and a byline opens the third
HEADLESS_NO_BLANKS = """A bridge that carries the coast road over the Elden estuary will close for eight weeks from February while its bearings are replaced, the county council has said.
Drivers will be sent on a 14-mile diversion through Marston and Cley during the work.
Bus operators have been told to plan longer routes for the school run.
Read more: Council approves new estuary crossing study
A bakery in Wells has won permission to open a cafe and shop in the old harbour master's office on the quay.
Its owners say the cafe will create six year-round jobs in a town of fewer than 2,500 people.
By Anna Example
Oyster growers on the estuary say they are struggling to get their catch to restaurants after a courier ended its daily run to Norwich.
Growers have been sending oysters by rail instead, which they say adds about 40p to the cost of every dozen.
The growers' association is talking to other couriers.
"""


def test_a_two_paragraph_item_after_a_read_more_link_stands_in_a_headless_paste(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _count(tmp_path, HEADLESS_NO_BLANKS) == 3
