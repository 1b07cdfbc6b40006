"""A column's label over a story's first paragraph ("IN BRIEF", "In other news") is no
headline: the story's title is generated from its lede instead (a user's newsletter paste,
session 72, listed a story as "IN BRIEF")."""

from __future__ import annotations

from pathlib import Path

from reader.story.story_head import column_label
from tests.reader.story.pasted import pasted_stories

NEWSLETTER = """Smelter owner Ridgeway Metals to build $1.4bn furnace in Gladstone

GLADSTONE, Dec 7 (Reuters) - Ridgeway Metals will build a $1.4 billion electric furnace at its Gladstone smelter, its largest investment in a decade, the company said on Monday.

The furnace will cut the smelter's emissions by about 40% when it starts in 2030, Ridgeway said. The Queensland government said the project would qualify for a grant of A$90 million.

Ridgeway's shares rose 2.6% to A$14.20 in Sydney. The company reported annual revenue of A$6.3 billion in August.

Reporting by Kate Moss; Editing by Ed Davies

---

IN BRIEF

• Ports: Port of Brisbane said container volumes fell 4% in the year to September, hit by weaker car imports and a strike in March.
• Airlines: Virgin Australia will add nine routes to Bali next winter, taking its weekly Indonesian seats to 21,000.
• Retail: Bunnings plans to open 14 warehouses in regional Queensland over the next three years.
"""


def test_a_columns_label_is_no_title(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, NEWSLETTER)
    assert len(stories) == 2
    assert stories[1].title != "IN BRIEF"
    assert stories[1].title_generated


def test_column_labels() -> None:
    for label in ("IN BRIEF", "In other news", "News in brief:", "Key points", "About Ridgeway"):
        assert column_label(label), label
    for headline in ("Christmas services", "Pantomime sells out", "Bunnings to open 14 stores"):
        assert not column_label(headline), headline
