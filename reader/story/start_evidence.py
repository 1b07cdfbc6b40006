"""Starts the boundary decoding alone misses, where more than the words backs them: a lede
after page junk the scorer favours (``junk_backed``), a brief's own heading where the file is
judged to hold several articles (``page_marks``), a run of briefs opening alike (``shaped_ledes``),
headings like those the file's stories open under (``alike_headings``), a later item under what
read as a section's heading (``later_items``), a lede introducing a firm the file has not named
(``new_name_ledes``). ``starts.find_story_starts`` weighs them with the decoding's cuts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.boundary.features import JUNK_KINDS, PHOTO_KINDS, blank_layout
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
from reader.story.cues import continues_story, section_label
from reader.story.lines.line import Line
from reader.story.lines.patterns import STORY_END
from reader.story.lines.shape import ends_sentence
from reader.story.paragraph import Paragraph, gap_lines
from reader.text.stop_words import sumy_stop_words

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
# ... and where the scorer gives at least this, a new subject brought in with an indefinite
# article in a lede's tense after nothing but junk (``_indefinite_lede``)
JUNK_INDEFINITE = 0.2
# In a file the lexical search decides, once this many headline-like headings open stories, the
# others the scorer favours open stories too (``alike_headings``): dev hand pastes +3 files,
# none lost; at one heading a single article's sub-headings are cut (session 57)
ALIKE_HEADINGS = 2


def alike_headings(
    paras: Sequence[Paragraph], p: Sequence[float], found: set[int], *, decoded: bool
) -> set[int]:
    """Paragraphs under a heading that reads as a headline's clause (``headline_heading``), where
    the scorer favours a start (p >= ``JUNK_LEDE``), in a file where two such headings or more
    already open stories: a paste of briefs, each under its own headline, whose headlines the
    file writes alike ("Console sales fall as prices rise", "Esports arena planned for Leeds",
    "Retro game sells for £41,000"); the words alone kept one two-paragraph brief with the one
    before it. None in a file decoded by the odds (``decoded``), whose marks open its briefs."""
    if decoded:
        return set()
    heads = [
        i for i, para in enumerate(paras) if i > 0 and para.head and headline_heading(para.head[-1])
    ]
    if sum(i in found for i in heads) < ALIKE_HEADINGS:
        return set()
    return {i for i in heads if p[i] >= JUNK_LEDE}


def later_items(
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
    take a fresh opening that goes on in prose instead of a lede's shape (``_fresh_opening``);
    with only junk in the gap, a body named anew as the subject is a lede's opening at any
    favouring odds (``_new_subject``: a chain's year after "Advertisement"; dev hand pastes,
    singles, held-out sets, generated pastes and pages unchanged, session 70)."""
    out: set[int] = set()
    for i in range(1, len(paras)):
        between = gap_lines(paras, i)
        # (a photo's caption or credit marks the gap before a brief that ends the file where
        # the scorer is sure and the brief brings in its subject, as junk would: "Photo:
        # Containers at the wharf. (Supplied)", then "A Dunedin bakery chain has been fined
        # ..."; an article's last paragraph after its photo names what it has named)
        photo = (
            i == len(paras) - 1
            and p[i] >= JUNK_SURE
            and any(ln.kind in PHOTO_KINDS for ln in between)
            and (introduces(paras[i].text) or _new_subject(paras, i))
        )
        if not photo and not any(ln.kind in JUNK_KINDS for ln in between):
            continue
        if p[i] < JUNK_LEDE:
            # (below favouring odds, only a new subject brought in with an indefinite article
            # in a lede's tense, with nothing but junk in the gap: "A Krakow start-up that sells
            # payroll software has raised ...", after "Sign up for our newsletter")
            if p[i] >= JUNK_INDEFINITE and _indefinite_lede(paras, i, between):
                out.add(i)
            continue
        # (or a lede in the simple past that names its day: "Police arrested a man in
        # Rothesay on Sunday night", after "Read more: ...")
        lede = opens_as_lede(paras[i].text) or dated_past(first_sentence(paras[i].text))
        # (or, where the scorer is sure and only junk stands in the gap, any fresh opening
        # that goes on in prose: "Tauranga ratepayers face an average rates rise of 9.6%
        # ...", a lede in the simple present, after "Read more: ...")
        if not lede and p[i] >= JUNK_SURE and _goes_on_in_prose(paras, i):
            lede = _fresh_opening(paras[i].text, named=i == len(paras) - 1) and all(
                ln.kind in JUNK_KINDS for ln in between
            )
        # (or a body named anew as the subject, with only junk in the gap: "Harbour Cinemas
        # sold 3.2 million tickets in the year to June ...", after "Advertisement")
        named = False
        if not lede and _goes_on_in_prose(paras, i):
            named = all(ln.kind in JUNK_KINDS for ln in between) and _new_subject(paras, i)
            lede = named
        # (a brief that ends the file after junk needs no introduction where the scorer is
        # sure: nothing follows it for the odds to be wrong about)
        last = i == len(paras) - 1 and p[i] >= JUNK_SURE
        # (or a name no earlier paragraph writes as its subject, no person's post: "Manchester
        # Rovers posted record revenue ...", after "Sign up for our newsletter"; read last, as
        # it reads the text before)
        if lede and (
            not introduced or last or named or introduces(paras[i].text) or _new_subject(paras, i)
        ):
            out.add(i)
    return out


def _indefinite_lede(paras: Sequence[Paragraph], i: int, between: Sequence[Line]) -> bool:
    """Paragraph ``i``, after nothing but page junk, opens a lede on a new subject brought in
    with an indefinite article ("A village in mid Devon has installed ...", "A Krakow start-up
    that sells payroll software has raised ..."): in a lede's tense, no reported speech ("A
    resident ... said"), its words not written before, and prose goes on after it."""
    if not all(ln.kind in JUNK_KINDS for ln in between) or not _goes_on_in_prose(paras, i):
        return False
    first = first_sentence(paras[i].text)
    m = _INDEFINITE.match(first)
    if m is None or not opens_as_lede(paras[i].text) or reported_opening(first):
        return False
    if _SAYS.search(first):
        return False  # "A spokesman for the yard said ...": someone's words, no new subject
    words = [w for w in m.group(1).split() if len(w) > 3 and w.lower() not in sumy_stop_words()]
    earlier = " ".join(p.text for p in paras[:i]).lower()
    return bool(words) and not any(w.lower() in earlier for w in words)


_SAYS = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|warns)\b")
# an indefinite article and the subject's next words: "A Krakow start-up", "An Oslo bakery"
_INDEFINITE = re.compile(r"An? ((?:[\w'’-]+ ){1,3}[\w'’-]+)")


# a sentence opening on a name of two words or more and its verb: "Manchester Rovers posted
# record revenue ...", "Kalahari Motor Group has opened ..."
_NAMED_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s){1,4}[A-Z][\w'’&.-]*)\s+"
    r"(?!(?:of|and|or|in|for|to|the|at|on|from|with|by|as|said|says|told|added)\b)[a-z]{2,}\b"
)


def _new_subject(paras: Sequence[Paragraph], i: int) -> bool:
    """Paragraph ``i`` opens on a name of two words or more that no earlier paragraph writes,
    as its sentence's subject: a new firm, club or body introduced by name."""
    m = _NAMED_SUBJECT.match(first_sentence(paras[i].text))
    if m is None:
        return False
    words = [w for w in m.group(1).split() if len(w) > 2]
    if any(w.rstrip(".") in _TITLES for w in m.group(1).split()):
        return False  # a person with a post ("Ontario Court Justice Miriam Fogarty imposed the
        # sentence"): stories bring in new people as they go on
    earlier = " ".join(p.text for p in paras[:i])
    return bool(words) and not any(w in earlier for w in words)


# words of a person's post or style before the name
_TITLES = frozenset(
    ["Justice", "Judge", "Magistrate", "Coroner", "Mayor", "Minister", "Secretary", "President",
     "Chief", "Director", "Councillor", "Coun", "Cllr", "Senator", "Governor", "Sheriff",
     "Inspector", "Sergeant", "Constable", "Detective", "Superintendent", "Commissioner",
     "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady",
     "Rev", "Father", "Captain", "Chair", "Chairman", "Chairwoman", "Principal", "Coach",
     "Manager", "Premier", "MP", "MLA", "MSP", "Senior", "Deputy", "Acting"]
)  # fmt: skip


def _goes_on_in_prose(paras: Sequence[Paragraph], i: int) -> bool:
    """A paragraph that ends a sentence follows paragraph ``i``: what opens there runs on."""
    if i + 1 == len(paras):
        return ends_sentence(paras[i].text)  # (a brief of one paragraph that ends the file)
    return ends_sentence(paras[i + 1].text)


def _fresh_opening(text: str, *, named: bool = False) -> bool:
    """A paragraph that ends a sentence and opens on a subject of its own, a name or a number
    (``_OPENS_ON_NAME``): not a pronoun, a connective or a preposition ("It has ...", "But ...",
    "In the meantime ..."), not a reporting clause ("Unite said ..."), not a continuation cue.
    ``named``: a name after "The" is one too ("The Paola Local Council will plant ...")."""
    first = first_sentence(text)
    if not ends_sentence(text):
        return False
    if not (_OPENS_ON_NAME.match(first) or (named and _THE_NAME.match(first))):
        return False
    return not (continues_story(text) or reported_opening(first) or opens_back(first))


# a sentence opening on a name or a number, not on a determiner: "Tauranga ratepayers face ...",
# "Bengaluru's metro will ...", "About 7,000 homes ..." (not "The launch of ...", "One group of
# ...", which open a paragraph inside an article after an advert as often as a new story)
_OPENS_ON_NAME = re.compile(
    r"[\"“]?(?!(?:The|A|An|One|This|That|These|Those|Some|Many|Most|All|Each|Every|Such|"
    r"Other|Another|No|Its|Their|His|Her|Our)\b)[A-Z][\w'’-]*\b"
)
# "The" and a name of two capitalised words or more: "The Paola Local Council will ..."
_THE_NAME = re.compile(r"The (?:[A-Z][\w'’&.-]*\s){1,4}[A-Z][\w'’&.-]*\b")


def backed_briefs(
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


def page_marks(paras: Sequence[Paragraph], log_odds: Sequence[float] = ()) -> list[float]:
    """Each paragraph's furniture cue, with a headline heading over it (a clause of four words
    or more: ``headline_heading``) counted as a mark: in a file judged to hold several articles a
    brief's own heading marks its start where the odds favour one, as a headline does. Not the
    file's second paragraph under a bare first one (a newsletter's greeting, then its first
    item's heading: the greeting is no story). With the boundary scorer's ``log_odds``, a change
    of the paste's layout marks only the one of its two gaps the odds favour more."""
    marks = [p.cue for p in paras]
    for i, p in enumerate(paras):
        if (i > 1 or paras[0].head) and p.cue > 0 and any(headline_heading(ln) for ln in p.head):
            marks[i] = max(marks[i], MARKED_CUE)
    # a blank line in a gap where the file usually puts none is the paste's layout setting an
    # item apart, as a byline or a stamp over it would; where the layout changes (a
    # blank-parted article, then one with none) the story changes at one of the two gaps
    # around the change, not both: the paragraph between them is no story of its own
    blanks, changes = blank_layout(paras)
    weaker = {b if log_odds[b] < log_odds[c] else c for b, c in changes} if log_odds else set()
    for i, blank in enumerate(blanks):
        if blank and i not in weaker:
            marks[i] = max(marks[i], MARKED_CUE)
    # a wire's sign-off or a release's end mark in the gap closes the story before it
    for i in range(1, len(paras)):
        if any(STORY_END.match(ln.text.strip()) for ln in gap_lines(paras, i)):
            marks[i] = max(marks[i], MARKED_CUE)
    return marks


def shaped_ledes(paras: Sequence[Paragraph]) -> set[int]:
    """In a run of briefs each opening with a new subject that a relative clause defines, in a
    lede's tense ("A woman who stole … has been given …", "Two men who … have been fined"), at
    least three of them: the repeated lede shape is the paste's layout, and each opens a brief
    as a byline over it would (read only in a file judged to hold several articles)."""
    shaped = {i for i, p in enumerate(paras) if introduces_defined(first_sentence(p.text))}
    return {i for i in shaped if i > 0} if len(shaped) >= 3 else set()


def headline_heading(ln: Line) -> bool:
    """A heading that reads as a headline's clause ("Rail freight volumes slip"), not a
    section label or a caption read as a heading ("A view of the harbour (Image: AP)")."""
    return ln.kind == "heading" and not section_label(ln.text) and is_clause(ln.text)


# the scorer's probability a new firm's lede needs to open a story (``new_name_ledes``)
NEW_NAME_P = 0.5


def new_name_ledes(paras: Sequence[Paragraph], p: Sequence[float], inside: set[int]) -> set[int]:
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


# the fewest paragraphs a file of one-paragraph briefs is read from: fewer ledes in a row are
# as often a short article's opening paragraphs
BRIEFS_MIN = 5


def briefs_column(paras: Sequence[Paragraph]) -> bool:
    """A file of at least ``BRIEFS_MIN`` paragraphs every one of which reads as a lede (the
    lede-wording model's log-odds above 0: "AVARUA - Coral Air Pacific will add a third weekly
    flight ...", "A 27-year-old man was fined 600 dollars ..."): a column of one-paragraph
    briefs, each paragraph a story of its own. The decoding otherwise asks every unmarked story
    for two or three paragraphs, so such a column ran into two or three stories. On the
    development pastes every file this holds for is such a column (16 files: 13 right
    already, three more with it); no development single article holds it."""
    from reader.story.boundary.lede_words import lede_words

    return len(paras) >= BRIEFS_MIN and all(lede_words(p.text) > 0.0 for p in paras)
