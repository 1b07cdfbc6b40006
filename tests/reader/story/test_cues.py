"""A clock time alone on a line: a live blog's entry time, between stories or inside one."""

from __future__ import annotations

from reader.pipeline import Document, split_document

BUDGET = [
    "The county council approved its budget on Tuesday evening after a four-hour debate, with "
    "council tax rising by 4.9% from April.",
    "Councillors voted by 41 to 29 in favour, with two abstentions, after an opposition amendment "
    "was defeated earlier in the afternoon.",
    "The council leader said it was the hardest budget the authority had ever had to set, "
    "blaming rising costs in social care.",
    "Opposition members said the rise would hit families already struggling with energy bills "
    "and rents across the county.",
    "About 60 people gathered outside County Hall during the meeting, many of them parents of "
    "children who use the youth centres.",
    "The finance chief said every pound of the rise was already spent before it arrived, and "
    "warned of deeper cuts next year.",
]
FIRE = [
    "Fire crews were called to a disused textile mill in Oakley early on Wednesday after "
    "neighbours reported smoke pouring from its roof.",
    "Six engines and an aerial ladder platform attended, and the blaze was brought under control "
    "within three hours, the fire service said.",
    "Nobody was injured, but the road past the mill was closed for most of the morning while "
    "crews damped down hot spots.",
]


def stories(lines: list[str]) -> list[str]:
    return [s.title for s in split_document(Document("a.txt", lines, ""))]


def test_a_clock_time_inside_an_article_does_not_split_it() -> None:
    b = BUDGET
    assert len(stories([*b[:3], "14:05", *b[3:]])) == 1
    assert len(stories([*b[:2], "14:05", *b[2:4], "3.30pm", *b[4:]])) == 1
    headed = ["Council approves 4.9% tax rise", *b[:3], "Updated 15:30 GMT", *b[3:]]
    assert stories(headed) == ["Council approves 4.9% tax rise"]


def test_a_headline_after_a_clock_time_still_starts_a_story() -> None:
    lines = ["Council approves 4.9% tax rise", *BUDGET[:4], "14:05"]
    lines += ["Fire crews tackle blaze at disused mill in Oakley", *FIRE]
    assert stories(lines) == [
        "Council approves 4.9% tax rise",
        "Fire crews tackle blaze at disused mill in Oakley",
    ]


def test_entries_on_other_subjects_under_clock_times_are_told_apart_by_their_words() -> None:
    assert len(stories([*BUDGET[:4], "14:05", *FIRE])) == 2
