"""Reader-comment threads below a page's article are dropped, quoted posts inside it are not."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.roles.threads import is_mark, thread_start

BODY = [
    "The harbour board of Kellmouth approved a new container terminal on Thursday after two "
    "years of talks with shipping lines and residents.",
    "The terminal will double the port's capacity and is due to open in the spring of 2029, "
    "officials said at a meeting in the town hall.",
    "Shipping lines that call at the port welcomed the plan, though fishermen fear for their "
    "moorings and the noise of night work.",
    "The board said the dredging work would start in the autumn and last for about eighteen "
    "months, with the quay closed in stages.",
]
COMMENTS = [
    "Comments",
    "Marta Lindqvist • 3 days ago",
    "About time the board did something for the town, it has been talked about for as long as "
    "I can remember and nothing ever happened.",
    "Reply",
    "On May 4, 2026 at 9:12 pm harbourwatcher said:",
    "The fishermen are right to worry, the last dredging scheme silted up the inner basin for "
    "two whole seasons and nobody paid for it.",
    "Reply",
    "Tom Reyes • 2 days ago",
    "Who pays for the new road to the quay? The article does not say and the council has been "
    "quiet about it for months.",
    "Reply",
]


def test_marks_are_comment_headers_and_tool_lines() -> None:
    assert is_mark("Reply")
    assert is_mark("Marta Lindqvist • 3 days ago")
    assert is_mark("On May 4, 2026 at 9:12 pm harbourwatcher said:")
    assert not is_mark("Makali wrote:")  # a quoted post names no time
    assert not is_mark("Annual Report")
    assert not is_mark("9 hours ago")  # a bare stamp under an article's headline
    assert not is_mark("Updated 14:05")
    assert not is_mark(BODY[0])


def test_a_thread_needs_marks_with_comment_text_between_them() -> None:
    assert thread_start([*BODY, *COMMENTS], 0) == len(BODY) + 1
    tools = ["Reply", "Permalink", "Flag"]  # a tool bar: marks with nothing between them
    assert thread_start([*BODY, *tools], 0) is None
    assert thread_start([*BODY, *COMMENTS[:4]], 0) is None  # one comment is no thread


REMARKS = [
    "About time the board did something for the town. It has been talked about for as long as I "
    "can remember and nothing ever happened, so I am glad to see the plan finally approved.",
    "The fishermen are right to worry. The last dredging scheme silted up the inner basin for two "
    "whole seasons and nobody ever paid for the damage it did to the boats.",
    "Who pays for the new road to the quay? The article does not say, and the council has been "
    "very quiet about it for months now, which tells you everything.",
    "I work at the port and we have been waiting for this for years. The old quay cannot take the "
    "bigger ships and the work has been going to other towns.",
]


def test_a_comment_thread_after_the_article_is_not_its_text() -> None:
    # comments as long and well formed as the article's paragraphs, under "... wrote:" headers
    # with no tool lines: the roles alone keep them as more of the article
    thread: list[str] = []
    for i, remark in enumerate(REMARKS):
        thread += [f"- On May {i + 3}, 2026, at 9:1{i} PM, reader{i}x wrote:", remark]
    page = ["Home", "News", "Sport", "Business", "Weather", "Harbour board approves terminal",
            "By Ada Brennan"]  # fmt: skip
    foot = ["About us", "Contact us", "Privacy policy", "Terms of use",
            "© 2026 Kellmouth Gazette. All rights reserved."]  # fmt: skip
    stories = split_document(Document("page.txt", [*page, *BODY, *thread, *foot], ""))
    assert [p for s in stories for p in s.paragraphs] == BODY


def test_short_news_lines_that_say_a_figure_are_no_comment_headers() -> None:
    # pasted briefs: one-sentence paragraphs with "said" and a number read as prose, not as
    # "… wrote:" headers, and a paste (no menus, no footer) has no comment thread at all
    assert not is_mark("The council said 40 homes were flooded.")
    assert is_mark("On May 3, 2026, jsmith said:")
    briefs = [
        "Ferry fares to rise", "Caledonian Ferries said fares would rise 6% in April.",
        "It carried 1.2 million passengers last year, the operator said.",
        "Union leaders said 300 crew had backed strike action.",
        "Bakery chain opens in Leeds", "Crumb & Co said it would open 12 shops next year.",
        "The chain said each shop would employ about 20 people.",
        "It said sales rose 8% to £41m in the year to June.",
        "Museum visitor numbers climb", "The museum said 410,000 people visited in 2025.",
        "That was up 9% on the year before, its director said.",
        "It said 40% of visitors came from overseas.",
    ]  # fmt: skip
    kept = [p for s in split_document(Document("briefs.txt", briefs, "")) for p in s.paragraphs]
    assert "It said 40% of visitors came from overseas." in kept
    assert "The chain said each shop would employ about 20 people." in kept
