"""Lede and second-reference features of a paragraph: does its first sentence introduce, or
refer back? (And, from ``verbs``, is it told in a lede's tense or opened by who said so?)

A story's lede names people and organisations in full ("Jess Carter won…", "Hilltop Academy in
Norbridge…"); the paragraphs after it refer back to them with a surname alone ("Carter said"),
or with a definite description whose noun the text before has used ("The castle welcomed…"
after "Castle Ardon"; "The council blamed…" after "the council"). These read the first sentence
only, against the names and words of the paragraphs before, so they do not saturate when the
paragraphs are a sentence each (the cohesion features compare whole paragraphs, and one-sentence
paragraphs share almost no words whether or not a story goes on).

They are gated by the file's paragraph length (``short_gate``): in files of long paragraphs (a
full news article's, median 70 words; even 35) a new full name in a first sentence is no sign of a new
story, so there they are zero and the scorer weighs those files as it did without them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.boundary.verbs import (
    introduces_defined,
    news_tense,
    opens_back,
    reported_opening,
)
from reader.story.cues import continues_story
from reader.story.lines.shape import wire_dateline
from reader.story.segment.vectors import content_term_set, stop_words
from reader.text.calendar import FRONTED_TIME

# The gate: 1 for a file whose median paragraph has at most SHORT_WORDS words (a sentence a
# paragraph, as in hand-pasted briefs), 0 from LONG_WORDS (under two news sentences) up,
# linear between.
SHORT_WORDS = 20
LONG_WORDS = 35

# Paragraphs before the gap whose words a definite description or a short name may point to.
BACK = 3

LEDE_FEATURES: tuple[str, ...] = (
    "full_name_new",  # the first sentence names someone in full whom the text before never named
    "short_ref_seen",  # a one-word name in it is the last word of a full name seen before
    "definite_seen",  # it opens "The <noun>" with a noun the paragraphs before used
    "definite_new",  # it opens "The <noun>" with a noun they did not use
    "news_tense",  # a new subject in a lede's tense ("A brewer has recalled", "X is to close")
    "reported",  # it opens with a subject and a reporting verb ("The council said")
)

_FIRST_SENTENCE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_TOKEN = re.compile(r"[A-Za-z][\w'’&-]*")
_DEFINITE = re.compile(r"^[\"“‘']?The\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)")


def first_sentence(text: str) -> str:
    return _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]


def _key(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def name_runs(text: str) -> list[tuple[str, ...]]:
    """Runs of capitalised words (lower-cased keys), a stop word or a sentence's first
    word ending a run: "Jess Carter won at the Great Eastern Run" gives ("jess", "carter")
    and ("great", "eastern", "run")."""
    stops = stop_words()
    runs: list[tuple[str, ...]] = []
    for sentence in _FIRST_SENTENCE.split(text):
        run: list[str] = []
        for w in _TOKEN.findall(sentence):
            key = _key(w)
            if w[0].isupper() and key not in stops and len(key) > 1:
                run.append(key)
                continue
            if run:
                runs.append(tuple(run))
            run = []
        if run:
            runs.append(tuple(run))
    return runs


def _definite(first: str, before: Sequence[str]) -> bool | None:
    """Whether a first sentence opening "The <noun>" uses a noun ``before`` used (None: it does
    not open so)."""
    m = _DEFINITE.match(first)
    if m is None:
        return None
    # the description's words up to the first stop word ("number" of "number of visitors")
    words = m.group(1).split()
    cut = next((k for k, w in enumerate(words) if w in stop_words()), len(words))
    nouns = content_term_set(" ".join(words[:cut]), 5)
    if not nouns:
        return None
    used = set().union(*(content_term_set(t, 5) for t in before))
    return bool(nouns & used)


def lede_features(texts: Sequence[str], i: int) -> list[float]:
    """LEDE_FEATURES for the gap before paragraph ``i`` of ``texts`` (i >= 1)."""
    before = texts[max(0, i - BACK) : i]
    seen_runs = [r for t in before for r in name_runs(t)]
    seen_words = {w for r in seen_runs for w in r}
    surnames = {r[-1] for r in seen_runs if len(r) > 1}
    first = first_sentence(texts[i])
    runs = name_runs(first)
    full_new = sum(1 for r in runs if len(r) > 1 and not seen_words.intersection(r))
    short_seen = any(len(r) == 1 and r[0] in surnames for r in runs)
    definite = _definite(first, before)
    # the tense counts for a new subject only: not "It has…", nor "The firm has…" after "a
    # firm" (read in a lower-case file too)
    back = opens_back(first) or bool(_definite(first[:1].upper() + first[1:], before))
    return [
        min(2.0, float(full_new)),
        float(short_seen),
        float(definite is True),
        float(definite is False),
        float(news_tense(first) and not back),
        float(reported_opening(first)),
    ]


def short_gate(median_words: float) -> float:
    """How far the lede features count in a file whose median paragraph has ``median_words``
    words: 1 up to SHORT_WORDS, 0 from LONG_WORDS, linear between."""
    return max(0.0, min(1.0, (LONG_WORDS - median_words) / (LONG_WORDS - SHORT_WORDS)))


def gated_lede_features(texts: Sequence[str], i: int, median_words: float) -> list[float]:
    """``lede_features`` scaled by ``short_gate``: all zero in a file of long paragraphs (and
    not computed there)."""
    gate = short_gate(median_words)
    if gate == 0.0:
        return [0.0] * len(LEDE_FEATURES)
    return [gate * v for v in lede_features(texts, i)]


# a first sentence introducing its subject with an indefinite article ("A chef who …", "A
# Morriston man …", "An Auckland firm …": a place or a name before the noun), not an additive
# one ("A further 200 jobs …", "A second man …"), nor a long name's ("A Department for
# Education spokeswoman said …")
_INTRODUCES = re.compile(
    r"[\"“‘']?(?:A|An)\s+(?!(?:further|second|third|similar)\b)(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?!(?:for|of|and|in|on|at|to|the|de)\b)[a-z0-9]"
)


def introduces(text: str) -> bool:
    """A lede that introduces its subject ("A distillery on Hoy has won …", "Arran's only
    secondary school has been given …") or opens on a wire dateline: what ``junk_backed`` asks
    of a start in a file judged several."""
    first = first_sentence(text)
    return bool(
        _INTRODUCES.match(first)
        or _PLACE_ONLY.match(first)
        or wire_dateline(text)
        or _QUOTE_LEDE.match(first)  # (a speaker introduced with what happened)
        or _after_time_frame(first)  # ("Starting Monday, Msunduzi Municipality will cut ...")
    )


# a number lede: a count of things opens the story, hedged or not ("More than 3,100 flats
# changed hands in Caracas ...", "About 7,600 feet of runway will be open ..."), in a sentence of
# a lede's length (``NUMBER_LEDE_WORDS``); not a share ("About 40 per cent of the money ...")
# nor a part ("Some 200 of them ...")
_NUMBER_LEDE = re.compile(
    r"(?:(?:about|around|almost|nearly|more than|fewer than|less than|over|some|at least|"
    r"up to)\s+)?\d[\d,.]*(?:\s+(?:million|billion))?\s+(?!(?:per\s?cent|percent|of)\b)[a-z]",
    re.I,
)
NUMBER_LEDE_WORDS = 12


def _number_lede(first: str) -> bool:
    return _NUMBER_LEDE.match(first) is not None and len(first.split()) >= NUMBER_LEDE_WORDS


# a place's one thing of its kind: "Arran's only secondary school has been given £2m"
_PLACE_ONLY = re.compile(
    r"[A-Z][\w-]+(?: [A-Z][\w-]+)?(?:'s|\u2019s) (?:only|oldest|largest|biggest|last|first|"
    r"newest|busiest|smallest) [a-z]"
)


def opens_as_lede(text: str) -> bool:
    """Whether a paragraph opens as a lede does: a new subject in a lede's tense ("A cyclist
    has been taken to hospital", "Shoppers are to pay more"), a wire dateline, or a subject
    introduced with an indefinite article ("A chef who started out …"); not as a
    continuation ("He said", "The company added", "A spokesman said")."""
    first = first_sentence(text)
    if _QUOTE_LEDE.match(first):
        return True
    if continues_story(text) or reported_opening(first):
        return False
    return bool(
        (news_tense(first) and not opens_back(first))
        # a time frame set before a new subject: "Over the past three weeks, four retail
        # stores in Ashburton have been targeted in ram raids"
        or _after_time_frame(first)
        or wire_dateline(text)
        or _INTRODUCES.match(first)
        # a new subject a relative clause defines, its main verb after it: "A Morriston man
        # who stole £14,000 from his bowls club has been given a suspended sentence"
        or introduces_defined(first)
        # a subject a place's superlative introduces: "Membership of Norway's largest outdoor
        # association grew 5%", "Arran's only secondary school has been given £2m"
        or _PLACE_ONLY.search(first, 0, _SUBJECT_REACH) is not None
        or _number_lede(first)
    )


# a quotation opening a lede: a speaker the text introduces (not "he", "she") said it as, when
# or after something happened ('"These boys trained on gravel for six years," Concordia Eagles
# coach Lindiwe Jacobs said as the club's new pitch was opened on Saturday', '"We came here to
# be heard," said one of the organisers as about 3,000 people marched ...'); a story's later
# quotation is told "he said" or "said Ms Jacobs", with nothing after
_NOT_PRONOUN = r"(?!(?:he|she|they|it|we|I|He|She|They|It|We)\b)"
_QUOTE_LEDE = re.compile(
    r"[\"\u201c\u2018][^\"\u201d\u2019]{15,}[,.!?][\"\u201d\u2019]\s+(?:(?:said|says)\s+"
    + _NOT_PRONOUN
    + r"[^.;\"\u201c]{3,80}?|"
    + _NOT_PRONOUN
    + r"[A-Za-z][^.;\"\u201c]{2,80}?\s(?:said|says))\s(?:as|when|after|while|at)\s"
)


# a named subject and what it will do, after a start still to come
_NAMED_WILL = re.compile(r"(?:[A-Z][\w'\u2019&.-]*\s){1,4}(?:will|is to|are to|plans to)\s")


def _after_time_frame(first: str) -> bool:
    """A fronted time frame, then a new subject in a lede's tense (``news_tense``): not one
    pointing back ("Over the past week, it has ...")."""
    m = FRONTED_TIME.match(first)
    if m is None:
        return False
    rest = first[m.end() :]
    # (or a subject introduced with an indefinite article: "…, a chip test facility in
    # Cranberry Township will start …")
    told = (
        news_tense(rest)
        or _INTRODUCES.match(rest[:1].upper() + rest[1:]) is not None
        or _NAMED_WILL.match(rest) is not None  # "Starting Monday, Phoenix will keep ..."
    )
    return told and not opens_back(rest) and not continues_story(rest)


# how far into a lede its subject's place and superlative may stand
_SUBJECT_REACH = 60


# a day the lede's event happened on, and a verb in the simple past among its first words
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|"
    r"last (?:night|week|month))\b"
)
# a month a release's figure is for, after the verb: "Unemployment in Portugal fell to 6.1% in
# March" (not "Amazon in April successfully sent up 27 satellites", a paragraph inside an
# article recalling what happened before)
_MONTH = re.compile(
    r"\bin (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_PAST_VERB = re.compile(
    r"^(?:[\w'\u2019&.,-]+\s+){1,6}?(?:[a-z]{3,}ed|fell|rose|took|won|lost|grew|made|paid|sold|"
    r"cut|hit|went|came|left|began|gave|found|held|shut|ran|drew|struck|broke|caught|sank|spent|"
    r"beat|led|kept|brought|bought|sent|stole|swept|burned|burnt|fought|flew|fled|threw)\b"
)


def dated_past(first: str) -> bool:
    """A lede told in the simple past with the day it happened ("Police arrested a man in
    Rothesay on Sunday night", "Early on Tuesday, heavy rain flooded ..."): a new subject, not
    one pointing back, a continuation or a reported opening."""
    m = FRONTED_TIME.match(first)
    rest = first[m.end() :] if m else first
    if not rest[:1].isupper() and m is None:
        return False
    rest = rest[:1].upper() + rest[1:]
    if opens_back(rest) or continues_story(rest) or reported_opening(rest):
        return False
    if (verb := _PAST_VERB.match(rest)) is None:
        return False
    if _DAY.search(first, 0, 160) is not None:
        return True
    after = len(first) - len(rest) + verb.end()
    return _MONTH.search(first, after, 160) is not None


# a firm or body named for the first time with what it is, then what it did: "Malchin Finance,
# an Ulaanbaatar start-up whose app lends money to herders, has raised ...", "Khuren Uul Mining,
# which runs an open-pit copper mine in Dornogovi province, said on Tuesday ..."
_NAMED_DESCRIBED = re.compile(
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?: (?:[A-Z][\w&'\u2019.-]*|of|and|&)){1,4}), "
    r"(?:(?:a|an|the) [^,;]{3,90}|which [^,;]{3,110}), "
    r"(?:has|have|is|are|was|were|will|said|says|plans|reported|posted|announced)\b"
)


def named_described(text: str) -> str | None:
    """The name a lede introduces with an apposition or a relative clause (``_NAMED_DESCRIBED``),
    else None."""
    m = _NAMED_DESCRIBED.match(first_sentence(text))
    return m.group("name") if m else None
