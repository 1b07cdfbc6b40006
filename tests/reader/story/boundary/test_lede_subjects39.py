"""What session 39's fresh paste taught the lede reading: a subject a relative clause defines
opens a lede ("A Morriston man who stole … has been given …": its main verb comes after the
clause, where ``news_tense`` does not read), and an indefinite subject may have a place or a
name before its noun ("A Cardiff woman", "An Auckland firm"), though not a long name's
spokesperson ("A Department for Transport spokeswoman said")."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.boundary.lede import introduces, opens_as_lede


def _firsts(text: str) -> list[str]:
    stories = split_document(Document("t.txt", text.split("\n"), "0" * 64))
    return [s.paragraphs[0][:30] for s in stories]


def test_a_subject_defined_by_a_relative_clause_opens_a_lede() -> None:
    assert opens_as_lede(
        "A Penrith woman who ran up £9,000 on a dead neighbour's card has been given a "
        "community order."
    )
    assert opens_as_lede("Two brothers who dumped tyres in a lay-by have been fined £2,400.")
    # the relative clause's own perfect verb is not the main one, and a pronoun opens no lede
    assert not opens_as_lede("He said the man who has run the shop for years was upset.")


def test_a_place_or_name_before_the_new_subjects_noun() -> None:
    assert introduces("A Wrexham pensioner was left without heating for a month.")
    assert introduces("An Auckland software firm will cut 40 jobs, its chief executive said.")
    assert introduces("A Labour councillor wants the park gates locked at night.")
    # a long body's spokesperson reports inside a story; "A further", "A second" add to it
    assert not introduces("A Department for Transport spokeswoman said the plan was sound.")
    assert not introduces("A further 30 homes were flooded on Tuesday.")


# Three short local items pasted from one regional site: a headed first item, then headless
# items after an advert and a link, and after a newsletter line. The second opens on a subject
# a relative clause defines.
PASTE = """Ferry terminal to get £2.6m upgrade after complaints about leaking roof

By Rhian Morgan
Local Democracy Reporter
09:40, 3 DEC 2026

The town's ferry terminal will be upgraded next year in a £2.6 million scheme that includes a new roof, a heated waiting room and step-free access to the berths, the council has confirmed.

Cabinet members approved the work on Tuesday after a survey found water coming through the roof in eleven places.

The scheme will be paid for with £1.8m from a government transport fund and £0.8m from the council's own budget.

Councillor Dafydd Hughes said passengers had waited long enough. Work is due to start in May.

Advertisement

Read more: Plans for 250 homes on old quarry site go on show

A Pembroke Dock man who stole more than £11,000 from the rugby club where he was treasurer has been given a suspended sentence.

The town's crown court heard that Alun Price, 61, took the money over four years to cover his debts.

He admitted fraud by abuse of position and was ordered to carry out 180 hours of unpaid work.

The judge told him he had betrayed friends who had trusted him for decades.

Sign up to our daily newsletter here

Residents of a street near the harbour say they have been left without a working streetlight for more than five weeks.

People living on Quay Road say the lights failed in late October after cable work, and they have reported the fault three times.

A council spokesperson said a repair had been booked for next week and apologised for the delay.
"""


def test_a_defined_subjects_brief_after_page_junk_is_its_own_story() -> None:
    assert _firsts(PASTE) == [
        "The town's ferry terminal will",
        "A Pembroke Dock man who stole ",
        "Residents of a street near the",
    ]
