"""A group's summary never mixes stories about different things: on a generated day where
unrelated stories share topic words ("profit", "shares", "deal", "election"), every summary
point of every item comes from a story of that item's own event."""

from __future__ import annotations

import random

from briefing.build import build_briefing
from reader.figures import extract_figures
from reader.model import Source, Story

FIRMS = ["Brackwell", "Tessaly", "Orvane", "Lissel", "Quorra", "Vantrim", "Harrowgate", "Pellis"]
BOSSES = ["Oduya", "Marlow", "Ferrant", "Kizzi", "Dunmore", "Achebe", "Sorel", "Lindqvist"]
TOPICS = [
    "{f} profit rose sharply in the quarter as sales grew and shares climbed in trading.",
    "{f} agreed a deal with investors, and analysts said the shares could rise further.",
    "The election of a new board at {f} follows a row with shareholders over profit.",
    "{f} said demand was strong and that its profit would beat forecasts this year.",
]


def _day(seed: int) -> tuple[list[Story], dict[str, str]]:
    rng = random.Random(seed)
    stories: list[Story] = []
    event_of: dict[str, str] = {}  # summary sentence -> its event
    for k, firm in enumerate(FIRMS):
        amount = f"${rng.randint(100, 999)}.{rng.randint(10, 99)} million"
        lines = [t.format(f=firm) for t in TOPICS]
        own = (
            f"{firm} reported revenue of {amount} for the quarter, chief executive "
            f"{BOSSES[k]} said in {firm}'s statement."
        )
        for copy in range(2):  # two outlets report each firm's news
            paras = [own, *rng.sample(lines, 3)]
            sid = f"{firm}-{copy}"
            story = Story(sid, f"{firm} results {copy}", False, [Source(f"{sid}.txt", 1, 4)], paras)
            story.summary = paras[:3]
            story.figures = extract_figures(paras, title=story.title)
            stories.append(story)
            for p in paras:
                event_of[p] = firm
    rng.shuffle(stories)
    return stories, event_of


def test_a_summary_never_mixes_events() -> None:
    for seed in range(5):
        stories, event_of = _day(seed)
        briefing = build_briefing(stories, "2026-11-30", top=len(stories))
        grouped = [item for item in briefing.top if len(item.stories) > 1]
        assert grouped  # the two reports of a firm's results do group
        for item in briefing.top:
            events = {event_of[s] for s in item.summary}
            assert len(events) == 1, (item.title, item.summary)
            firms = {ref.id.split("-")[0] for ref in item.stories}
            assert len(firms) == 1, item.stories
