"""Lead sentence → headline form, before a title is cut from it (no parser, no model data).

News leads carry words a headline drops: time adverbials ("on Monday", "earlier this month"),
a short parenthesis ("(SMFG)"), an appositive or relative clause between the subject and its
verb ("Circuit City Stores, the second-largest retailer in the US, has received …"), an
attribution tail (", a survey found") and the auxiliary of a passive or perfect verb
("was forced to delay" → "forced to delay", "has launched" → "launched"). ``headline_form``
removes these; ``main_verb`` finds the lead's main verb so a cut never leaves a subject alone.
"""

from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June"
    r"|July|August|September|October|November|December"
)
_DATE = rf"(?:(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} (?:{_MONTH}))(?:,? \d{{4}})?"
_WHEN = (
    rf"(?:late |early )?(?:on )?{_DAY}(?: (?:morning|afternoon|evening|night))?"
    rf"|on {_DATE}"
    r"|(?:late |early |earlier |later )?(?:this|last) (?:week|month|weekend|morning|year)"
    r"|earlier this (?:week|month|year)|yesterday|today|this morning|this afternoon"
)
# a time adverbial inside the lead: " on Monday" before a verb, object or comma; not a time a
# preposition before it takes as its object ("will close from Monday", "until next week",
# "since last year": dropped, they left "from for carpet replacement")
# fmt: off
_TAKES_TIME = (
    "from", "until", "till", "since", "through", "to", "by", "before", "after", "between", "and",
    "or", "of", "starting", "beginning", "next", "past", "over", "than",
)
# fmt: on
_NOT_AFTER = "".join(rf"(?<!\b{w})" for w in _TAKES_TIME)
_TIME_MID = re.compile(rf"{_NOT_AFTER},? (?:{_WHEN})(?=[ ,.;:]|$)(?:,(?= ))?")
_TIME_START = re.compile(rf"^(?:{_WHEN}),? (?=[A-Z\"“])", re.I)
_PAREN = re.compile(r" \((?:[^()]{1,40})\)(?=[\s,.;:]|$)")
# ", a survey found" / ", Gordon Brown has said" / ", the minister told MSPs" at the end
_TAIL = re.compile(
    r",\"?”? (?:[^,\"“”]{2,50}? )?(?:has |have |had )?(?:said|says|told [^,\"“”]{1,30}|suggests"
    r"|suggested|found|finds|shows|showed|claims|claimed|warned|warns|reported|reports|added)$"
)
# fmt: off
_FINITE = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "shall", "should", "does", "did",
])
# Irregular past forms that are also the participle: "has sold" → "sold" keeps the meaning.
_PAST_SAME = frozenset([
    "said", "told", "made", "bought", "sold", "held", "kept", "led", "left", "met", "paid",
    "spent", "built", "lost", "won", "cut", "set", "put", "hit", "sought", "found", "brought",
    "thought", "sent", "struck", "stood", "sat", "heard", "felt", "meant", "lent", "quit",
])
_PAST_OTHER = frozenset([
    "rose", "fell", "took", "gave", "got", "went", "came", "saw", "grew", "began", "ran", "became",
    "drew", "flew", "threw", "wrote", "chose", "drove", "spoke", "stole", "sank", "shook", "swore",
    "withdrew", "overtook", "forgot", "knew",
])
_PARTICIPLE = frozenset([
    "taken", "given", "seen", "grown", "known", "shown", "chosen", "driven", "written", "spoken",
    "stolen", "thrown", "drawn", "withdrawn", "overtaken", "forgotten", "hidden", "beaten",
    "broken", "frozen", "risen", "fallen", "begun", "done", "gone",
])
# Present-tense verbs common in leads ("… says it is in talks", "… owns an MP3 player").
_PRESENT = frozenset([
    "says", "owns", "faces", "plans", "wants", "warns", "hopes", "expects", "makes", "takes",
    "gets", "gives", "sees", "wins", "loses", "buys", "sells", "seeks", "insists", "admits",
    "denies", "rejects", "launches", "unveils", "announces", "agrees", "reveals", "remains",
    "continues", "proves", "shows", "needs", "urges", "goes", "comes", "becomes", "leads",
    "joins", "stays", "looks", "seems", "appears", "believes", "thinks", "knows", "tells",
])
_NOT_PAST = frozenset([
    "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "united", "limited",
    "based", "related", "advanced", "detailed", "concerned", "so-called", "proposed", "alleged",
])
_DETERMINERS = frozenset([
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or", "as", "newly",
    "most", "more", "less", "very", "so", "well", "recently", "long", "much", "fully",
])
# Present-tense verbs that take a clause: a "has" after them is not the main verb's.
# fmt: off
_CLAUSE_TAKERS = frozenset([
    "believe", "believes", "think", "thinks", "say", "says", "fear", "fears", "hope", "hopes",
    "expect", "expects", "know", "knows", "suggest", "suggests", "claim", "claims", "warn",
    "warns", "mean", "means", "show", "shows", "insist", "insists", "feel", "feels", "argue",
    "argues", "predict", "predicts", "reckon", "reckons",
])
# fmt: on
_READY = frozenset(["likely", "unlikely", "set", "due", "poised", "about", "ready", "unable"])
_REPORTING = frozenset(["says", "said", "told", "tells", "added", "adds", "according"])
# fmt: off
_ADVERBIAL = frozenset([
    "by", "in", "for", "with", "like", "after", "before", "on", "at", "from", "since", "as",
    "while", "when", "if", "although", "though", "despite", "during", "until", "under", "over",
    "still", "now", "once", "yet", "but", "and", "so", "then", "also", "however",
])
# fmt: on
_PRONOUN = frozenset(["it", "he", "she", "they", "we", "i", "you", "there", "this", "that"])
# fmt: on


def _bare(word: str) -> str:
    return word.lower().strip(",;:.!?\"'“”‘’()")


def is_verb(words: list[str], i: int) -> bool:
    """A finite verb at ``words[i]`` (by word lists and the regular '-ed' past)."""
    w = _bare(words[i])
    if not w or (words[i][:1].isupper() and i > 0):
        return False
    if w in _FINITE or w.endswith("n't"):
        return True
    prev = words[i - 1] if i > 0 else ""
    if i == 0 or _bare(prev) in _DETERMINERS or prev.lower().endswith(("'s", "’s")):
        return False
    if w in _PAST_SAME or w in _PAST_OTHER or w in _PRESENT:
        return True
    return w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST and "-" not in w


def main_verb(words: list[str]) -> int:
    """Index of the lead's first finite verb outside a parenthesis, or -1."""
    depth = 0
    for i, word in enumerate(words):
        depth += word.count("(") - word.count(")")
        if depth <= 0 and i > 0 and is_verb(words, i):
            return i
    return -1


def _drop_aside(sentence: str) -> str:
    """ "X, the second-largest retailer in the US, has received …" → "X has received …" (also
    an aside between dashes, or one with commas of its own: "X, a small, mountainous state,
    has …"; not a list of names: "Apple, Google and Intel have …")."""
    if not sentence.split() or _bare(sentence.split()[0]) in _ADVERBIAL:
        return sentence  # "By 2025, …": the text before the comma is not a subject
    for mark in (", ", " - ", " – ", " — "):
        first = sentence.find(mark)
        if first < 2 or main_verb(sentence[:first].split()) >= 0:
            continue
        opener = sentence[first + len(mark) :].split()[:1]
        # ", Media and Sport, …": a capitalised aside with commas of its own may be a list
        one_part = mark != ", " or (opener != [] and opener[0][:1].isupper())
        close = mark if mark == ", " else mark.rstrip()
        second = sentence.find(close, first + len(mark))
        while second > 0 and len(sentence[first:second].split()) <= 20:
            rest = sentence[second + len(close) :].strip()
            after = rest.split()
            if (
                after
                and is_verb(["x", *after], 1)
                and (_bare(after[0]) not in _REPORTING or len(after) > 6)  # ", says a study"
            ):
                return sentence[:first] + " " + rest
            if one_part:
                break
            second = sentence.find(close, second + len(close))
    return sentence


def _drop_auxiliary(words: list[str], v: int) -> list[str]:
    """'was forced to' → 'forced to', 'has launched' → 'launched', 'is to play' → 'to play'."""
    aux = _bare(words[v])
    nxt = _bare(words[v + 1]) if v + 1 < len(words) else ""
    nxt2 = _bare(words[v + 2]) if v + 2 < len(words) else ""
    subject = _bare(words[v - 1]) if v == 1 else ""
    if _bare(words[v - 1]) in ("who", "which", "that") or any(
        _bare(w) in _CLAUSE_TAKERS for w in words[1:v]
    ):
        return words  # "… - who has resigned - …", "voters believe X has been …": a subclause
    if subject in _PRONOUN or words[v][-1:] in ",;:" or words[v + 1 : v + 2] == []:
        return words

    def participle(w: str) -> bool:
        return w in _PAST_SAME or w in _PARTICIPLE or (w.endswith("ed") and w not in _NOT_PAST)

    if aux in ("has", "have", "had") and nxt == "been" and (participle(nxt2) or nxt2 == "to"):
        return words[:v] + words[v + 2 :]  # "have been arrested" → "arrested"
    if aux in ("was", "were", "is", "are") and participle(nxt) and nxt not in ("used", "said"):
        return words[:v] + words[v + 1 :]  # "was forced to delay" → "forced to delay"
    if aux in ("is", "are") and nxt in _READY and nxt2 == "to":
        return words[:v] + words[v + 1 :]  # "is likely to be lifted" → "likely to be lifted"
    if aux in ("is", "are") and nxt == "to":
        return words[:v] + words[v + 1 :]  # "is to play" → "to play"
    if aux in ("has", "have") and (nxt in _PAST_SAME or nxt.endswith("ed")) and nxt != "been":
        return words[:v] + words[v + 1 :]  # "has launched a bid" → "launched a bid"
    return words


def headline_form(sentence: str) -> tuple[str, int]:
    """The lead with time adverbials, short parentheses, a subject's aside, an attribution
    tail and a passive or perfect auxiliary removed (the lead itself when nothing applies),
    and the index of its main verb's first word (-1 when none is found)."""
    text = _TIME_START.sub("", sentence)
    text = text[:1].upper() + text[1:]
    # "hit a record high on Monday, lifted by …" keeps its comma; "X, on Monday, said" not
    text = _TIME_MID.sub(lambda m: "," if m[0][-1] == "," != m[0][0] else "", text)
    text = _PAREN.sub("", text)
    text = _drop_aside(text)
    tail = _TAIL.search(text)
    if (
        tail
        and len(text[: tail.start()].split()) >= 4
        and main_verb(text[: tail.start()].split()) > 0
    ):
        text = text[: tail.start()]
    words = text.split()
    v = main_verb(words)
    if v > 0:
        words = _drop_auxiliary(words, v)
    return (" ".join(words), v) if words else (sentence, -1)
