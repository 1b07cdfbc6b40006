"""Where stories start among a document's paragraphs: the cues before each paragraph (a
headline block, a photo and its credit, a byline or stamp, a wire dateline; ``reader.story.cues``)
weighed against lexical cohesion by the boundary finder, the file-level judgement of one article
or several (``boundary.filekind``), a newsletter digest's items (``digest``) and a web page's
later articles. ``assemble`` builds the stories from these starts."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import pairwise

from reader.story.boundary.features import JUNK_KINDS, blank_gaps
from reader.story.boundary.heading import is_clause
from reader.story.boundary.lede import (
    dated_past,
    first_sentence,
    introduces,
    named_described,
    opens_as_lede,
)
from reader.story.boundary.verbs import (
    introduces_defined,
    opens_back,
    reported_opening,
)
from reader.story.cues import (
    PHOTO_KINDS,
    article_note,
    continues_story,
    opens_on_connective,
    section_label,
)
from reader.story.digest import digest_items
from reader.story.lines.line import BLOCK_META, Line
from reader.story.lines.patterns import STORY_END
from reader.story.lines.shape import ends_sentence, later_wire_items, split_dateline, wire_dateline
from reader.story.lines.table import is_row
from reader.story.lines.words import word_count
from reader.story.live import live_page, live_starts
from reader.story.paragraph import Paragraph, gap_lines, is_page
from reader.story.posts import embedded_posts, feed_posts
from reader.story.sentence_runs import inside_runs
from reader.story.transcript import interview, transcript

# Headlines say who did what: a title line shorter than this is a label or a brand.
HEADLINE_WORDS = 4
# A story that starts without any cue must have at least this many paragraphs ...
MIN_UNCUED_PARAGRAPHS = 3
# ... or this many in a file where no story start is marked at all (body paragraphs only, so
# every story is uncued and short ones are real). News eval --bare Pk (seed 13 / 7), with the
# continuation cue (reader.story.cues.CONTINUES_CUE): 3 0.0502 / 0.0598 → 2 0.0402 / 0.0488.
MIN_UNCUED_BARE = 2
# A paragraph cue this strong (a photo, headline, byline, dateline) marks the file as one that
# marks its story starts.
MARKED_CUE = 0.5
# A paragraph after page junk (an advert, a "Read more" link, a sign-up box) that opens as a
# lede, where the boundary scorer favours a start (p at least this), opens a story however
# short (``junk_backed``).
JUNK_LEDE = 0.5
# ... and where the scorer is this sure, a paragraph after junk alone that opens on a name or a
# number and goes on in prose (no lede tense asked for): dev hand pastes and singles 2,082 →
# 2,088 of 2,346 files right, none lost; generated pastes, pages and held-out sets unchanged
# (session 57)
JUNK_SURE = 0.95
# In a file the lexical search decides, once this many headline-like headings open stories, the
# others the scorer favours open stories too (``_alike_headings``): dev hand pastes +3 files,
# none lost; at one heading a single article's sub-headings are cut (session 57)
ALIKE_HEADINGS = 2


# what may stand between a headline and its byline or stamp in one headline block
_IN_BLOCK = frozenset(
    {"title", "standfirst", "caption", "credit", "promo", "tag", "reading_time", "masthead"}
)


def _headline_block(p: Paragraph) -> bool:
    """A headline with its byline or stamp over ``p``, at most one line between them that is
    not the block's own (a standfirst read as a menu's line; the block's own: a standfirst, a
    photo, a share line): not a list's entry read as a headline with a live page's stamp past
    more of its entries ("Key events", "Channel to reopen at 15:30", two more entries, "12m
    ago")."""
    seen: set[str] = set()  # headline and stamp or byline, since the last break
    foreign = 0  # lines not the block's own since the last headline, stamp or byline
    for ln in p.head:
        if ln.kind == "title" or ln.kind in BLOCK_META:
            seen.add("title" if ln.kind == "title" else "meta")
            foreign = 0
            if len(seen) == 2:
                return True
        elif ln.kind not in _IN_BLOCK:
            foreign += 1
            if foreign > 1:
                seen.clear()
    return False


def _page_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """On a web page (the role model found menus, link lists, comments or a footer between
    its paragraphs) the kept text is one article: a new story starts only at a full headline
    block (a headline with its byline or stamp). None when the file is not such a page."""
    if not is_page(paras):
        return None
    # (or a byline and a stamp again, where both head the file's first paragraph: a paste of
    # headless items each under its byline and date, with a page's tags between them)
    both = {ln.kind for ln in paras[0].head} >= BLOCK_META
    # a wire's items one after another, each opening on its agency's dateline ("Bandung
    # (ANTARA) -"): the second and later such openings start stories
    wired = later_wire_items([p.text for p in paras])
    return [
        i
        for i, p in enumerate(paras)
        if i > 0
        and (
            _headline_block(p) or (both and {ln.kind for ln in p.head} >= BLOCK_META) or i in wired
        )
    ]


def _file_kind_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """The starts a file's kind settles on its own, else None: a newsletter digest's items, each
    under its heading (a masthead above it or a sign-off below it make no web page of it); one
    event's live page, whose time-stamped entries are one story (``reader.story.live``); a
    transcript, whose speakers' turns are one story (``reader.story.transcript``); a web page,
    one article but where a full headline block stands (``_page_starts``)."""
    if (digest := digest_items(paras)) is not None:
        return digest
    if live_page(paras):
        return live_starts(paras)
    if transcript(paras) or interview(paras):
        return []  # a transcript's turns, an interview's answers: one story (``transcript``)
    return _page_starts(paras)


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

    if (whole := _file_kind_starts(paras)) is not None:
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
    after_standfirst = _after_standfirst(paras)
    posts = set(feed_posts(paras))  # (a post however short: its bar ends the one before)
    # (a post embedded in the article, in a file that is no feed: no furniture of its)
    embeds = set() if posts else embedded_posts(paras)
    again = set(_furniture_again(paras)) - after_standfirst - embeds
    forced = sorted({*forced, *again, *posts})
    titled = frozenset(forced)
    # the learned boundary scorer's cue at each paragraph (reader.story.boundary.scorer)
    scores, shortest_short = scores_and_shortest(paras)
    cues = [s.cue for s in scores]
    paras = _own_photos(paras) if one_head else paras
    # a file judged to hold several articles: a paragraph the page marks (a heading, a stamp, a
    # byline over it) where the odds say a story starts opens one however short the story
    # before it (a brief of one or two paragraphs under its own heading); so does a lede that
    # introduces its subject after page junk ("Read more: …", then "A distillery on Hoy has
    # won …": dev hand pastes 177 → 180 of 224, generated short pastes 1 file of 600 lost,
    # hand-like ones unchanged; any lede shape instead: 182, but 2–4% of short pastes cut at an
    # advert inside an article); the runs beside them are decoded by the odds too
    probs = [s.p for s in scores]
    marked_cuts = (
        marked_starts(_marks(paras), [s.log_odds for s in scores], MARKED_CUE)
        | _shaped_ledes(paras)
        | junk_backed(paras, probs, introduced=True)
        if shortest_short
        else set()
    )
    # in a file the lexical search decides, a brief after page junk the scorer is sure of
    inside = sectioned(paras)
    backed = set() if shortest_short else _backed_briefs(paras, probs, forced, inside, one_head)
    # ... and, in a file with no head block, a lede that introduces a firm no earlier paragraph
    # names, with what it is, where the scorer favours a start ("Malchin Finance, an
    # Ulaanbaatar start-up whose app lends money to herders, has raised ...")
    if not shortest_short and not one_head:
        backed |= _new_name_ledes(paras, probs, inside)
    moved = _moved_places(paras, titled) if one_head else set()
    moved |= after_standfirst
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
    # under opens one too, ``_alike_headings``)
    found |= _alike_headings(paras, probs, found, decoded=bool(shortest_short))
    found -= embeds  # (an embedded post: the article goes on past it)
    # under one article's head block a section's heading (a clause, a pull quote, a question,
    # a line under half the headline's words) says the article goes on there: no cut the words
    # or the odds found at it stands (``head_block.sectioned``)
    # ... but once a story began after the head block (a cut that heads no section), the file
    # holds more than that one article: a heading the scorer favours a start at is a later
    # item's headline written as a sentence ("Salzburg tour coaches will have to book a slot",
    # after "Sign up for our daily newsletter"), not a section's (a title after a caption stays
    # one: ``_later_items``)
    inside -= _later_items(paras, inside, found, cues)
    found -= inside - set(forced)
    # a table's row or a pronoun's quote goes on the story before it (``_goes_on``), and so
    # does a line inside a run of lines the file's blank lines part (``inside_runs``)
    runs = inside_runs(paras) - titled
    starts = sorted(
        i for i in found if 0 < i < len(paras) and i not in runs and not _goes_on(paras, i, titled)
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


def _alike_headings(
    paras: Sequence[Paragraph], p: Sequence[float], found: set[int], *, decoded: bool
) -> set[int]:
    """Paragraphs under a heading that reads as a headline's clause (``_headline_heading``), where
    the scorer favours a start (p >= ``JUNK_LEDE``), in a file where two such headings or more
    already open stories: a paste of briefs, each under its own headline, whose headlines the
    file writes alike ("Console sales fall as prices rise", "Esports arena planned for Leeds",
    "Retro game sells for £41,000"); the words alone kept one two-paragraph brief with the one
    before it. None in a file decoded by the odds (``decoded``), whose marks open its briefs."""
    if decoded:
        return set()
    heads = [
        i
        for i, para in enumerate(paras)
        if i > 0 and para.head and _headline_heading(para.head[-1])
    ]
    if sum(i in found for i in heads) < ALIKE_HEADINGS:
        return set()
    return {i for i in heads if p[i] >= JUNK_LEDE}


def _later_items(
    paras: Sequence[Paragraph], inside: set[int], found: set[int], cues: Sequence[float]
) -> set[int]:
    """Of the paragraphs read as under a section's heading (``head_block.sectioned``), those that
    open a later item instead: a story was cut before it that is under no section's heading, the
    scorer favours a start there, and what stands over it are headings, no headline (a title
    after a photo's caption is a page's section, ``head_block.section_title``)."""
    begun = [f for f in found if f > 0 and f not in inside]
    if not begun:
        return set()
    first = min(begun)
    return {
        i
        for i in inside
        if i > first and cues[i] > 0 and not any(ln.kind == "title" for ln in paras[i].head)
    }


def _own_photos(paras: Sequence[Paragraph]) -> list[Paragraph]:
    """Under one article's head block a photo over a paragraph is the article's own: it marks
    no start (a paste's item under it carries a headline, a byline or a stamp)."""
    return [
        replace(p, cue=0.0) if p.head and all(ln.kind in PHOTO_KINDS for ln in p.head) else p
        for p in paras
    ]


def _moved_places(paras: Sequence[Paragraph], titled: Collection[int]) -> set[int]:
    """Under one article's head block a bare place's dateline moves the story to another
    place: no lede after page junk nor a paste item's mark ("Read more: …" / "WARSAW — …")."""
    from reader.story.boundary.head_block import bare_place

    return {i for i, p in enumerate(paras) if i not in titled and bare_place(p.text)}


# a quotation its first sentence gives to a pronoun: '"We can't control the weather," he said'
_PRONOUN_QUOTE = re.compile(
    r"[\"“‘'].{3,400}?[,.?!…-][\"”’']\s+(?:he|she|they)\s+"
    r"(?:said|says|added|adds|told|explained|insisted|warned|noted|continued|recalled|admitted|"
    r"argued|wrote|asked|replied|conceded)\b",
    re.DOTALL,
)


# a newsletter's running label inside an item, the style of short-form briefings ("Why it
# matters:", "Yes, but:", "The big picture:", "By the numbers:"): the item goes on, none opens
_RUNNING_LABEL = re.compile(
    r"(?:why it matters|the big picture|driving the news|yes,? but|between the lines"
    r"|what(?:'|\u2019)?s next|what to watch|what (?:they|we)(?:'|\u2019)?re (?:saying|watching)"
    r"|(?:the )?bottom line|by the numbers|catch up quick|go deeper|zoom (?:in|out)|flashback"
    r"|the other side|state of play|reality check|be smart|our thought bubble|the intrigue"
    r"|the fine print|the catch|the takeaway|worth noting|details)\s*:\s",
    re.I,
)

# a person named with a courtesy or office title who says something: "Judge Tessa Harlow said
# it was ...", "Cllr Declan Furey said ...", "Mr Okafor told the court ..." - a second
# reference or a voice the story has already set up (in the hand-written development pastes
# 89 such paragraphs, none opening a story; ledes name what happened first)
_TITLED_SAYS = re.compile(
    r"(?:Judge|Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Insp|Inspector|Sergeant|Sgt|Det|"
    r"Detective|Superintendent|Supt|Prof|Professor)\.? [A-Z][\w'\u2019-]+"
    r"(?: [A-Z][\w'\u2019-]+){0,2},? (?:said|says|told|added)\b"
)
# a part of people or things named before: "Eighteen of them were admitted ...", "Most of
# those who ...", "Two of these have ..." (the pronoun's antecedent is in the story before)
_PARTITIVE_BACK = re.compile(
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*) of (?:them|those|these|whom)\b(?! (?:who|which|that)\b)"
)


def never_opens(text: str) -> bool:
    """A paragraph no story opens with, whatever its words or the gap before it: a table's row
    (the table belongs to the article around it), a quotation a pronoun says ('"We can't
    control the weather," he said': whose it is was said before), a part of those named before
    (``_PARTITIVE_BACK``: "Eighteen of them were admitted"), a titled person saying something
    (``_TITLED_SAYS``: "Judge Tessa Harlow said ..."), a note on the article before it
    (``cues.article_note``: "Editor's note: This story has been updated ..."), or an interview's
    turn ("Q: How do you win farmers over?")."""
    first = text.lstrip()
    return (
        is_row(text.split("\n", 1)[0])
        or _PRONOUN_QUOTE.match(first) is not None
        or article_note(first)
        or _RUNNING_LABEL.match(first) is not None
        or _PARTITIVE_BACK.match(first) is not None
        or _TITLED_SAYS.match(first) is not None
        or _INTERVIEW_TURN.match(first) is not None
    )


# an interview's turn: "Q: Farmers are cautious buyers. How do you win them over?", "A: We
# don't talk about technology." (its questions and answers are one article's)
_INTERVIEW_TURN = re.compile(r"[QA]\s?[:\u2013\u2014]\s+\S|[QA] - \S")


def _goes_on(paras: Sequence[Paragraph], i: int, titled: Collection[int]) -> bool:
    """A paragraph no headline or dateline opens that goes on the story before it, whatever
    the words or the gap: ``never_opens``, or right under a table (``_after_table``)."""
    return i not in titled and (never_opens(paras[i].text) or _after_table(paras, i))


def _after_table(paras: Sequence[Paragraph], i: int) -> bool:
    """The paragraph right under a table's last row, nothing between: what the article says
    of its table ("Exports grew fastest after ...")."""
    return i > 0 and not paras[i].head and is_row(paras[i - 1].text.split("\n")[-1])


def junk_backed(
    paras: Sequence[Paragraph], p: Sequence[float], *, introduced: bool = False
) -> set[int]:
    """Paragraphs after page junk (an advert, a "Read more" link, a sign-up box: lines a page
    puts between items) that open as a lede (``opens_as_lede``) where the boundary scorer
    favours a start (p >= ``JUNK_LEDE``). The junk marks the gap as a byline or a stamp would,
    and a lede's shape says the words after it begin something: the brief after it opens a
    story however short, in a file judged one article too (there the rule that an unmarked
    story must run to some length kept a two-paragraph brief after an advert inside the article
    before it). Junk alone is not enough, nor are sure odds with it: inside one article an
    advert often stands before "The launch of …" or "One group of …", which the words and the
    junk make look like a start. Odds at least ``JUNK_SURE`` with nothing but junk in the gap
    take a fresh opening that goes on in prose instead of a lede's shape (``_fresh_opening``)."""
    out: set[int] = set()
    for i in range(1, len(paras)):
        between = gap_lines(paras, i)
        if p[i] < JUNK_LEDE or not any(ln.kind in JUNK_KINDS for ln in between):
            continue
        # (or a lede in the simple past that names its day: "Police arrested a man in
        # Rothesay on Sunday night", after "Read more: ...")
        lede = opens_as_lede(paras[i].text) or dated_past(first_sentence(paras[i].text))
        # (or, where the scorer is sure and only junk stands in the gap, any fresh opening
        # that goes on in prose: "Tauranga ratepayers face an average rates rise of 9.6%
        # ...", a lede in the simple present, after "Read more: ...")
        if not lede and p[i] >= JUNK_SURE and _goes_on_in_prose(paras, i):
            lede = _fresh_opening(paras[i].text) and all(ln.kind in JUNK_KINDS for ln in between)
        if lede and (not introduced or introduces(paras[i].text)):
            out.add(i)
    return out


def _goes_on_in_prose(paras: Sequence[Paragraph], i: int) -> bool:
    """A paragraph that ends a sentence follows paragraph ``i``: what opens there runs on."""
    return i + 1 < len(paras) and ends_sentence(paras[i + 1].text)


def _fresh_opening(text: str) -> bool:
    """A paragraph that ends a sentence and opens on a subject of its own, a name or a number
    (``_OPENS_ON_NAME``): not a pronoun, a connective or a preposition ("It has ...", "But ...",
    "In the meantime ..."), not a reporting clause ("Unite said ..."), not a continuation cue."""
    first = first_sentence(text)
    if not ends_sentence(text) or not _OPENS_ON_NAME.match(first):
        return False
    return not (continues_story(text) or reported_opening(first) or opens_back(first))


# a sentence opening on a name or a number, not on a determiner: "Tauranga ratepayers face ...",
# "Bengaluru's metro will ...", "About 7,000 homes ..." (not "The launch of ...", "One group of
# ...", which open a paragraph inside an article after an advert as often as a new story)
_OPENS_ON_NAME = re.compile(
    r"[\"“]?(?!(?:The|A|An|One|This|That|These|Those|Some|Many|Most|All|Each|Every|Such|"
    r"Other|Another|No|Its|Their|His|Her|Our)\b)[A-Z][\w'’-]*\b"
)


def _backed_briefs(
    paras: Sequence[Paragraph],
    p: Sequence[float],
    forced: Sequence[int],
    inside: set[int],
    one_head: bool,
) -> set[int]:
    """``junk_backed``'s starts, but for junk before a section's heading inside the article
    (``inside``: ``head_block.sectioned``) and, under one article's head, before a lede whose
    article goes on to its own sections (``_sections_after``)."""
    backed = junk_backed(paras, p) - inside
    if one_head:
        backed = {i for i in backed if not _sections_after(i, forced, inside, len(paras))}
    return backed


def _sections_after(i: int, forced: Sequence[int], inside: set[int], end: int) -> bool:
    """A section's heading of the article (``head_block.sectioned``) stands further on, before
    the file's next forced start: the article goes on after its own advert ("Advertise with
    NZME.", then "Waipaoa Forest Contracting, which employed 62 people, ...", then "Crews go
    north for work"), no brief pasted after it."""
    stop = next((j for j in sorted(forced) if j > i), end)
    return any(i < j < stop for j in inside)


def _marks(paras: Sequence[Paragraph]) -> list[float]:
    """Each paragraph's furniture cue, with a headline heading over it (a clause of four words
    or more: ``_headline_heading``) counted as a mark: in a file judged to hold several articles a
    brief's own heading marks its start where the odds favour one, as a headline does. Not the
    file's second paragraph under a bare first one (a newsletter's greeting, then its first
    item's heading: the greeting is no story)."""
    marks = [p.cue for p in paras]
    for i, p in enumerate(paras):
        if (i > 1 or paras[0].head) and p.cue > 0 and any(_headline_heading(ln) for ln in p.head):
            marks[i] = max(marks[i], MARKED_CUE)
    # a blank line in a gap where the file usually puts none is the paste's layout setting an
    # item apart, as a byline or a stamp over it would
    for i, blank in enumerate(blank_gaps(paras)):
        if blank:
            marks[i] = max(marks[i], MARKED_CUE)
    # a wire's sign-off or a release's end mark in the gap closes the story before it
    for i in range(1, len(paras)):
        if any(STORY_END.match(ln.text.strip()) for ln in gap_lines(paras, i)):
            marks[i] = max(marks[i], MARKED_CUE)
    return marks


def _shaped_ledes(paras: Sequence[Paragraph]) -> set[int]:
    """In a run of briefs each opening with a new subject that a relative clause defines, in a
    lede's tense ("A woman who stole … has been given …", "Two men who … have been fined"), at
    least three of them: the repeated lede shape is the paste's layout, and each opens a brief
    as a byline over it would (read only in a file judged to hold several articles)."""
    shaped = {i for i, p in enumerate(paras) if introduces_defined(first_sentence(p.text))}
    return {i for i in shaped if i > 0} if len(shaped) >= 3 else set()


def _headline_heading(ln: Line) -> bool:
    """A heading that reads as a headline's clause ("Rail freight volumes slip"), not a
    section label or a caption read as a heading ("A view of the harbour (Image: AP)")."""
    return ln.kind == "heading" and not section_label(ln.text) and is_clause(ln.text)


def _furniture_again(paras: Sequence[Paragraph]) -> list[int]:
    """Paragraphs headed again by the furniture that heads the file's first one: a byline or
    a time stamp over the first story ("Posted 08:30") and over a later paragraph ("Posted
    11:05") opens a new item there, headline or not."""
    first = {ln.kind for ln in paras[0].head if ln.kind in BLOCK_META} if paras else set()
    if not first:
        return []
    return [i for i, p in enumerate(paras) if i > 0 and any(ln.kind in first for ln in p.head)]


def _after_standfirst(paras: Sequence[Paragraph]) -> set[int]:
    """Paragraphs under a byline or stamp with no headline of their own, right after an item's
    standfirst (``_standfirst``): the item's body, under its headline already."""
    return {
        i
        for i in range(1, len(paras))
        if _standfirst(paras[i - 1])
        and any(ln.kind in BLOCK_META for ln in paras[i].head)
        and not any(ln.kind in ("title", "heading") for ln in paras[i].head)
    }


# a standfirst is a sentence or two
_STANDFIRST_WORDS = 45


def _standfirst(p: Paragraph) -> bool:
    """A short paragraph right under a headline or heading with no byline or stamp of its own:
    an item's standfirst ("What you need to know:" and its line) when the byline and stamp
    follow it, as a Kampala daily sets them; the item starts at its headline, not under it."""
    return (
        any(ln.kind in ("title", "heading") for ln in p.head)
        and not any(ln.kind in BLOCK_META for ln in p.head)
        and word_count(p.text) <= _STANDFIRST_WORDS
    )


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


# the scorer's probability a new firm's lede needs to open a story (``_new_name_ledes``)
NEW_NAME_P = 0.5


def _new_name_ledes(paras: Sequence[Paragraph], p: Sequence[float], inside: set[int]) -> set[int]:
    """Paragraphs that introduce a firm or body no earlier paragraph names, with what it is
    (``lede.named_described``), where the scorer favours a start: a pasted item about another
    firm, in a file judged one article (dev pastes +1, none lost; generated pastes unchanged)."""
    out: set[int] = set()
    seen: list[str] = []
    for i, para in enumerate(paras):
        if i > 0 and i not in inside and p[i] >= NEW_NAME_P:
            name = named_described(para.text)
            if name is not None and not any(name.split()[0] in text for text in seen):
                out.add(i)
        seen.append(para.text)
    return out
