"""The last metric look: a figure the vocabulary gave no measure takes the noun phrase its own
clause ties it to, in the text's words.

The vocabulary names the measures news reports most (revenue, profit, price ...); a story also
reports measures of its own: "Handling charges rose by an average of 5%", "a capital plan of
£214 million", "storage fees ... were raised to Dh95 a day", "the number of its active
borrowers rose 21%". Such a figure had no metric at all. Here it takes the lower-case noun
phrase (one to three words, a common noun at its head) that is

- the subject of a verb of change or level whose complement the figure is ("X rose 5%", "X
  fell to N", "X were raised to N", "X reached N", "X stood at N"), or
- the noun an "of" joins a sum or a percentage to ("a capital plan of £214 million"; not a
  count's: "a city of 78,000 people"),

with "the number of X" read as X. Not a pronoun, a time ("the year", "the quarter"), a firm
word ("the company"), a quantity word ("the figure", "the total") or a word of degree; the
sentence's capitalised first word only when the word list writes it in lower case and the
story does not name it ("Handling charges rose", not "Apple sales rose"). One bounded window before the figure, one anchored match: constant work per
figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.common_words import is_common_word
from reader.figures.markets import currency_owner
from reader.figures.premodified import DETERMINERS, LINK_BREAK
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_WINDOW = 90
_HEDGES = (
    r"(?:(?:an average of|an estimated|about|around|some|nearly|almost|roughly|approximately|"
    r"more than|less than|just over|just under|over|under|up to|only|just) )*"
)
_AUX = r"(?!(?:has|have|had|was|were|is|are|will|would|could|may|might|been|be|that|which)\b)"
_WORDS = (
    r"(?<![\w'\u2019-])(?P<np>(?:" + _AUX + r"[A-Za-z][a-z-]+ ){0,3}" + _AUX + r"[a-z][a-z-]*[a-z])"
)
_VERB = (
    r"(?:(?:has|have|had|was|were|is|are|will|would|could|may|might) )?(?:been |be )?"
    # a level something is put at ("Total giving was estimated at £15.1bn", "the site is
    # valued at £4m"), or is to reach ("annual sales are expected to reach $2bn")
    r"(?:(?:estimated|valued|put|pegged|projected|budgeted)(?= at )|"
    # a level that did not move: "Average fares were flat at $38", "held steady at"
    r"(?:flat|steady|unchanged|stable)(?= at )|"
    r"(?:(?:expected|forecast|projected|likely|set|due) to )?"
    r"(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased|increases|"
    r"decreased|decreases|grew|grow|grows|grown|climbed|climbs|jumped|jumps|dropped|drops|"
    r"declined|declines|slipped|slips|slid|soared|surged|edged (?:up|down|higher|lower)|"
    r"raised|cut|reduced|lifted|increased|lowered|reached|reach|reaches|totalled|totaled|"
    r"totals|stood|stands|came|comes|held|holds|hit|topped|amounted|amounts|averaged|total|top))"
)
_LINKED = re.compile(
    # (a relative clause's verb is its antecedent's: "blamed fuel costs that rose 22%")
    _WORDS
    + r"(?:,? (?:that|which))? "
    + _VERB
    + r"(?: (?:at|to|by|in))?(?: [a-z]+ly)? "
    + _HEDGES
    + r"$"
)
# a level set beside its noun phrase: "nurse vacancies, now at 1,240", "the backlog, currently
# about 9,000"
_APPOSED = re.compile(
    _WORDS + r", (?:now|currently|already|still) (?:at |standing at |running at )?" + _HEDGES + r"$"
)
_OF = re.compile(
    r"(?:^|\b(?:a|an|the|its|their|his|her|our|this|that) )" + _WORDS + r" of " + _HEDGES + r"$"
)
# heads that say no measure
_NOT_HEAD = frozenset(["company", "companies", "firm", "firms", "group", "business", "it",
                       "year", "years", "month", "months", "week", "weeks", "quarter",
                       "quarters", "half", "period", "day", "days", "time", "times", "figure",
                       "figures", "total", "amount", "sum", "level", "levels", "number",
                       "numbers", "average", "estimate", "estimates", "forecast", "rate",
                       "increase", "rise", "fall", "drop", "decline", "gain", "loss", "cut",
                       "change", "growth", "one", "ones", "lot", "deal", "deals", "range",
                       "maximum", "minimum", "record", "high", "low", "peak", "margin",
                       "share", "shares", "stake", "people", "person", "part", "cent",
                       "percent", "points", "point", "bid", "offer", "price", "prices",
                       "value", "cost", "costs", "spending", "decrease", "reduction",
                       "million", "billion", "trillion", "thousand", "hundred", "crore",
                       "lakh", "dozen", "jump", "fall", "slump", "surge"])  # fmt: skip
# words that never stand in such a phrase (a degree, a quantity, a verb's object)
_NOT_WORD = frozenset(["said", "says", "say", "more", "less", "most", "least", "than", "also",
                       "only", "just", "still", "now", "even", "all", "some", "any", "each",
                       "every", "both", "other", "such", "same", "own", "much", "many",
                       "further", "another", "which", "who", "that", "what", "there",
                       "here", "then", "and", "or", "but", "if", "when", "while", "ahead",
                       "later", "earlier", "ago", "before", "after", "upwards",
                       "downwards", "seen", "saw", "see", "sees", "got", "get", "gets",
                       "made", "make", "makes", "took", "taken", "take", "gave", "given",
                       "expects", "expected", "wants", "want", "told", "has", "have", "had",
                       "showed", "shows", "show", "found", "finds", "noted", "added"])  # fmt: skip
# a phrase after one of these is a preposition's object, not what the verb says moved ("Use of
# sick leave across the department rose 17%")
_PREPOSITIONS = frozenset(["across", "in", "at", "of", "for", "on", "from", "with", "by",
                           "among", "within", "to", "into", "over", "under", "than", "per",
                           "throughout", "around", "about", "between"])  # fmt: skip
# words before a phrase's head words that leave what governs it further back
_PRE_DETERMINERS = DETERMINERS | frozenset(["all", "some", "each", "every", "both", "many",
                                             "most", "same", "own", "other", "such"])  # fmt: skip
_STOPS = DETERMINERS | _PREPOSITIONS | frozenset(["and", "or"])
_NUMBER_OF = re.compile(r"\b[Nn]umber of (?:its |their |the )?")


def _phrase(words: Sequence[str], size: int, opens: bool, names: frozenset[str]) -> str | None:
    """The noun phrase at the end of ``words`` (module doc), lower case; None when it names no
    measure. Read from its head back to the first word that is not the phrase's: a determiner
    or a clause's word ("said", "and") ends it, a preposition makes it that preposition's
    object ("Use of sick leave across the department rose"), and so does a participle ("Offences
    involving a knife or sharp instrument fell"): no measure. ``words``: the phrase's last
    ``size`` words, and the words written before them."""
    kept: list[str] = []
    k = len(words) - 1
    while k >= len(words) - size:
        low = words[k].lower()
        if low in DETERMINERS or low in _NOT_WORD or low in _PREPOSITIONS or low == "or":
            break
        kept.insert(0, words[k])
        k -= 1
    # what governs the phrase: back over its determiners and quantifiers ("by all developers",
    # "on the same balance") and over a first conjunct ("for catalogs and magazines")
    j = k
    while j >= 0 and words[j].lower() in _PRE_DETERMINERS:
        j -= 1
    if j >= 0 and words[j].lower() in ("and", "or"):
        j -= 1
        while j >= 0 and words[j].lower() not in _STOPS and words[j].lower() not in _NOT_WORD:
            j -= 1
        while j >= 0 and words[j].lower() in _PRE_DETERMINERS:
            j -= 1
    stop = words[j].lower() if j >= 0 else ""
    if not kept or stop in _PREPOSITIONS or (stop.endswith("ing") and stop not in _NOT_HEAD):
        return None
    whole = k < 0
    determined = k >= 0 and words[k].lower() in DETERMINERS  # "a waiting list": a noun's word
    if kept[0].endswith("ing") and not (opens and whole) and not determined:
        return None  # a participle's object: "leaving headroom of"
    if any(w[:1].isupper() for w in kept[1:]):
        return None  # a name inside ("the seven-county Denver metro area")
    if kept[0][:1].isupper():
        first = kept[0]
        if not (opens and whole and is_common_word(first)) or first in names:
            return None  # a name, not a measure
        kept[0] = first.lower()
    head = kept[-1]
    if head in _NOT_HEAD or head in sumy_stop_words() or not is_common_word(head):
        return None
    if currency_owner(head) is not None:
        return None  # a currency's level is its exchange rate ("the euro reaches $1.30")
    if any(w.endswith("ly") for w in kept):
        return None
    return " ".join(kept)


def phrase_metric(
    sentence: str, at: int, names: frozenset[str] = frozenset(), of: bool = True
) -> str | None:
    """The measure the noun phrase tied to the figure at ``at`` in ``sentence`` names (module
    doc), else None; ``of``: whether an "of" phrase may tie it (not a count's: "a city of
    78,000 people" is no measure "city")."""
    lo = max(0, at - _WINDOW)
    before = sentence[lo:at]
    clause = LINK_BREAK.split(before)[-1].lstrip()
    opens = lo == 0 and clause == before.lstrip()
    text = _NUMBER_OF.sub("", clause)
    m = _LINKED.search(text) or (_OF.search(text) if of else None)
    if m is None and (m := _APPOSED.search(before)) is not None:
        # (the comma that sets the level beside its phrase parts them: read the two together)
        text = clause = before
        opens = False
    if m is None:
        return None
    size = len(m.group("np").split())
    words = text[: m.end("np")].split()[-size - 6 :]
    at_start = opens and m.start("np") == 0 and text == clause
    return _phrase(words, size, at_start, names)


def phrase_metrics(figures: Sequence[Figure], names: frozenset[str]) -> list[Figure]:
    """``figures`` with a measure the vocabulary left unnamed read from their noun phrase
    (``names``: the story's names, never a measure's word: "Apple sales rose")."""
    out: list[Figure] = []
    for f in figures:
        # (a count only when its noun is not written beside it: "44,000 people" the city grew
        # by is no measure "city")
        if f.metric is None and (
            f.kind in ("money", "percent") or (f.kind == "count" and not f.unit)
        ):
            at = surface_at(f)
            of = f.kind != "count"
            metric = phrase_metric(f.sentence, at, names, of) if at > 0 else None
            if metric is not None:
                f = replace(f, metric=metric)
        out.append(f)
    return out
