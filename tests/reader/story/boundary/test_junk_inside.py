"""Under one article's head block (a headline over a byline or a stamp), page junk before a
paragraph that does not open as a lede is the article's own furniture: the boundary scorer's
``junk_between`` cue is zeroed there (``reader.story.boundary.head_block.junk_inside``), while a
brief that opens as a lede after the junk still may start a story."""

from __future__ import annotations

from reader.model import Story
from reader.pipeline import read_document, split_document
from reader.story.assemble import paragraphs_of
from reader.story.boundary.lede import opens_as_lede
from reader.story.boundary.scorer import scores_and_shortest
from reader.story.lines.classify import classify_lines

HEAD = """Halden county closes Miller Creek bridge for $9m repair
Updated: 14 March 2026, 7:15am
Halden County has closed the Miller Creek bridge on Route 12 for a $9 million repair after inspectors found cracks in two of its steel girders.
The bridge carries about 6,000 vehicles a day, and drivers face a 14km detour through Ashby until the work is done.
Crews have begun removing the deck surface
Engineers said the girders had corroded faster than expected because of road salt.
Advertisement
"""

INSIDE = (
    HEAD
    + """Had the cracks gone unnoticed for another winter, engineers said, the county might have had to replace the whole span at three times the cost.
The detour is adding half an hour for some drivers
Ashby resident Carla Nunes said her commute had grown by 25 minutes each way.
"It's the school run that hurts most," she said.
The county expects the bridge to reopen in late October.
"""
)

BRIEF_AFTER = (
    HEAD
    + """A house fire in Dunmore has left a family of five homeless after flames spread from a kitchen on Tuesday night.
Firefighters said nobody was hurt, and the cause is under investigation.
"""
)

# the fresh single article written (and its reading predicted) before a run in session 35: it
# split after its advert into a story titled "If another storm hit before the wall was built"
SEAWALL = """Wellington council backs $42m seawall as storms batter south coast
Published: 3 December 2026, 6:40pm
Wellington City Council has approved a $42 million seawall along the south coast, after three storms in two years washed away parts of the road to Owhiro Bay.
Councillors voted 12 to 4 for the plan, which will be paid for over ten years from the council's climate resilience fund.
The road is closed again this week
Waves overtopped the road twice on Monday, and the council closed a 1.2km stretch to traffic for the third time this year.
Advertisement
If another storm hit before the wall was built, engineers said, repairs could cost a further $6m.
Residents say they were warned years ago
Owhiro Bay resident Mere Tawhiri said locals had asked for a wall since 2019.
"We were told it was too expensive. Now it costs twice as much," she said.
Construction is expected to start in March and take about 18 months.
"""


def _stories(tmp_path, text: str) -> list[Story]:  # type: ignore[no-untyped-def]
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return split_document(read_document(str(path)))  # type: ignore[arg-type]


def test_an_advert_before_a_conditional_aside_splits_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert not opens_as_lede(INSIDE.splitlines()[7])
    assert len(_stories(tmp_path, INSIDE)) == 1


def test_the_seawall_article_is_one_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert len(_stories(tmp_path, SEAWALL)) == 1


def test_a_brief_opening_as_a_lede_after_the_advert_is_still_its_own_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert opens_as_lede(BRIEF_AFTER.splitlines()[7])
    assert len(_stories(tmp_path, BRIEF_AFTER)) == 2


def test_the_junk_cue_is_zeroed_only_before_a_paragraph_that_is_no_lede(tmp_path) -> None:  # type: ignore[no-untyped-def]

    def junk_cue(text: str) -> tuple[float, float]:
        """The cue's contribution after the advert, and at the second paragraph (no junk)."""
        paras, _ = paragraphs_of(classify_lines(text.splitlines()))
        scores, _ = scores_and_shortest(paras)
        after = next(
            i for i, p in enumerate(paras) if any(ln.text == "Advertisement" for ln in p.trail)
        )
        cue = dict(scores[after + 1].reasons)["junk_between"]
        return cue, dict(scores[1].reasons)["junk_between"]

    inside, none = junk_cue(INSIDE)
    assert inside == none
    brief, none = junk_cue(BRIEF_AFTER)
    assert brief > none + 1.0
