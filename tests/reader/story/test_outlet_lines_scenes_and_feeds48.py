"""What blind sets a92, singles59 and paste87 taught (session 48): an outlet's line with its
section and stamp is a stamp, dates written year first or with spaced dots too
(``patterns.is_timestamp``); an article's own scene break ("* * *") under its head block is no
story start (``head_block.sectioned``, ``junk_inside``); a feed's posts, each ending on its bar
of counts and tools, split at each bar however short (``posts.feed_posts``). Texts written
here."""

from __future__ import annotations

import textwrap

from reader.pipeline import Document, split_document
from reader.story.lines.patterns import feed_bar, is_timestamp


def test_an_outlets_line_with_its_stamp_is_a_stamp() -> None:
    assert is_timestamp("Tallinn Ledger · Business · 2037.06.10. 11:52")
    assert is_timestamp("Brno Daily Observer — 24. 3. 2037, 08:30")
    assert is_timestamp("Aarhus Business Review · Friday 18 December 2037 · 16:45 GMT")
    assert not is_timestamp("Apple · Google · Microsoft")
    assert not is_timestamp("Revenue rose sharply · Market news")


def _wrapped(text: str, width: int = 70) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


_SCENES = [
    "Before dawn, the bakery behind the market in Ohrid already smells of yeast and woodsmoke, "
    "and Vesna Trajkovska is on her third batch of bread.",
    "She has run the oven for 31 years. Her son, Marko, 22, carries the trays to the counter "
    "and tries not to yawn while she checks each loaf by tapping its base.",
    '"If it sounds hollow, it is ready," she says. "If it sounds like a brick, it is a brick."',
    "By nine the queue reaches the fountain. Office workers buy two loaves, pensioners buy half "
    "of one, and the children from the school across the square buy sweet rolls with poppy seed.",
    "A loaf costs 60 denars. On a Saturday she sells about 400, and the last tray is usually gone "
    "before eleven, when she finally sits down with a coffee.",
    '"People think the bread is the hard part," she says. "The hard part is the getting up."',
    "Once a month she teaches a class at the catering school by the lake, where the students "
    "have ovens that set their own temperature and do not need to be tapped.",
    '"They know a hundred recipes," says their teacher, Goran Petrovski. "She knows one perfectly."',
    "In the evening the oven is cooled and swept, and the dough for tomorrow is rising under a "
    "cloth on the long wooden table that was her mother's.",
]


def test_an_articles_scene_breaks_make_no_new_stories() -> None:
    lines = ["Dawn to dusk with the baker of Ohrid's old market", "By Elena Stojanova", ""]
    lines += ["Thursday 22 October 2037", ""]
    for k, para in enumerate(_SCENES):
        lines += [*_wrapped(para), ""]
        if k in (2, 5):
            lines += ["* * *", ""]
    stories = split_document(Document("scenes.txt", lines, "0" * 64))
    assert len(stories) == 1
    assert stories[0].title == "Dawn to dusk with the baker of Ohrid's old market"


def test_a_feed_bar_is_counts_and_tools() -> None:
    assert feed_bar("Like · Comment · Share")
    assert feed_bar("214 reactions · 37 comments · 12 shares")
    assert not feed_bar("Share")
    assert not feed_bar("News · Sport · Weather")


_POSTS = [
    [
        "The swimming pool in Kuressaare will close for two weeks from Monday while the filters "
        "are replaced.",
        "Swimmers can use the school pool in the evenings instead.",
        "The club's training sessions move to Tuesdays and Thursdays.",
    ],
    [
        "Update: the town says the sauna at the pool will stay open during the works.",
        "It opens at 7am as usual.",
    ],
    [
        "A craft fair will fill the castle courtyard on Saturday, with 40 stalls from across the "
        "island.",
        "Entry is free and the café will be open all day.",
    ],
]


def test_a_feeds_posts_split_at_each_bar() -> None:
    lines = ["Kuressaare Community Board", "Public group · 4.1K members", ""]
    for k, post in enumerate(_POSTS):
        for sentence in post:
            lines.append(sentence)
        lines += ["", "Like · Comment · Share", f"{40 + k} reactions · {k + 3} comments", ""]
    stories = split_document(Document("feed.txt", lines, "0" * 64))
    assert [s.paragraphs[0][:20] for s in stories] == [p[0][:20] for p in _POSTS]
