"""What blind set paste65 taught (session 42, newsletters and digests): a newsletter's own
tools ("Leave a comment", "Share The Harbour Letter", "A message from ...") are promo lines;
an advert under its sponsor's label is the sponsor's, not a brief
(``page.mark_sponsor_copy``); a short-form briefing's running labels ("Why it matters:",
"Yes, but:") go on their item (``goes_on.never_opens``); a linked item's bare domain is its
byline; and an item under its own headline, byline and date is no comment thread, however
much a reader's comment its text resembles to the line roles (``roles.kinds._headed_runs``)."""

from __future__ import annotations

from reader.story.goes_on import never_opens
from reader.story.lines.classify import classify_lines
from reader.story.lines.line import Line
from reader.story.lines.patterns import PROMO
from reader.story.lines.roles import Role
from reader.story.lines.roles.kinds import mark_furniture


def _kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


def test_a_newsletters_own_tools_are_promo_lines() -> None:
    for line in (
        "Leave a comment",
        "Add a reply",
        "Join the discussion",
        "Share The Harbour Letter",
        "Share full article",
        "A message from Pinecrest Mutual",
        "A word from our sponsor",
    ):
        assert PROMO.match(line), line
    for line in ("Shares in Pinecrest fell 4%", "A message from the mayor's office was read out"):
        # (a sentence about shares, and a sentence that merely starts alike, stay text)
        assert not (PROMO.match(line) and len(line.split()) <= 4), line


_SPONSORED = [
    "Ferry fares to rise 6% from January",
    "Fares on the island ferry will rise 6% from January 1, the operator said on Monday.",
    "The operator blamed higher fuel and crew costs for the increase.",
    "Season tickets will rise by less, about 3%, it said.",
    "SPONSORED",
    "Presented by Pinecrest Mutual",
    "Home insurance that pays out in days. Get a quote online in two minutes.",
    "Library extends weekend opening hours",
    "The central library will open until 8 p.m. on Saturdays from next month, the council said.",
    "Sunday opening will start at 10 a.m. instead of noon.",
]


def test_an_advert_under_its_sponsors_label_is_the_sponsors() -> None:
    kinds = _kinds(_SPONSORED)
    assert kinds["Presented by Pinecrest Mutual"] == "promo"
    assert kinds[_SPONSORED[6]] == "promo"
    assert kinds[_SPONSORED[8]] == "body"


def test_lines_under_a_sponsors_label_with_no_call_are_left_alone() -> None:
    lines = [
        *_SPONSORED[:6],
        "The boatyard's new slipway opened on Friday after two years of work.",
    ]
    kinds = _kinds(lines)
    assert kinds[lines[-1]] != "promo"


def test_a_briefings_running_labels_never_open_a_story() -> None:
    for text in (
        "Why it matters: The port handles a third of the region's exports.",
        "Yes, but: Two of the five board members voted against the plan.",
        "The big picture: Freight volumes have fallen for six straight months.",
        "By the numbers: 41 ships waited at anchor on Sunday, up from 12 a week earlier.",
    ):
        assert never_opens(text), text
    assert not never_opens("Why the port matters to the town is no mystery to its workers.")


def test_a_linked_items_bare_domain_is_its_byline() -> None:
    kinds = _kinds(
        [
            "Council approves cycle lane on Marine Parade",
            "harbourgazette.co.nz",
            "The city council on Thursday approved a protected cycle lane along Marine Parade.",
            "Work will start in March and take about five months.",
        ]
    )
    assert kinds["harbourgazette.co.nz"] == "byline"
    assert kinds["Council approves cycle lane on Marine Parade"] == "title"


def _page(rows: list[tuple[str, str, str]]) -> tuple[list[Line], dict[int, Role]]:
    """Lines with their rule kinds and the roles a model gave them (score 0.95, body 0.02 for
    furniture; body 0.95 for body)."""
    lines = [Line(k + 1, text, kind) for k, (text, kind, _) in enumerate(rows)]  # type: ignore[arg-type]
    roles = {
        k + 1: Role(
            role, 0.95, 0.95 if role == "body" else 0.02, 0.9 if role == "headline" else 0.0
        )
        for k, (_, _, role) in enumerate(rows)
    }
    return lines, roles


_BODY = [
    ("Port workers at Halvard voted to accept a three-year pay deal on Saturday.", "body", "body"),
    ("The deal raises pay by 4% a year and adds a fourth crew to the night shift.", "body", "body"),
    ("The union said the vote was the largest turnout in its history.", "body", "body"),
    ("Read the full story", "promo", "promo"),
]
_FOOT = [
    ("Unsubscribe | Update your preferences", "credit", "footer"),
    ("Harbour Media Ltd, 14 Quay Street, Halvard", "body", "footer"),
]
_ITEM = [
    ("Eighty-two percent of the pilots said the fog was the thickest in years.", "body", "comment"),
    ("Ships queued at anchor for up to 30 hours, the port said.", "body", "comment"),
]


def test_an_item_under_its_headline_byline_and_date_is_no_comment_thread() -> None:
    head = [
        ("Fog closes the Halvard channel for a second day", "title", "headline"),
        ("By Tom Reiss", "byline", "meta"),
        ("3 December 2027", "timestamp", "meta"),
    ]
    lines, roles = _page([*_BODY, *head, *_ITEM, *_FOOT])
    mark_furniture(lines, roles)
    kinds = {ln.text: ln.kind for ln in lines}
    assert [kinds[t] for t, _, _ in _ITEM] == ["body", "body"]


def test_comments_under_their_writers_names_are_still_comments() -> None:
    head = [
        ('3 thoughts on "Fog closes the Halvard channel"', "title", "headline"),
        ("Jo Marsh", "byline", "meta"),
        ("3 December 2027 at 8:14 pm", "timestamp", "meta"),
    ]
    lines, roles = _page([*_BODY, *head, *_ITEM, *_FOOT])
    mark_furniture(lines, roles)
    kinds = {ln.text: ln.kind for ln in lines}
    assert [kinds[t] for t, _, _ in _ITEM] == ["comment", "comment"]
