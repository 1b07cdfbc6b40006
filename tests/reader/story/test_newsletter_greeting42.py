"""A newsletter's greeting under its name (found trying a fresh paste in session 42): "The
Harbour Brief" over "Good morning. Three things from the coast today." is the letter's name and
greeting, no story of their own, and the first item keeps its own heading as its title
(``classify._mark_greeting``, ``digest._deck``, ``assemble``); a writer introducing themselves
("Hi, I'm Nicolas.") is no greeting."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines

_LETTER = [
    "The Harbour Brief",
    "Good morning. Three things from the coast today.",
    "Ferry operator orders two hybrid vessels",
    "Coastlink Ferries has ordered two hybrid-electric vessels for $84 million, with the first due in service in 2029.",
    "Why it matters: The two ships would replace boats built in 1987 that broke down 14 times last winter.",
    "Yes, but: The order depends on a state grant of $20 million that has not yet been approved.",
    "SPONSORED",
    "A message from Tidewater Credit Union",
    "Boat loans from 7.2% APR. Apply online in ten minutes.",
    "Salmon farm expansion approved",
    "Regulators approved an expansion of the Port Ellis salmon farm that will add 6 fish pens and about 40 jobs.",
    "The company said production would rise to roughly 3,500 tonnes a year from 2,100 tonnes.",
    "Fishers' groups said they would appeal the decision.",
    "Fog delays morning crossings",
    "Thick fog delayed 11 of the 16 morning crossings on Tuesday, the operator said.",
    "Share The Harbour Brief",
    "Leave a comment",
]


def test_a_letters_greeting_is_no_story_and_its_first_item_keeps_its_title() -> None:
    stories = split_document(Document("letter.txt", _LETTER, ""))
    assert [s.title for s in stories] == [
        "Ferry operator orders two hybrid vessels",
        "Salmon farm expansion approved",
        "Fog delays morning crossings",
    ]
    assert not any("Good morning" in p for s in stories for p in s.paragraphs)


def test_a_writer_introducing_themselves_is_no_greeting() -> None:
    kinds = {ln.text: ln.kind for ln in classify_lines(["Hi, I'm Nicolas.", *_LETTER[2:5]])}
    assert kinds["Hi, I'm Nicolas."] != "promo"
