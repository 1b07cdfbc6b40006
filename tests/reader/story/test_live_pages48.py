"""What blind set paste89 taught (session 48: rolling and time-stamped pages): one event's live
page, its entries each under a time alone, is one story; an article pasted after it, under its
own headline with a byline and a dated stamp, is another (``reader.story.live``); a feed of the
day's news with no headline over it is no live page; and (singles61) a transcript's speakers'
turns are one story (``reader.story.transcript``). Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.paragraph import Paragraph
from reader.story.transcript import transcript

_ENTRIES = [
    ("16:50", "Council to meet again on Monday",
     "The harbour council and the fishermen's association have agreed to meet again on "
     "Monday morning at the town hall, the association's secretary said."),
    ("15:35", "Queue of trawlers reaches the outer mole",
     "The line of trawlers waiting to land their catch now reaches the outer mole, and the "
     "harbour master has asked the last boats to anchor in the bay."),
    ("14:10", "Processors warn of lost orders",
     "Two fish processors on the quay say they will lose orders from Spain and Portugal if the "
     "blockade lasts into Saturday, when their trucks are due to leave."),
    ("12:25", "About 60 boats join the blockade",
     "About 60 boats have tied up across the harbour mouth, their crews standing on deck with "
     "banners about the new landing fees."),
    ("09:00", "Blockade begins at dawn",
     "The first boats moved into the harbour mouth at six o'clock, as the association had "
     "promised, and the ferry to the islands was held at its berth."),
]  # fmt: skip


def _live_page() -> list[str]:
    lines = [
        "Westfjord Daily",
        "LIVE",
        "",
        "Ísafjörður harbour blockade: fishermen shut port over landing fees",
        "Thursday 19 March 2037 · Updated 16:50 GMT",
        "By Sigrún Jónsdóttir in Ísafjörður",
        "",
        "Fishermen blockaded the harbour at Ísafjörður on Thursday in protest at a rise in the "
        "fees the town charges for landing fish, the first such protest in the port for years.",
        "",
        "Key events",
        *(heading for _, heading, _ in _ENTRIES),
        "",
    ]
    for time, heading, text in _ENTRIES:
        lines += [time, heading, text, ""]
    return lines


def test_one_events_live_page_is_one_story() -> None:
    stories = split_document(Document("live.txt", _live_page(), "0" * 64))
    assert len(stories) == 1
    assert stories[0].title.startswith("Ísafjörður harbour blockade")


def test_an_article_after_the_live_page_is_its_own_story() -> None:
    lines = [
        *_live_page(),
        "Ferry timetable to change for the summer",
        "Published 19 March 2037 · 17:30 GMT",
        "By Kristján Ólafsson",
        "",
        "The ferry between Ísafjörður and the islands will sail twice a day from 1 June, the "
        "operator said on Thursday, after a winter of one sailing a day.",
        "",
        "The extra sailing will leave the islands at seven in the evening, and fares will not "
        "change, the operator said.",
    ]
    stories = split_document(Document("live2.txt", lines, "0" * 64))
    assert len(stories) == 2
    assert stories[1].title == "Ferry timetable to change for the summer"


def test_a_transcripts_turns_are_one_story() -> None:
    turns = [
        ("PRESENTER (Mere Tavita):", [
            "A new cold store at the Nuku'alofa fish market has opened, and fishermen say it will "
            "let them sell their catch over three days instead of one.",
            "The store was built with money from a regional fisheries fund and is run by the "
            "market itself. Our reporter Sione Latu went to see it.",
        ]),
        ("REPORTER (Sione Latu):", [
            "It is just after six in the morning and the first boats are coming in to the wharf. "
            "Behind the fish tables a white container hums in the half light.",
            "Viliami Taufa fishes for tuna off the reefs to the west of the capital. He has been "
            "selling at this market for twenty years.",
        ]),
        ("FISHERMAN (Viliami Taufa):", [
            "Before, if you catch plenty fish on the first day, you sell cheap or you throw it "
            "away. Now I keep it cold and I sell on Saturday for a good price.",
        ]),
        ("REPORTER:", [
            "The cold store is not free. A crate costs five pa'anga a night, and the market "
            "says the money pays for the power and for repairs.",
        ]),
        ("MARKET MANAGER (Ana Fifita):", [
            "We have to pay for the generator fuel and the man who looks after the machines. "
            "If we charge nothing, in two years there is no cold store.",
        ]),
        ("REPORTER:", [
            "She says the market has rented space to more than forty boats since it opened, and "
            "a second container is planned for next year.",
        ]),
        ("PRESENTER:", ["Sione Latu reporting from Nuku'alofa."]),
    ]  # fmt: skip
    lines = ["TRANSCRIPT", "Programme: Evening News, Island Radio 101.2", ""]
    lines += ["Broadcast: Friday 22 May 2037, 18:10", ""]
    for label, paragraphs in turns:
        lines += [label, *paragraphs, ""]
    assert len(split_document(Document("transcript.txt", lines, "0" * 64))) == 1


def test_speaker_labels_said_again_make_a_transcript() -> None:
    def paras(*texts: str) -> list[Paragraph]:
        return [Paragraph(t, k + 1, k + 1) for k, t in enumerate(texts)]

    said = "The cold store has rented space to forty boats."
    assert transcript(paras("PRESENTER (Mere Tavita):", said, "REPORTER:", said, "PRESENTER:"))
    # labels each said once open a briefs column's items, not a speaker's turns
    assert not transcript(paras("COURT:", said, "TRANSPORT:", said, "HEALTH:", said))
    assert not transcript(paras("REPORTER:", said, "REPORTER:", said))
