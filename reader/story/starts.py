"""Where stories start among a document's paragraphs: the cues before each paragraph (a
headline block, a photo and its credit, a byline or stamp, a wire dateline; ``reader.story.cues``)
weighed against lexical cohesion by the boundary finder, the file-level judgement of one article
or several (``boundary.filekind``), a newsletter digest's items (``digest``) and a web page's
later articles. ``assemble`` builds the stories from these starts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from reader.story.cues import opens_on_connective
from reader.story.furniture_starts import (
    after_standfirst,
    file_kind_starts,
    furniture_again,
    moved_places,
    own_photos,
)
from reader.story.goes_on import goes_on
from reader.story.lines.shape import split_dateline, wire_dateline
from reader.story.lines.words import word_count
from reader.story.paragraph import Paragraph
from reader.story.posts import embedded_posts, feed_posts
from reader.story.sentence_runs import inside_runs
from reader.story.start_evidence import (
    MARKED_CUE,
    alike_headings,
    backed_briefs,
    junk_backed,
    later_items,
    new_name_ledes,
    page_marks,
    shaped_ledes,
)

# Headlines say who did what: a title line shorter than this is a label or a brand.
HEADLINE_WORDS = 4
# A story that starts without any cue must have at least this many paragraphs ...
MIN_UNCUED_PARAGRAPHS = 3
# ... or this many in a file where no story start is marked at all (body paragraphs only, so
# every story is uncued and short ones are real). News eval --bare Pk (seed 13 / 7), with the
# continuation cue (reader.story.cues.CONTINUES_CUE): 3 0.0502 / 0.0598 → 2 0.0402 / 0.0488.
MIN_UNCUED_BARE = 2


def find_story_starts(paras: Sequence[Paragraph]) -> list[int]:
    """Indices of paragraphs that begin a new story (0 is implicit and not listed)."""
    from reader.story.boundary import filekind
    from reader.story.boundary.decode import cut_by_odds, marked_starts
    from reader.story.boundary.head_block import (
        bare_place,
        one_head_block,
        section_title,
        sectioned,
        titled_once,
    )
    from reader.story.boundary.scorer import scores_and_shortest
    from reader.story.segment import find_boundaries

    if (whole := file_kind_starts(paras)) is not None:
        return whole

    # A real headline block is a new story whatever the words say (a repeated article has
    # identical vocabulary, which cohesion alone would keep together). Cutting there first
    # also keeps each boundary search small: cost grows faster than linearly with length.
    # So is a wire dateline ("SEOUL, Nov 3 (Reuters) -"): it opens only a story's first paragraph.
    # (under one article's head block a bare place's dateline, "KERICHO —", moves the
    # story to another place, and a headline written as a sentence, "The hospital says it
    # followed its rules", or one right after a photo's caption, heads a section: the words
    # decide there; ``section_title``)
    one_head = one_head_block(paras)
    headed = titled_once(paras)  # (one head block is such a head, with its byline)
    forced = [
        i
        for i, p in enumerate(paras)
        if i > 0
        and (
            any(
                ln.kind == "title"
                and not (headed and section_title(paras, i, ln, captioned=one_head))
                for ln in p.head
            )
            or (
                wire_dateline(p.text)
                and not (one_head and bare_place(p.text))
                and not opens_on_connective(split_dateline(p.text)[1])
            )
        )
    ]
    # (not under an item's standfirst: its byline and stamp follow it, the item began above)
    under_standfirst = after_standfirst(paras)
    posts = set(feed_posts(paras))  # (a post however short: its bar ends the one before)
    # (a post embedded in the article, in a file that is no feed: no furniture of its)
    embeds = set() if posts else embedded_posts(paras)
    again = set(furniture_again(paras)) - under_standfirst - embeds
    forced = sorted({*forced, *again, *posts})
    titled = frozenset(forced)
    # the learned boundary scorer's cue at each paragraph (reader.story.boundary.scorer)
    scores, shortest_short = scores_and_shortest(paras)
    cues = [s.cue for s in scores]
    paras = own_photos(paras) if one_head else paras
    # a file judged to hold several articles: a paragraph the page marks (a heading, a stamp, a
    # byline over it) where the odds say a story starts opens one however short the story
    # before it (a brief of one or two paragraphs under its own heading); so does a lede that
    # introduces its subject after page junk ("Read more: …", then "A distillery on Hoy has
    # won …": dev hand pastes 177 → 180 of 224, generated short pastes 1 file of 600 lost,
    # hand-like ones unchanged; any lede shape instead: 182, but 2–4% of short pastes cut at an
    # advert inside an article); the runs beside them are decoded by the odds too
    probs = [s.p for s in scores]
    odds = [s.log_odds for s in scores]
    marked_cuts = (
        marked_starts(page_marks(paras, odds), odds, MARKED_CUE)
        | shaped_ledes(paras)
        | junk_backed(paras, probs, introduced=True)
        if shortest_short
        else set()
    )
    # in a file the lexical search decides, a brief after page junk the scorer is sure of
    inside = sectioned(paras)
    backed = set() if shortest_short else backed_briefs(paras, probs, forced, inside, one_head)
    # ... and, in a file with no head block, a lede that introduces a firm no earlier paragraph
    # names, with what it is, where the scorer favours a start ("Malchin Finance, an
    # Ulaanbaatar start-up whose app lends money to herders, has raised ...")
    if not shortest_short and not one_head:
        backed |= new_name_ledes(paras, probs, inside)
    moved = moved_places(paras, titled) if one_head else set()
    moved |= under_standfirst
    forced = sorted({*forced, *(marked_cuts - moved), *(backed - moved)})
    found: set[int] = set(forced)
    edges = [0, *forced, len(paras)]
    for a, b in pairwise(edges):
        if b - a < 2:
            continue
        if not shortest_short:
            cuts = find_boundaries([p.text for p in paras[a:b]], cues[a:b])
        elif b - a >= 2 * shortest_short or {a, b} & marked_cuts:
            # a file of short paragraphs judged to hold several articles: the scorer's log-odds
            # alone (boundary.decode)
            # (a two-paragraph brief only where its cut's odds pay ``short_cost``)
            cuts = cut_by_odds(
                [s.log_odds for s in scores[a:b]], shortest_short, filekind.current().short_cost
            )
        else:
            # a run too short for two such stories between the page's marks (a newsletter's
            # item of two paragraphs between headings, a short article judged several) is one
            # story: the lexical search, set for long articles, cut such runs at a change of
            # words, and in single short articles far more often than between items
            cuts = []
        found.update(a + c for c in cuts)
    # (in a file the lexical search decides: a heading like those the file's stories open
    # under opens one too, ``alike_headings``)
    found |= alike_headings(paras, probs, found, decoded=bool(shortest_short))
    found -= embeds  # (an embedded post: the article goes on past it)
    # under one article's head block a section's heading (a clause, a pull quote, a question,
    # a line under half the headline's words) says the article goes on there: no cut the words
    # or the odds found at it stands (``head_block.sectioned``)
    # ... but once a story began after the head block (a cut that heads no section), the file
    # holds more than that one article: a heading the scorer favours a start at is a later
    # item's headline written as a sentence ("Salzburg tour coaches will have to book a slot",
    # after "Sign up for our daily newsletter"), not a section's (a title after a caption stays
    # one: ``later_items``)
    inside -= later_items(paras, inside, found, cues)
    found -= inside - set(forced)
    # a table's row or a pronoun's quote goes on the story before it (``goes_on``), and so
    # does a line inside a run of lines the file's blank lines part (``inside_runs``)
    runs = inside_runs(paras) - titled
    starts = sorted(
        i for i in found if 0 < i < len(paras) and i not in runs and not goes_on(paras, i, titled)
    )
    # A boundary nothing on the page supports must open a story of some length: a two-paragraph
    # "story" with no headline, caption or byline, in a file whose other stories have them, is
    # far likelier an article's closing aside. In a file with no marks at all only a
    # one-paragraph "story" is dropped (a paragraph that points back already weighs against).
    marked = any(p.cue >= MARKED_CUE for p in paras) or any(p.head for p in paras[:1])
    shortest = MIN_UNCUED_PARAGRAPHS if marked else MIN_UNCUED_BARE
    if shortest_short:
        # a file judged to hold several articles was decoded by the odds with its own shortest
        # story (chosen by the file-kind trainer on generated pastes), and the page's marks
        # open a story however short the one before: no length rule on top (it dropped the
        # odds' cut before a marked brief, merging two items into one)
        shortest = 1
    kept: list[int] = []
    must = set(forced)
    k = 0
    while k < len(starts):
        i = starts[k]
        nxt = _past_weaker_cuts(starts, k, paras, cues, must, shortest)
        end = starts[nxt] if nxt < len(starts) else len(paras)
        if paras[i].cue <= 0 and i not in backed and i not in posts and end - i < shortest:
            k += 1  # too short even so: no story here (the cuts after it are weighed anew)
            continue
        if i not in must and paras[i].cue <= 0 and _lone_lede(i, kept, paras, marked):
            k += 1  # a headline's story is more than its first paragraph (``_lone_lede``)
            continue
        if i not in must and paras[i].cue <= 0 and wire_dateline(paras[i - 1].text):
            # a wire dateline opens a story's first paragraph, and a story is more than that
            # paragraph alone: an unmarked cut right after it goes on the same story
            k += 1
            continue
        k = nxt
        if i not in must and paras[i].cue <= 0 and _cued_next(i, end, paras):
            i += 1  # the words changed a paragraph early: the caption or credit marks the start
        if i not in forced and word_count(paras[i].text) < HEADLINE_WORDS:
            # a lede says who did what: a one-word line ("SUBMIT", "###") opens no story; the
            # story starts at the next paragraph if the scorer says one starts there
            i += 1
            if i >= end or cues[i] <= 0:
                continue
        kept.append(i)
    return kept


def _lone_lede(i: int, kept: Sequence[int], paras: Sequence[Paragraph], marked: bool) -> bool:
    """Whether an unmarked cut at ``i`` would leave the story before it, which a headline (or
    another page mark) opens, with its first paragraph alone: in a file that marks its stories, the words
    changing after a headed story's lede ("Solar farm plan approved" / the vote / "The £41m
    scheme, backed by …") are the story going on, not a new one starting unmarked."""
    prev = kept[-1] if kept else 0
    return marked and i - prev == 1 and paras[prev].cue >= MARKED_CUE


def _cued_next(i: int, end: int, paras: Sequence[Paragraph]) -> bool:
    """Whether the paragraph after an unmarked cut at ``i`` (inside its story, which ends at
    ``end``) has furniture before it that says a story starts there (a photo caption and credit,
    a byline): a lexical cut is sure of the topic change only to within a paragraph, the page's
    marks say exactly where."""
    return i + 1 < end - 1 and paras[i + 1].cue >= MARKED_CUE


def _past_weaker_cuts(
    starts: Sequence[int],
    k: int,
    paras: Sequence[Paragraph],
    cues: Sequence[float],
    forced: Collection[int],
    shortest: int,
) -> int:
    """The index in ``starts`` of the story after the one at ``starts[k]``. When that story
    would be too short to stand uncued and so would the next ("Scientists at …" cut again at
    its second paragraph), both would go and the boundary with them: instead the cuts right
    after it that are as short, unmarked (no headline, dateline or page cue) and less sure
    (the boundary scorer's cue) than its own start are passed over, and the likelier cut
    stands. At most ``shortest`` cuts are passed over: linear."""
    i, j = starts[k], k + 1
    if paras[i].cue > 0:
        return j
    while (
        j < len(starts)
        and starts[j] - i < shortest
        and starts[j] not in forced
        and paras[starts[j]].cue <= 0
        and _next_start(starts, j, len(paras)) - starts[j] < shortest
        and cues[starts[j]] < cues[i]
    ):
        j += 1
    return j


def _next_start(starts: Sequence[int], j: int, end: int) -> int:
    return starts[j + 1] if j + 1 < len(starts) else end
